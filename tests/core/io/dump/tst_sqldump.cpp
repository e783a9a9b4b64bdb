#include "dumptestutil.h"

#include "io/sqldump.h"
#include "io/sqldumpparser.h"
#include "io/sqlitesource.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Io;
using namespace Portrait::Io::TestUtil;

namespace {

QString fixture(const QString &name) { return QStringLiteral(PORTRAIT_TEST_DATA_DIR "/dumps/") + name; }

/// Dump tools write REAL and empty BLOBs each in their own way; compare the values, not the spelling.
Rows normalised(Rows rows, bool orders)
{
    for (QStringList &row : rows) {
        if (!orders || row.size() < 6)
            continue;
        row[3] = QString::number(row[3].toDouble(), 'g', QLocale::FloatingPointShortest);
        if (row[5] == u"\\x"_s)
            row[5].clear();
    }
    return rows;
}

template<typename T>
QByteArray why(const Result<T> &r) { return r.ok() ? QByteArray() : r.error().toString().toLocal8Bit(); }

QString unqualified(const QString &name) { return name.section(u'.', -1); }

QList<QByteArray> events(const QByteArray &bytes, qsizetype chunk, bool *failed = nullptr)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Dump::Parser parser;
    QList<QByteArray> out;
    if (!parser.open(&buffer, u"t.sql"_s, chunk))
        return out;
    Dump::Event e;
    while (parser.next(e)) {
        QByteArray s = e.table.toUtf8() + '|' + e.columns.join(u',').toUtf8() + '|' + QByteArray::number(e.line);
        for (qsizetype i = 0; i < e.size(); ++i)
            s += '|' + e.value(i);
        out.append(s);
    }
    if (failed)
        *failed = parser.failed();
    return out;
}

} // namespace

class TestSqlDump : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static void addFixtures()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("footer"); // text of the last thing a complete dump must have
        QTest::newRow("sqlite3 .dump") << u"sqlite3.sql"_s << "COMMIT;"_ba;
        QTest::newRow("mysqldump") << u"mysqldump.sql"_s << "-- Dump completed"_ba;
        QTest::newRow("mysqldump --skip-extended-insert") << u"mysqldump-single.sql"_s << "-- Dump completed"_ba;
        QTest::newRow("pg_dump plain") << u"pgdump.sql"_s << "-- PostgreSQL database dump complete"_ba;
        QTest::newRow("pg_dump --inserts") << u"pgdump-inserts.sql"_s << "-- PostgreSQL database dump complete"_ba;
        QTest::newRow("pg_dump --column-inserts") << u"pgdump-column-inserts.sql"_s
                                                  << "-- PostgreSQL database dump complete"_ba;
    }

