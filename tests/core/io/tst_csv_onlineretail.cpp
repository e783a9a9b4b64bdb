// Real data: the UCI Online Retail CSV (541,909 rows) and the R rfm package's sample orders.
#include "io/columnmapping.h"
#include "io/csvreader.h"
#include "io/typedetect.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Io;

class TestCsvOnlineRetail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString decompress(const QString &relative, const QString &name)
    {
        const QString source = QStringLiteral(PORTRAIT_SHARED_DATA_DIR) + u'/' + relative;
        if (!QFile::exists(source))
            return {};
        const QString target = m_dir.filePath(name);
        QProcess xz;
        xz.setStandardOutputFile(target);
        xz.start(u"xz"_s, { u"-dc"_s, source });
        if (!xz.waitForFinished(120000) || xz.exitStatus() != QProcess::NormalExit || xz.exitCode() != 0)
            return {};
        return target;
    }

    static int indexOf(const QStringList &headers, const QString &name) { return int(headers.indexOf(name)); }

private Q_SLOTS:
    void onlineRetail()
    {
        const QString path = decompress(u"online_retail/online_retail.csv.xz"_s, u"online_retail.csv"_s);
        QVERIFY2(!path.isEmpty(), "cannot read online_retail/online_retail.csv.xz (needs xz)");

        QElapsedTimer timer;
        timer.start();
        CsvReader reader;
        CsvOptions checked;
        checked.computeChecksum = true;
        QVERIFY(reader.open(path, checked).ok());
        CsvRecord record;
        qint64 fields = 0;
        while (reader.next(record))
            fields += qint64(record.fields.size());
        QVERIFY(!reader.failed());
        QCOMPARE(record.row, 541910);
        QCOMPARE(fields, 541910 * 8);
        QCOMPARE(reader.checksum(), "c35975c40d0e1e105090fbb11188a409393055f873841bd012915475fc84e69f"_ba);
        qInfo("reader pass with checksum: %lld ms", timer.restart());

        CancelToken cancel;
        const Result<CsvInspection> result = inspectCsv(path, {}, nullProgress(), cancel);
        qInfo("inspectCsv: %lld ms", timer.elapsed());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const CsvInspection &r = *result;
        QCOMPARE(r.encoding, "UTF-8"_ba);
        QCOMPARE(r.delimiter, ',');
        QVERIFY(r.hasHeader);
        QCOMPARE(r.records, 541909);
        QCOMPARE(r.raggedRows, 0);
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r.headers, (QStringList { u"InvoiceNo"_s, u"StockCode"_s, u"Description"_s, u"Quantity"_s,
                                           u"InvoiceDate"_s, u"UnitPrice"_s, u"CustomerID"_s, u"Country"_s }));
        QCOMPARE(r.columns.size(), 8);
        QCOMPARE(r.columns[0].type, ColumnType::Text);     // C-prefixed cancellations
        QCOMPARE(r.columns[1].type, ColumnType::Text);     // 85123A
        QCOMPARE(r.columns[3].type, ColumnType::Integer);
        QCOMPARE(r.columns[4].type, ColumnType::DateTime);
        QCOMPARE(r.columns[4].dateOrder, DateOrder::YMD);
        QCOMPARE(r.columns[5].type, ColumnType::Decimal);
        QCOMPARE(r.columns[6].type, ColumnType::Integer);  // 17850.0
        QVERIFY(!r.columns[6].keepAsText);
        QCOMPARE(r.columns[6].filled, 406829);
        QCOMPARE(r.columns[6].empty, 541909 - 406829);
        QCOMPARE(r.columns[7].type, ColumnType::Text);

        const ColumnMapping mapping = proposeMapping(r.headers, r.columns);
        QCOMPARE(mapping.column(Role::CustomerId), indexOf(r.headers, u"CustomerID"_s));
        QCOMPARE(mapping.column(Role::OrderId), indexOf(r.headers, u"InvoiceNo"_s));
        QCOMPARE(mapping.column(Role::OrderDate), indexOf(r.headers, u"InvoiceDate"_s));
        QCOMPARE(mapping.column(Role::Quantity), indexOf(r.headers, u"Quantity"_s));
        QCOMPARE(mapping.column(Role::UnitPrice), indexOf(r.headers, u"UnitPrice"_s));
        QCOMPARE(mapping.column(Role::Country), indexOf(r.headers, u"Country"_s));
        QVERIFY(!mapping.has(Role::Amount));
    }

    void rfmPackageOrders()
    {
        const QString path = decompress(u"rfm_package/rfm_data_orders.csv.xz"_s, u"rfm_data_orders.csv"_s);
        QVERIFY2(!path.isEmpty(), "cannot read rfm_package/rfm_data_orders.csv.xz (needs xz)");
        CancelToken cancel;
        const Result<CsvInspection> r = inspectCsv(path, {}, nullProgress(), cancel);
        QVERIFY(r.ok());
        QCOMPARE(r->records, 4906);
        QCOMPARE(r->headers.first(), u"customer_id"_s);
        QCOMPARE(r->columns[0].type, ColumnType::Text);     // the customer's name
        QCOMPARE(r->columns[1].type, ColumnType::Date);
        QCOMPARE(r->columns[2].type, ColumnType::Integer);
        const ColumnMapping mapping = proposeMapping(r->headers, r->columns);
        QCOMPARE(mapping.column(Role::CustomerId), 0);
        QCOMPARE(mapping.column(Role::OrderDate), 1);
        QCOMPARE(mapping.column(Role::Amount), 2);
        QCOMPARE(mapping.column(Role::Email), 5);
    }
};

QTEST_GUILESS_MAIN(TestCsvOnlineRetail)
#include "tst_csv_onlineretail.moc"
