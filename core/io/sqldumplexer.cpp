#include "io/sqldumplexer.h"

#include "io/encoding.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Portrait::Io::Dump {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isWordStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || uchar(c) >= 0x80; }
bool isWordChar(char c) { return isWordStart(c) || isDigit(c) || c == '$'; }
int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
qint64 countLines(const char *from, const char *to) { return qint64(std::count(from, to, '\n')); }

} // namespace

bool Token::isWord(const char *upper) const
{
    return kind == Kind::Word && text.compare(QByteArrayView(upper), Qt::CaseInsensitive) == 0;
}

bool appendUtf8(QByteArray &out, uint cp)
{
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return false;
    const char32_t c = cp;
    out += QString::fromUcs4(&c, 1).toUtf8();
    return true;
}

QByteArray hexBlob(QByteArrayView bytes) { return "\\x" + bytes.toByteArray().toHex(); }

void Lexer::fail(Token &token, const QString &message, qint64 line)
{
    token.kind = Token::Kind::Invalid;
    token.text.clear();
    m_error = message;
    m_errorLine = line;
}

Lexer::Skip Lexer::skipComment(Cursor &c)
{
    const char *p = c.p;
    if (*p == '#' || *p == '-') {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(c.end - p)));
        if (nl == nullptr && !c.eof)
            return Skip::NeedMore;
        const char *stop = nl != nullptr ? nl : c.end;
        const QByteArrayView text(p, stop - p);
        if (checkUtf8(text).status != Utf8Check::Status::Valid) {
            m_error = tr("The dump is not valid UTF-8 text.");
            m_errorLine = c.line;
            return Skip::Invalid;
        }
        if (text.startsWith("-- Dump completed") || text.startsWith("-- PostgreSQL database dump complete"))
            footerSeen = true;
        c.p = stop;
        return Skip::Done;
    }
    // A block comment; PostgreSQL nests them. MySQL's /*! ... */ conditional code is skipped whole:
    // it only ever holds session settings, keys and view or trigger text, never row data.
    int depth = 0;
    for (const char *q = p; q + 1 < c.end; ++q) {
        if (q[0] == '/' && q[1] == '*' && (depth == 0 || dialect == Dialect::Postgres)) {
            ++depth;
            ++q;
        } else if (q[0] == '*' && q[1] == '/' && --depth == 0) {
            if (checkUtf8(QByteArrayView(p, q - p)).status != Utf8Check::Status::Valid) {
                m_error = tr("The dump is not valid UTF-8 text.");
                m_errorLine = c.line;
                return Skip::Invalid;
            }
            c.line += countLines(p, q);
            c.p = q + 2;
            return Skip::Done;
        }
    }
    if (!c.eof)
        return Skip::NeedMore;
    m_error = tr("A comment that starts on line %1 is never closed; the dump is cut short.").arg(c.line);
    m_errorLine = c.line;
    return Skip::Invalid;
}

Lexer::Skip Lexer::skipSpace(Cursor &c)
{
    for (;;) {
        while (c.p < c.end && isSpace(*c.p))
            c.line += *c.p++ == '\n';
        if (c.p == c.end)
            return Skip::Done;
        const char ch = *c.p;
        const bool more = c.p + 1 < c.end;
        if ((ch == '-' || ch == '/') && !more && !c.eof)
            return Skip::NeedMore; // cannot tell "-" from "--" yet
        const bool comment = (ch == '-' && more && c.p[1] == '-') || (ch == '/' && more && c.p[1] == '*')
                || (ch == '#' && dialect == Dialect::MySQL);
        if (!comment)
            return Skip::Done;
        if (const Skip s = skipComment(c); s != Skip::Done)
            return s;
    }
}

bool Lexer::checkText(Token &token, bool binaryIfInvalid)
{
    if (checkUtf8(token.text).status == Utf8Check::Status::Valid)
        return true;
    // mysqldump writes BLOB columns as plain strings of raw bytes; text columns of a utf8mb4 dump
    // are always valid, so invalid bytes can only be binary data.
    if (binaryIfInvalid) {
        token.text = hexBlob(token.text);
        token.kind = Token::Kind::Blob;
        return true;
    }
    fail(token, tr("The dump is not valid UTF-8 text."), token.line);
    return false;
}

void Lexer::lexQuoted(Cursor &c, Token &token, char quote, bool escapes)
{
    const char *p = c.p + 1;
    token.text.resize(0);
    for (;;) {
        const char *q = p;
        while (q < c.end && *q != quote && !(escapes && *q == '\\'))
            ++q;
        token.text.append(p, q - p);
        if (q + 1 >= c.end) {
            if (!c.eof) {
                token.kind = Token::Kind::NeedMore; // even a closing quote may be the first of ''
                return;
            }
            if (q == c.end || *q == '\\')
                return fail(token, tr("A quoted string that starts on line %1 is never closed; the dump is cut short.")
                                           .arg(token.line), token.line);
        }
        if (*q == quote) {
            if (q + 1 < c.end && q[1] == quote) {
                token.text.append(quote);
                p = q + 2;
                continue;
            }
            c.line += countLines(c.p, q);
            c.p = q + 1;
            return;
        }
        const char e = q[1];
        p = q + 2;
        if (!unescape(p, c.end, e, token))
            return fail(token, tr("Line %1: a bad escape \\%2 in a string.").arg(c.line).arg(QLatin1Char(e)), c.line);
    }
}

