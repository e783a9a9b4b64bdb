// The statements the dump parser reads rather than skips: CREATE TABLE for column names, the
// heads of INSERT and COPY, and the SET and DELIMITER commands that change how the text is read.
#include "io/sqldumpparser.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace Portrait::Io::Dump {

namespace {

bool isConstraint(const Token &t, Dialect dialect)
{
    if (t.kind != Token::Kind::Word)
        return false; // a quoted name is always a column
    for (const char *w : { "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN" })
        if (t.isWord(w))
            return true;
    if (dialect == Dialect::MySQL)
        for (const char *w : { "KEY", "INDEX", "FULLTEXT", "SPATIAL" })
            if (t.isWord(w))
                return true;
    return dialect == Dialect::Postgres && (t.isWord("EXCLUDE") || t.isWord("LIKE"));
}

} // namespace

bool Parser::name(Cursor &c, QString &out, Step &step)
{
    if (!m_token.isName()) {
        step = unexpected(m_token);
        return false;
    }
    out = QString::fromUtf8(m_token.text);
    for (;;) {
        Cursor d = c;
        if (!lex(d, step))
            return false;
        if (!m_token.isPunct('.'))
            return true;
        if (!lex(d, step))
            return false;
        if (!m_token.isName()) {
            step = unexpected(m_token);
            return false;
        }
        out += u'.' + QString::fromUtf8(m_token.text);
        c = d;
    }
}

bool Parser::columnList(Cursor &c, QStringList &out, Step &step)
{
    out.clear();
    for (;;) {
        if (!lex(c, step))
            return false;
        if (m_token.isPunct(')') && out.isEmpty())
            return true;
        if (!m_token.isName()) {
            step = unexpected(m_token);
            return false;
        }
        out.append(QString::fromUtf8(m_token.text));
        if (!lex(c, step))
            return false;
        if (m_token.isPunct(')'))
            return true;
        if (!m_token.isPunct(',')) {
            step = unexpected(m_token);
            return false;
        }
    }
}

Parser::Step Parser::createTable(Cursor &c, Event &event)
{
    Step s = Step::Continue;
    do {
        if (!lex(c, s))
            return s;
    } while (m_token.isWord("OR") || m_token.isWord("REPLACE") || m_token.isWord("TEMPORARY") || m_token.isWord("TEMP")
             || m_token.isWord("GLOBAL") || m_token.isWord("LOCAL") || m_token.isWord("UNLOGGED"));
    if (!m_token.isWord("TABLE")) {
        beginSkip(true); // an index, view, trigger, function ...: nothing to read
        return Step::Continue;
    }
    if (!lex(c, s))
        return s;
    if (m_token.isWord("IF")) {
        for (int i = 0; i < 3; ++i) // IF NOT EXISTS name
            if (!lex(c, s))
                return s;
    }
    QString table;
    if (!name(c, table, s) || !lex(c, s))
        return s;
    if (!m_token.isPunct('(')) {
        beginSkip(false); // AS SELECT, LIKE, PARTITION OF: no column list to read
        return Step::Continue;
    }
    QStringList columns;
    int depth = 1;
    bool atElement = true;
    while (depth > 0) {
        if (!lex(c, s))
            return s;
        const Token &t = m_token;
        if (t.is(Token::Kind::End) || t.is(Token::Kind::Delimiter))
            return unexpected(t);
        if (depth == 1 && atElement && !t.isPunct(')')) {
            atElement = false;
            if (!isConstraint(t, m_lexer.dialect) && t.isName()) {
                columns.append(QString::fromUtf8(t.text));
                continue;
            }
        }
        if (t.isPunct('('))
            ++depth;
        else if (t.isPunct(')'))
            --depth;
        else if (t.isPunct(',') && depth == 1)
            atElement = true;
    }
    event.kind = Event::Kind::Table;
    event.table = table;
    event.columns = columns;
    event.line = m_statementLine;
    beginSkip(false); // table options up to the ';'
    return Step::Event;
}