private Q_SLOTS:
    void fixtures_data() { addFixtures(); }
    void fixtures()
    {
        QFETCH(QString, file);
        const QString path = fixture(file);
        auto tables = listDumpTables(path, nullProgress(), CancelToken());
        QVERIFY2(tables.ok(), why(tables).constData());
        QCOMPARE(tables->size(), 2);
        QStringList names;
        for (const DumpTable &t : *tables)
            names.append(unqualified(t.name));
        names.sort();
        QCOMPARE(names, (QStringList { u"customers"_s, u"orders"_s }));
        for (const DumpTable &t : *tables) {
            const bool orders = unqualified(t.name) == u"orders"_s;
            QCOMPARE(t.rows, orders ? 4 : 3);
            QVERIFY(t.firstLine > 0);
            QCOMPARE(t.columns.size(), orders ? 6 : 4);
        }
        const QByteArray sha = QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
        for (const QString &table : { u"customers"_s, u"orders"_s }) {
            const bool orders = table == u"orders"_s;
            const TableRead read = readTable<SqlDumpReader>(path, table);
            QVERIFY2(!read.failed, qPrintable(read.error.toString()));
            QCOMPARE(read.columns, orders ? (QStringList { u"order_id"_s, u"customer_id"_s, u"order_date"_s, u"amount"_s,
                                                           u"quantity"_s, u"receipt"_s })
                                          : (QStringList { u"id"_s, u"name"_s, u"note"_s, u"region"_s }));
            QCOMPARE(normalised(read.rows, orders), normalised(orders ? expectedOrders() : expectedCustomers(), orders));
            QCOMPARE(read.rowNumbers, (orders ? QList<qint64> { 1, 2, 3, 4 } : QList<qint64> { 1, 2, 3 }));
            for (qsizetype i = 0; i < read.lines.size(); ++i)
                QVERIFY(read.lines[i] > 0 && (i == 0 || read.lines[i] > read.lines[i - 1]));
            QCOMPARE(read.checksum, sha);
            QCOMPARE(read.bytesRead, read.fileSize);
        }
    }

    void tinyChunks_data() { addFixtures(); }
    void tinyChunks()
    {
        QFETCH(QString, file);
        const QByteArray bytes = fileBytes(fixture(file));
        const QList<QByteArray> whole = events(bytes, 0);
        QVERIFY(whole.size() >= 9);
        for (qsizetype chunk : { 1, 2, 3, 7, 64 })
            QCOMPARE(events(bytes, chunk), whole);
    }

    void truncated_data() { addFixtures(); }
    void truncated()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, footer);
        const QByteArray bytes = fileBytes(fixture(file));
        const qsizetype firstRow = bytes.indexOf("Brien");
        const qsizetype end = bytes.lastIndexOf(footer) + footer.size() - 1;
        QVERIFY(firstRow > 0 && end > firstRow);
        // Cut everywhere between the first row and the dump's closing mark: always an error with a
        // line, never a shorter table.
        for (qsizetype cut = firstRow - 20; cut < end; cut += 5) {
            const QString path = write(u"cut.sql"_s, bytes.left(cut));
            auto tables = listDumpTables(path, nullProgress(), CancelToken());
            QVERIFY2(!tables.ok(), qPrintable(u"cut at %1 was accepted"_s.arg(cut)));
            QVERIFY2(tables.error().row > 0, why(tables).constData());
            const TableRead read = readTable<SqlDumpReader>(path, u"customers"_s);
            QVERIFY(read.failed);
            QVERIFY(read.error.row > 0);
        }
    }

    void truncatedMessages_data()
    {
        QTest::addColumn<QByteArray>("dump");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("line");
        QTest::newRow("eof in string") << "INSERT INTO t VALUES (1,\n'abc"_ba << u"never closed"_s << qint64(2);
        QTest::newRow("insert without ;") << "\nINSERT INTO t VALUES (1,'a'),(2,'b')\n"_ba << u"cut short"_s << qint64(2);
        QTest::newRow("copy without \\.") << "SET standard_conforming_strings = on;\nCOPY public.t (a) FROM stdin;\n1\n2\n"_ba
                                           << u"\\."_s << qint64(2);
        QTest::newRow("no commit") << "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE t(a);\n"_ba
                                   << u"COMMIT"_s << qint64(2);
    }
    void truncatedMessages()
    {
        QFETCH(QByteArray, dump);
        QFETCH(QString, message);
        QFETCH(qint64, line);
        auto tables = listDumpTables(write(u"t.sql"_s, dump), nullProgress(), CancelToken());
        QVERIFY(!tables.ok());
        QVERIFY2(tables.error().message.contains(message), qPrintable(tables.error().message));
        QCOMPARE(tables.error().row, line);
    }

    void customFormatRefused()
    {
        auto tables = listDumpTables(fixture(u"pgdump.custom"_s), nullProgress(), CancelToken());
        QVERIFY(!tables.ok());
        QVERIFY(tables.error().message.contains(u"pg_dump --format=plain"_s));
        QVERIFY(tables.error().message.contains(u"pg_restore -f out.sql"_s));
        SqlDumpReader reader;
        QVERIFY(!reader.open(fixture(u"pgdump.custom"_s), u"orders"_s).ok());
    }

    void statementsAreIgnored_data()
    {
        QTest::addColumn<QByteArray>("dump");
        QTest::newRow("sqlite") << "BEGIN TRANSACTION;\nCREATE TABLE t(a,b);\nINSERT INTO t VALUES(1,'x');\n"
                                   "DROP TABLE t;\nDELETE FROM t WHERE a=1;\nUPDATE t SET b='y';\n"
                                   "CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO t VALUES(new.a, 'z'); "
                                   "DELETE FROM t; SELECT CASE WHEN 1 THEN 2 END; END;\n"
                                   "CREATE VIEW v AS SELECT * FROM t;\nINSERT INTO t VALUES(2,'DROP TABLE t;');\nCOMMIT;\n"_ba;
        QTest::newRow("mysql") << "-- MySQL dump 10.13\n/*!40101 SET NAMES utf8 */;\nCREATE TABLE `t` (`a` int, `b` text);\n"
                                  "LOCK TABLES `t` WRITE;\nINSERT INTO `t` VALUES (1,'x');\nDROP DATABASE shop;\n"
                                  "DELIMITER ;;\nCREATE PROCEDURE p() BEGIN DELETE FROM t; INSERT INTO t VALUES (9,'no'); END ;;\n"
                                  "DELIMITER ;\nTRUNCATE t;\nINSERT INTO `t` VALUES (2,'DROP TABLE t;');\nUNLOCK TABLES;\n"
                                  "-- Dump completed on 2024-01-01\n"_ba;
        QTest::newRow("postgres") << "SET standard_conforming_strings = on;\nCREATE TABLE public.t (a integer, b text);\n"
                                     "CREATE FUNCTION f() RETURNS void AS $$ BEGIN INSERT INTO t VALUES (9,'no'); "
                                     "DELETE FROM t; END $$ LANGUAGE plpgsql;\n"
                                     "COPY public.t (a, b) FROM stdin;\n1\tx\n\\.\nDROP TABLE public.t;\nDELETE FROM public.t;\n"
                                     "INSERT INTO public.t VALUES (2, 'DROP TABLE t;');\nGRANT ALL ON t TO PUBLIC;\n"_ba;
    }
    void statementsAreIgnored()
    {
        QFETCH(QByteArray, dump);
        const QString path = write(u"hostile.sql"_s, dump);
        auto tables = listDumpTables(path, nullProgress(), CancelToken());
        QVERIFY2(tables.ok(), why(tables).constData());
        QCOMPARE(tables->size(), 1);
        const TableRead read = readTable<SqlDumpReader>(path, u"t"_s);
        QVERIFY2(!read.failed, qPrintable(read.error.toString()));
        QCOMPARE(read.rows, (Rows { { u"1"_s, u"x"_s }, { u"2"_s, u"DROP TABLE t;"_s } }));
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("dump");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("mysql escapes")
                << "/*!40101 SET NAMES utf8mb4 */;\nINSERT INTO `t` VALUES ('a\\0b\\Zc\\r\\n\\t\\\\\\'\\\"','\\%\\_');\n"_ba
                << QStringList { u"a\0b\x1a" "c\r\n\t\\'\""_s, u"\\%\\_"_s };
        QTest::newRow("mysql introducers and hex")
                << "# comment\n/*!40000 ALTER TABLE `t` DISABLE KEYS */;\nINSERT INTO `t` VALUES "
                   "(_utf8mb4'王', _binary 'AB', 0x41FF, X'00', -1.5e3, NULL);\n"_ba
                << QStringList { u"王"_s, u"\\x4142"_s, u"\\x41ff"_s, u"\\x00"_s, u"-1.5e3"_s, QString() };
        QTest::newRow("mysql raw binary") << "-- MySQL dump\nINSERT INTO `t` VALUES ('\xff\x01');\n-- Dump completed\n"_ba
                                          << QStringList { u"\\xff01"_s };
        QTest::newRow("pg E strings") << "SET standard_conforming_strings = on;\nINSERT INTO public.t VALUES "
                                         "(E'a\\nb\\303\\251\\x41\\u00e9', 'c:\\d''e', 'x'::text, '1'::numeric(10,2));\n"_ba
                                      << QStringList { u"a\nbéAé"_s, u"c:\\d'e"_s, u"x"_s, u"1"_s };
        QTest::newRow("pg standard strings off") << "SET standard_conforming_strings = off;\n"
                                                    "INSERT INTO t VALUES ('a\\\\b\\'c');\n"_ba
                                                 << QStringList { u"a\\b'c"_s };
        QTest::newRow("pg copy escapes") << "SET standard_conforming_strings = on;\nCOPY t (a, b, c, d) FROM stdin;\n"
                                            "\\303\\251\\x41\tx\\\\y\\tz\t\\N\t\n\\.\n"_ba
                                         << QStringList { u"éA"_s, u"x\\y\tz"_s, QString(), QString() };
        QTest::newRow("sqlite functions") << "BEGIN TRANSACTION;\nINSERT INTO \"t\" VALUES(replace(replace('a\\r\\nb',"
                                             "'\\r',char(13)),'\\n',char(10)),unistr('\\u738b\\\\'),X'CAFE','x'||'y');\nCOMMIT;\n"_ba
                                          << QStringList { u"a\r\nb"_s, u"王\\"_s, u"\\xcafe"_s, u"xy"_s };
        QTest::newRow("column list reordered") << "CREATE TABLE t (a, b, c);\nINSERT INTO t (c, a) VALUES (3, 1);\n"_ba
                                               << QStringList { u"1"_s, QString(), u"3"_s };
    }
    void values()
    {
        QFETCH(QByteArray, dump);
        QFETCH(QStringList, expected);
        const QString path = write(u"v.sql"_s, dump);
        const TableRead read = readTable<SqlDumpReader>(path, u"t"_s);
        QVERIFY2(!read.failed, qPrintable(read.error.toString()));
        QCOMPARE(read.rows.size(), 1);
        QCOMPARE(read.rows.first(), expected);
    }

    void invalidUtf8()
    {
        const QString path = write(u"bad.sql"_s, "BEGIN TRANSACTION;\nINSERT INTO t VALUES(1);\nINSERT INTO t VALUES('\xc3(');\nCOMMIT;\n"_ba);
        auto tables = listDumpTables(path, nullProgress(), CancelToken());
        QVERIFY(!tables.ok());
        QCOMPARE(tables.error().row, 3);
        const QString copy = write(u"badcopy.sql"_s, "COPY t (a) FROM stdin;\nok\n\\377\n\\.\n"_ba);
        const TableRead read = readTable<SqlDumpReader>(copy, u"t"_s);
        QVERIFY(read.failed);
        QCOMPARE(read.error.row, 3);
    }

    void unknownTable()
    {
        SqlDumpReader reader;
        const Status s = reader.open(fixture(u"sqlite3.sql"_s), u"nope"_s);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(u"nope"_s));
    }

    void inspect()
    {
        auto inspection = inspectDump(fixture(u"pgdump.sql"_s), u"orders"_s, nullProgress(), CancelToken());
        QVERIFY2(inspection.ok(), why(inspection).constData());
        QVERIFY(!inspection->hasHeader);
        QCOMPARE(inspection->records, 4);
        QCOMPARE(inspection->headers.size(), 6);
        QCOMPARE(inspection->headers.at(3), u"amount"_s);
        QCOMPARE(inspection->columns.at(3).type, ColumnType::Decimal);
        QCOMPARE(inspection->columns.at(4).type, ColumnType::Integer);
    }

    void sqliteFile()
    {
        // A copy, so that a -journal or -shm beside it would be seen.
        const QString path = m_dir.filePath(u"orders.sqlite"_s);
        QFile::remove(path);
        QVERIFY(QFile::copy(fixture(u"orders.sqlite"_s), path));
        const QFileInfo before(path);
        const QDateTime mtime = before.lastModified();
        const qint64 size = before.size();
        const QByteArray sha = QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();

        auto tables = listSqliteTables(path);
        QVERIFY2(tables.ok(), why(tables).constData());
        QCOMPARE(tables->size(), 2);
        QCOMPARE(tables->at(0).name, u"customers"_s);
        QCOMPARE(tables->at(0).rows, 3);
        QCOMPARE(tables->at(1).columns.size(), 6);
        const TableRead customers = readTable<SqliteTableReader>(path, u"customers"_s);
        QVERIFY(!customers.failed);
        QCOMPARE(customers.rows, expectedCustomers());
        const TableRead orders = readTable<SqliteTableReader>(path, u"orders"_s);
        QVERIFY(!orders.failed);
        Rows expected = expectedOrders();
        expected[3][5] = u"\\x"_s; // an empty BLOB
        QCOMPARE(orders.rows, expected); // REAL in its shortest form: 0.1, 1234567.89
        QCOMPARE(orders.checksum, sha);
        QCOMPARE(orders.fileSize, 4);

        auto inspection = inspectSqliteTable(path, u"orders"_s, nullProgress(), CancelToken());
        QVERIFY(inspection.ok());
        QCOMPARE(inspection->columns.at(3).type, ColumnType::Decimal);

        const QFileInfo after(path);
        QCOMPARE(after.lastModified(), mtime);
        QCOMPARE(after.size(), size);
        QVERIFY(!QFile::exists(path + u"-journal"_s));
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-shm"_s));
    }

    void sqliteNotADatabase()
    {
        auto tables = listSqliteTables(fixture(u"sqlite3.sql"_s));
        QVERIFY(!tables.ok());
        QVERIFY(tables.error().message.contains(u"not an SQLite"_s));
        SqliteTableReader reader;
        QVERIFY(!reader.open(fixture(u"pgdump.custom"_s), u"orders"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestSqlDump)
#include "tst_sqldump.moc"
