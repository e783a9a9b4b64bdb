#pragma once

#include "common/error.h"
#include "tags/ast.h"
#include "tags/lexer.h"

#include <QString>

namespace Portrait::Tags {

/// Deepest expression the parser accepts: keeps the recursive checker and evaluator far from the
/// stack limit whatever the input.
constexpr int MaxExpressionDepth = 200;

/// Parses a rule expression into an AST (syntax only; names and types are checked by typeCheck).
/// Precedence, loosest first: or; and; not; comparisons and predicates (= != <> < <= > >=,
/// [not] in (…), [not] between … and …, [not] contains, [not] starts with, is [not] missing — not
/// chainable); + -; * /; unary -. Errors carry line:column (see tokenize() for `origin`).
Result<NodePtr> parseExpression(const QString &text, SourcePos origin = {});

} // namespace Portrait::Tags
