// The row level of the dump parser: INSERT value tuples (literals and the few functions dump tools
// write, such as sqlite3's replace(...,'\n',char(10))) and COPY text rows.
#include "io/encoding.h"
#include "io/sqldumpparser.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace Portrait::Io::Dump {

namespace {

constexpr int MaxDepth = 32;

/// SQLite's unistr(): \XXXX, \uXXXX, \+XXXXXX, \UXXXXXXXX and \\.
bool unistr(const QByteArray &in, QByteArray &out)
{
    out.clear();
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\') {
            out.append(in[i]);
            continue;
        }
        if (i + 1 < in.size() && in[i + 1] == '\\') {
            out.append('\\');
            ++i;
            continue;
        }
        qsizetype digits = 4;
        qsizetype from = i + 1;
        if (from < in.size() && (in[from] == 'u' || in[from] == '+' || in[from] == 'U')) {
            digits = in[from] == 'u' ? 4 : in[from] == '+' ? 6 : 8;
            ++from;
        }
        bool ok = from + digits <= in.size();
        const uint cp = ok ? in.mid(from, digits).toUInt(&ok, 16) : 0;
        if (!ok || !appendUtf8(out, cp))
            return false;
        i = from + digits - 1;
    }
    return true;
}

} // namespace

Parser::Step Parser::values(Cursor &c, Event &event)
{
    Step s = Step::Continue;
    if (!lex(c, s))
        return s;
    if (!m_token.isPunct('('))
        return unexpected(m_token);
    if (!tuple(c, event, s))
        return s;
    m_state = State::AfterRow;
    return Step::Event;
}

Parser::Step Parser::afterRow(Cursor &c)
{
    Step s = Step::Continue;
    if (!lex(c, s))
        return s;
    if (m_token.isPunct(','))
        m_state = State::Values;
    else if (m_token.is(Token::Kind::Delimiter))
        m_state = State::Statement;
    else if (m_token.is(Token::Kind::Word))
        beginSkip(false); // ON DUPLICATE KEY UPDATE, ON CONFLICT, RETURNING: not data
    else
        return unexpected(m_token);
    return Step::Continue;
}

bool Parser::tuple(Cursor &c, Event &event, Step &step)
{
    event.kind = Event::Kind::Row;
    event.table = m_table;
    event.columns = m_columns;
    event.statement = m_statement;
    event.line = m_token.line;
    event.data.resize(0);
    event.ends.clear();
    Cursor d = c;
    if (!lex(d, step))
        return false;
    if (m_token.isPunct(')')) {
        c = d;
        return true;
    }
    QByteArray value;
    for (;;) {
        if (!expression(c, value, 0, step))
            return false;
        event.data += value;
        event.ends.push_back(event.data.size());
        if (!lex(c, step))
            return false;
        if (m_token.isPunct(')'))
            break;
        if (!m_token.isPunct(',')) {
            step = unexpected(m_token);
            return false;
        }
    }
    if (!m_columns.isEmpty() && event.size() != m_columns.size()) {
        step = fail(tr("Line %1: the row has %2 values for %3 columns.").arg(event.line).arg(event.size())
                            .arg(m_columns.size()), event.line);
        return false;
    }
    return true;
}

bool Parser::expression(Cursor &c, QByteArray &out, int depth, Step &step)
{
    if (!primary(c, out, depth, step))
        return false;
    for (;;) {
        Cursor d = c;
        if (!lex(d, step))
            return false;
        if (m_token.isPunct("||")) {
            QByteArray right;
            if (!primary(d, right, depth, step))
                return false;
            out += right;
        } else if (m_token.isPunct("::")) {
            if (!skipCast(d, step))
                return false;
        } else {
            return true;
        }
        c = d;
    }
}

