// XlsxReader on hostile and broken files: each gets a clear Error naming the file (and the part,
// row or cell), never a crash, a hang or a silent loss.
#include "io/xlsxreader.h"
#include "xlsxtestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;
using namespace Portrait::Io;
using namespace Qt::StringLiterals;
using namespace XlsxTest;

class TestXlsxSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFiles_data();
    void badFiles();
    void zipBomb();
    void inflatedSizeCap();
    void listSheetsErrors();

private:
    QTemporaryDir m_dir;
};

namespace {

QByteArray zipBytes(const QList<ZipPart> &parts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"z.xlsx"_s);
    if (!writeZip(path, parts))
        qFatal("cannot write a zip");
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

QByteArray workbookBytes(const QByteArray &sheetData, const QByteArray &beforeRoot = {})
{
    WorkbookSpec spec;
    spec.sheetData = sheetData;
    spec.beforeRoot = beforeRoot;
    return zipBytes(workbookParts(spec));
}

QByteArray ole2(bool encrypted)
{
    QByteArray data("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    data.append(QByteArray(4096, '\0'));
    if (encrypted) {
        const QString name = u"EncryptedPackage"_s;
        data.append(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    }
    data.append(QByteArray(4096, '\0'));
    return data;
}

} // namespace

void TestXlsxSafety::badFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");  // a piece of the expected message
    QTest::addColumn<qint64>("row");
    QTest::addColumn<int>("column");

    const QByteArray good = R"(<row r="1"><c r="A1"><v>1</v></c></row>)";
    QTest::newRow("not a zip") << QByteArray("PK\x03\x04 this is not really a zip file at all", 44)
                               << u"not a readable zip"_s << 0LL << 0;
    QTest::newRow("empty file") << QByteArray() << u"not a readable zip"_s << 0LL << 0;
    const QByteArray whole = workbookBytes(good);
    QTest::newRow("truncated zip") << whole.left(whole.size() / 2) << u"zip"_s << 0LL << 0;
    // Damage the deflate stream of the sheet part (its data follows its local header and name).
    QByteArray flipped = workbookBytes(QByteArray("<row><c><v>1</v></c></row>").repeated(2000));
    const qsizetype nameAt = flipped.indexOf("xl/worksheets/sheet1.xml");
    const int extra = uchar(flipped[nameAt - 2]) | uchar(flipped[nameAt - 1]) << 8;
    const qsizetype sheetAt = nameAt + 24 + extra + 4;
    for (qsizetype i = sheetAt; i < sheetAt + 8; ++i)
        flipped[i] = char(flipped[i] ^ 0x5A);
    QTest::newRow("damaged entry") << flipped << u"damaged"_s << 0LL << 0;
    WorkbookSpec noSheet;
    noSheet.withSheetPart = false;
    QTest::newRow("missing sheet part") << zipBytes(workbookParts(noSheet)) << u"xl/worksheets/sheet1.xml"_s << 0LL << 0;
    QList<ZipPart> noWorkbook = workbookParts(sheetSpec(good));
    noWorkbook.removeAt(2);
    QTest::newRow("missing workbook part") << zipBytes(noWorkbook) << u"xl/workbook.xml"_s << 0LL << 0;
    QTest::newRow("legacy xls") << ole2(false) << u"save it as .xlsx or CSV"_s << 0LL << 0;
    QTest::newRow("encrypted") << ole2(true) << u"password-protected workbook: save it without a password"_s << 0LL << 0;
    QTest::newRow("doctype in sheet")
        << workbookBytes(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row>)",
                         R"(<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>)")
        << u"document type declaration"_s << 0LL << 0;
    QList<ZipPart> dtdWorkbook = workbookParts(sheetSpec(good));
    dtdWorkbook[2].data.replace("<workbook", R"(<!DOCTYPE workbook [<!ENTITY x "y">]><workbook)");
    QTest::newRow("doctype in workbook") << zipBytes(dtdWorkbook) << u"xl/workbook.xml"_s << 0LL << 0;
    QList<ZipPart> dtdStrings = workbookParts(sheetSpec(good));
    dtdStrings[5].data.replace("<sst", R"(<!DOCTYPE sst [<!ENTITY x "y">]><sst)");
    QTest::newRow("doctype in shared strings") << zipBytes(dtdStrings) << u"document type declaration"_s << 0LL << 0;
    QTest::newRow("unknown entity") << workbookBytes(R"(<row r="2"><c r="C2" t="inlineStr"><is><t>&bogus;</t></is></c></row>)")
                                    << u"cell C2"_s << 2LL << 3;
    QTest::newRow("row limit") << workbookBytes(R"(<row r="1048577"><c r="A1048577"><v>1</v></c></row>)")
                               << u"1048576"_s << 0LL << 0;
    QTest::newRow("column limit") << workbookBytes(R"(<row r="4"><c r="XFE4"><v>1</v></c></row>)")
                                  << u"16384"_s << 4LL << 0;
    QTest::newRow("bad shared string") << workbookBytes(R"(<row r="5"><c r="B5" t="s"><v>99</v></c></row>)")
                                       << u"cell B5"_s << 5LL << 2;
    QTest::newRow("rows out of order") << workbookBytes(good + R"(<row r="1"><c r="A1"><v>1</v></c></row>)")
                                       << u"not after row 1"_s << 1LL << 0;
    QTest::newRow("cells out of order") << workbookBytes(R"(<row r="3"><c r="C3"><v>1</v></c><c r="B3"><v>1</v></c></row>)")
                                        << u"after column C"_s << 3LL << 3;
    QTest::newRow("invalid utf-8") << workbookBytes("<row r=\"6\"><c r=\"D6\" t=\"inlineStr\"><is><t>\xC3\x28</t></is></c></row>")
                                   << u"UTF-8"_s << 6LL << 4;
    QList<ZipPart> cut = workbookParts(sheetSpec(good));
    cut[6].data.chop(30); // the sheet stops inside <sheetData>
    QTest::newRow("truncated sheet") << zipBytes(cut) << u"truncated"_s << 1LL << 0;
}

