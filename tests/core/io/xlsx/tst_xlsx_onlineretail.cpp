// The real workbooks of /work/shared/data/online_retail against the CSV of the same data set.
// Rows are compared as normalized tuples, as a multiset (the workbook's row order differs):
// CustomerID through normalizeId ("17850.0" = "17850"), Quantity and UnitPrice numerically.
// Descriptions are compared as they are: the workbook keeps the trailing spaces the CSV has.
#include "io/csvreader.h"
#include "io/valueparse.h"
#include "io/xlsxreader.h"

#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Portrait;
using namespace Portrait::Io;
using namespace Qt::StringLiterals;

class TestXlsxOnlineRetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void excelWorkbookMatchesCsv();
    void inlineStringWorkbook();

private:
    QString data(const QString &name) const { return QStringLiteral(PORTRAIT_SHARED_DATA_DIR "/online_retail/") + name; }

    QTemporaryDir m_dir;
    QString m_csv;
};

namespace {

QByteArray number(QByteArrayView text)
{
    const std::optional<double> v = parseNumber(text);
    return v ? QByteArray::number(*v, 'g', 15) : "NaN:" + text.toByteArray();
}

/// InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country.
QByteArray tuple(const CsvRecord &r)
{
    if (r.fields.size() != 8)
        return "bad width " + QByteArray::number(qsizetype(r.fields.size()));
    return QByteArrayList { r.fields[0].toByteArray(), r.fields[1].toByteArray(), r.fields[2].toByteArray(),
                            number(r.fields[3]), r.fields[4].toByteArray(), number(r.fields[5]),
                            normalizeId(r.fields[6]).toByteArray(), r.fields[7].toByteArray() }
        .join('\x1f');
}

} // namespace

void TestXlsxOnlineRetail::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_csv = m_dir.filePath(u"online_retail.csv"_s);
    QProcess xz;
    xz.setStandardOutputFile(m_csv);
    xz.start(u"xz"_s, { u"-dc"_s, data(u"online_retail.csv.xz"_s) });
    QVERIFY(xz.waitForFinished(120000));
    QCOMPARE(xz.exitCode(), 0);
}

void TestXlsxOnlineRetail::excelWorkbookMatchesCsv()
{
    XlsxReader xlsx;
    const Status opened = xlsx.open(data(u"online_retail_2010-12-01_to_2011-01-25.xlsx"_s));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    QCOMPARE(xlsx.sheetName(), u"Online Retail"_s);
    QCOMPARE(xlsx.checksum(), QByteArray("95026af2848dfd8f7b2ff680b37cd9d281ff6e73e5fdbcfe024a396bbca9a0e7"));
    CsvRecord record;
    QVERIFY(xlsx.next(record));
    QCOMPARE(record.row, 1);
    QCOMPARE(record.fields[0], QByteArrayView("InvoiceNo"));
    QList<QByteArray> fromXlsx;
    while (xlsx.next(record))
        fromXlsx.append(tuple(record));
    QVERIFY2(!xlsx.failed(), qPrintable(xlsx.error().toString()));
    QCOMPARE(fromXlsx.size(), 70051);
    QCOMPARE(record.row, 70052);
    QCOMPARE(xlsx.bytesRead(), xlsx.fileSize());
    QVERIFY(xlsx.issues().isEmpty());

    CsvReader csv;
    QVERIFY(csv.open(m_csv).ok());
    QVERIFY(csv.next(record)); // header
    QList<QByteArray> fromCsv;
    while (csv.next(record)) {
        const QByteArrayView date = record.fields.at(4);
        if (date >= QByteArrayView("2010-12-01 08:26:00") && date <= QByteArrayView("2011-01-25 10:38:00"))
            fromCsv.append(tuple(record));
    }
    QVERIFY(!csv.failed());
    QCOMPARE(fromCsv.size(), 70051);
    std::sort(fromXlsx.begin(), fromXlsx.end());
    std::sort(fromCsv.begin(), fromCsv.end());
    for (qsizetype i = 0; i < fromCsv.size(); ++i) {
        if (fromXlsx[i] != fromCsv[i])
            QFAIL(qPrintable(u"first difference: xlsx %1 / csv %2"_s.arg(QString::fromUtf8(fromXlsx[i]),
                                                                        QString::fromUtf8(fromCsv[i]))));
    }
}

void TestXlsxOnlineRetail::inlineStringWorkbook()
{
    XlsxReader xlsx;
    QVERIFY(xlsx.open(data(u"online_retail_sample40000.xlsx"_s)).ok());
    QCOMPARE(xlsx.sheetName(), u"Sheet1"_s);
    CsvRecord record;
    QVERIFY(xlsx.next(record));
    QCOMPARE(record.fields[7], QByteArrayView("Country"));
    QHash<QByteArray, int> sample;
    qint64 records = 0;
    while (xlsx.next(record)) {
        ++records;
        ++sample[tuple(record)];
    }
    QVERIFY2(!xlsx.failed(), qPrintable(xlsx.error().toString()));
    QCOMPARE(records, 40000);

    // Every sampled row occurs in the full data set (as often as it was sampled, at most).
    CsvReader csv;
    QVERIFY(csv.open(m_csv).ok());
    QVERIFY(csv.next(record));
    while (csv.next(record)) {
        const auto it = sample.find(tuple(record));
        if (it != sample.end() && --it.value() == 0)
            sample.erase(it);
    }
    if (!sample.isEmpty())
        QFAIL(qPrintable(u"%1 sampled rows not in the CSV, e.g. %2"_s.arg(sample.size())
                             .arg(QString::fromUtf8(sample.begin().key()))));

    CancelToken cancel;
    const Result<CsvInspection> inspection = inspectXlsx(data(u"online_retail_sample40000.xlsx"_s), {}, nullProgress(), cancel);
    QVERIFY(inspection.ok());
    QVERIFY(inspection->hasHeader);
    QCOMPARE(inspection->records, 40000);
    QCOMPARE(inspection->columns[4].type, ColumnType::DateTime);
    QCOMPARE(inspection->columns[5].type, ColumnType::Decimal);
}

QTEST_GUILESS_MAIN(TestXlsxOnlineRetail)
#include "tst_xlsx_onlineretail.moc"