bool Lexer::unescape(const char *&p, const char *end, char e, Token &token)
{
    if (dialect == Dialect::MySQL) {
        static constexpr char from[] = "0bnrtZ";
        static constexpr char to[] = "\0\b\n\r\t\x1a";
        if (const char *f = std::strchr(from, e); f != nullptr && e != 0)
            token.text.append(to[f - from]);
        else if (e == '%' || e == '_')
            token.text.append('\\').append(e); // LIKE escapes keep their backslash in MySQL
        else
            token.text.append(e);
        return true;
    }
    // PostgreSQL E'' strings.
    static constexpr char from[] = "bfnrt";
    static constexpr char to[] = "\b\f\n\r\t";
    if (const char *f = std::strchr(from, e); f != nullptr && e != 0) {
        token.text.append(to[f - from]);
    } else if (e >= '0' && e <= '7') {
        int v = e - '0';
        for (int i = 0; i < 2 && p < end && *p >= '0' && *p <= '7'; ++i)
            v = v * 8 + (*p++ - '0');
        token.text.append(char(v & 0xff));
    } else if (e == 'x' || e == 'u' || e == 'U') {
        const int maxDigits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint v = 0;
        int n = 0;
        for (; n < maxDigits && p < end && hexValue(*p) >= 0; ++n)
            v = v * 16 + uint(hexValue(*p++));
        if (n == 0 || (e != 'x' && n != maxDigits))
            return false;
        if (e == 'x')
            token.text.append(char(v));
        else if (!appendUtf8(token.text, v))
            return false;
    } else {
        token.text.append(e);
    }
    return true;
}

void Lexer::lexName(Cursor &c, Token &token, char close)
{
    lexQuoted(c, token, close, false);
    if (token.kind == Token::Kind::String)
        token.kind = Token::Kind::Name;
}

void Lexer::lexHex(Cursor &c, Token &token, bool quoted)
{
    const char *p = c.p + 2;
    const char *q = p;
    while (q < c.end && hexValue(*q) >= 0)
        ++q;
    if (q == c.end && !c.eof) {
        token.kind = Token::Kind::NeedMore;
        return;
    }
    if ((quoted && (q == c.end || *q != '\'')) || (q - p) % 2 != 0)
        return fail(token, tr("Line %1: a malformed hexadecimal value.").arg(c.line), c.line);
    token.kind = Token::Kind::Blob;
    token.text = QByteArray::fromHex(QByteArray(p, q - p));
    token.text = hexBlob(token.text);
    c.p = q + (quoted ? 1 : 0);
}

void Lexer::lexDollar(Cursor &c, Token &token)
{
    const char *p = c.p + 1;
    while (p < c.end && isWordChar(*p) && *p != '$')
        ++p;
    if (p == c.end && !c.eof) {
        token.kind = Token::Kind::NeedMore;
        return;
    }
    if (p == c.end || *p != '$' || (p > c.p + 1 && isDigit(c.p[1]))) {
        token.kind = Token::Kind::Punct; // a lone $ or a $1 parameter: not a string
        token.text = "$";
        ++c.p;
        return;
    }
    const QByteArrayView tag(c.p, p + 1 - c.p);
    const QByteArrayView rest(p + 1, c.end - p - 1);
    const qsizetype at = rest.indexOf(tag);
    if (at < 0) {
        if (!c.eof)
            token.kind = Token::Kind::NeedMore;
        else
            fail(token, tr("A quoted string that starts on line %1 is never closed; the dump is cut short.").arg(c.line),
                 c.line);
        return;
    }
    token.kind = Token::Kind::String;
    token.text = rest.first(at).toByteArray();
    c.line += countLines(c.p, rest.data() + at);
    c.p = rest.data() + at + tag.size();
    checkText(token, false);
}

void Lexer::lexNumber(Cursor &c, Token &token)
{
    const char *p = c.p;
    while (p < c.end && (isDigit(*p) || *p == '.'))
        ++p;
    if (p < c.end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        if (q < c.end && (*q == '+' || *q == '-'))
            ++q;
        if (q < c.end && isDigit(*q)) {
            while (q < c.end && isDigit(*q))
                ++q;
            p = q;
        }
    }
    if (p == c.end && !c.eof) {
        token.kind = Token::Kind::NeedMore;
        return;
    }
    token.kind = Token::Kind::Number;
    token.text = QByteArray(c.p, p - c.p);
    c.p = p;
}

