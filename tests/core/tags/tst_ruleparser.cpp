#include "tags/diagnostic.h"
#include "tags/lexer.h"
#include "tags/parser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Tags;

class TestRuleParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens()
    {
        Result<QList<Token>> t = tokenize(u"省份 = “北\\”京” AND x<>1.5e1 # note"_s);
        QVERIFY(t.ok());
        QCOMPARE(t->size(), 8);
        QCOMPARE(t->at(0).kind, TokenKind::Identifier);
        QCOMPARE(t->at(0).text, u"省份"_s);
        QCOMPARE(t->at(2).kind, TokenKind::String);
        QCOMPARE(t->at(2).text, u"北”京"_s);
        QCOMPARE(t->at(2).pos, (SourcePos { 1, 6 }));
        QCOMPARE(t->at(3).kind, TokenKind::And);
        QCOMPARE(t->at(3).pos, (SourcePos { 1, 13 }));
        QCOMPARE(t->at(5).kind, TokenKind::Ne);
        QCOMPARE(t->at(6).number, 15.0);
        QCOMPARE(t->at(7).kind, TokenKind::End);
    }

    void positionsWithOrigin()
    {
        // As in a rules file: the expression starts at line 3, column 12; line 4 is a continuation.
        Result<QList<Token>> t = tokenize(u" frequency > 3 \\\n  and x"_s, SourcePos { 3, 12 });
        QVERIFY(t.ok());
        QCOMPARE(t->at(0).pos, (SourcePos { 3, 13 }));
        QCOMPARE(t->at(3).pos, (SourcePos { 4, 3 }));
        QCOMPARE(t->at(4).pos, (SourcePos { 4, 7 }));
    }

    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tree");
        QTest::newRow("design 1") << u"recency_days > 180 and frequency >= 3"_s
                                  << u"(and (> recency_days 180) (>= frequency 3))"_s;
        QTest::newRow("design 2") << u"promo_share >= 0.6"_s << u"(>= promo_share 0.6)"_s;
        QTest::newRow("design 3") << u"province in (\"北京\", \"上海\")"_s << u"(in province \"北京\" \"上海\")"_s;
        QTest::newRow("design 4") << u"has_tag(\"高价值\")"_s << u"(has_tag \"高价值\")"_s;
        QTest::newRow("or below and") << u"a or b and c"_s << u"(or a (and b c))"_s;
        QTest::newRow("not above and") << u"not a = 1 and b"_s << u"(and (not (= a 1)) b)"_s;
        QTest::newRow("arithmetic") << u"a + b * c > -d"_s << u"(> (+ a (* b c)) (- d))"_s;
        QTest::newRow("left assoc") << u"a - b - c / d / e"_s << u"(- (- a b) (/ (/ c d) e))"_s;
        QTest::newRow("parens") << u"(a or b) and c"_s << u"(and (or a b) c)"_s;
        QTest::newRow("not in") << u"x not in (1, -2)"_s << u"(not-in x 1 (- 2))"_s;
        QTest::newRow("between") << u"x between 1 and 2 and y"_s << u"(and (between x 1 2) y)"_s;
        QTest::newRow("not between") << u"x not between a + 1 and 9"_s << u"(not-between x (+ a 1) 9)"_s;
        QTest::newRow("text") << u"c starts with \"上海\" or c contains '市'"_s
                              << u"(or (starts-with c \"上海\") (contains c \"市\"))"_s;
        QTest::newRow("missing") << u"c is not missing or d is missing"_s << u"(or (is-not-missing c) (is-missing d))"_s;
        QTest::newRow("chinese quotes") << u"has_tag(“高价值”)"_s << u"(has_tag \"高价值\")"_s;
        QTest::newRow("full-width") << u"province in （\"北京\"，\"上海\"）"_s << u"(in province \"北京\" \"上海\")"_s;
        QTest::newRow("keyword case") << u"A >= 5 AND NOT b == 3"_s << u"(and (>= A 5) (not (= b 3)))"_s;
        QTest::newRow("<>") << u"x <> 1"_s << u"(!= x 1)"_s;
        QTest::newRow("escapes") << u"x = \"a\\\"b\\\\c\""_s << u"(= x \"a\"b\\c\")"_s;
        QTest::newRow("numbers") << u"1.5e3 > .5"_s << u"(> 1500 0.5)"_s;
        QTest::newRow("calls") << u"days_since(first_purchase) > quantile(x, 0.9)"_s
                               << u"(> (days_since first_purchase) (quantile x 0.9))"_s;
        QTest::newRow("no args") << u"f()"_s << u"(f)"_s;
        QTest::newRow("booleans") << u"vip = true or false"_s << u"(or (= vip true) false)"_s;
        QTest::newRow("comment, continuation") << u"a > 1 \\\n and b # why\n"_s << u"(and (> a 1) b)"_s;
        QTest::newRow("chinese name") << u"购买频次 >= 5"_s << u"(>= 购买频次 5)"_s;
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, tree);
        Result<NodePtr> ast = parseExpression(text);
        QVERIFY2(ast.ok(), qPrintable(ast.ok() ? QString() : ast.error().toString()));
        QCOMPARE(dump(**ast), tree);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("ends early") << u"frequency >= "_s << 1 << 14 << u"ends too early"_s;
        QTest::newRow("unclosed paren") << u"(frequency > 3"_s << 1 << 15 << u"expected \")\""_s;
        QTest::newRow("unmatched paren") << u"frequency > 3)"_s << 1 << 14 << u"unmatched"_s;
        QTest::newRow("dangling and") << u"frequency > 3 and"_s << 1 << 18 << u"ends too early"_s;
        QTest::newRow("chained") << u"1 < frequency < 5"_s << 1 << 15 << u"chained"_s;
        QTest::newRow("in without list") << u"province in \"北京\""_s << 1 << 13 << u"expected \"(\""_s;
        QTest::newRow("empty in") << u"province in ()"_s << 1 << 14 << u"empty"_s;
        QTest::newRow("&&") << u"frequency && 3"_s << 1 << 11 << u"did you mean \"and\""_s;
        QTest::newRow("||") << u"a || b"_s << 1 << 3 << u"did you mean \"or\""_s;
        QTest::newRow("unclosed text") << u"city = \"abc"_s << 1 << 8 << u"not closed"_s;
        QTest::newRow("unclosed chinese") << u"city = “abc"_s << 1 << 8 << u"not closed"_s;
        QTest::newRow("bad escape") << u"city = \"a\\qb\""_s << 1 << 10 << u"escape"_s;
        QTest::newRow("second line") << u"frequency > 3\nand recency_days >"_s << 2 << 19 << u"ends too early"_s;
        QTest::newRow("odd char") << u"frequency > 3 @"_s << 1 << 15 << u"unexpected character \"@\""_s;
        QTest::newRow("number+letters") << u"5abc > 1"_s << 1 << 2 << u"number"_s;
        QTest::newRow("is missin") << u"x is missin"_s << 1 << 6 << u"expected \"missing\""_s;
        QTest::newRow("starts without with") << u"city starts \"a\""_s << 1 << 13 << u"expected \"with\""_s;
        QTest::newRow("between without and") << u"frequency between 1 3"_s << 1 << 21 << u"expected \"and\""_s;
        QTest::newRow("column after chinese") << u"省份 = “北京” and > 3"_s << 1 << 15 << u"expected a value"_s;
        QTest::newRow("two values") << u"frequency 3"_s << 1 << 11 << u"expected an operator"_s;
        QTest::newRow("stray backslash") << u"a \\ b"_s << 1 << 3 << u"\\"_s;
        QTest::newRow("empty") << u"   "_s << 1 << 4 << u"ends too early"_s;
        QTest::newRow("too deep") << QString(300, u'(') + u'x' << 1 << 201 << u"nested too deeply"_s;
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        Result<NodePtr> ast = parseExpression(text);
        QVERIFY(!ast.ok());
        QVERIFY2(ast.error().message.contains(message), qPrintable(ast.error().message));
        QCOMPARE(ast.error().row, line);
        QCOMPARE(ast.error().column, column);
    }

    void longChainIsBounded()
    {
        QString text = u"x"_s;
        for (int i = 0; i < 5000; ++i)
            text += u" + x"_s;
        Result<NodePtr> ast = parseExpression(text + u" > 1"_s);
        QVERIFY(!ast.ok());
        QVERIFY(ast.error().message.contains(u"nested too deeply"_s));
    }

    void diagnostic()
    {
        const Error e { u"unknown feature \"frequncy\"; did you mean \"frequency\"?"_s, u"rules.txt"_s, 3, 9, {} };
        QCOMPARE(formatDiagnostic(e, u"高频 = frequncy >= 5"_s),
                 u"rules.txt:3:9: unknown feature \"frequncy\"; did you mean \"frequency\"?\n"
                 "    高频 = frequncy >= 5\n"
                 "              ^"_s);
        const Error noColumn { u"cannot read"_s, u"r.txt"_s, 0, 0, {} };
        QCOMPARE(formatDiagnostic(noColumn, u"x"_s), u"r.txt: cannot read"_s);
        const Error atEnd { u"ends too early"_s, {}, 1, 6, {} };
        QCOMPARE(formatDiagnostic(atEnd, u"a >\t"_s), u"1:6: ends too early\n    a >\t\n       \t ^"_s);
    }

    void closest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        const QStringList candidates { u"frequency"_s, u"recency_days"_s, u"monetary"_s, u"aov"_s, u"age"_s };
        QTest::newRow("typo") << u"frequncy"_s << u"frequency"_s;
        QTest::newRow("swap") << u"moentary"_s << u"monetary"_s;
        QTest::newRow("case") << u"Frequency"_s << u"frequency"_s;
        QTest::newRow("short") << u"aow"_s << u"aov"_s;
        QTest::newRow("too far") << u"city"_s << QString();
        QTest::newRow("unrelated") << u"zzzzzzzz"_s << QString();
    }

    void closest()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QStringList candidates { u"frequency"_s, u"recency_days"_s, u"monetary"_s, u"aov"_s, u"age"_s };
        QCOMPARE(closestMatch(name, candidates), expected);
    }
};

QTEST_GUILESS_MAIN(TestRuleParser)
#include "tst_ruleparser.moc"
