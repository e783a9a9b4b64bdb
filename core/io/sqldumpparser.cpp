// The statement level of the dump parser: which statements carry definitions or rows, and the
// checks that tell a complete dump from one cut short. Values are read in sqldumpvalues.cpp.
#include "io/sqldumpparser.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Portrait::Io::Dump {

namespace {

constexpr qsizetype DefaultChunkSize = 4 * 1024 * 1024;
constexpr qsizetype HeadSize = 64 * 1024;

} // namespace

Parser::Parser() = default;
Parser::~Parser() = default;

Status Parser::openFile(const QString &path)
{
    m_ownedFile = std::make_unique<QFile>(path);
    const QString name = QFileInfo(path).fileName();
    if (!m_ownedFile->open(QIODevice::ReadOnly))
        return Error { tr("Cannot open the file: %1").arg(m_ownedFile->errorString()), name, 0, 0, {} };
    return open(m_ownedFile.get(), name);
}

Status Parser::open(QIODevice *device, const QString &sourceName, qsizetype chunkSize)
{
    m_device = device;
    m_source = sourceName;
    m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    m_chunkSize = chunkSize > 0 ? chunkSize : DefaultChunkSize;
    m_fileSize = device->size();
    if (const Status s = detect(); !s) {
        m_failed = true;
        m_error = s.error();
        return s;
    }
    return {};
}

bool Parser::fill()
{
    if (m_eof)
        return fail(tr("The dump ends unexpectedly."), m_line) != Step::Failed;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype keep = m_buffer.size();
    m_buffer.resize(keep + m_chunkSize);
    const qint64 n = m_device->read(m_buffer.data() + keep, m_chunkSize);
    m_buffer.resize(keep + std::max<qint64>(n, 0));
    if (n < 0)
        return fail(tr("Cannot read the file: %1").arg(m_device->errorString()), m_line) != Step::Failed;
    m_bytesRead += n;
    m_hash->addData(QByteArrayView(m_buffer).sliced(keep));
    m_eof = n == 0 || m_device->atEnd();
    return true;
}

Status Parser::detect()
{
    // Peeked, not read: the parse buffer fills chunk by chunk even for small files, so tests and
    // the fuzzer exercise chunk ends everywhere.
    const QByteArray peeked = m_device->peek(HeadSize);
    const QByteArrayView head(peeked);
    if (head.startsWith("PGDMP"))
        return Error { tr("This is a pg_dump archive in the custom format, which Portrait cannot read. Write a plain "
                          "SQL dump with \"pg_dump --format=plain\", or convert this one with "
                          "\"pg_restore -f out.sql FILE\"."),
                       m_source, 0, 0, {} };
    if (head.startsWith("\x1f\x8b") || head.startsWith("PK\x03\x04") || head.startsWith("\x28\xb5\x2f\xfd"))
        return Error { tr("The dump is compressed. Unpack it first, then open the .sql file."), m_source, 0, 0, {} };
    if (head.startsWith("SQLite format 3"))
        return Error { tr("This is an SQLite database, not a dump; open it as an SQLite file."), m_source, 0, 0, {} };
    if (head.startsWith("\xEF\xBB\xBF"))
        m_skipBom = true;
    Dialect d = Dialect::Generic;
    if (head.contains("-- PostgreSQL database dump\n")) {
        d = Dialect::Postgres;
        m_requireFooter = true;
    } else if (head.contains("-- MySQL dump ") || head.contains("-- MariaDB dump ")) {
        d = Dialect::MySQL;
        m_requireFooter = true;
    } else if (head.contains("FROM stdin;") || head.contains("SET standard_conforming_strings")
               || head.contains("pg_catalog.")) {
        d = Dialect::Postgres;
    } else if (head.contains("/*!40") || head.contains("/*M!") || head.contains('`')) {
        d = Dialect::MySQL;
    } else if (head.contains("PRAGMA foreign_keys") || head.contains("BEGIN TRANSACTION;")) {
        d = Dialect::SQLite;
    }
    m_lexer.dialect = d;
    return {};
}

Parser::Step Parser::fail(const QString &message, qint64 line)
{
    m_failed = true;
    m_error = Error { message, m_source, line, 0, {} };
    return Step::Failed;
}

Parser::Step Parser::unexpected(const Token &token)
{
    if (token.is(Token::Kind::End))
        return fail(tr("The statement that starts on line %1 is cut short: the dump ends before its ';'.")
                            .arg(m_statementLine), m_statementLine);
    const QString what = token.text.size() > 40 ? QString::fromUtf8(token.text.left(40)) + u'…'
                                                : QString::fromUtf8(token.text);
    return fail(tr("Line %1: unexpected \"%2\" in the statement that starts on line %3.")
                        .arg(token.line).arg(what).arg(m_statementLine), token.line);
}