void Lexer::lexWord(Cursor &c, Token &token)
{
    const char *p = c.p;
    while (p < c.end && isWordChar(*p))
        ++p;
    if (p == c.end && !c.eof) {
        token.kind = Token::Kind::NeedMore;
        return;
    }
    token.kind = Token::Kind::Word;
    token.text = QByteArray(c.p, p - c.p);
    if (!checkText(token, false))
        return;
    c.p = p;
    if (dialect != Dialect::MySQL || !token.text.startsWith('_'))
        return;
    // A character set introducer: _utf8mb4'text', _binary '...'.
    Cursor after = c;
    while (after.p < after.end && isSpace(*after.p))
        after.line += *after.p++ == '\n';
    if (after.p == after.end && !after.eof) {
        token.kind = Token::Kind::NeedMore;
        return;
    }
    if (after.p == after.end || (*after.p != '\'' && *after.p != '"'))
        return;
    const bool binary = token.text.compare("_binary", Qt::CaseInsensitive) == 0;
    token.kind = Token::Kind::String;
    token.line = after.line;
    lexQuoted(after, token, *after.p, true);
    if (token.kind != Token::Kind::String)
        return;
    if (binary) {
        token.text = hexBlob(token.text);
        token.kind = Token::Kind::Blob;
    } else if (!checkText(token, true)) {
        return;
    }
    c = after;
}

void Lexer::next(Cursor &c, Token &token)
{
    Cursor t = c;
    switch (skipSpace(t)) {
    case Skip::NeedMore:
        token.kind = Token::Kind::NeedMore;
        return;
    case Skip::Invalid:
        token.kind = Token::Kind::Invalid;
        return;
    case Skip::Done:
        break;
    }
    token.line = t.line;
    if (t.p == t.end) {
        token.kind = t.eof ? Token::Kind::End : Token::Kind::NeedMore;
        if (t.eof)
            c = t;
        return;
    }
    const char ch = *t.p;
    if (t.p + 1 == t.end && !t.eof && (isWordStart(ch) || ch == '0' || ch == ':' || ch == '|' || ch == '.')) {
        token.kind = Token::Kind::NeedMore; // a prefix (E', X', 0x, ::, ||, .5) may follow
        return;
    }
    if (!lexQuotedForms(t, token))
        lexOther(t, token);
    if ((token.kind == Token::Kind::String || token.kind == Token::Kind::Name)
        && !checkText(token, dialect == Dialect::MySQL && token.kind == Token::Kind::String)) {
        return;
    }
    if (token.kind != Token::Kind::NeedMore && token.kind != Token::Kind::Invalid)
        c = t;
}

bool Lexer::lexQuotedForms(Cursor &t, Token &token)
{
    const char ch = *t.p;
    const char next = t.p + 1 < t.end ? t.p[1] : '\0';
    const bool mysql = dialect == Dialect::MySQL;
    token.kind = Token::Kind::String;
    if (ch == '\'') {
        lexQuoted(t, token, '\'', mysql || backslashStrings);
    } else if ((ch == 'E' || ch == 'e') && next == '\'' && !mysql) {
        ++t.p;
        lexQuoted(t, token, '\'', true);
    } else if ((ch == 'N' || ch == 'n') && next == '\'') {
        ++t.p;
        lexQuoted(t, token, '\'', mysql || backslashStrings);
    } else if ((ch == 'X' || ch == 'x') && next == '\'') {
        lexHex(t, token, true);
    } else if (ch == '0' && (next == 'x' || next == 'X') && mysql) {
        lexHex(t, token, false);
    } else if (ch == '"') {
        if (mysql)
            lexQuoted(t, token, '"', true);
        else
            lexName(t, token, '"');
    } else if (ch == '`') {
        lexName(t, token, '`');
    } else if (ch == '[' && dialect == Dialect::SQLite) {
        lexName(t, token, ']');
    } else if (ch == '$' && dialect == Dialect::Postgres) {
        lexDollar(t, token);
    } else {
        return false;
    }
    return true;
}

void Lexer::lexOther(Cursor &t, Token &token)
{
    const char ch = *t.p;
    const char next = t.p + 1 < t.end ? t.p[1] : '\0';
    if (isDigit(ch) || (ch == '.' && isDigit(next))) {
        lexNumber(t, token);
    } else if (isWordStart(ch)) {
        lexWord(t, token);
    } else if (ch == '\\') {
        const auto *nl = static_cast<const char *>(std::memchr(t.p, '\n', size_t(t.end - t.p)));
        if (nl == nullptr && !t.eof) {
            token.kind = Token::Kind::NeedMore;
            return;
        }
        token.kind = Token::Kind::Meta;
        token.text = QByteArray(t.p, (nl != nullptr ? nl : t.end) - t.p);
        t.p = nl != nullptr ? nl : t.end;
        checkText(token, false);
    } else if (QByteArrayView(t.p, t.end - t.p).startsWith(delimiter)) {
        token.kind = Token::Kind::Delimiter;
        token.text = delimiter;
        t.p += delimiter.size();
    } else if (delimiter.startsWith(ch) && t.end - t.p < delimiter.size() && !t.eof) {
        token.kind = Token::Kind::NeedMore;
    } else {
        token.kind = Token::Kind::Punct;
        const bool two = (ch == ':' && next == ':') || (ch == '|' && next == '|');
        token.text = QByteArray(t.p, two ? 2 : 1);
        t.p += two ? 2 : 1;
    }
}

} // namespace Portrait::Io::Dump
