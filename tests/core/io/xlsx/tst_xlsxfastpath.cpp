// The sheet parser reads common cells without the tokenizer (xlsxcells.cpp) and keeps numbers in
// shortest form as written. Both shortcuts must give exactly what the token path and
// appendShortestNumber() give, wherever the input is cut into chunks.
#include "io/xlsxsheetparser.h"

#include <QRandomGenerator>
#include <QTest>

#include <charconv>

using namespace Portrait;
using namespace Portrait::Io;
using namespace Qt::StringLiterals;

namespace {

struct Parsed {
    QList<QList<QByteArray>> rows;
    QList<qint64> rowNumbers;
    bool failed = false;
    Error error;
    int issues = 0;
};

Parsed parse(const QByteArray &sheetData, qsizetype chunk)
{
    static const XlsxSharedStrings strings = [] {
        XlsxSharedStrings s;
        for (const char *text : { "shared", "", "\xE4\xB8\xAD\xE6\x96\x87" }) {
            s.blob.append(text);
            s.ends.push_back(s.blob.size());
        }
        return s;
    }();
    XlsxSheetContext context;
    context.sharedStrings = &strings;
    context.cellStyles = { XlsxDateKind::None, XlsxDateKind::Date, XlsxDateKind::DateTime, XlsxDateKind::Time };
    context.fileName = u"t.xlsx"_s;
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="main" xmlns:x="main">)"
                           "<sheetData>"
        + sheetData + "</sheetData></worksheet>";
    XlsxSheetParser parser(std::move(context));
    Parsed out;
    CsvRecord record;
    qsizetype at = 0;
    for (;;) {
        const XlsxSheetParser::Step step = parser.next(record);
        if (step == XlsxSheetParser::Step::Record) {
            QList<QByteArray> fields;
            for (QByteArrayView f : record.fields)
                fields.append(f.toByteArray());
            out.rows.append(fields);
            out.rowNumbers.append(record.row);
        } else if (step == XlsxSheetParser::Step::NeedMore) {
            if (at >= xml.size()) {
                parser.finish();
            } else {
                parser.addData(QByteArrayView(xml).sliced(at, std::min(chunk, xml.size() - at)));
                at += chunk;
            }
        } else {
            out.failed = step == XlsxSheetParser::Step::Failed;
            out.error = parser.error();
            break;
        }
    }
    out.issues = int(parser.issues().size());
    return out;
}

// The same cells with a namespace prefix, which the fast path leaves to the tokenizer.
QByteArray prefixed(QByteArray sheetData)
{
    for (const QByteArray name : { "c", "v", "is", "t", "r" }) {
        sheetData.replace(QByteArray('<' + name + '>'), QByteArray("<x:" + name + '>'));
        sheetData.replace(QByteArray('<' + name + ' '), QByteArray("<x:" + name + ' '));
        sheetData.replace(QByteArray("</" + name + '>'), QByteArray("</x:" + name + '>'));
    }
    return sheetData;
}

QByteArray shortest(double value)
{
    std::string text;
    appendShortestNumber(value, text);
    return QByteArray::fromStdString(text);
}

} // namespace

class TestXlsxFastPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shortestDecimals_data();
    void shortestDecimals();
    void shortestDecimalsRoundTrip();
    void sameAsTokenPath_data();
    void sameAsTokenPath();
};

void TestXlsxFastPath::shortestDecimals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("shortest");
    for (const char *yes : { "0", "-0", "7", "17850", "2.55", "-0.001", "0.875", "123456789012345", "0.1",
             "99999999999999.9", "0.000000000000000000001" })
        QTest::newRow(yes) << QByteArray(yes) << true;
    for (const char *no : { "", "-", "007", "-01", "1.50", "2.", ".5", "+5", "1E+21", "1.5e-3", " 5", "5 ",
             "1234567890123456", "2.5499999999999998", "0.1000000000000000055", "1,5", "0x10" })
        QTest::newRow(no) << QByteArray(no) << false;
}

void TestXlsxFastPath::shortestDecimals()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, shortest);
    QCOMPARE(isShortestDecimal(text), shortest);
}

// Whatever passes as shortest must read back to itself through to_chars.
void TestXlsxFastPath::shortestDecimalsRoundTrip()
{
    QRandomGenerator random(20240301);
    int kept = 0;
    for (int i = 0; i < 200000; ++i) {
        QByteArray text;
        if (random.bounded(3) == 0)
            text += '-';
        const int integerDigits = 1 + int(random.bounded(16));
        for (int d = 0; d < integerDigits; ++d)
            text += char('0' + random.bounded(d == 0 && integerDigits > 1 ? 9 : 10) + (d == 0 && integerDigits > 1));
        if (random.bounded(4) != 0) {
            text += '.';
            const int fraction = 1 + int(random.bounded(16));
            for (int d = 0; d < fraction; ++d)
                text += char('0' + random.bounded(10));
        }
        double value = 0;
        std::from_chars(text.constData(), text.constData() + text.size(), value);
        if (isShortestDecimal(text)) {
            ++kept;
            QCOMPARE(shortest(value), text);
        }
    }
    QVERIFY(kept > 50000);
    // And what to_chars writes for ordinary amounts is recognised as shortest.
    for (int cents = -100000; cents <= 100000; cents += 7)
        QVERIFY(isShortestDecimal(shortest(cents / 100.0)));
}

