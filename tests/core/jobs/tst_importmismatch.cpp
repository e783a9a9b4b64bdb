// The import's mismatch warning: each rule fires on what it measures and not one step before —
// dates more than a month apart, no customer id in common (from 20 customers in the file), median
// order amounts a factor of 20 or more apart — and says what it measured.
#include "jobs/importjob.h"
#include "jobs/importmismatch.h"
#include "project/frameloader.h"
#include "project/projectfile.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Kind = Jobs::Mismatch::Kind;

namespace {

struct Orders
{
    QDate first;            ///< the first order's day; one order a day after it
    QString idPrefix = u"C"_s;
    int firstCustomer = 1;
    int customers = 40;
    double amountScale = 1.0;
};

/// Two orders per customer, amounts 100 + customer number (times the scale): the median is
/// known by construction, 100 + (first + last customer) / 2.
QByteArray ordersCsv(const Orders &o)
{
    QByteArray csv = "order_id,customer_id,order_date,amount\n";
    int day = 0;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < o.customers; ++i) {
            const int customer = o.firstCustomer + i;
            csv += o.idPrefix.toUtf8() + "O" + QByteArray::number(round) + "-" + QByteArray::number(customer) + ","
                    + o.idPrefix.toUtf8() + QByteArray::number(customer).rightJustified(4, '0') + ","
                    + o.first.addDays(day++ % 60).toString(Qt::ISODate).toLatin1() + ","
                    + QByteArray::number((100 + customer) * o.amountScale, 'f', 2) + "\n";
        }
    }
    return csv;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

QList<Kind> kinds(const QList<Jobs::Mismatch> &found)
{
    QList<Kind> out;
    for (const Jobs::Mismatch &m : found)
        out.append(m.kind);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Orders)

class TestImportMismatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Model::CustomerFrame m_project;   ///< C0001–C0040, 2024-01-01 to 2024-03-01, median 120.50

    Jobs::SourceProfile profileOf(const Orders &orders, const QString &name)
    {
        const QString path = write(m_dir, name + u".csv"_s, ordersCsv(orders));
        CancelToken cancel;
        auto report = Jobs::validateImport(path, {}, nullProgress(), cancel);
        if (!report)
            qFatal("%s", qPrintable(report.error().toString()));
        return report->profile;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString csv = write(m_dir, u"project.csv"_s, ordersCsv({ QDate(2024, 1, 1) }));
        auto project = Project::ProjectFile::create(m_dir.filePath(u"shop.portrait"_s), Project::ProjectFile::Lock::None);
        QVERIFY(project);
        CancelToken cancel;
        QVERIFY(Jobs::importFile(**project, csv, {}, nullProgress(), cancel));
        auto frame = Project::loadFrame(**project, nullProgress(), cancel);
        QVERIFY(frame);
        m_project = frame.takeValue();
        const Jobs::SourceProfile own = Jobs::orderProfileOf(m_project);
        QCOMPARE(QDate::fromJulianDay(own.firstOrderDay), QDate(2024, 1, 1));
        QCOMPARE(QDate::fromJulianDay(own.lastOrderDay), QDate(2024, 2, 29));
        QCOMPARE(own.purchaseOrders, 80);
        QCOMPARE(own.medianOrderAmount, 120.5);
    }

    void rules_data()
    {
        QTest::addColumn<Orders>("file");
        QTest::addColumn<QList<Kind>>("expected");
        const QDate next(2024, 3, 1);   // the day after the project's last order
        QTest::newRow("the next month, same customers") << Orders { next } << QList<Kind> {};
        QTest::newRow("the same period, new customers half") << Orders { QDate(2024, 1, 15), u"C"_s, 21 } << QList<Kind> {};
        // Last project order 2024-02-29: 31 days later is still "next month"; 32 are not.
        QTest::newRow("31 days apart") << Orders { QDate(2024, 3, 31) } << QList<Kind> {};
        QTest::newRow("32 days apart") << Orders { QDate(2024, 4, 1) } << QList<Kind> { Kind::Dates };
        QTest::newRow("before the project, far") << Orders { QDate(2022, 1, 1) } << QList<Kind> { Kind::Dates };
        QTest::newRow("19 customers, none known") << Orders { next, u"K"_s, 1, 19 } << QList<Kind> {};
        QTest::newRow("20 customers, none known") << Orders { next, u"K"_s, 1, 20 } << QList<Kind> { Kind::Customers };
        QTest::newRow("one id in common is enough") << Orders { next, u"C"_s, 40, 30 } << QList<Kind> {};
        QTest::newRow("amounts 19 times") << Orders { next, u"C"_s, 1, 40, 19.0 } << QList<Kind> {};
        QTest::newRow("amounts 20 times") << Orders { next, u"C"_s, 1, 40, 20.0 } << QList<Kind> { Kind::Amounts };
        QTest::newRow("amounts a hundredth (cents)") << Orders { next, u"C"_s, 1, 40, 0.01 } << QList<Kind> { Kind::Amounts };
        QTest::newRow("another shop, another year, another currency")
                << Orders { QDate(2010, 12, 1), u"UK"_s, 1, 40, 0.02 }
                << QList<Kind> { Kind::Dates, Kind::Customers, Kind::Amounts };
    }

    void rules()
    {
        QFETCH(Orders, file);
        QFETCH(QList<Kind>, expected);
        const Jobs::SourceProfile profile = profileOf(file, QString::fromLatin1(QTest::currentDataTag()));
        QCOMPARE(qint64(profile.customerKeys.size()), qint64(file.customers));
        QCOMPARE(kinds(Jobs::findMismatches(profile, m_project)), expected);
    }

    void textsSayWhatWasMeasured()
    {
        const Jobs::SourceProfile profile = profileOf({ QDate(2010, 12, 1), u"UK"_s, 1, 40, 0.02 }, u"uk"_s);
        const QList<Jobs::Mismatch> found = Jobs::findMismatches(profile, m_project);
        QCOMPARE(found.size(), 3);
        // One order a day from 2010-12-01 over 60 days; the project's from 2024-01-01 to 2024-02-29.
        const QString dates = found.at(0).text;
        QVERIFY2(dates.contains(u"2010-12-01"_s) && dates.contains(u"2011-01-29"_s) && dates.contains(u"2024-01-01"_s)
                         && dates.contains(u"2024-02-29"_s) && dates.contains(QLocale().toString(QDate(2010, 12, 1)
                                                                                                     .daysTo(QDate(2024, 1, 1)) - 59)),
                 qPrintable(dates));
        const QString ids = found.at(1).text;
        QVERIFY2(ids.contains(u"UK0001"_s) && ids.contains(u"C0001"_s) && ids.contains(u"40"_s), qPrintable(ids));
        // The file's median: 0.02 × 120.5 = 2.41; a factor of 50.
        const QString amounts = found.at(2).text;
        QVERIFY2(amounts.contains(u"2.41"_s) && amounts.contains(u"120.50"_s) && amounts.contains(u"50"_s),
                 qPrintable(amounts));
    }

    void emptyProjectHasNothingToMismatch()
    {
        const Jobs::SourceProfile profile = profileOf({ QDate(2010, 12, 1), u"UK"_s, 1, 40, 0.02 }, u"into-empty"_s);
        QVERIFY(Jobs::findMismatches(profile, Model::CustomerFrame()).isEmpty());
    }
};


QTEST_GUILESS_MAIN(TestImportMismatch)
#include "tst_importmismatch.moc"
