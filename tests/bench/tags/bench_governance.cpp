// Benchmark: a 50-tag dictionary over 1M synthetic customers: tagging every tag (tagCustomers),
// then governance (counts, revenue shares, flags and the 50 × 50 overlap matrix). The overlap is
// compared with the obvious byte-per-customer pair loop, side by side in the same run.
// Bar: governance < 250 ms (median of 5). Prints the figures and PASS/FAIL; exits non-zero on a miss.

#include "tags/dictionarytagger.h"
#include "tags/governance.h"
#include "tags/groups.h"

#include <QDate>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Tags;

namespace {

constexpr qsizetype Customers = 1'000'000;
constexpr int Runs = 5;
constexpr double BarMs = 250;

FeatureTable syntheticTable()
{
    std::mt19937_64 rng(42);
    FeatureTable t(Customers);
    std::vector<double> monetary(Customers), frequency(Customers), recency(Customers), promo(Customers);
    QStringList provinces;
    std::lognormal_distribution<double> money(6.0, 1.0);
    std::geometric_distribution<int> orders(0.3);
    std::uniform_real_distribution<double> unit(0, 1);
    for (qsizetype i = 0; i < Customers; ++i) {
        monetary[i] = money(rng);
        frequency[i] = 1 + orders(rng);
        recency[i] = std::floor(unit(rng) * 730);
        promo[i] = unit(rng) < 0.2 ? std::nan("") : unit(rng);
        provinces.append(u"P%1"_s.arg(int(unit(rng) * 12)));
    }
    (void)t.setNumbers(standardFeature(u"monetary"_s), monetary);
    (void)t.setNumbers(standardFeature(u"frequency"_s), frequency);
    (void)t.setNumbers(standardFeature(u"recency_days"_s), recency);
    (void)t.setNumbers(standardFeature(u"promo_share"_s), promo);
    (void)t.setTexts(standardFeature(u"province"_s), provinces);
    return t;
}

TagDictionary fiftyTags()
{
    TagDictionary d;
    const std::pair<QString, std::function<QString(int)>> families[] = {
        { u"价值"_s, [](int k) { return u"monetary >= quantile(monetary, %1)"_s.arg(0.1 * k); } },
        { u"频次"_s, [](int k) { return u"frequency >= %1"_s.arg(k + 1); } },
        { u"活跃"_s, [](int k) { return u"recency_days <= %1"_s.arg(30 * (k + 1)); } },
        { u"促销"_s, [](int k) { return u"promo_share >= %1"_s.arg(0.1 * k); } },
        { u"地域"_s, [](int k) { return u"province = \"P%1\""_s.arg(k); } },
    };
    for (const auto &[family, rule] : families) {
        TagNode category;
        category.name = family;
        const qint64 parent = d.addTag(0, category).value();
        for (int k = 0; k < 10; ++k) {
            TagNode tag;
            tag.name = family + QString::number(k);
            tag.rule = rule(k);
            (void)d.addTag(parent, tag);
        }
    }
    (void)d.setGroup({ u"高价值活跃"_s, u"has_tag(\"价值8\") and has_tag(\"活跃2\")"_s, {} });
    (void)d.setGroup({ u"促销常客"_s, u"has_tag(\"促销6\") and has_tag(\"频次3\")"_s, {} });
    return d;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template<typename F>
std::vector<double> timeRuns(F &&work)
{
    std::vector<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < Runs; ++i) {
        t.restart();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

/// The overlap as one would write it first: a byte comparison per customer and pair.
std::vector<qint64> naiveOverlap(const DictionaryTagging &tagging)
{
    std::vector<const std::vector<quint8> *> members;
    for (const DictionaryTag &t : tagging.tags) {
        if (!t.members.empty())
            members.push_back(&t.members);
    }
    const size_t k = members.size();
    std::vector<qint64> out(k * k);
    for (size_t i = 0; i < k; ++i) {
        for (size_t j = i; j < k; ++j) {
            qint64 both = 0;
            const quint8 *a = members[i]->data();
            const quint8 *b = members[j]->data();
            for (qsizetype c = 0; c < Customers; ++c)
                both += a[c] & b[c];
            out[i * k + j] = out[j * k + i] = both;
        }
    }
    return out;
}

void report(const char *what, const std::vector<double> &ms)
{
    std::printf("%-34s runs", what);
    for (double m : ms)
        std::printf(" %.0f", m);
    std::printf(" ms; median %.1f ms\n", median(ms));
}

} // namespace

int main()
{
    const FeatureTable table = syntheticTable();
    const TagDictionary dictionary = fiftyTags();
    EvaluationContext context;
    context.asOf = Model::Day(QDate(2024, 6, 1).toJulianDay());
    Model::KeyColumn keys;
    for (qsizetype i = 0; i < Customers; ++i)
        keys.append(QString::number(i));

    DictionaryTagging tagging;
    const auto tagMs = timeRuns([&] { tagging = tagCustomers(dictionary, {}, keys, table, context); });
    if (!tagging.errors.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(tagging.errors.first().error.message));
        return 1;
    }
    const QList<GroupResult> groups = evaluateGroups(dictionary, table, context, tagging);
    const std::vector<double> revenue = table.numbers(table.indexOf(u"monetary"_s));
    TagGovernance governance;
    const auto governanceMs = timeRuns([&] { governance = computeGovernance(dictionary, tagging, groups, revenue); });
    std::vector<qint64> naive;
    const auto naiveMs = timeRuns([&] { naive = naiveOverlap(tagging); });
    if (naive != governance.overlap) {
        std::fprintf(stderr, "FAIL: the overlap matrices differ\n");
        return 1;
    }

    std::printf("%lld customers, %d tags with rules, %lld groups\n", qlonglong(Customers),
                int(governance.matrixRows.size()), qlonglong(groups.size()));
    report("tagCustomers (50 rules)", tagMs);
    report("computeGovernance (incl. overlap)", governanceMs);
    report("naive byte-wise overlap only", naiveMs);
    std::printf("ratio naive overlap / governance: %.1fx\n", median(naiveMs) / median(governanceMs));
    const bool pass = median(governanceMs) < BarMs;
    std::printf("%s: governance median %.1f ms, bar < %.0f ms\n", pass ? "PASS" : "FAIL", median(governanceMs), BarMs);
    return pass ? 0 : 1;
}
