// XlsxReader: cell values as text, sparse rows, sheets, and a workbook written by libxlsxwriter.
#include "io/xlsxreader.h"
#include "io/xlsxworkbook.h"
#include "xlsxtestutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace Portrait;
using namespace Portrait::Io;
using namespace Qt::StringLiterals;
using namespace XlsxTest;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellValues_data();
    void cellValues();
    void sparseRows_data();
    void sparseRows();
    void dateFormats_data();
    void dateFormats();
    void libxlsxwriterWorkbook();
    void sheetsAndNames();
    void inspect();

private:
    QString write(const WorkbookSpec &spec, const QString &name = u"t.xlsx"_s)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!writeZip(path, workbookParts(spec)))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString writeLibxlsxwriterWorkbook();

    QTemporaryDir m_dir;
};

void TestXlsxReader::cellValues_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("issue");

    const auto row = [](const char *name, const char *cell, const char *expected, bool d1904 = false, bool issue = false) {
        QTest::newRow(name) << QByteArray(cell) << d1904 << QByteArray(expected) << issue;
    };
    row("shared", R"(<c r="A1" t="s"><v>0</v></c>)", "plain");
    row("shared rich text", R"(<c r="A1" t="s"><v>1</v></c>)", "rich text");
    row("shared leading zeros", R"(<c r="A1" t="s" s="5"><v>2</v></c>)", "00123");
    row("shared spaces kept", R"(<c r="A1" t="s"><v>3</v></c>)", " padded ");
    row("shared entities, phonetic dropped", R"(<c r="A1" t="s"><v>4</v></c>)", "R&D \xE4\xB8\xAD");
    row("inline", R"(<c r="A1" t="inlineStr"><is><t>inline</t></is></c>)", "inline");
    row("inline rich", R"(<c r="A1" t="inlineStr"><is><r><t>a</t></r><r><t xml:space="preserve"> b</t></r></is></c>)", "a b");
    row("inline cdata", R"(<c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c>)", "a<b");
    row("inline leading zeros", R"(<c r="A1" t="inlineStr"><is><t>007</t></is></c>)", "007");
    row("integer", R"(<c r="A1"><v>17850</v></c>)", "17850");
    row("integral float", R"(<c r="A1" t="n"><v>17850.0</v></c>)", "17850");
    row("binary artefact", R"(<c r="A1"><v>2.5499999999999998</v></c>)", "2.55");
    row("negative", R"(<c r="A1"><v>-0.001</v></c>)", "-0.001");
    row("exponent", R"(<c r="A1"><v>1E+21</v></c>)", "1000000000000000000000");
    row("small exponent", R"(<c r="A1"><v>1.5E-3</v></c>)", "0.0015");
    row("number in text style", R"(<c r="A1" s="5"><v>123</v></c>)", "123");
    row("quoted d is no date", R"(<c r="A1" s="7"><v>5</v></c>)", "5");
    row("bracketed colour is no date", R"(<c r="A1" s="8"><v>5.5</v></c>)", "5.5");
    row("not a number", R"(<c r="A1"><v>abc</v></c>)", "abc", false, true);
    row("true", R"(<c r="A1" t="b"><v>1</v></c>)", "TRUE");
    row("false", R"(<c r="A1" t="b"><v>0</v></c>)", "FALSE");
    row("formula number", R"(<c r="A1"><f>SUM(B1:B2)</f><v>42</v></c>)", "42");
    row("formula string", R"(<c r="A1" t="str"><f>A2&amp;"x"</f><v>abc</v></c>)", "abc");
    row("formula without cached value", R"(<c r="A1"><f>NOW()</f></c>)", "");
    row("error", R"(<c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c>)", "", false, true);
    row("iso date cell", R"(<c r="A1" t="d"><v>2024-01-02T08:30:00Z</v></c>)", "2024-01-02 08:30:00");
    row("date id 14", R"(<c r="A1" s="1"><v>40513</v></c>)", "2010-12-01");
    row("date id 22", R"(<c r="A1" s="2"><v>40513.351388888892</v></c>)", "2010-12-01 08:26:00");
    row("custom date", R"(<c r="A1" s="3"><v>40513</v></c>)", "2010-12-01");
    row("custom date time", R"(<c r="A1" s="4"><v>40513.5</v></c>)", "2010-12-01 12:00:00");
    row("time kept in date style", R"(<c r="A1" s="1"><v>40513.75</v></c>)", "2010-12-01 18:00:00");
    row("time only", R"(<c r="A1" s="6"><v>0.75</v></c>)", "18:00:00");
    row("1900-01-01", R"(<c r="A1" s="1"><v>1</v></c>)", "1900-01-01");
    row("1900-02-28", R"(<c r="A1" s="1"><v>59</v></c>)", "1900-02-28");
    row("fake 1900-02-29", R"(<c r="A1" s="1"><v>60</v></c>)", "1900-02-29", false, true);
    row("1900-03-01", R"(<c r="A1" s="1"><v>61</v></c>)", "1900-03-01");
    row("9999-12-31", R"(<c r="A1" s="1"><v>2958465</v></c>)", "9999-12-31");
    row("past 9999 is a number", R"(<c r="A1" s="1"><v>2958467</v></c>)", "2958467");
    row("1904 epoch", R"(<c r="A1" s="1"><v>0</v></c>)", "1904-01-01", true);
    row("1904 date", R"(<c r="A1" s="2"><v>39051.351388888892</v></c>)", "2010-12-01 08:26:00", true);
    row("1904 no fake leap day", R"(<c r="A1" s="1"><v>60</v></c>)", "1904-03-01", true);
}