bool Parser::primary(Cursor &c, QByteArray &out, int depth, Step &step)
{
    if (depth > MaxDepth) {
        step = fail(tr("Line %1: a value is nested too deeply.").arg(c.line), c.line);
        return false;
    }
    if (!lex(c, step))
        return false;
    const Token &t = m_token;
    using K = Token::Kind;
    if (t.is(K::String) || t.is(K::Blob) || t.is(K::Number)) {
        out = t.text;
        return true;
    }
    if (t.isPunct('-') || t.isPunct('+')) {
        const bool minus = t.isPunct('-');
        if (!lex(c, step))
            return false;
        if (!m_token.is(K::Number)) {
            step = unexpected(m_token);
            return false;
        }
        out = minus ? '-' + m_token.text : m_token.text;
        return true;
    }
    if (t.isPunct('(')) {
        if (!expression(c, out, depth + 1, step) || !lex(c, step))
            return false;
        if (!m_token.isPunct(')')) {
            step = unexpected(m_token);
            return false;
        }
        return true;
    }
    if (t.isWord("NULL") || t.isWord("DEFAULT")) {
        out.clear();
        return true;
    }
    if (t.isWord("TRUE") || t.isWord("FALSE")) {
        out = t.text;
        return true;
    }
    if (t.is(K::Word)) {
        const QByteArray fn = t.text.toUpper();
        const qint64 line = t.line;
        Cursor d = c;
        if (!lex(d, step))
            return false;
        if (m_token.isPunct('(')) {
            c = d;
            return function(c, fn, out, depth + 1, step);
        }
        step = fail(tr("Line %1: \"%2\" is not a value; a dump row can only hold literal values.")
                            .arg(line).arg(QString::fromUtf8(fn)), line);
        return false;
    }
    step = unexpected(t);
    return false;
}

bool Parser::function(Cursor &c, const QByteArray &fn, QByteArray &out, int depth, Step &step)
{
    const qint64 line = c.line;
    QList<QByteArray> args;
    Cursor d = c;
    if (!lex(d, step))
        return false;
    if (m_token.isPunct(')')) {
        c = d;
    } else {
        for (;;) {
            QByteArray arg;
            if (!expression(c, arg, depth, step) || !lex(c, step))
                return false;
            args.append(arg);
            if (m_token.isPunct(')'))
                break;
            if (fn == "CAST" && m_token.isWord("AS")) {
                int nested = 0; // the type, up to the closing parenthesis
                while (lex(c, step) && !(m_token.isPunct(')') && nested == 0)) {
                    if (m_token.is(Token::Kind::End))
                        return unexpected(m_token), false;
                    nested += m_token.isPunct('(') ? 1 : m_token.isPunct(')') ? -1 : 0;
                }
                if (step != Step::Continue)
                    return false;
                break;
            }
            if (!m_token.isPunct(',')) {
                step = unexpected(m_token);
                return false;
            }
        }
    }
    if (fn == "REPLACE" && args.size() == 3) {
        out = args[1].isEmpty() ? args[0] : args[0].replace(args[1], args[2]);
    } else if (fn == "CHAR" && !args.isEmpty()) {
        out.clear();
        for (const QByteArray &a : args) {
            bool ok = false;
            const uint cp = a.toUInt(&ok);
            if (!ok || !appendUtf8(out, cp))
                return step = fail(tr("Line %1: char() of a value that is not a character.").arg(line), line), false;
        }
    } else if (fn == "UNISTR" && args.size() == 1) {
        if (!unistr(args[0], out))
            return step = fail(tr("Line %1: a bad escape in unistr().").arg(line), line), false;
    } else if ((fn == "CONCAT" && !args.isEmpty()) || (fn == "CAST" && args.size() == 1)) {
        out = args.join();
    } else {
        step = fail(tr("Line %1: the function %2() is not supported in dump values.").arg(line)
                            .arg(QString::fromUtf8(fn)), line);
        return false;
    }
    return true;
}

