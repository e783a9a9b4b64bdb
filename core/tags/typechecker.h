#pragma once

#include "common/error.h"
#include "tags/ast.h"
#include "tags/featuretable.h"

#include <QStringList>

namespace Portrait::Tags {

/// What names a rule may use.
struct CheckContext
{
    const FeatureTable *table = nullptr;
    /// Segment names `segment = "…"` / `segment in (…)` may use; empty: not checked.
    QStringList segmentNames;
    /// Full paths of the tags has_tag() may name ("行为特征/消费行为/高频"); has_tag also accepts a
    /// leaf name or a trailing part of a path when it names exactly one of them.
    QStringList tagPaths;
    /// False when no as-of date is known: days_since() is then an error.
    bool hasAsOf = true;
};

/// Checks names and types of a parsed expression in place and fills the Node's "checked"
/// members; the whole expression must be a condition (true/false). Errors point at the offending
/// name, value or operator, with a "did you mean" for near-miss names.
Status typeCheck(Node &root, const CheckContext &context);

/// The functions a rule can call, for completion and "did you mean".
QStringList functionNames();

/// Resolves a has_tag() argument against tag paths: the exact path, else the one path whose
/// last levels are `name`. Returns the path, or an Error (message only) when unknown or ambiguous.
Result<QString> resolveTagPath(const QString &name, const QStringList &tagPaths);

} // namespace Portrait::Tags
