#pragma once

#include "common/error.h"
#include "model/keycolumn.h"
#include "tags/autotagger.h"
#include "tags/dictionary.h"
#include "tags/featuretable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Portrait::Tags {

/// How a tag is set: by its rule, by hand, or not at all (a category, or a tag nobody set up yet).
enum class TagSource { None, Rule, Manual };

/// One dictionary tag over the customers of a frame.
struct DictionaryTag
{
    qint64 id = 0;
    QString path;
    TagSource source = TagSource::None;
    std::vector<quint8> members;   ///< 1/0 per customer, frame order; empty when nobody can have it
    qint64 count = 0;
    bool failed = false;           ///< its rule has an error (see DictionaryTagging::errors)

    bool has(qsizetype row) const { return !members.empty() && members[size_t(row)] != 0; }
};

/// A tag whose rule could not be evaluated. `error` points into the rule text (line:column);
/// error.source is the tag's path.
struct TagRuleError
{
    qint64 id = 0;
    QString path;
    Error error;
};

/// Every tag of a dictionary over the customers of a frame: rule tags as their rules say, manual
/// tags as assigned. The two are kept apart: a tag with a rule is set by its rule only (manual
/// assignments on it are kept in the project but not used), a tag without one only by hand.
struct DictionaryTagging
{
    qsizetype customers = 0;
    QList<DictionaryTag> tags;          ///< every tag, in dictionary order (depth-first)
    QList<TagRuleError> errors;         ///< rules that failed, and rules using their tags
    QStringList evaluationOrder;        ///< rule tags in the order they were evaluated
    qint64 unknownManualCustomers = 0;  ///< manual assignments to customers not in the frame

    const DictionaryTag *find(qint64 id) const;
    const DictionaryTag *findPath(const QString &path) const;
    /// Members of the tag at `path` for has_tag(); nullptr if unknown or nobody can have it.
    const std::vector<quint8> *members(const QString &path) const;
    /// Full paths of all tags, for the rule checker.
    QStringList paths() const;
    /// Rebuilds the lookups of find() and findPath() after `tags` changed.
    void reindex();

private:
    QHash<qint64, int> m_byId;
    QHash<QString, int> m_byPath;
};

/// (Re)computes every tag of the dictionary for the customers whose keys are `customerKeys`
/// (frame order, the rows of `features`). Run it again after a data refresh, a threshold change
/// or an edit of the dictionary. Rules run in has_tag() dependency order; a rule with an error
/// (syntax, names, types, a has_tag cycle) is reported in `errors` with everything that depends
/// on it, and the other tags are still computed. `context.manualTags` is ignored: manual
/// assignments come from `manual`.
DictionaryTagging tagCustomers(const TagDictionary &dictionary, const ManualTags &manual,
                               const Model::KeyColumn &customerKeys, const FeatureTable &features,
                               const EvaluationContext &context);

/// Why a customer has a tag: the rule that set it, or "manual".
struct CustomerTagReason
{
    qint64 id = 0;
    QString path;
    TagSource source = TagSource::None;
    QString rule;                       ///< the rule's expression; empty for a manual tag
};

/// The tags customer `row` has, in dictionary order, each with what set it.
QList<CustomerTagReason> tagsOfCustomer(const TagDictionary &dictionary, const DictionaryTagging &tagging,
                                        qsizetype row);

} // namespace Portrait::Tags
