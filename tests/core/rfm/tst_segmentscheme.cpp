#include "common/bundled.h"
#include "rfm/presets.h"
#include "rfm/schemefile.h"
#include "rfm/schemelint.h"
#include "rfm/segmentscheme.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Rfm;

namespace {

using Bounds = std::array<int, 6>;

Bounds boundsOf(const SegmentRule &r)
{
    return { r.rLow, r.rHigh, r.fLow, r.fHigh, r.mLow, r.mHigh };
}

QList<std::array<int, 3>> cellsFromCodes(const QStringList &codes)
{
    QList<std::array<int, 3>> cells;
    for (const QString &c : codes)
        cells.append({ c.at(0).digitValue(), c.at(1).digitValue(), c.at(2).digitValue() });
    return cells;
}

SegmentScheme gappyScheme()
{
    SegmentScheme s;
    s.id = u"gappy"_s;
    s.name = u"Gappy"_s;
    s.bins = 3;
    s.rules = { SegmentRule { u"Top"_s, {}, 3, 3, 3, 3, 3, 3, {}, {}, {} },
                SegmentRule { u"Backwards"_s, {}, 3, 2, 1, 3, 1, 3, {}, {}, {} },
                SegmentRule { u"Shadow"_s, {}, 3, 3, 3, 3, 3, 3, {}, {}, {} },
                SegmentRule { u"One-off"_s, {}, 1, 3, 1, 1, 1, 3, {}, {}, {} } };
    return s;
}

const char *schemeText = R"({"format": "portrait-scheme", "version": 1, "name": "Mine", "bins": 5,
 "rules": [{"name": "A", "r": [4, 5]}, {"name": "B", "r": [1, 3], "f": [1, 5]}]})";

} // namespace

class TestSegmentScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assignRfm10_data()
    {
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("f");
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("expected");
        QTest::newRow("555 champion") << 5 << 5 << 5 << 0;
        QTest::newRow("255 loyal") << 2 << 5 << 5 << 1;
        QTest::newRow("511 potential, not new") << 5 << 1 << 1 << 2;
        QTest::newRow("155 at risk, not can't lose") << 1 << 5 << 5 << 7;
        QTest::newRow("222 need attention") << 2 << 2 << 2 << 5;
        QTest::newRow("211 about to sleep") << 2 << 1 << 1 << 6;
        QTest::newRow("111 lost") << 1 << 1 << 1 << 9;
        QTest::newRow("113 others") << 1 << 1 << 3 << 10;
    }

    void assignRfm10()
    {
        QFETCH(int, r);
        QFETCH(int, f);
        QFETCH(int, m);
        QFETCH(int, expected);
        QCOMPARE(assignSegment(presetScheme(u"rfm10"), r, f, m), expected);
    }

    void assignShop11RecencyVsFm()
    {
        const SegmentScheme s = presetScheme(u"shop11");
        QCOMPARE(fmScore(1, 2), 2);   // 1.5 rounds half up
        QCOMPARE(fmScore(4, 5), 5);
        QCOMPARE(assignSegment(s, 5, 1, 2), 1);   // FM 2: Potential Loyalist
        QCOMPARE(assignSegment(s, 5, 1, 1), 2);   // Recent Customers
        QCOMPARE(assignSegment(s, 1, 5, 4), 7);   // FM 5: Can't Lose Them
        QCOMPARE(assignSegment(s, 2, 2, 1), 9);   // FM 2: Hibernating
        QCOMPARE(assignSegment(s, 1, 1, 2), 10);  // Lost
    }

    void assignMany()
    {
        Scores scores;
        scores.bins = 5;
        scores.r = { 5, 0, 1 };
        scores.f = { 5, 0, 1 };
        scores.m = { 5, 0, 3 };
        QCOMPARE(assignSegments(presetScheme(u"rfm10"), scores), (std::vector<qint16> { 0, -1, 10 }));
    }

    void presetsExact()
    {
        QCOMPARE(presetIds(), (QStringList { u"cn8"_s, u"rfm10"_s, u"shop11"_s }));
        QVERIFY(presetScheme(u"nope").id.isEmpty());

        const SegmentScheme rfm10 = presetScheme(u"rfm10");
        const QStringList names { u"Champions"_s, u"Loyal Customers"_s, u"Potential Loyalist"_s, u"New Customers"_s,
                                  u"Promising"_s, u"Need Attention"_s, u"About To Sleep"_s, u"At Risk"_s,
                                  u"Can't Lose Them"_s, u"Lost"_s };
        const QList<Bounds> bounds { { 4, 5, 4, 5, 4, 5 }, { 2, 5, 3, 5, 3, 5 }, { 3, 5, 1, 3, 1, 3 }, { 4, 5, 1, 1, 1, 1 },
                                     { 3, 4, 1, 1, 1, 1 }, { 2, 3, 2, 3, 2, 3 }, { 2, 3, 1, 2, 1, 2 }, { 1, 2, 2, 5, 2, 5 },
                                     { 1, 1, 4, 5, 4, 5 }, { 1, 2, 1, 2, 1, 2 } };
        QCOMPARE(rfm10.rules.size(), 10);
        QCOMPARE(rfm10.bins, 5);
        QCOMPARE(rfm10.basis, SchemeBasis::RFM);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(rfm10.rules[i].name, names[i]);
            QCOMPARE(boundsOf(rfm10.rules[i]), bounds[i]);
            QVERIFY(!rfm10.rules[i].nameZh.isEmpty() && !rfm10.rules[i].color.isEmpty());
        }
        QCOMPARE(rfm10.displayName(10, false), u"Others"_s);
        QCOMPARE(rfm10.displayName(0, true), u"冠军客户"_s);

        const SegmentScheme cn8 = presetScheme(u"cn8");
        QCOMPARE(cn8.bins, 2);
        QCOMPARE(cn8.preferredMethod, Method::Mean);
        QVERIFY(cn8.preferChinese);
        const QStringList zh { u"重要价值客户"_s, u"重要发展客户"_s, u"重要保持客户"_s, u"重要挽留客户"_s,
                               u"一般价值客户"_s, u"一般发展客户"_s, u"一般保持客户"_s, u"一般挽留客户"_s };
        const QList<std::array<int, 3>> codes { { 2, 2, 2 }, { 2, 1, 2 }, { 1, 2, 2 }, { 1, 1, 2 },
                                                { 2, 2, 1 }, { 2, 1, 1 }, { 1, 2, 1 }, { 1, 1, 1 } };
        for (int i = 0; i < 8; ++i) {
            const auto [r, f, m] = codes[i];
            QCOMPARE(boundsOf(cn8.rules[i]), (Bounds { r, r, f, f, m, m }));
            QCOMPARE(cn8.displayName(i, true), zh[i]);
        }
        QCOMPARE(cn8.displayName(0, false), u"Important value"_s);
        QCOMPARE(cn8.displayName(8, true), u"其他"_s);

        const SegmentScheme shop11 = presetScheme(u"shop11");
        QCOMPARE(shop11.basis, SchemeBasis::RecencyVsFM);
        QCOMPARE(shop11.rules.size(), 11);
        QCOMPARE(shop11.rules[0].actionZh, u"奖励他们，邀请试用新品，请他们推荐"_s);
        QCOMPARE(shop11.rules[7].name, u"Can't Lose Them"_s);
        QCOMPARE(boundsOf(shop11.rules[7]), (Bounds { 1, 2, 5, 5, 1, 5 }));
        for (const SegmentRule &r : shop11.rules)
            QVERIFY(!r.action.isEmpty() && !r.actionZh.isEmpty() && !r.color.isEmpty());
    }

    void lintPresets()
    {
        QVERIFY(lintScheme(presetScheme(u"shop11")).isEmpty());
        QVERIFY(lintScheme(presetScheme(u"cn8")).isEmpty());

        // Besides rule 9 (DESIGN §3), rules 4 and 5 are also shadowed, by Potential Loyalist.
        const QList<LintFinding> found = lintScheme(presetScheme(u"rfm10"));
        QCOMPARE(found.size(), 4);
        QCOMPARE(found[0].rule, 3);
        QCOMPARE(found[1].rule, 4);
        const LintFinding &nine = found[2];
        QCOMPARE(nine.kind, LintFinding::Kind::UnreachableRule);
        QCOMPARE(nine.rule, 8);
        QCOMPARE(nine.text, u"Rule 9 \"Can't Lose Them\" can never match: every cell it covers is taken by rules before it (At Risk)"_s);
        QCOMPARE(nine.cells.size(), 4);
        const LintFinding &gaps = found[3];
        QCOMPARE(gaps.kind, LintFinding::Kind::UncoveredCells);
        const QStringList uncovered = u"113 114 115 131 141 151 213 214 215 231 241 251 314 315 324 325 341 342 351 352 "
                                      u"414 415 424 425 441 442 451 452 514 515 524 525 541 542 551 552"_s.split(u' ');
        QCOMPARE(gaps.cells, cellsFromCodes(uncovered));
        QVERIFY2(gaps.text.startsWith(u"Cells that match no rule and fall to \"Others\" (36 of 125): 113, 114,"_s), qPrintable(gaps.text));
    }

    void lintHandMade()
    {
        const QList<LintFinding> found = lintScheme(gappyScheme());
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].kind, LintFinding::Kind::EmptyRange);
        QCOMPARE(found[0].rule, 1);
        QCOMPARE(found[0].text, u"Rule 2 \"Backwards\" can never match: its R range 3–2 is empty (scores run from 1 to 3)"_s);
        QCOMPARE(found[1].kind, LintFinding::Kind::UnreachableRule);
        QCOMPARE(found[1].rule, 2);
        QVERIFY(found[1].text.contains(u"(Top)"_s));
        QCOMPARE(found[2].kind, LintFinding::Kind::UncoveredCells);
        QCOMPARE(found[2].cells.size(), 17);   // every F 2-3 cell but 333
        QCOMPARE(found[2].cells.first(), (std::array<int, 3> { 1, 2, 1 }));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : presetIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void jsonRoundTrip()
    {
        QFETCH(QString, id);
        const SegmentScheme preset = presetScheme(id);
        const Result<SegmentScheme> back = schemeFromJson(schemeToJson(preset), u"x.json"_s);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QVERIFY(*back == preset);
        // The preset is its bundled scheme file, which is in the form the editor writes, so an
        // analyst who saves a copy of it gets the same file.
        const Result<QByteArray> bundled = bundledData(u"schemes/"_s + id + u".json"_s);
        QVERIFY2(bundled.ok(), qPrintable(bundled.ok() ? QString() : bundled.error().toString()));
        QCOMPARE(QString::fromUtf8(*bundled), QString::fromUtf8(schemeToJson(preset)));
        QVERIFY(presetScheme(id.toUpper()) == preset);

        QTemporaryDir dir;
        const QString path = dir.filePath(id + u".json"_s);
        QVERIFY(saveSchemeFile(preset, path).ok());
        const Result<SegmentScheme> loaded = loadSchemeFile(path);
        QVERIFY(loaded.ok());
        QVERIFY(*loaded == preset);
    }

    void jsonDefaults()
    {
        const Result<SegmentScheme> s = schemeFromJson(QByteArray(schemeText), u"/tmp/my-scheme.json"_s);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        QCOMPARE(s->id, u"my-scheme"_s);
        QCOMPARE(s->preferredMethod, Method::Quantile);
        QCOMPARE(s->basis, SchemeBasis::RFM);
        QCOMPARE(boundsOf(s->rules[0]), (Bounds { 4, 5, 1, 5, 1, 5 }));
        QCOMPARE(s->fallbackName, u"Others"_s);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format": "portrait-scheme", "version": 1, "name": "S", )";
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": ,\n}") << u"s.json:2:14: not valid JSON"_s;
        QTest::newRow("format") << QByteArray(R"({"format": "csv", "version": 1})") << u"field \"format\": not a Portrait scheme file"_s;
        QTest::newRow("newer") << QByteArray(R"({"format": "portrait-scheme", "version": 2})") << u"written by a newer Portrait (version 2)"_s;
        QTest::newRow("unknown top") << head + R"("bin": 5, "rules": [{"name": "A"}]})" << u"field \"bin\": unknown field"_s;
        QTest::newRow("bins") << head + R"("bins": 7, "rules": [{"name": "A"}]})" << u"field \"bins\": expected 2, 3, 4 or 5"_s;
        QTest::newRow("method") << head + R"("method": "kmeans", "rules": [{"name": "A"}]})" << u"field \"method\": expected quantile"_s;
        QTest::newRow("levels") << head + R"("bins": 2, "method": "quantile", "rules": [{"name": "A"}]})"
                                << u"field \"method\": mean and median give exactly 2 score levels"_s;
        QTest::newRow("basis") << head + R"("basis": "rf", "rules": [{"name": "A"}]})" << u"field \"basis\""_s;
        QTest::newRow("no rules") << head + R"("rules": []})" << u"field \"rules\": expected a list"_s;
        QTest::newRow("rule name") << head + R"("rules": [{"name": "A"}, {"r": [1, 2]}]})"
                                   << u"rule 2, field \"name\": every rule needs a name"_s;
        QTest::newRow("rule range") << head + R"("rules": [{"name": "A"}, {"name": "B", "r": [1, 6]}]})"
                                    << u"rule 2 \"B\", field \"r\": expected [lower, upper], whole numbers from 1 to 5"_s;
        QTest::newRow("rule reversed") << head + R"("rules": [{"name": "A", "m": [4, 2]}]})"
                                       << u"rule 1 \"A\", field \"m\": expected [lower, upper]"_s;
        QTest::newRow("rule fraction") << head + R"("rules": [{"name": "A", "f": [1.5, 2]}]})"
                                       << u"rule 1 \"A\", field \"f\""_s;
        QTest::newRow("rule color") << head + R"("rules": [{"name": "A", "color": "red"}]})"
                                    << u"rule 1 \"A\", field \"color\": expected a colour"_s;
        QTest::newRow("rule typo") << head + R"("rules": [{"name": "A", "acton": "x"}]})"
                                   << u"rule 1 \"A\", field \"acton\": unknown field"_s;
        QTest::newRow("rule text") << head + R"("rules": [{"name": "A", "name_zh": 3}]})"
                                   << u"rule 1 \"A\", field \"name_zh\": expected text"_s;
    }

    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Result<SegmentScheme> s = schemeFromJson(json, u"s.json"_s);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().toString().contains(message), qPrintable(s.error().toString()));
        QCOMPARE(s.error().source, u"s.json"_s);
    }

    void missingFile()
    {
        const Result<SegmentScheme> s = loadSchemeFile(u"/nonexistent/x.json"_s);
        QVERIFY(!s.ok());
        QVERIFY(s.error().toString().startsWith(u"/nonexistent/x.json: cannot read the scheme file"_s));
    }
};

QTEST_GUILESS_MAIN(TestSegmentScheme)
#include "tst_segmentscheme.moc"
