#pragma once

// Tokens of SQL dump text. Internal to the dump reader; nothing here executes SQL.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Portrait::Io::Dump {

enum class Dialect { Generic, SQLite, MySQL, Postgres };

struct Token
{
    enum class Kind { End, NeedMore, Invalid, Word, Name, String, Blob, Number, Punct, Delimiter, Meta };
    Kind kind = Kind::End;
    /// Word, Number, Punct: as written. Name: unquoted. String: unescaped UTF-8. Blob: "\x" + lowercase
    /// hex. Meta: the psql meta-command line. Invalid: empty (see Lexer::error()).
    QByteArray text;
    qint64 line = 0;

    bool is(Kind k) const { return kind == k; }
    bool isPunct(char c) const { return kind == Kind::Punct && text.size() == 1 && text[0] == c; }
    bool isPunct(const char *s) const { return kind == Kind::Punct && text == s; }
    /// An unquoted word, compared without regard to ASCII case.
    bool isWord(const char *upper) const;
    /// A table or column name: a word, a quoted name, or (MySQL is lenient) a string.
    bool isName() const { return kind == Kind::Word || kind == Kind::Name || kind == Kind::String; }
};

/// Where the lexer reads: [p, end) of the parser's buffer. eof says no bytes follow end, so an
/// incomplete token there is an error instead of a request for more input.
struct Cursor
{
    const char *p = nullptr;
    const char *end = nullptr;
    qint64 line = 1;
    bool eof = false;
};

/// Splits dump text into tokens by the dialect's rules for strings, names and comments. Each call
/// reads one whole token or nothing: on NeedMore the cursor is unchanged, so the caller can refill
/// its buffer and try again from the same place.
class Lexer
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::SqlDumpReader)

public:
    Dialect dialect = Dialect::Generic;
    QByteArray delimiter = ";";
    /// PostgreSQL with standard_conforming_strings off: backslashes escape in '' strings too.
    bool backslashStrings = false;
    /// The closing comment of mysqldump or pg_dump was seen: the dump was written to the end.
    bool footerSeen = false;

    void next(Cursor &c, Token &token);
    const QString &error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

private:
    enum class Skip { Done, NeedMore, Invalid };
    Skip skipSpace(Cursor &c);
    Skip skipComment(Cursor &c);
    bool lexQuotedForms(Cursor &c, Token &token);
    void lexOther(Cursor &c, Token &token);
    void lexQuoted(Cursor &c, Token &token, char quote, bool escapes);
    bool unescape(const char *&p, const char *end, char escape, Token &token);
    void lexName(Cursor &c, Token &token, char close);
    void lexHex(Cursor &c, Token &token, bool quoted);
    void lexDollar(Cursor &c, Token &token);
    void lexWord(Cursor &c, Token &token);
    void lexNumber(Cursor &c, Token &token);
    bool checkText(Token &token, bool binaryIfInvalid);
    void fail(Token &token, const QString &message, qint64 line);

    QString m_error;
    qint64 m_errorLine = 0;
};

/// Appends the UTF-8 form of a code point; false for surrogates and values above U+10FFFF.
bool appendUtf8(QByteArray &out, uint codePoint);
/// "\x" + lowercase hex of bytes.
QByteArray hexBlob(QByteArrayView bytes);

} // namespace Portrait::Io::Dump