Parser::Step Parser::insertHead(Cursor &c)
{
    Step s = Step::Continue;
    do {
        if (!lex(c, s))
            return s;
    } while (m_token.isWord("OR") || m_token.isWord("REPLACE") || m_token.isWord("IGNORE") || m_token.isWord("ABORT")
             || m_token.isWord("FAIL") || m_token.isWord("ROLLBACK") || m_token.isWord("LOW_PRIORITY")
             || m_token.isWord("DELAYED") || m_token.isWord("HIGH_PRIORITY") || m_token.isWord("INTO"));
    QString table;
    if (!name(c, table, s) || !lex(c, s))
        return s;
    QStringList columns;
    if (m_token.isPunct('(') && (!columnList(c, columns, s) || !lex(c, s)))
        return s;
    while (m_token.isWord("OVERRIDING") || m_token.isWord("SYSTEM") || m_token.isWord("USER"))
        if (!lex(c, s))
            return s;
    if (!m_token.isWord("VALUES") && !m_token.isWord("VALUE")) {
        if (m_token.is(Token::Kind::End))
            return unexpected(m_token);
        beginSkip(false); // INSERT ... SELECT or DEFAULT VALUES: no values in the dump to read
        m_skipDepth = m_token.isPunct('(') ? 1 : 0;
        return m_token.is(Token::Kind::Delimiter) ? (m_state = State::Statement, Step::Continue) : Step::Continue;
    }
    m_table = table;
    m_columns = columns;
    ++m_statement;
    m_state = State::Values;
    return Step::Continue;
}

Parser::Step Parser::copyHead(Cursor &c)
{
    Step s = Step::Continue;
    QString table;
    QStringList columns;
    if (!lex(c, s) || !name(c, table, s) || !lex(c, s))
        return s;
    if (m_token.isPunct('(') && (!columnList(c, columns, s) || !lex(c, s)))
        return s;
    if (m_token.isWord("FROM") && !lex(c, s))
        return s;
    if (!m_token.isWord("STDIN")) {
        beginSkip(false); // COPY TO, or from a server file: no rows in the dump
        return m_token.is(Token::Kind::Delimiter) ? (m_state = State::Statement, Step::Continue) : Step::Continue;
    }
    if (!lex(c, s))
        return s;
    if (!m_token.is(Token::Kind::Delimiter))
        return fail(tr("Line %1: COPY with options is not supported; write the dump with plain pg_dump.")
                            .arg(m_token.line), m_token.line);
    // The rows start on the next line.
    const auto *nl = static_cast<const char *>(std::memchr(c.p, '\n', size_t(c.end - c.p)));
    if (nl == nullptr && !c.eof)
        return Step::NeedMore;
    c.p = nl != nullptr ? nl + 1 : c.end;
    c.line += nl != nullptr ? 1 : 0;
    m_table = table;
    m_columns = columns;
    ++m_statement;
    m_state = State::Copy;
    return Step::Continue;
}

Parser::Step Parser::setStatement(Cursor &c)
{
    Step s = Step::Continue;
    QList<QByteArray> words;
    for (;;) {
        if (!lex(c, s))
            return s;
        if (m_token.is(Token::Kind::End))
            return unexpected(m_token);
        if (m_token.is(Token::Kind::Delimiter))
            break;
        if (m_token.kind == Token::Kind::Word || m_token.kind == Token::Kind::String)
            words.append(m_token.text.toLower());
    }
    // Old pg_dump versions turn standard strings off, and then backslashes escape in '' strings.
    if (words.size() >= 2 && words[0] == "standard_conforming_strings")
        m_lexer.backslashStrings = words[1] == "off" || words[1] == "false";
    return Step::Continue;
}

Parser::Step Parser::delimiterCommand(Cursor &c)
{
    const auto *nl = static_cast<const char *>(std::memchr(c.p, '\n', size_t(c.end - c.p)));
    if (nl == nullptr && !c.eof)
        return Step::NeedMore;
    const char *stop = nl != nullptr ? nl : c.end;
    const QByteArray delimiter = QByteArray(c.p, stop - c.p).trimmed();
    if (delimiter.isEmpty())
        return fail(tr("Line %1: DELIMITER without a delimiter.").arg(c.line), c.line);
    m_lexer.delimiter = delimiter;
    c.p = stop;
    return Step::Continue;
}

} // namespace Portrait::Io::Dump
