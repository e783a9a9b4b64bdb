#pragma once

#include "common/error.h"
#include "model/customerframe.h"
#include "tags/featuretable.h"
#include "tags/rulesfile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Portrait::Tags {

/// What rules are checked and evaluated against besides the features.
struct EvaluationContext
{
    Model::Day asOf = Model::NoDay;   ///< days_since() counts to this day; NoDay: days_since is an error
    QStringList segmentNames;         ///< names `segment = "…"` may use; empty: not checked
    /// Tags set by hand: full path → 1/0 per customer (frame order). has_tag() may name them.
    QHash<QString, std::vector<quint8>> manualTags;
};

struct TagResult
{
    QString path;
    std::vector<quint8> members;   ///< 1/0 per customer, frame order
    qint64 count = 0;              ///< customers with the tag
};

struct TagAssignment
{
    QList<TagResult> tags;          ///< one per rule, in the rules' order
    /// The paths in dependency order: a tag comes after every tag its rule names. (Rules that do
    /// not depend on each other are evaluated in parallel.)
    QStringList evaluationOrder;
    /// The tag with this full path; nullptr if none.
    const TagResult *find(const QString &path) const;
};

/// Checks every rule (names, types, has_tag targets, segments), orders them so that a rule runs
/// after the tags its has_tag() calls name, and evaluates them column-wise. A cycle of has_tag
/// dependencies is an error naming the tags in the cycle. Errors carry the rule's source and
/// line:column; nothing is evaluated then.
Result<TagAssignment> evaluateRules(const QList<TagRule> &rules, const FeatureTable &features,
                                    const EvaluationContext &context);

/// Checks one rule without evaluating it, as the rule editor does while the analyst types.
/// `otherTags` are the other tag paths has_tag() may name.
Status checkRule(const TagRule &rule, const FeatureTable &features, const EvaluationContext &context,
                 const QStringList &otherTags = {});

} // namespace Portrait::Tags
