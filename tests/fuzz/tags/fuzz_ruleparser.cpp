// libFuzzer target: any bytes as a rule expression and as a rules file. Checks that the parser
// never crashes, that every error has a position inside the text, and that whatever parses also
// survives the type checker and the evaluator on a small table with missing values.

#include "tags/autotagger.h"
#include "tags/diagnostic.h"
#include "tags/evaluator.h"
#include "tags/parser.h"
#include "tags/rulesfile.h"
#include "tags/typechecker.h"

#include <cmath>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Tags;

namespace {

const FeatureTable &table()
{
    static const FeatureTable t = [] {
        FeatureTable t(4);
        const double na = std::nan("");
        (void)t.setNumbers(standardFeature(u"frequency"_s), { 1, na, 0, 7 });
        (void)t.setNumbers(standardFeature(u"monetary"_s), { 10, 0, na, -3 });
        (void)t.setTexts(standardFeature(u"province"_s), { u"北京"_s, QString(), u"上海"_s, u"北京"_s });
        (void)t.setTexts(standardFeature(u"segment"_s), { u"A"_s, u"B"_s, QString(), u"A"_s });
        (void)t.setDates(standardFeature(u"first_purchase"_s), { 2460000, Model::NoDay, 2459000, 1 });
        (void)t.setBooleans(FeatureInfo { u"vip"_s, u"会员"_s, FeatureType::Boolean, {} }, { 1, 0, 1, 0 }, { 0, 0, 1, 0 });
        return t;
    }();
    return t;
}

void checkPosition(const Error &e, const QString &text)
{
    const qsizetype lines = text.count(u'\n') + 1;
    if (e.row < 1 || e.row > lines || e.column < 1)
        std::abort();
    (void)formatDiagnostic(e, sourceLine(text, int(e.row)));
}

void fuzzExpression(const QString &text)
{
    Result<NodePtr> ast = parseExpression(text);
    if (!ast) {
        checkPosition(ast.error(), text);
        return;
    }
    (void)dump(**ast);
    NodePtr copy = (*ast)->clone();
    const CheckContext context { &table(), { u"A"_s, u"B"_s }, { u"x/y"_s, u"z"_s }, true };
    if (Status s = typeCheck(*copy, context); !s) {
        checkPosition(s.error(), text);
        return;
    }
    static const std::vector<quint8> tagged { 1, 0, 1, 0 };
    Evaluator evaluator(table(), 2460100, [](const QString &) { return &tagged; });
    if (evaluator.evaluate(*copy).size() != 4)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;   // long inputs only slow the search down; nesting limits are tested in unit tests
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzzExpression(text);
    Result<QList<TagRule>> rules = parseRulesText(text, u"fuzz.txt"_s);
    if (!rules) {
        checkPosition(rules.error(), text);
        return 0;
    }
    EvaluationContext context;
    context.asOf = 2460100;
    Result<TagAssignment> tags = evaluateRules(*rules, table(), context);
    if (!tags)
        checkPosition(tags.error(), text);
    return 0;
}
