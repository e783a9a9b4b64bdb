#pragma once

// The streaming SQL dump parser behind SqlDumpReader and listDumpTables(). It takes table
// definitions and row values out of dump text and ignores every other statement: nothing is
// executed, so DROP, DELETE, UPDATE or GRANT in a dump have no effect.
#include "common/error.h"
#include "io/sqldumplexer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <memory>
#include <vector>

class QCryptographicHash;
class QIODevice;

namespace Portrait::Io::Dump {

struct Event
{
    enum class Kind { Table, Row };
    Kind kind = Kind::Row;
    QString table;          ///< as written, quotes removed, parts joined by '.': "public.orders"
    QStringList columns;    ///< Table: from CREATE TABLE; Row: the statement's column list, or empty
    qint64 statement = 0;   ///< Row: numbers the INSERT/COPY statements, so callers can cache per statement
    qint64 line = 0;        ///< where the definition or the row starts
    QByteArray data;        ///< Row: the UTF-8 values back to back; NULL is empty
    std::vector<qsizetype> ends; ///< Row: end offset of each value in data

    qsizetype size() const { return qsizetype(ends.size()); }
    QByteArrayView value(qsizetype i) const
    {
        const qsizetype from = i == 0 ? 0 : ends[size_t(i - 1)];
        return QByteArrayView(data).sliced(from, ends[size_t(i)] - from);
    }
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::SqlDumpReader)

public:
    Parser();
    ~Parser();
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    Status openFile(const QString &path);
    /// Reads from a device the caller keeps open; chunkSize 0 = 4 MiB (tests and the fuzzer use tiny ones).
    Status open(QIODevice *device, const QString &sourceName, qsizetype chunkSize = 0);
    /// The next table definition or row; false at the end of the dump or on error (see failed()).
    bool next(Event &event);

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    Dialect dialect() const { return m_lexer.dialect; }
    const QString &source() const { return m_source; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 fileSize() const { return m_fileSize; }
    /// Hex SHA-256 of the file; valid once next() has returned false without an error.
    QByteArray checksum() const { return m_checksum; }

private:
    enum class State { Statement, Values, AfterRow, Copy, Skip };
    enum class Step { Event, Continue, NeedMore, Done, Failed };

    bool fill();
    Status detect();
    Step step(Event &event);
    Step statement(Cursor &c, Event &event);
    Step createTable(Cursor &c, Event &event);
    Step insertHead(Cursor &c);
    Step copyHead(Cursor &c);
    Step setStatement(Cursor &c);
    Step delimiterCommand(Cursor &c);
    Step values(Cursor &c, Event &event);
    Step afterRow(Cursor &c);
    Step copyRow(Cursor &c, Event &event);
    Step skip(Cursor &c);
    Step atEnd(qint64 line);
    bool lex(Cursor &c, Step &step);
    bool name(Cursor &c, QString &out, Step &step);
    bool columnList(Cursor &c, QStringList &out, Step &step);
    bool tuple(Cursor &c, Event &event, Step &step);
    bool expression(Cursor &c, QByteArray &out, int depth, Step &step);
    bool primary(Cursor &c, QByteArray &out, int depth, Step &step);
    bool function(Cursor &c, const QByteArray &fn, QByteArray &out, int depth, Step &step);
    bool skipCast(Cursor &c, Step &step);
    bool copyField(QByteArrayView raw, QByteArray &out, qint64 line);
    Step fail(const QString &message, qint64 line);
    Step unexpected(const Token &token);
    void beginSkip(bool blocks);

    std::unique_ptr<QFile> m_ownedFile;
    QIODevice *m_device = nullptr;
    QString m_source;
    std::unique_ptr<QCryptographicHash> m_hash;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_chunkSize = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qint64 m_fileSize = 0;
    bool m_eof = false;
    bool m_failed = false;
    bool m_done = false;
    Error m_error;
    QByteArray m_checksum;
    Lexer m_lexer;
    Token m_token;
    State m_state = State::Statement;

    // The statement being read.
    QString m_table;
    QStringList m_columns;
    qint64 m_statement = 0;
    qint64 m_statementLine = 0;
    int m_skipDepth = 0;
    int m_skipBlocks = -1;      ///< BEGIN/CASE ... END nesting; -1 = not counted for this statement
    qint64 m_transactionLine = 0;
    bool m_inTransaction = false;
    bool m_requireFooter = false;
    bool m_skipBom = false;
};

} // namespace Portrait::Io::Dump
