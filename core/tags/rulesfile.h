#pragma once

#include "common/error.h"
#include "tags/ast.h"
#include "tags/lexer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Portrait::Tags {

/// Deepest tag hierarchy: level 1 / level 2 / level 3 (DESIGN §3).
constexpr int MaxTagLevels = 3;

/// One auto-tagging rule: the tag it sets and the parsed condition.
struct TagRule
{
    QString path;                    ///< levels joined by "/": "行为特征/消费行为/高频"
    QStringList levels;
    QString expression;              ///< as written, continuation lines included
    QString source;                  ///< the rules file, empty for a rule typed in the app
    int line = 0;                    ///< 1-based line of the tag path
    SourcePos expressionPos;         ///< where the expression starts, for errors
    std::shared_ptr<const Node> ast; ///< parsed expression (syntax only)
};

/// Reads a rules file: UTF-8 text, one rule per line as `tag path = expression`, `#` starts a
/// comment (outside quotes), a line ending in `\` continues on the next. Errors name the file
/// and its line:column; the first error stops the reading.
Result<QList<TagRule>> parseRulesFile(const QString &path);
/// The same for text already in memory; `source` is used in errors.
Result<QList<TagRule>> parseRulesText(const QString &text, const QString &source = {});
/// One rule from a tag path and an expression, as the app's rule editor has them.
Result<TagRule> makeRule(const QString &tagPath, const QString &expression);

/// Splits "a / b/c" into trimmed levels; an Error (message only) if a level is empty or there
/// are more than MaxTagLevels.
Result<QStringList> splitTagPath(const QString &path);

/// Line `line` (1-based) of `text`, for formatDiagnostic(); empty if there is none.
QString sourceLine(const QString &text, int line);

} // namespace Portrait::Tags
