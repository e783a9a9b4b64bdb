#include "lexer.h"

#include <QChar>
#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

class Lexer
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Tags::Lexer)

public:
    Lexer(const QString &text, SourcePos origin) : m_text(text.toUcs4()), m_origin(origin), m_line(origin.line) { }

    Result<QList<Token>> run();

private:
    char32_t at(qsizetype i) const { return i < m_text.size() ? char32_t(m_text[i]) : U'\0'; }
    SourcePos posOf(qsizetype i) const
    {
        const int column = int(i - m_lineStart) + 1;
        return { m_line, m_line == m_origin.line ? column + m_origin.column - 1 : column };
    }
    Error errorAt(qsizetype i, const QString &message) const
    {
        const SourcePos p = posOf(i);
        return Error { message, {}, p.line, p.column, {} };
    }
    void newLine(qsizetype next)
    {
        ++m_line;
        m_lineStart = next;
    }
    bool skipSpaceAndComments();
    std::optional<Error> lexNumber(Token &t);
    std::optional<Error> lexString(Token &t);
    std::optional<Error> lexOperator(Token &t);
    void lexWord(Token &t);

    QList<uint> m_text;
    SourcePos m_origin;
    qsizetype m_i = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

bool isIdentStart(char32_t c)
{
    return c == U'_' || (c < 128 ? ((c | 0x20) >= U'a' && (c | 0x20) <= U'z') : QChar::isLetter(c));
}

bool isIdentPart(char32_t c)
{
    return isIdentStart(c) || (c >= U'0' && c <= U'9') || (c >= 128 && QChar::isLetterOrNumber(c));
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

const QHash<QString, TokenKind> &keywords()
{
    static const QHash<QString, TokenKind> k {
        { u"and"_s, TokenKind::And }, { u"or"_s, TokenKind::Or }, { u"not"_s, TokenKind::Not },
        { u"in"_s, TokenKind::In }, { u"between"_s, TokenKind::Between }, { u"contains"_s, TokenKind::Contains },
        { u"starts"_s, TokenKind::Starts }, { u"with"_s, TokenKind::With }, { u"is"_s, TokenKind::Is },
        { u"missing"_s, TokenKind::Missing }, { u"true"_s, TokenKind::True }, { u"false"_s, TokenKind::False },
    };
    return k;
}

} // namespace

bool Lexer::skipSpaceAndComments()
{
    bool skipped = false;
    for (;;) {
        const char32_t c = at(m_i);
        if (c == U'\n') {
            newLine(++m_i);
        } else if (c == U' ' || c == U'\t' || c == U'\r' || c == 0x3000 /* ideographic space */) {
            ++m_i;
        } else if (c == U'#') {
            while (m_i < m_text.size() && at(m_i) != U'\n')
                ++m_i;
        } else if (c == U'\\') {
            // A continuation: only spaces may follow the backslash on its line.
            qsizetype j = m_i + 1;
            while (at(j) == U' ' || at(j) == U'\t' || at(j) == U'\r')
                ++j;
            if (j < m_text.size() && at(j) != U'\n')
                return skipped;
            m_i = j;
        } else {
            return skipped;
        }
        skipped = true;
    }
}

std::optional<Error> Lexer::lexNumber(Token &t)
{
    const qsizetype start = m_i;
    while (isDigit(at(m_i)))
        ++m_i;
    if (at(m_i) == U'.' && isDigit(at(m_i + 1))) {
        m_i += 2;
        while (isDigit(at(m_i)))
            ++m_i;
    }
    if ((at(m_i) | 0x20) == U'e') {
        qsizetype j = m_i + 1;
        if (at(j) == U'+' || at(j) == U'-')
            ++j;
        if (isDigit(at(j))) {
            while (isDigit(at(j)))
                ++j;
            m_i = j;
        }
    }
    if (isIdentPart(at(m_i)))
        return errorAt(m_i, tr("a number cannot run into letters; put a space or an operator between them"));
    t.kind = TokenKind::Number;
    t.text = QString::fromUcs4(reinterpret_cast<const char32_t *>(m_text.constData() + start), m_i - start);
    t.number = t.text.toDouble();
    return std::nullopt;
}

std::optional<Error> Lexer::lexString(Token &t)
{
    const qsizetype start = m_i;
    const char32_t open = at(m_i++);
    const char32_t close = open == U'“' ? U'”' : open == U'‘' ? U'’' : open;
    QString value;
    for (;;) {
        const char32_t c = at(m_i);
        if (m_i >= m_text.size() || c == U'\n')
            return errorAt(start, tr("the text in quotes is not closed; add %1 at its end").arg(QChar(close)));
        ++m_i;
        if (c == close)
            break;
        if (c == U'\\') {
            const char32_t e = at(m_i);
            if (e != U'\\' && e != U'"' && e != U'\'' && e != close)
                return errorAt(m_i - 1, tr("unknown escape in quotes: write \\\" for a quote and \\\\ for a backslash"));
            ++m_i;
            value += QString::fromUcs4(&e, 1);
            continue;
        }
        value += QString::fromUcs4(&c, 1);
    }
    t.kind = TokenKind::String;
    t.text = value;
    return std::nullopt;
}