void TestXlsxReader::cellValues()
{
    QFETCH(QByteArray, cell);
    QFETCH(bool, date1904);
    QFETCH(QByteArray, expected);
    QFETCH(bool, issue);
    WorkbookSpec spec;
    // A second cell keeps the row from being blank when the value under test is empty.
    spec.sheetData = "<row r=\"1\">" + cell + R"(<c r="B1" t="inlineStr"><is><t>x</t></is></c></row>)";
    spec.date1904 = date1904;
    const ReadResult r = readAll(write(spec));
    QVERIFY2(!r.failed, qPrintable(r.error.toString()));
    QCOMPARE(r.rows.size(), 1);
    QCOMPARE(r.rows[0].value(0), expected);
    QCOMPARE(!r.issues.isEmpty(), issue);
}

void TestXlsxReader::sparseRows_data()
{
    QTest::addColumn<QByteArray>("dimension");
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QList<QByteArray>>("expected"); // rows joined with '|'
    QTest::addColumn<QList<qint64>>("rowNumbers");

    const QByteArray header = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c></row>)";
    QTest::newRow("gaps, padded to the header") << QByteArray() << header + R"(<row r="3"><c r="B3"><v>2</v></c></row><row r="7"><c r="A7"><v>1</v></c></row>)"
        << QList<QByteArray> { "a|b|c", "|2|", "1||" } << QList<qint64> { 1, 3, 7 };
    QTest::newRow("padded to the dimension") << QByteArray("A1:E9") << header + R"(<row r="2"><c r="C2"><v>3</v></c></row>)"
        << QList<QByteArray> { "a|b|c||", "||3||" } << QList<qint64> { 1, 2 };
    QTest::newRow("wider row keeps its cells") << QByteArray() << header + R"(<row r="2"><c r="E2"><v>5</v></c></row>)"
        << QList<QByteArray> { "a|b|c", "||||5" } << QList<qint64> { 1, 2 };
    QTest::newRow("no references") << QByteArray() << header + R"(<row><c><v>1</v></c><c/><c><v>3</v></c></row>)"
        << QList<QByteArray> { "a|b|c", "1||3" } << QList<qint64> { 1, 2 };
    QTest::newRow("blank and styled-only rows skipped") << QByteArray() << header + R"(<row r="2"/><row r="3"><c r="A3" s="1"/><c r="B3" t="inlineStr"><is><t></t></is></c></row><row r="4"><c r="C4"><v>9</v></c></row>)"
        << QList<QByteArray> { "a|b|c", "||9" } << QList<qint64> { 1, 4 };
    QTest::newRow("last row and column") << QByteArray() << QByteArray(R"(<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>)")
        << QList<QByteArray> { QByteArray(16383, '|') + '1' } << QList<qint64> { 1048576 };
}

void TestXlsxReader::sparseRows()
{
    QFETCH(QByteArray, dimension);
    QFETCH(QByteArray, sheetData);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(QList<qint64>, rowNumbers);
    const ReadResult r = readAll(write(sheetSpec(sheetData, dimension)));
    QVERIFY2(!r.failed, qPrintable(r.error.toString()));
    QList<QByteArray> joined;
    for (const QList<QByteArray> &row : r.rows)
        joined.append(QByteArrayList(row).join('|'));
    QCOMPARE(joined, expected);
    QCOMPARE(r.rowNumbers, rowNumbers);
}

void TestXlsxReader::dateFormats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    QTest::newRow("General") << u"General"_s << int(XlsxDateKind::None);
    QTest::newRow("0.00") << u"0.00"_s << int(XlsxDateKind::None);
    QTest::newRow("quoted") << u"\"dd\"0"_s << int(XlsxDateKind::None);
    QTest::newRow("colour") << u"[Red]0.0"_s << int(XlsxDateKind::None);
    QTest::newRow("escaped") << u"0\\d"_s << int(XlsxDateKind::None);
    QTest::newRow("ymd") << u"yyyy-mm-dd"_s << int(XlsxDateKind::Date);
    QTest::newRow("locale ymd") << u"[$-804]yyyy\"年\"m\"月\"d\"日\""_s << int(XlsxDateKind::Date);
    QTest::newRow("datetime") << u"m/d/yy h:mm"_s << int(XlsxDateKind::DateTime);
    QTest::newRow("time") << u"h:mm:ss AM/PM"_s << int(XlsxDateKind::Time);
    QTest::newRow("minutes") << u"mm:ss"_s << int(XlsxDateKind::Time);
    QTest::newRow("month") << u"mmm"_s << int(XlsxDateKind::Date);
}