bool Parser::lex(Cursor &c, Step &step)
{
    m_lexer.next(c, m_token);
    if (m_token.is(Token::Kind::NeedMore)) {
        step = Step::NeedMore;
        return false;
    }
    if (m_token.is(Token::Kind::Invalid)) {
        step = fail(m_lexer.error(), m_lexer.errorLine());
        return false;
    }
    return true;
}

bool Parser::next(Event &event)
{
    if (m_device == nullptr || m_failed || m_done)
        return false;
    for (;;) {
        switch (step(event)) {
        case Step::Event:
            return true;
        case Step::Continue:
            continue;
        case Step::NeedMore:
            if (!fill())
                return false;
            continue;
        case Step::Done:
            m_done = true;
            m_checksum = m_hash->result().toHex();
            return false;
        case Step::Failed:
            return false;
        }
    }
}

Parser::Step Parser::step(Event &event)
{
    if (m_skipBom) {
        if (m_buffer.size() - m_pos < 3 && !m_eof)
            return Step::NeedMore;
        m_pos += 3; // the file starts with it: detect() saw it
        m_skipBom = false;
    }
    Cursor c { m_buffer.constData() + m_pos, m_buffer.constData() + m_buffer.size(), m_line, m_eof };
    Step s = Step::Failed;
    switch (m_state) {
    case State::Statement: s = statement(c, event); break;
    case State::Values: s = values(c, event); break;
    case State::AfterRow: s = afterRow(c); break;
    case State::Copy: s = copyRow(c, event); break;
    case State::Skip: s = skip(c); break;
    }
    if (s == Step::Event || s == Step::Continue || s == Step::Done) {
        m_pos = c.p - m_buffer.constData();
        m_line = c.line;
    }
    return s;
}

void Parser::beginSkip(bool blocks)
{
    m_state = State::Skip;
    m_skipDepth = 0;
    // Trigger and routine bodies hold ';' between BEGIN and END. MySQL dumps switch DELIMITER for
    // them instead, and its END IF / END LOOP would upset the count.
    m_skipBlocks = blocks && m_lexer.dialect != Dialect::MySQL ? 0 : -1;
}

Parser::Step Parser::statement(Cursor &c, Event &event)
{
    Step s = Step::Continue;
    if (!lex(c, s))
        return s;
    const Token &t = m_token;
    m_statementLine = t.line;
    if (t.is(Token::Kind::End))
        return atEnd(t.line);
    if (t.is(Token::Kind::Delimiter) || t.is(Token::Kind::Meta))
        return Step::Continue; // psql meta-commands (\connect, \restrict) are not SQL
    if (t.isWord("CREATE"))
        return createTable(c, event);
    if (t.isWord("INSERT") || t.isWord("REPLACE"))
        return insertHead(c);
    if (t.isWord("COPY"))
        return copyHead(c);
    if (t.isWord("SET"))
        return setStatement(c);
    if (t.isWord("DELIMITER") && m_lexer.dialect == Dialect::MySQL)
        return delimiterCommand(c);
    if (t.isWord("ROLLBACK"))
        return fail(tr("Line %1: the dump rolls its transaction back, so the tool that wrote it met errors and "
                       "its data is incomplete.").arg(t.line), t.line);
    if (t.isWord("BEGIN") || t.isWord("COMMIT") || t.isWord("END"))
        m_inTransaction = t.isWord("BEGIN");
    if (t.isWord("BEGIN"))
        m_transactionLine = t.line;
    beginSkip(false);
    m_skipDepth = t.isPunct('(') ? 1 : 0;
    return Step::Continue;
}

Parser::Step Parser::atEnd(qint64 line)
{
    if (m_inTransaction)
        return fail(tr("The dump is cut short: the transaction that begins on line %1 has no COMMIT.")
                            .arg(m_transactionLine), m_transactionLine);
    if (m_requireFooter && !m_lexer.footerSeen)
        return fail(tr("The dump is cut short at line %1: it lacks the closing comment the dump tool writes at "
                       "the end.").arg(line), line);
    return Step::Done;
}

Parser::Step Parser::skip(Cursor &c)
{
    Step s = Step::Continue;
    if (!lex(c, s))
        return s;
    const Token &t = m_token;
    if (t.is(Token::Kind::End))
        return unexpected(t);
    if (t.is(Token::Kind::Delimiter) && m_skipDepth == 0 && m_skipBlocks <= 0)
        m_state = State::Statement;
    else if (t.isPunct('('))
        ++m_skipDepth;
    else if (t.isPunct(')'))
        m_skipDepth = std::max(0, m_skipDepth - 1);
    else if (m_skipBlocks >= 0 && (t.isWord("BEGIN") || t.isWord("CASE")))
        ++m_skipBlocks;
    else if (m_skipBlocks > 0 && t.isWord("END"))
        --m_skipBlocks;
    return Step::Continue;
}

} // namespace Portrait::Io::Dump