std::optional<Error> Lexer::lexOperator(Token &t)
{
    const char32_t c = at(m_i);
    const char32_t n = at(m_i + 1);
    auto take = [&](TokenKind k, int length) {
        t.kind = k;
        t.text = QString::fromUcs4(reinterpret_cast<const char32_t *>(m_text.constData() + m_i), length);
        m_i += length;
        return std::nullopt;
    };
    switch (c) {
    case U'(': case U'（': return take(TokenKind::LParen, 1);
    case U')': case U'）': return take(TokenKind::RParen, 1);
    case U',': case U'，': return take(TokenKind::Comma, 1);
    case U'+': return take(TokenKind::Plus, 1);
    case U'-': return take(TokenKind::Minus, 1);
    case U'*': return take(TokenKind::Star, 1);
    case U'/': return take(TokenKind::Slash, 1);
    case U'=': return take(TokenKind::Eq, n == U'=' ? 2 : 1);
    case U'<':
        if (n == U'>')
            return take(TokenKind::Ne, 2);
        return take(n == U'=' ? TokenKind::Le : TokenKind::Lt, n == U'=' ? 2 : 1);
    case U'>': return take(n == U'=' ? TokenKind::Ge : TokenKind::Gt, n == U'=' ? 2 : 1);
    case U'!':
        if (n == U'=')
            return take(TokenKind::Ne, 2);
        return errorAt(m_i, tr("unexpected \"!\"; did you mean \"not\"?"));
    case U'&':
        return errorAt(m_i, tr("unexpected \"&\"; did you mean \"and\"?"));
    case U'|':
        return errorAt(m_i, tr("unexpected \"|\"; did you mean \"or\"?"));
    default:
        break;
    }
    const QString shown = QString::fromUcs4(&c, 1);
    return errorAt(m_i, tr("unexpected character \"%1\"").arg(shown));
}

void Lexer::lexWord(Token &t)
{
    const qsizetype start = m_i;
    while (isIdentPart(at(m_i)))
        ++m_i;
    t.text = QString::fromUcs4(reinterpret_cast<const char32_t *>(m_text.constData() + start), m_i - start);
    t.kind = keywords().value(t.text.toLower(), TokenKind::Identifier);
}

Result<QList<Token>> Lexer::run()
{
    QList<Token> tokens;
    for (;;) {
        skipSpaceAndComments();
        Token t;
        t.pos = posOf(m_i);
        if (m_i >= m_text.size()) {
            tokens.append(t);
            return tokens;
        }
        const char32_t c = at(m_i);
        std::optional<Error> error;
        if (isDigit(c) || (c == U'.' && isDigit(at(m_i + 1))))
            error = lexNumber(t);
        else if (c == U'"' || c == U'\'' || c == U'“' || c == U'‘')
            error = lexString(t);
        else if (isIdentStart(c))
            lexWord(t);
        else if (c == U'\\')
            error = errorAt(m_i, tr("a \\ outside quotes must be the last character of its line"));
        else
            error = lexOperator(t);
        if (error)
            return *error;
        tokens.append(t);
    }
}

Result<QList<Token>> tokenize(const QString &text, SourcePos origin)
{
    return Lexer(text, origin).run();
}

QString describe(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Identifier: return Lexer::tr("a feature name");
    case TokenKind::Number: return Lexer::tr("a number");
    case TokenKind::String: return Lexer::tr("text in quotes");
    case TokenKind::LParen: return u"\"(\""_s;
    case TokenKind::RParen: return u"\")\""_s;
    case TokenKind::Comma: return u"\",\""_s;
    case TokenKind::Eq: return u"\"=\""_s;
    case TokenKind::Ne: return u"\"!=\""_s;
    case TokenKind::Lt: return u"\"<\""_s;
    case TokenKind::Le: return u"\"<=\""_s;
    case TokenKind::Gt: return u"\">\""_s;
    case TokenKind::Ge: return u"\">=\""_s;
    case TokenKind::Plus: return u"\"+\""_s;
    case TokenKind::Minus: return u"\"-\""_s;
    case TokenKind::Star: return u"\"*\""_s;
    case TokenKind::Slash: return u"\"/\""_s;
    case TokenKind::And: return u"\"and\""_s;
    case TokenKind::Or: return u"\"or\""_s;
    case TokenKind::Not: return u"\"not\""_s;
    case TokenKind::In: return u"\"in\""_s;
    case TokenKind::Between: return u"\"between\""_s;
    case TokenKind::Contains: return u"\"contains\""_s;
    case TokenKind::Starts: return u"\"starts\""_s;
    case TokenKind::With: return u"\"with\""_s;
    case TokenKind::Is: return u"\"is\""_s;
    case TokenKind::Missing: return u"\"missing\""_s;
    case TokenKind::True: return u"\"true\""_s;
    case TokenKind::False: return u"\"false\""_s;
    case TokenKind::End: return Lexer::tr("the end of the rule");
    }
    return {};
}

} // namespace Portrait::Tags