void TestXlsxReader::dateFormats()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(formatCodeDateKind(code)), kind);
}

QString TestXlsxReader::writeLibxlsxwriterWorkbook()
{
    const QString path = m_dir.filePath(u"lxw.xlsx"_s);
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *orders = workbook_add_worksheet(wb, "Orders");
    workbook_add_worksheet(wb, "客户");
    lxw_worksheet *last = workbook_add_worksheet(wb, "Zeta");
    worksheet_write_string(last, 0, 0, "only", nullptr);
    lxw_format *dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "yyyy-mm-dd hh:mm:ss");
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    const char *headers[] = { "InvoiceNo", "CustomerID", "InvoiceDate", "UnitPrice", "Paid", "Total", "Note" };
    for (int c = 0; c < 7; ++c)
        worksheet_write_string(orders, 0, lxw_col_t(c), headers[c], bold);
    worksheet_write_string(orders, 1, 0, "00123", nullptr);
    worksheet_write_number(orders, 1, 1, 17850.0, nullptr);
    lxw_datetime when { 2010, 12, 1, 8, 26, 0 };
    worksheet_write_datetime(orders, 1, 2, &when, dateFormat);
    worksheet_write_number(orders, 1, 3, 2.55, nullptr);
    worksheet_write_boolean(orders, 1, 4, 1, nullptr);
    worksheet_write_formula_num(orders, 1, 5, "=B2*D2", nullptr, 45517.5);
    lxw_rich_string_tuple plain { nullptr, const_cast<char *>("中文 ") };
    lxw_rich_string_tuple strong { bold, const_cast<char *>("rich") };
    lxw_rich_string_tuple *rich[] = { &plain, &strong, nullptr };
    worksheet_write_rich_string(orders, 1, 6, rich, nullptr);
    worksheet_write_string(orders, 3, 0, "C536379", nullptr); // row 3 (0-based 2) left empty
    worksheet_write_formula_str(orders, 3, 6, "=\"x\"&\"y\"", nullptr, "xy");
    if (workbook_close(wb) != LXW_NO_ERROR)
        qFatal("libxlsxwriter failed");
    return path;
}

void TestXlsxReader::libxlsxwriterWorkbook()
{
    const ReadResult r = readAll(writeLibxlsxwriterWorkbook(), u"Orders"_s);
    QVERIFY2(!r.failed, qPrintable(r.error.toString()));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rowNumbers, (QList<qint64> { 1, 2, 4 }));
    QCOMPARE(r.rows[1], (QList<QByteArray> { "00123", "17850", "2010-12-01 08:26:00", "2.55", "TRUE", "45517.5",
                                             "中文 rich" }));
    QCOMPARE(r.rows[2], (QList<QByteArray> { "C536379", "", "", "", "", "", "xy" }));
}

void TestXlsxReader::sheetsAndNames()
{
    const QString path = writeLibxlsxwriterWorkbook();
    const Result<QStringList> sheets = listXlsxSheets(path);
    QVERIFY(sheets.ok());
    QCOMPARE(*sheets, (QStringList { u"Orders"_s, u"客户"_s, u"Zeta"_s }));

    XlsxReader reader;
    QVERIFY(reader.open(path).ok());
    QCOMPARE(reader.sheetName(), u"Orders"_s);
    QCOMPARE(reader.checksum().size(), 64);
    QVERIFY(reader.fileSize() > 0);
    const ReadResult zeta = readAll(path, u"Zeta"_s);
    QCOMPARE(zeta.rows, (QList<QList<QByteArray>> { { "only" } }));
    const ReadResult empty = readAll(path, u"客户"_s);
    QVERIFY(!empty.failed);
    QVERIFY(empty.rows.isEmpty());
    const ReadResult missing = readAll(path, u"Nope"_s);
    QVERIFY(missing.failed);
    QVERIFY(missing.error.message.contains(u"Zeta"));
    QCOMPARE(missing.error.source, u"lxw.xlsx"_s);
}

void TestXlsxReader::inspect()
{
    CancelToken cancel;
    const Result<CsvInspection> r = inspectXlsx(writeLibxlsxwriterWorkbook(), u"Orders"_s, nullProgress(), cancel);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QVERIFY(r->hasHeader);
    QCOMPARE(r->encoding, QByteArray("UTF-8"));
    QCOMPARE(r->delimiter, char(0));
    QCOMPARE(r->records, 2);
    QCOMPARE(r->headers.first(), u"InvoiceNo"_s);
    QCOMPARE(r->columns.size(), 7);
    QCOMPARE(r->columns[1].type, ColumnType::Integer);
    QCOMPARE(r->columns[2].type, ColumnType::DateTime);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
