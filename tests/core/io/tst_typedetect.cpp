#include "csvtestutil.h"

#include "io/typedetect.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Io;
using namespace Portrait::Io::TestUtil;

Q_DECLARE_METATYPE(Portrait::Io::ColumnType)
Q_DECLARE_METATYPE(Portrait::Io::DateOrder)

namespace {

/// Counts progress calls, and cancels the work once it has seen some.
class RecordingProgress : public ProgressSink
{
public:
    CancelToken *cancelAfterFirstValue = nullptr;
    qint64 total = 0;
    qint64 values = 0;
    qint64 last = 0;
    void setTotal(qint64 t) override { total = t; }
    void setValue(qint64 v) override
    {
        ++values;
        last = v;
        if (cancelAfterFirstValue)
            cancelAfterFirstValue->cancel();
    }
};

} // namespace

class TestTypeDetect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void columnTypes_data()
    {
        QTest::addColumn<QList<QByteArray>>("values");
        QTest::addColumn<ColumnType>("type");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<bool>("ambiguous");
        QTest::addColumn<bool>("keepAsText");
        using L = QList<QByteArray>;
        const auto none = DateOrder::Unknown;
        QTest::newRow("float ids") << L { "17850.0", "13047.0", "", "12583.0" } << ColumnType::Integer << none << false << false;
        QTest::newRow("quantities") << L { "6", "-1", "12", "80995" } << ColumnType::Integer << none << false << false;
        QTest::newRow("prices") << L { "2.55", "0.001", "3", "-11062.06" } << ColumnType::Decimal << none << false << false;
        QTest::newRow("amounts with currency") << L { "¥1,280.00", "35.5元", "$3" } << ColumnType::Decimal << none << false << false;
        QTest::newRow("leading-zero ids") << L { "0012", "0345", "1000" } << ColumnType::Text << none << false << true;
        QTest::newRow("phone numbers") << L { "13812345678", "13900000000" } << ColumnType::Text << none << false << true;
        QTest::newRow("cancellations") << L { "536365", "536366", "C536379" } << ColumnType::Text << none << false << false;
        QTest::newRow("iso dates") << L { "2024-01-02", "2024-02-03" } << ColumnType::Date << DateOrder::YMD << false << false;
        QTest::newRow("iso datetimes") << L { "2010-12-01 08:26:00", "2011-12-09 12:50:00" } << ColumnType::DateTime
                                       << DateOrder::YMD << false << false;
        QTest::newRow("chinese datetimes") << L { "2024年1月2日 14:05", "2024年1月3日" } << ColumnType::DateTime
                                           << DateOrder::YMD << false << false;
        QTest::newRow("day first") << L { "01/02/2024", "25/12/2023" } << ColumnType::Date << DateOrder::DMY << false << false;
        QTest::newRow("month first") << L { "02/01/2024 8:26", "12/25/2023 10:00" } << ColumnType::DateTime
                                     << DateOrder::MDY << false << false;
        QTest::newRow("ambiguous") << L { "01/02/2024", "03/04/2024", "12.11.2023" } << ColumnType::Date << DateOrder::DMY
                                   << true << false;
        QTest::newRow("both orders mixed") << L { "25/12/2023", "12/25/2023" } << ColumnType::Text << none << false << false;
        QTest::newRow("year first and last mixed") << L { "2024-01-02", "02/01/2024" } << ColumnType::Text << none << false << false;
        QTest::newRow("impossible date") << L { "2024-02-28", "2024-02-30" } << ColumnType::Text << none << false << false;
        QTest::newRow("day first but 31 april") << L { "31/04/2024", "13/01/2024" } << ColumnType::Text << none << false << false;
        QTest::newRow("compact date digits are integers") << L { "20240102", "20240103" } << ColumnType::Integer << none << false << false;
        QTest::newRow("empty") << L { "", "  " } << ColumnType::Empty << none << false << false;
        QTest::newRow("text") << L { "United Kingdom", "France" } << ColumnType::Text << none << false << false;
    }

    void columnTypes()
    {
        QFETCH(QList<QByteArray>, values);
        QFETCH(ColumnType, type);
        QFETCH(DateOrder, order);
        QFETCH(bool, ambiguous);
        QFETCH(bool, keepAsText);
        TypeDetector detector;
        for (const QByteArray &v : values)
            detector.observe(0, v);
        const QList<ColumnProfile> profiles = detector.profiles({ u"value"_s });
        QCOMPARE(profiles.size(), 1);
        const ColumnProfile &p = profiles.first();
        QCOMPARE(p.name, u"value"_s);
        QCOMPARE(columnTypeKey(p.type), columnTypeKey(type));
        QCOMPARE(int(p.dateOrder), int(order));
        QCOMPARE(p.dateOrderAmbiguous, ambiguous);
        QCOMPARE(p.keepAsText, keepAsText);
        qint64 empty = 0;
        for (const QByteArray &v : values)
            empty += v.trimmed().isEmpty() ? 1 : 0;
        QCOMPARE(p.empty, empty);
        QCOMPARE(p.filled, values.size() - empty);
    }

    void samplesAreDistinctAndCapped()
    {
        TypeDetector detector;
        for (const char *v : { "UK", "UK", "France", "", "Spain", "France", "EIRE", "Germany", "Japan" })
            detector.observe(1, QByteArrayView(v));
        const QList<ColumnProfile> profiles = detector.profiles({ u"id"_s });
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles[0].type, ColumnType::Empty);
        QCOMPARE(profiles[1].name, u"Column 2"_s);
        QCOMPARE(profiles[1].samples, (QStringList { u"UK"_s, u"France"_s, u"Spain"_s, u"EIRE"_s, u"Germany"_s }));
    }

    void header_data()
    {
        QTest::addColumn<QList<QByteArray>>("first");
        QTest::addColumn<QList<QList<QByteArray>>>("following");
        QTest::addColumn<bool>("isHeader");
        using L = QList<QByteArray>;
        using LL = QList<QList<QByteArray>>;
        QTest::newRow("online retail") << L { "InvoiceNo", "Quantity", "InvoiceDate" }
                                       << LL { { "536365", "6", "2010-12-01 08:26:00" }, { "C536379", "-1", "2010-12-01 09:41:00" } }
                                       << true;
        QTest::newRow("numbers first") << L { "17850", "6", "2010-12-01" } << LL { { "13047", "2", "2010-12-02" } } << false;
        QTest::newRow("date first") << L { "Alice", "2024-01-02" } << LL { { "Bob", "2024-01-03" } } << false;
        QTest::newRow("chinese header") << L { "客户", "城市" } << LL { { "张三", "北京" }, { "李四", "上海" } } << true;
        QTest::newRow("all text repeating") << L { "UK", "gift" } << LL { { "France", "toy" }, { "UK", "gift" } } << false;
        QTest::newRow("header only") << L { "customer_id", "revenue" } << LL {} << true;
        QTest::newRow("duplicate names text") << L { "x", "x" } << LL { { "a", "b" } } << false;
        QTest::newRow("blank first row") << L { "", "" } << LL { { "1", "2" } } << false;
    }

    void header()
    {
        QFETCH(QList<QByteArray>, first);
        QFETCH(QList<QList<QByteArray>>, following);
        QFETCH(bool, isHeader);
        QCOMPARE(looksLikeHeader(first, following), isHeader);
    }

    void inspectsFile()
    {
        QByteArray csv = "会员编号,订单金额,下单时间,城市\n"_ba;
        for (int i = 0; i < 40000; ++i)
            csv += "00" + QByteArray::number(1000 + i % 300) + ",\"¥1," + QByteArray::number(100 + i % 900) + ".50\","
                   + QByteArray::number(1 + i % 28) + "/03/2024 " + QByteArray::number(i % 24) + ":05,杭州\n";
        csv += "0099,12\n"; // ragged: 2 fields instead of 4
        const QString path = writeFile(m_dir, u"orders.csv"_s, csv);
        RecordingProgress progress;
        CancelToken cancel;
        const Result<CsvInspection> result = inspectCsv(path, {}, progress, cancel);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        const CsvInspection &r = *result;
        QCOMPARE(r.encoding, "UTF-8"_ba);
        QCOMPARE(r.delimiter, ',');
        QVERIFY(r.hasHeader);
        QCOMPARE(r.headers, (QStringList { u"会员编号"_s, u"订单金额"_s, u"下单时间"_s, u"城市"_s }));
        QCOMPARE(r.records, 40001);
        QCOMPARE(r.raggedRows, 1);
        QCOMPARE(r.firstRaggedLine, 40002);
        QCOMPARE(r.issues.size(), 1);
        QVERIFY(r.issues.items().first().locator.contains(u"40002"_s));
        QCOMPARE(r.columns.size(), 4);
        QCOMPARE(r.columns[0].type, ColumnType::Text);
        QVERIFY(r.columns[0].keepAsText);
        QCOMPARE(r.columns[1].type, ColumnType::Decimal);
        QCOMPARE(r.columns[2].type, ColumnType::DateTime);
        QCOMPARE(r.columns[2].dateOrder, DateOrder::DMY);
        QVERIFY(!r.columns[2].dateOrderAmbiguous);
        QCOMPARE(r.columns[2].empty, 1); // the ragged row has no date
        QCOMPARE(r.columns[3].samples, QStringList { u"杭州"_s });
        QCOMPARE(progress.total, csv.size());
        QCOMPARE(progress.last, csv.size());
    }

    void inspectsHeaderlessFile()
    {
        const QString path = writeFile(m_dir, u"plain.csv"_s, "17850;2010-12-01;15.30\n13047;2010-12-02;22.00\n"_ba);
        CancelToken cancel;
        const Result<CsvInspection> r = inspectCsv(path, {}, nullProgress(), cancel);
        QVERIFY(r.ok());
        QVERIFY(!r->hasHeader);
        QCOMPARE(r->delimiter, ';');
        QCOMPARE(r->records, 2);
        QCOMPARE(r->headers, (QStringList { u"Column 1"_s, u"Column 2"_s, u"Column 3"_s }));
        QCOMPARE(r->columns[0].type, ColumnType::Integer);
        QCOMPARE(r->columns[1].type, ColumnType::Date);
        QCOMPARE(r->columns[2].type, ColumnType::Decimal);
        QVERIFY(r->issues.isEmpty());
    }

    void namesBlankAndRepeatedHeaders()
    {
        const QString path = writeFile(m_dir, u"names.csv"_s, "id,,id\n1,2,3\n"_ba);
        CancelToken cancel;
        const Result<CsvInspection> r = inspectCsv(path, {}, nullProgress(), cancel);
        QVERIFY(r.ok());
        QCOMPARE(r->headers, (QStringList { u"id"_s, u"Column 2"_s, u"id (2)"_s }));
    }

    void emptyFileHasNoRecords()
    {
        CancelToken cancel;
        const Result<CsvInspection> r = inspectCsv(writeFile(m_dir, u"empty.csv"_s, {}), {}, nullProgress(), cancel);
        QVERIFY(r.ok());
        QCOMPARE(r->records, 0);
        QVERIFY(r->columns.isEmpty());
    }

    void reportsReadErrors()
    {
        CsvOptions options;
        options.encoding = "UTF-8"_ba;
        CancelToken cancel;
        const Result<CsvInspection> r = inspectCsv(writeFile(m_dir, u"broken.csv"_s, "a,b\n1,\"open\n"_ba), options,
                                                   nullProgress(), cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().row, 2);
        QCOMPARE(r.error().column, 2);
    }

    void cancels()
    {
        QByteArray csv = "id,amount\n"_ba;
        for (int i = 0; i < 100000; ++i)
            csv += QByteArray::number(i) + ",1.5\n";
        CancelToken cancel;
        RecordingProgress progress;
        progress.cancelAfterFirstValue = &cancel;
        const Result<CsvInspection> r = inspectCsv(writeFile(m_dir, u"long.csv"_s, csv), {}, progress, cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestTypeDetect)
#include "tst_typedetect.moc"
