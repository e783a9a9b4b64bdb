#pragma once

#include "common/error.h"

#include <QList>
#include <QString>

namespace Portrait::Tags {

/// A 1-based line and column; columns count characters (code points), not bytes or UTF-16 units.
struct SourcePos
{
    int line = 1;
    int column = 1;

    bool operator==(const SourcePos &) const = default;
};

enum class TokenKind {
    Identifier, Number, String,
    LParen, RParen, Comma,
    Eq, Ne, Lt, Le, Gt, Ge, Plus, Minus, Star, Slash,
    And, Or, Not, In, Between, Contains, Starts, With, Is, Missing, True, False,
    End
};

struct Token
{
    TokenKind kind = TokenKind::End;
    QString text;          ///< identifier as written; a string's decoded value; the source otherwise
    double number = 0;
    SourcePos pos;
};

/// Splits a rule expression into tokens, ending with an End token.
///
/// `origin` is where the text starts in its file, so positions in errors are file positions: the
/// first line's columns are offset by origin.column − 1, later lines start at column 1. A `#`
/// outside quotes starts a comment to the end of the line, and a `\` at the end of a line joins
/// it with the next (both as in rules files). Keywords are case-insensitive. Full-width （ ） ，
/// and Chinese quotes “…” are accepted, as a Chinese input method types them.
Result<QList<Token>> tokenize(const QString &text, SourcePos origin = {});

/// The name of a token kind for messages: "and", "(", "a number", "the end of the rule".
QString describe(TokenKind kind);

} // namespace Portrait::Tags
