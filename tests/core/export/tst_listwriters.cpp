#include "exporttestutil.h"

#include "export/listwriter.h"
#include "export/xlsxlistwriter.h"
#include "io/xlsxarchive.h"
#include "io/xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Export::ListColumn;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QStringList> readXlsx(const QString &path)
{
    Io::XlsxReader reader;
    QList<QStringList> rows;
    if (!reader.open(path))
        return rows;
    Io::CsvRecord record;
    while (reader.next(record)) {
        QStringList fields;
        for (QByteArrayView field : record.fields)
            fields.append(QString::fromUtf8(field));
        rows.append(fields);
    }
    return rows;
}

QByteArray xlsxPart(const QString &path, const QString &part)
{
    Io::XlsxArchive archive;
    if (!archive.open(path))
        return {};
    auto bytes = archive.readPart(part);
    return bytes.ok() ? *bytes : QByteArray();
}

// Asks the writer to stop as soon as it reports progress: a cancel in the middle of the file.
class CancelOnProgress : public ProgressSink
{
public:
    explicit CancelOnProgress(CancelToken &token) : m_token(token) { }
    void setValue(qint64 value) override
    {
        if (value > 0)
            m_token.cancel();
    }

private:
    CancelToken &m_token;
};

Status write(const Export::CustomerList &list, const QString &path, Export::ListFormat format,
             Export::CsvEncoding encoding = Export::CsvEncoding::Utf8Bom)
{
    CancelToken cancel;
    return Export::writeCustomerList(list, path, format, encoding, nullProgress(), cancel);
}

} // namespace

class TestListWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvIsMaskedAndDefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.csv"_s);
        const Export::CustomerList list = ExportTest::makeList();
        QVERIFY(list.result);
        const Status status = write(list, path, Export::ListFormat::Csv);
        QVERIFY2(status.ok(), qPrintable(status.error().toString()));

        QVERIFY(readBytes(path).startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = ExportTest::readRecords(path, "UTF-8");
        QCOMPARE(rows.size(), 9);
        QCOMPARE(rows.at(0).join(u','),
                 u"Customer ID,Name,Gender,Age,Province,City,Phone,E-mail,Recency (days),Frequency,Monetary,"
                 "R score,F score,M score,RFM code,RFM score,Segment,Value tier"_s);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), Export::defaultListColumns().size());   // no lifetime model: no lifetime columns

        // id, name, gender, age, province, city, phone, e-mail
        QCOMPARE(rows.at(1).mid(0, 8), QStringList({ u"000123"_s, u"张*"_s, u"男"_s, u"34"_s, u"广东"_s,
                                                     u"'=cmd|' /C calc'!A0"_s, u"138****5678"_s,
                                                     u"z***@example.com"_s }));
        QCOMPARE(rows.at(2).mid(0, 8), QStringList({ u"000456"_s, u"欧***"_s, u"女"_s, u"21"_s, u"广东"_s,
                                                     u"'+1"_s, u"'+86 139 **** 4321"_s, u"n***@example.cn"_s }));
        QCOMPARE(rows.at(3).at(1), u"J*** S****"_s);
        QCOMPARE(rows.at(3).at(5), u"'-2"_s);
        QCOMPARE(rows.at(3).at(6), u"010-****5678"_s);
        QCOMPARE(rows.at(4).at(1), u"李*"_s);
        QCOMPARE(rows.at(4).at(5), u"'@x"_s);
        QCOMPARE(rows.at(4).at(7), QString()); // no e-mail stays empty
        QCOMPARE(rows.at(5).at(5), u"'\tTab"_s);
        QCOMPARE(rows.at(5).at(6), QString()); // no phone stays empty
        QCOMPARE(rows.at(6).at(5), u"'\rCR, \"quoted\"\nnext line"_s);
        QCOMPARE(rows.at(7).at(5), u"深圳 € 😀"_s);
        for (qsizetype r = 1; r < rows.size(); ++r) {
            QVERIFY2(!rows.at(r).at(6).contains(u"1234"_s) && !rows.at(r).at(6).contains(u"8765"_s),
                     qPrintable(rows.at(r).at(6)));
        }

        // C5 spent 2000 in 9 orders, the last one day before the latest order: top tier.
        const QStringList c5 = rows.at(5);
        QCOMPARE(c5.mid(8, 3), QStringList({ u"2"_s, u"9"_s, u"2000.00"_s }));
        QCOMPARE(c5.at(14), Rfm::rfmCode(*list.result, 4));
        QCOMPARE(c5.at(15), QString::number(double(list.result->rfmScore[4]), 'f', 1));
        QCOMPARE(c5.at(16), list.result->scheme.displayName(list.result->segment[4], false));
        QCOMPARE(c5.at(17), u"High"_s);
        // C8 has nothing but a return: listed, not scored.
        const QStringList c8 = rows.at(8);
        QCOMPARE(c8.at(0), u"C8"_s);
        QCOMPARE(c8.at(8), QString());
        QCOMPARE(c8.mid(9, 2), QStringList({ u"0"_s, u"-30.00"_s }));
        QCOMPARE(c8.mid(11, 7), QStringList(7, QString()));
    }

    void csvUnmaskedWhenAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.csv"_s);
        Export::CustomerList list = ExportTest::makeList();
        list.mask = false;
        QVERIFY(write(list, path, Export::ListFormat::Csv).ok());
        const QList<QStringList> rows = ExportTest::readRecords(path, "UTF-8");
        QCOMPARE(rows.at(1).mid(0, 2), QStringList({ u"000123"_s, u"张三"_s }));
        QCOMPARE(rows.at(1).at(6), u"13812345678"_s);
        QCOMPARE(rows.at(1).at(7), u"zhangsan@example.com"_s);
        // A leading + is formula-like to a spreadsheet: phones with a country code are defused too.
        QCOMPARE(rows.at(2).at(6), u"'+86 139 8765 4321"_s);
        // Defusing does not depend on masking.
        QCOMPARE(rows.at(1).at(5), u"'=cmd|' /C calc'!A0"_s);
    }

    void chosenColumnsInChinese()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.csv"_s);
        Export::CustomerList list = ExportTest::makeList();
        list.columns = { ListColumn::Phone, ListColumn::CustomerId, ListColumn::Segment, ListColumn::Tier };
        list.chinese = true;
        list.rows = { 4, 0 };
        QVERIFY(write(list, path, Export::ListFormat::Csv).ok());
        const QList<QStringList> rows = ExportTest::readRecords(path, "UTF-8");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), QStringList({ u"手机号"_s, u"客户 ID"_s, u"分群"_s, u"价值等级"_s }));
        QCOMPARE(rows.at(1).at(0), QString());
        QCOMPARE(rows.at(1).at(1), u"C5"_s);
        QCOMPARE(rows.at(1).at(2), list.result->scheme.displayName(list.result->segment[4], true));
        QCOMPARE(rows.at(1).at(3), u"高"_s);
        QCOMPARE(rows.at(2).mid(0, 2), QStringList({ u"138****5678"_s, u"000123"_s }));
    }

    // GB18030 covers all of Unicode: the same list written in both encodings decodes to the
    // same text, characters outside the BMP included.
    void gb18030RoundTrip()
    {
        QTemporaryDir dir;
        const QString utf8Path = dir.filePath(u"utf8.csv"_s), gbPath = dir.filePath(u"gb.csv"_s);
        Export::CustomerList list = ExportTest::makeList();
        list.mask = false;
        list.chinese = true;
        QVERIFY(write(list, utf8Path, Export::ListFormat::Csv, Export::CsvEncoding::Utf8Bom).ok());
        QVERIFY(write(list, gbPath, Export::ListFormat::Csv, Export::CsvEncoding::Gb18030).ok());

        const QByteArray gb = readBytes(gbPath);
        QVERIFY(!gb.startsWith("\xEF\xBB\xBF"));
        QVERIFY(gb.contains("\xD5\xC5\xC8\xFD")); // 张三 in GB18030
        QStringDecoder decoder("GB18030");
        const QString decoded = decoder(gb);
        QVERIFY(!decoder.hasError());
        const QString utf8 = QString::fromUtf8(readBytes(utf8Path).mid(3));
        QCOMPARE(decoded, utf8);
        QVERIFY(decoded.contains(u"李𠀾"_s));
        QVERIFY(decoded.contains(u"深圳 € 😀"_s));
        QCOMPARE(ExportTest::readRecords(gbPath, "GB18030"), ExportTest::readRecords(utf8Path, "UTF-8"));
    }

    void xlsxHasStyledHeaderAndTextIds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.xlsx"_s);
        const Export::CustomerList list = ExportTest::makeList();
        const Status status = write(list, path, Export::ListFormat::Xlsx);
        QVERIFY2(status.ok(), qPrintable(status.error().toString()));

        const QList<QStringList> rows = readXlsx(path);
        QCOMPARE(rows.size(), 9);
        QCOMPARE(rows.at(0).first(), u"Customer ID"_s);
        QCOMPARE(rows.at(0).last(), u"Value tier"_s);
        QCOMPARE(rows.at(1).mid(0, 8), QStringList({ u"000123"_s, u"张*"_s, u"男"_s, u"34"_s, u"广东"_s,
                                                     u"'=cmd|' /C calc'!A0"_s, u"138****5678"_s,
                                                     u"z***@example.com"_s }));
        QCOMPARE(rows.at(2).at(6), u"'+86 139 **** 4321"_s);
        QCOMPARE(rows.at(5).at(5), u"'\tTab"_s);
        QCOMPARE(rows.at(5).mid(8, 3), QStringList({ u"2"_s, u"9"_s, u"2000"_s }));
        QCOMPARE(rows.at(7).at(5), u"深圳 € 😀"_s);

        const QByteArray sheet = xlsxPart(path, u"xl/worksheets/sheet1.xml"_s);
        QVERIFY(sheet.contains(R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"));
        QVERIFY(sheet.contains(R"(<autoFilter ref="A1:R9"/>)"));
        QVERIFY(sheet.contains(R"(<c r="A2" s="2" t="inlineStr"><is><t>000123</t></is></c>)"));
        QVERIFY(sheet.contains(R"(<c r="G2" s="2" t="inlineStr"><is><t>138****5678</t></is></c>)"));
        QVERIFY(sheet.contains(R"(<c r="K6" s="3"><v>2000</v></c>)")); // monetary: a number
        QVERIFY(!sheet.contains("<f>"));                                 // never a formula
        QVERIFY(sheet.contains(R"(customWidth="1")"));
        const QByteArray styles = xlsxPart(path, u"xl/styles.xml"_s);
        QVERIFY(styles.contains("<b/>"));
        QVERIFY(styles.contains(R"(patternType="solid")"));
    }

    void xlsxRefusesMoreRowsThanASheetHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"list.xlsx"_s);
        Export::CustomerList list = ExportTest::makeList();
        list.rows.assign(size_t(Export::XlsxMaxListRows) + 1, 0);
        const Status status = write(list, path, Export::ListFormat::Xlsx);
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(u"CSV"_s));
        QVERIFY(!QFile::exists(path));
    }

    // A failure or a cancel halfway leaves the file that was there untouched.
    void failureLeavesOldFile_data()
    {
        QTest::addColumn<bool>("xlsx");
        QTest::addColumn<bool>("cancelHalfway");
        QTest::newRow("csv cancelled") << false << true;
        QTest::newRow("xlsx cancelled") << true << true;
        QTest::newRow("xlsx cell too long") << true << false;
    }

    void failureLeavesOldFile()
    {
        QFETCH(bool, xlsx);
        QFETCH(bool, cancelHalfway);
        const Export::ListFormat format = xlsx ? Export::ListFormat::Xlsx : Export::ListFormat::Csv;
        QTemporaryDir dir;
        const QString path = dir.filePath(format == Export::ListFormat::Csv ? u"list.csv"_s : u"list.xlsx"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the list of last week");
        }
        Export::CustomerList list = ExportTest::makeList();
        list.rows.clear();
        for (int i = 0; i < 20000; ++i)
            list.rows.push_back(qint32(i % 8));
        if (!cancelHalfway) {
            // A cell holds at most 32,767 characters: the writer fails at the last row.
            auto frame = std::make_shared<Model::CustomerFrame>(*list.frame);
            frame->cities.set(7, QString(40000, u'x'));
            list.frame = frame;
            list.rows.push_back(7);
        }
        CancelToken cancel;
        CancelOnProgress progress(cancel);
        ProgressSink &sink = cancelHalfway ? static_cast<ProgressSink &>(progress) : nullProgress();
        const Status status =
                Export::writeCustomerList(list, path, format, Export::CsvEncoding::Utf8Bom, sink, cancel);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().source, QFileInfo(path).fileName());
        if (cancelHalfway)
            QVERIFY(status.error().message.contains(u"cancelled"_s));
        QCOMPARE(readBytes(path), QByteArray("the list of last week"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({ QFileInfo(path).fileName() }));
    }

    void segmentsAndTiersSelectRows()
    {
        const Export::CustomerList list = ExportTest::makeList();
        const Rfm::RfmResult &result = *list.result;
        const Rfm::SegmentScheme &scheme = result.scheme;
        const int c5Segment = result.segment[4];
        QCOMPARE(Export::findSegment(scheme, scheme.displayName(c5Segment, false).toUpper()), c5Segment);
        QCOMPARE(Export::findSegment(scheme, QString(u" "_s + scheme.displayName(c5Segment, true))), c5Segment);
        QCOMPARE(Export::findSegment(scheme, u"其他"_s), int(scheme.rules.size()));
        QVERIFY(!Export::findSegment(scheme, u"nobody"_s));

        const std::vector<qint32> all = Export::selectRows(*list.frame, result, {}, std::nullopt);
        QCOMPARE(all.size(), size_t(8)); // the unscored customer too
        const std::vector<qint32> segment = Export::selectRows(*list.frame, result, { c5Segment }, std::nullopt);
        QVERIFY(std::find(segment.begin(), segment.end(), 4) != segment.end());
        for (qint32 row : segment)
            QCOMPARE(result.segment[size_t(row)], c5Segment);
        const std::vector<qint32> high = Export::selectRows(*list.frame, result, {}, 2);
        QVERIFY(!high.empty());
        for (qint32 row : high)
            QCOMPARE(result.tier[size_t(row)], qint8(2));
        QVERIFY(std::find(high.begin(), high.end(), 7) == high.end());
    }
};

QTEST_GUILESS_MAIN(TestListWriters)
#include "tst_listwriters.moc"