bool Parser::skipCast(Cursor &c, Step &step)
{
    // A PostgreSQL type after '::': words, a qualified name, (n[,m]) and [] suffixes.
    int nested = 0;
    for (bool first = true;; first = false) {
        Cursor d = c;
        if (!lex(d, step))
            return false;
        const Token &t = m_token;
        const bool part = t.is(Token::Kind::Word) || t.is(Token::Kind::Name) || t.isPunct('.') || t.isPunct('[')
                || t.isPunct(']') || t.isPunct('(') || (nested > 0 && !t.is(Token::Kind::End));
        if (!part || (t.isPunct(')') && nested == 0)) {
            if (first) {
                step = unexpected(t);
                return false;
            }
            return true;
        }
        nested += t.isPunct('(') ? 1 : t.isPunct(')') ? -1 : 0;
        c = d;
    }
}

Parser::Step Parser::copyRow(Cursor &c, Event &event)
{
    const auto *nl = static_cast<const char *>(std::memchr(c.p, '\n', size_t(c.end - c.p)));
    if (nl == nullptr && !c.eof)
        return Step::NeedMore;
    QByteArrayView line(c.p, (nl != nullptr ? nl : c.end) - c.p);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line == "\\.") {
        m_state = State::Statement;
        c.p = nl != nullptr ? nl + 1 : c.end;
        c.line += nl != nullptr ? 1 : 0;
        return Step::Continue;
    }
    if (nl == nullptr)
        return fail(tr("The COPY data for %1 that starts on line %2 is cut short: the dump ends before its \\. line.")
                            .arg(m_table).arg(m_statementLine), m_statementLine);
    event.kind = Event::Kind::Row;
    event.table = m_table;
    event.columns = m_columns;
    event.statement = m_statement;
    event.line = c.line;
    event.data.resize(0);
    event.ends.clear();
    for (qsizetype from = 0;;) {
        qsizetype tab = line.indexOf('\t', from);
        const QByteArrayView raw = line.sliced(from, (tab < 0 ? line.size() : tab) - from);
        if (!copyField(raw, event.data, c.line))
            return Step::Failed;
        event.ends.push_back(event.data.size());
        if (tab < 0)
            break;
        from = tab + 1;
    }
    if (!m_columns.isEmpty() && event.size() != m_columns.size())
        return fail(tr("Line %1: the row has %2 values for %3 columns.").arg(c.line).arg(event.size())
                            .arg(m_columns.size()), c.line);
    c.p = nl + 1;
    ++c.line;
    return Step::Event;
}

bool Parser::copyField(QByteArrayView raw, QByteArray &out, qint64 line)
{
    if (raw == "\\N")
        return true; // NULL
    const qsizetype start = out.size();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char ch = raw[i];
        if (ch != '\\' || i + 1 == raw.size()) {
            out.append(ch);
            continue;
        }
        const char e = raw[++i];
        static constexpr char from[] = "bfnrtv";
        static constexpr char to[] = "\b\f\n\r\t\v";
        if (const char *f = std::strchr(from, e); f != nullptr && e != 0) {
            out.append(to[f - from]);
        } else if (e >= '0' && e <= '7') {
            int v = e - '0';
            for (int n = 0; n < 2 && i + 1 < raw.size() && raw[i + 1] >= '0' && raw[i + 1] <= '7'; ++n)
                v = v * 8 + (raw[++i] - '0');
            out.append(char(v & 0xff));
        } else if (e == 'x' && i + 1 < raw.size() && QByteArrayView("0123456789abcdefABCDEF").contains(raw[i + 1])) {
            int v = 0;
            for (int n = 0; n < 2 && i + 1 < raw.size() && QByteArrayView("0123456789abcdefABCDEF").contains(raw[i + 1]); ++n)
                v = v * 16 + QByteArray(1, raw[++i]).toInt(nullptr, 16);
            out.append(char(v));
        } else {
            out.append(e);
        }
    }
    if (checkUtf8(QByteArrayView(out).sliced(start)).status != Utf8Check::Status::Valid) {
        fail(tr("Line %1: the dump is not valid UTF-8 text.").arg(line), line);
        return false;
    }
    return true;
}

} // namespace Portrait::Io::Dump