void TestXlsxSafety::badFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    QFETCH(qint64, row);
    QFETCH(int, column);
    const QString path = m_dir.filePath(u"bad file.xlsx"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(file);
    f.close();
    const ReadResult r = readAll(path);
    QVERIFY(r.failed);
    QVERIFY2(r.error.message.contains(message), qPrintable(r.error.toString()));
    qInfo("%s", qPrintable(r.error.toString()));
    QCOMPARE(r.error.source, u"bad file.xlsx"_s);
    QCOMPARE(r.error.row, row);
    QCOMPARE(r.error.column, column);
}

/// 50 MB of one repeated row deflates about 1000:1; it must be refused while inflating, long
/// before the whole part has been read.
void TestXlsxSafety::zipBomb()
{
    QList<ZipPart> parts = workbookParts(sheetSpec("@ROWS@"));
    const QByteArray row = R"(<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>)";
    QByteArray rows = row.repeated(50'000'000 / row.size());
    parts[6].data.replace("@ROWS@", rows);
    rows.clear();
    const QString path = m_dir.filePath(u"bomb.xlsx"_s);
    QVERIFY(writeZip(path, parts, 9));
    QVERIFY(QFileInfo(path).size() < 1'000'000);
    XlsxReader reader;
    QVERIFY(reader.open(path).ok());
    CsvRecord record;
    qint64 records = 0;
    while (reader.next(record))
        ++records;
    QVERIFY(reader.failed());
    QVERIFY2(reader.error().message.contains(u"zip bomb"), qPrintable(reader.error().toString()));
    // Refused once it passed 200 times the compressed size: far less than the 50 MB it holds.
    QVERIFY(reader.bytesRead() <= 200 * QFileInfo(path).size() + (1 << 18));
    qInfo() << "bomb refused after" << reader.bytesRead() << "bytes; file" << QFileInfo(path).size();
    QVERIFY(reader.bytesRead() < 50'000'000);
    QVERIFY(records > 0);
}

void TestXlsxSafety::inflatedSizeCap()
{
    const QByteArray row = R"(<row><c><v>12345.678</v></c><c><v>98765.4321</v></c></row>)";
    QList<ZipPart> parts = workbookParts(sheetSpec(row.repeated(40'000)));
    const QString path = m_dir.filePath(u"big.xlsx"_s);
    QVERIFY(writeZip(path, parts));
    XlsxLimits limits;
    limits.maxEntrySize = 1'000'000;
    limits.maxRatio = 1'000'000; // test the size cap alone
    const ReadResult r = readAll(path, {}, limits);
    QVERIFY(r.failed);
    QVERIFY2(r.error.message.contains(u"limit"), qPrintable(r.error.toString()));
    QVERIFY2(r.error.message.contains(u"xl/worksheets/sheet1.xml"), qPrintable(r.error.toString()));
}

void TestXlsxSafety::listSheetsErrors()
{
    const QString path = m_dir.filePath(u"old.xls"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ole2(false));
    f.close();
    const Result<QStringList> r = listXlsxSheets(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().source, u"old.xls"_s);
    QVERIFY(!listXlsxSheets(m_dir.filePath(u"does-not-exist.xlsx"_s)).ok());
}

QTEST_GUILESS_MAIN(TestXlsxSafety)
#include "tst_xlsxsafety.moc"
