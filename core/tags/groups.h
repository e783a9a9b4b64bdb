#pragma once

#include "common/error.h"
#include "tags/dictionary.h"
#include "tags/dictionarytagger.h"
#include "tags/featuretable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Portrait::Tags {

/// Checks and evaluates one condition in the rule language over all customers: a group's
/// expression, or a rule while the analyst edits it. has_tag() names the tags of `tagging`;
/// `excludedPath` (the tag whose rule is being edited) is left out, so a rule cannot use its own
/// tag. Errors point at line:column of `expression`.
Result<std::vector<quint8>> evaluateCondition(const QString &expression, const FeatureTable &features,
                                              const EvaluationContext &context, const DictionaryTagging &tagging,
                                              const QString &excludedPath = {});

/// A group over the customers.
struct GroupResult
{
    QString name;
    std::vector<quint8> members;   ///< 1/0 per customer, frame order; empty on error
    qint64 count = 0;
    QStringList tagPaths;          ///< the tags its expression names
    bool failed = false;
    Error error;                   ///< when failed; error.source is the group's name
};

/// Every group of the dictionary, in order. A group with an error is reported, not fatal.
QList<GroupResult> evaluateGroups(const TagDictionary &dictionary, const FeatureTable &features,
                                  const EvaluationContext &context, const DictionaryTagging &tagging);

/// The frame rows (0-based, ascending) marked 1: what an export of a group or tag writes.
std::vector<qint32> memberRows(const std::vector<quint8> &members);
/// The number of members.
qint64 countMembers(const std::vector<quint8> &members);

} // namespace Portrait::Tags
