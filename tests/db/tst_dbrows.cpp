// Rows of a statement read the same whether MySQL's come through Qt's driver (the whole result held
// in memory) or streamed from the client library as the server sends them; a stream's failure
// reads as the driver's would, and a stream left early leaves the session usable.
#include "dbtestenv.h"

#include "common/progress.h"
#include "io/dbconnection.h"
#include "io/dbquery.h"
#include "io/dbrows.h"
#include "io/dburi.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Portrait;
using DbTest::Server;

namespace {

const QString ValuesTable = u"dbt_row_values"_s;
constexpr int Columns = 8;

std::unique_ptr<Io::DbConnection> openSession(Server server)
{
    auto uri = Io::DbUri::parse(DbTest::uri(server));
    if (!uri) {
        qWarning("%s", qPrintable(uri.error().toString()));
        return nullptr;
    }
    auto connection = Io::DbConnection::open(*uri, DbTest::password());
    if (!connection) {
        qWarning("%s", qPrintable(connection.error().toString()));
        return nullptr;
    }
    return connection.takeValue();
}

// Each column read every way that applies to it, as one text per column, so that two reads
// compare in one QCOMPARE: numbers as integer and double, texts as text, id and stamped text.
QStringList readRow(const Io::DbRows& rows)
{
    constexpr bool Numeric[Columns] = { true, true, true, false, false, true, true, false };
    QStringList values;
    for (int c = 0; c < Columns; ++c) {
        QString value = rows.isNull(c) ? u"null"_s : u"set"_s;
        if (Numeric[c]) {
            const double number = rows.number(c);
            value += u"|%1|%2"_s.arg(rows.integer(c))
                         .arg(std::isnan(number) ? u"nan"_s : QString::number(number, 'g', 17));
        } else {
            value += u"|%1|%2|%3"_s.arg(rows.text(c), QString::fromUtf8(rows.id(c)), rows.stamped(c));
        }
        values.append(value);
    }
    return values;
}

QList<QStringList> readAll(Io::DbConnection& connection, const QString& sql, Io::DbRead read, Status* status)
{
    CancelToken cancel;
    Io::DbRows rows(connection, Io::DbStatement { sql, {} }, { ValuesTable }, cancel, read);
    QList<QStringList> all;
    while (rows.next())
        all.append(readRow(rows));
    *status = rows.status();
    return all;
}

} // namespace

class TestDbRows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DBTEST_REQUIRE_SERVERS();
        const QList<QVariantList> rows {
            { 1, u"12.50"_s, 0.1, u"Zhang Wei"_s, u"A-1"_s },
            { 2, u"-3.20"_s, -2.5e-7, u"李娜 "_s, u" 007 "_s },
            { 9007199254740993LL, u"0.00"_s, QVariant(), u"O'Brien"_s, u"12.0"_s },
            { QVariant(), QVariant(), 12345.678, QVariant(), QVariant() },
        };
        QVERIFY(DbTest::createTable(Server::MariaDb, ValuesTable,
            u"id BIGINT, amount DECIMAL(12,2), ratio DOUBLE, name VARCHAR(40), code VARCHAR(40)"_s, rows));
    }

    void onlyMySqlStreamsPastTheDriver()
    {
        auto maria = openSession(Server::MariaDb);
        QVERIFY(maria);
        QVERIFY(maria->canStream());
        auto postgres = openSession(Server::Postgres);
        QVERIFY(postgres);
        QVERIFY(!postgres->canStream());
    }

    void streamedValuesEqualTypedOnes()
    {
        auto connection = openSession(Server::MariaDb);
        QVERIFY(connection);
        // Plain columns, the sums a day aggregate returns (DECIMAL for both), a stamped text.
        const QString sql = u"SELECT id, amount, ratio, name, code, SUM(id) OVER (ORDER BY id), "
                            "SUM(amount) OVER (ORDER BY id), CONCAT('2024-01-02 03:04:05', name) FROM "_s
            + ValuesTable + u" ORDER BY id"_s;
        Status typedStatus;
        const QList<QStringList> typed = readAll(*connection, sql, Io::DbRead::Typed, &typedStatus);
        QVERIFY2(typedStatus, qPrintable(typedStatus.error().toString()));
        Status streamedStatus;
        const QList<QStringList> streamed = readAll(*connection, sql, Io::DbRead::Streamed, &streamedStatus);
        QVERIFY2(streamedStatus, qPrintable(streamedStatus.error().toString()));
        QCOMPARE(typed.size(), 4);
        QCOMPARE(streamed, typed);
        // The comparison compares values: NULL sorts first, then ids 1, 2 and 2^53 + 1.
        QCOMPARE(streamed.at(0).at(0), u"null|0|nan"_s);
        QCOMPARE(streamed.at(2).at(1), u"set|-3|-3.2000000000000002"_s);
        QVERIFY2(streamed.at(2).at(7).endsWith(u"|李娜 "_s), qPrintable(streamed.at(2).at(7)));
        QVERIFY2(streamed.at(3).at(0).startsWith(u"set|9007199254740993|"_s), qPrintable(streamed.at(3).at(0)));
    }

    void streamedFailureNamesTheTable()
    {
        auto connection = openSession(Server::MariaDb);
        QVERIFY(connection);
        Status status;
        const QList<QStringList> rows
            = readAll(*connection, u"SELECT * FROM dbt_no_such_rows"_s, Io::DbRead::Streamed, &status);
        QVERIFY(rows.isEmpty());
        QVERIFY(!status);
        const QString message = status.error().toString();
        QVERIFY2(message.contains(u"has no table"_s) && message.contains(u"“"_s + ValuesTable + u"”"_s),
            qPrintable(message));
    }

    void streamLeftEarlyLeavesTheSessionUsable()
    {
        auto connection = openSession(Server::MariaDb);
        QVERIFY(connection);
        CancelToken cancel;
        {
            Io::DbRows rows(*connection, Io::DbStatement { u"SELECT seq FROM seq_1_to_200000"_s, {} }, { ValuesTable },
                cancel, Io::DbRead::Streamed);
            QVERIFY(rows.next());
            QVERIFY(rows.next());
            QCOMPARE(rows.integer(0), 2);
        }
        Status status;
        const QList<QStringList> after = readAll(
            *connection, u"SELECT COUNT(*), 0, 0, 0, 0, 0, 0, 0 FROM "_s + ValuesTable, Io::DbRead::Streamed, &status);
        QVERIFY2(status, qPrintable(status.error().toString()));
        QCOMPARE(after.size(), 1);
        QVERIFY2(after.at(0).at(0).startsWith(u"set|4|"_s), qPrintable(after.at(0).at(0)));
    }
};

QTEST_GUILESS_MAIN(TestDbRows)
#include "tst_dbrows.moc"
