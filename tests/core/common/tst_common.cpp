#include "common/bundled.h"
#include "common/error.h"
#include "common/issuelist.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;

class TestCommon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorLocation_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<qint64>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("everything") << u"orders.csv"_s << qint64(12) << 3 << u"orders.csv:12:3: bad"_s;
        QTest::newRow("row only") << u"orders.csv"_s << qint64(7) << 0 << u"orders.csv:7: bad"_s;
        QTest::newRow("no place") << QString() << qint64(0) << 0 << u"bad"_s;
    }

    void errorLocation()
    {
        QFETCH(QString, source);
        QFETCH(qint64, row);
        QFETCH(int, column);
        QFETCH(QString, expected);
        const Error error { u"bad"_s, source, row, column, {} };
        QCOMPARE(error.toString(), expected);
    }

    void resultCarriesValueOrError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad(Error { u"no"_s, {}, 0, 0, {} });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().message, u"no"_s);
        Status fine;
        QVERIFY(fine.ok());
    }

    void issuesFoldRepeats()
    {
        IssueList issues;
        issues.warn(u"date column is ambiguous"_s, u"row 3"_s);
        issues.warn(u"date column is ambiguous"_s, u"row 9"_s);
        issues.info(u"imported"_s);
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.items().first().count, 2);
        QCOMPARE(issues.items().first().locator, u"row 3"_s);
        QVERIFY(issues.hasWarnings());
        IssueList more;
        more.warn(u"date column is ambiguous"_s);
        issues.append(more);
        QCOMPARE(issues.items().first().count, 3);
        QVERIFY(issues.toText().contains(u"(3 times)"_s));
    }

    void bundledResourcesAreLinkedIntoCoreUsers()
    {
        // The icons come with the same resource library as the data sets: if it is linked in,
        // a test that links only portrait_core sees them.
        QVERIFY(QFile::exists(u":/portrait/icons/portrait.svg"_s));
        const auto missing = bundledData(u"no-such-table.json"_s);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"no-such-table.json"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
