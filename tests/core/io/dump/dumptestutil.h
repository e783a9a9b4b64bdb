#pragma once

// Helpers for the dump reader tests: the source data every fixture holds, and reading a table back.
#include "io/sqldump.h"
#include "io/sqlitesource.h"

#include <QFile>
#include <QList>
#include <QStringList>

namespace Portrait::Io::TestUtil {

using Rows = QList<QStringList>;

/// What tests/data/dumps/make-fixtures.sh put into each engine.
inline Rows expectedCustomers()
{
    using namespace Qt::StringLiterals;
    return { { u"1"_s, u"O'Brien"_s, u"C:\\path\\to"_s, u"north"_s },
             { u"2"_s, u"王芳\n第二行"_s, u"tab\there"_s, QString() },
             { u"3"_s, u"Zoë \"Z\" Smith"_s, QString(), u"south"_s } };
}

inline Rows expectedOrders()
{
    using namespace Qt::StringLiterals;
    return { { u"A-001"_s, u"1"_s, u"2024-01-05"_s, u"12.5"_s, u"2"_s, u"\\x0001275cff"_s },
             { u"A-002"_s, u"1"_s, u"2024-02-10 13:45:00"_s, u"0.1"_s, u"1"_s, QString() },
             { u"B-003"_s, u"2"_s, u"2024-03-01"_s, u"-3.75"_s, QString(), QString() },
             { u"C-004"_s, u"3"_s, QString(), u"1234567.89"_s, u"10"_s, QString() } };
}

struct TableRead
{
    QStringList columns;
    Rows rows;
    QList<qint64> rowNumbers;
    QList<qint64> lines;
    bool failed = false;
    Error error;
    QByteArray checksum;
    qint64 bytesRead = 0;
    qint64 fileSize = 0;
};

template<typename Reader>
TableRead readTable(const QString &path, const QString &table)
{
    TableRead out;
    Reader reader;
    if (const Status s = reader.open(path, table); !s) {
        out.failed = true;
        out.error = s.error();
        return out;
    }
    out.columns = reader.columns();
    CsvRecord record;
    while (reader.next(record)) {
        QStringList fields;
        for (QByteArrayView f : record.fields)
            fields.append(QString::fromUtf8(f));
        out.rows.append(fields);
        out.rowNumbers.append(record.row);
        out.lines.append(record.line);
    }
    out.failed = reader.failed();
    out.error = reader.error();
    out.checksum = reader.checksum();
    out.bytesRead = reader.bytesRead();
    out.fileSize = reader.fileSize();
    return out;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace Portrait::Io::TestUtil