void TestXlsxFastPath::sameAsTokenPath_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    const auto row = [](const char *name, const char *cells) {
        QTest::newRow(name) << (R"(<row r="1"><c r="A1" t="inlineStr"><is><t>h</t></is></c>)"
                                R"(<c r="B1" t="inlineStr"><is><t>k</t></is></c></row><row r="2">)"_ba
            + cells + "</row>");
    };
    row("inline", R"(<c r="A2" t="inlineStr"><is><t>536365</t></is></c>)");
    row("inline preserved", R"(<c r="A2" t="inlineStr"><is><t xml:space="preserve"> a b </t></is></c>)");
    row("inline entities", R"(<c r="A2" t="inlineStr"><is><t>R&amp;D &#x4E2D; &lt;x&gt;</t></is></c>)");
    row("inline rich", R"(<c r="A2" t="inlineStr"><is><r><t>a</t></r><r><t> b</t></r></is></c>)");
    row("inline phonetic", R"(<c r="A2" t="inlineStr"><is><t>x</t><rPh><t>y</t></rPh></is></c>)");
    row("numbers",
        R"(<c r="A2"><v>24</v></c><c r="B2" t="n"><v>11.920</v></c><c r="C2"><v>2.5499999999999998</v></c>)");
    row("odd numbers",
        R"(<c r="A2"><v>1E+21</v></c><c r="B2"><v> 5 </v></c><c r="C2"><v>abc</v></c><c r="D2"><v>-0</v></c>)");
    row("dates",
        R"(<c r="A2" s="1"><v>40544</v></c><c r="B2" s="2"><v>40544.00069444445</v></c><c r="C2" s="3"><v>0.75</v></c>)");
    row("shared", R"(<c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>1</v></c>)");
    row("booleans errors iso",
        R"(<c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2" t="d"><v>2024-01-02T08:30:00Z</v></c>)");
    row("formulas", R"(<c r="A2"><f>SUM(B1:B2)</f><v>42</v></c><c r="B2" t="str"><f>A1</f><v>abc</v></c>)");
    row("attributes spaced and quoted",
        R"(<c  r = 'A2'  s="1"  ><v>40544</v></c><c t="inlineStr" r="C2"><is><t>q</t></is></c>)");
    row("no references", R"(<c><v>1</v></c><c t="inlineStr"><is><t>two</t></is></c><c/><c><v>4</v></c>)");
    row("self-closing and empty", R"(<c r="A2"/><c r="B2" s="1"/><c r="C2"><v></v></c><c r="D2"><v>9</v></c>)");
    row("whitespace between",
        "\n  <c r=\"A2\">\n<v>1</v>\n</c>\n<c r=\"B2\" t=\"inlineStr\">\n<is><t>b</t></is></c>\n");
    row("gap in columns", R"(<c r="B2"><v>1</v></c><c r="E2"><v>2</v></c>)");
    row("bad utf-8", "<c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>\xC3\x28</t></is></c>");
    row("bad utf-8 number", "<c r=\"A2\"><v>1\xFF</v></c>");
    row("bad shared index", R"(<c r="A2" t="s"><v>9</v></c>)");
    row("bad reference", R"(<c r="A2" t="inlineStr"><is><t>&bogus;</t></is></c>)");
    row("columns out of order", R"(<c r="C2"><v>1</v></c><c r="B2"><v>2</v></c>)");
    row("quote in text", R"(<c r="A2" t="inlineStr"><is><t>5" frame 'x'</t></is></c>)");
    row("angle in attribute", R"(<c r="A2" foo="a>b"><v>1</v></c>)");
}

void TestXlsxFastPath::sameAsTokenPath()
{
    QFETCH(QByteArray, sheetData);
    const Parsed tokens = parse(prefixed(sheetData), 1 << 20);
    for (const qsizetype chunk : { qsizetype(1) << 20, qsizetype(1), qsizetype(3), qsizetype(7), qsizetype(16) }) {
        const Parsed fast = parse(sheetData, chunk);
        QCOMPARE(fast.failed, tokens.failed);
        QCOMPARE(fast.rows, tokens.rows);
        QCOMPARE(fast.rowNumbers, tokens.rowNumbers);
        QCOMPARE(fast.issues, tokens.issues);
        QCOMPARE(fast.error.message, tokens.error.message);
        QCOMPARE(fast.error.row, tokens.error.row);
        QCOMPARE(fast.error.column, tokens.error.column);
    }
}

QTEST_GUILESS_MAIN(TestXlsxFastPath)
#include "tst_xlsxfastpath.moc"
