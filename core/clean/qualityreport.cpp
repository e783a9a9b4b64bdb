#include "qualityreport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Portrait::Clean {

void OrderFindings::add(const OrderFinding &finding)
{
    ++count;
    if (examples.size() < ExampleLimit)
        examples.append(finding);
}

namespace {

quint64 hashOf(const CustomerValues &values, Field field)
{
    if (field == Field::BirthDay)
        return quint64(values.birthDay) * 0x9E3779B97F4A7C15ull;
    if (field == Field::Age)
        return quint64(values.age) * 0x9E3779B97F4A7C15ull;
    return quint64(qHash(QStringView(values.text(field)), 0x5eed));
}

QString isoDay(Model::Day day)
{
    return day == Model::NoDay ? QString() : QDate::fromJulianDay(day).toString(Qt::ISODate);
}

QJsonObject columnJson(const ColumnQuality &column, qint64 customers)
{
    const double total = double(std::max<qint64>(customers, 1));
    return { { u"field"_s, fieldKey(column.field) },
             { u"missing_before"_s, column.missingBefore },
             { u"missing_after"_s, column.missingAfter },
             { u"missing_share_before"_s, double(column.missingBefore) / total },
             { u"missing_share_after"_s, double(column.missingAfter) / total },
             { u"distinct_before"_s, column.distinctBefore },
             { u"distinct_after"_s, column.distinctAfter } };
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject stepJson(const StepReport &report)
{
    QJsonObject changed, flagged;
    for (Field field : AllFields) {
        if (report.changed[size_t(field)] > 0)
            changed.insert(fieldKey(field), report.changed[size_t(field)]);
    }
    for (int f = 1; f < FlagCount; ++f) {
        if (report.flagged[size_t(f)] > 0)
            flagged.insert(flagKey(Flag(f)), report.flagged[size_t(f)]);
    }
    QJsonArray samples, flaggedValues;
    for (const Change &change : report.samples) {
        samples.append(QJsonObject { { u"customer_id"_s, change.customer }, { u"field"_s, fieldKey(change.field) },
                                     { u"before"_s, change.before }, { u"after"_s, change.after } });
    }
    for (const Flagged &flag : report.flaggedSamples) {
        flaggedValues.append(QJsonObject { { u"customer_id"_s, flag.customer }, { u"field"_s, fieldKey(flag.field) },
                                           { u"value"_s, flag.value }, { u"reason"_s, flagKey(flag.flag) } });
    }
    QJsonObject options = report.step.options;
    QJsonObject object { { u"step"_s, stepKey(report.step.kind) }, { u"options"_s, options },
                         { u"changed"_s, changed },  { u"flagged"_s, flagged },
                         { u"samples"_s, samples },  { u"flagged_values"_s, flaggedValues } };
    if (report.step.kind == StepKind::Region) {
        object.insert(u"unknown_provinces"_s, countsJson(report.unknownProvinces));
        object.insert(u"unknown_cities"_s, countsJson(report.unknownCities));
    }
    return object;
}

QJsonObject findingsJson(const OrderFindings &findings)
{
    QJsonArray examples;
    for (const OrderFinding &f : findings.examples) {
        examples.append(QJsonObject { { u"order_id"_s, f.order }, { u"customer_id"_s, f.customer },
                                      { u"order_date"_s, isoDay(f.day) }, { u"amount"_s, f.amount } });
    }
    return { { u"count"_s, findings.count }, { u"examples"_s, examples } };
}

} // namespace

QByteArray QualityReport::toJson() const
{
    QJsonArray columnArray, stepArray;
    for (const ColumnQuality &column : columns)
        columnArray.append(columnJson(column, customers));
    for (const StepReport &step : steps)
        stepArray.append(stepJson(step));
    const QJsonObject orderObject { { u"orders"_s, orders.orders },
                                    { u"q1"_s, orders.q1 },
                                    { u"q3"_s, orders.q3 },
                                    { u"upper_fence"_s, orders.upperFence },
                                    { u"today"_s, isoDay(orders.today) },
                                    { u"high_amounts"_s, findingsJson(orders.high) },
                                    { u"zero_amounts"_s, findingsJson(orders.zero) },
                                    { u"future_dates"_s, findingsJson(orders.future) },
                                    { u"before_signup"_s, findingsJson(orders.beforeSignup) } };
    const QJsonObject root { { u"version"_s, 1 },     { u"customers"_s, customers }, { u"applied"_s, applied },
                             { u"columns"_s, columnArray }, { u"steps"_s, stepArray }, { u"orders"_s, orderObject } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<Issue> QualityReport::toIssues() const
{
    QList<Issue> issues;
    const QLocale locale;
    for (const StepReport &step : steps) {
        for (int f = 1; f < FlagCount; ++f) {
            const qint64 count = step.flagged[size_t(f)];
            if (count == 0)
                continue;
            const auto example = std::find_if(step.flaggedSamples.begin(), step.flaggedSamples.end(),
                                              [f](const Flagged &s) { return s.flag == Flag(f); });
            const QString text = tr("%1: %2 (e.g. %3 of customer %4)")
                                         .arg(stepTitle(step.step.kind), flagText(Flag(f)),
                                              example != step.flaggedSamples.end() ? example->value : QString(),
                                              example != step.flaggedSamples.end() ? example->customer : QString());
            issues.append(Issue { Issue::Severity::Warning, text, stepKey(step.step.kind), count });
        }
    }
    const auto addOrders = [&](const OrderFindings &findings, const QString &what) {
        if (findings.count == 0)
            return;
        const QString example = findings.examples.isEmpty()
                ? QString()
                : tr(" (e.g. order %1 of customer %2)").arg(findings.examples.first().order, findings.examples.first().customer);
        issues.append(Issue { Issue::Severity::Warning, what + example, u"orders"_s, findings.count });
    };
    addOrders(orders.high, tr("Orders above %1 (Q3 + 3 × IQR): kept in the analysis").arg(locale.toString(orders.upperFence, 'f', 2)));
    addOrders(orders.zero, tr("Orders with a zero amount"));
    addOrders(orders.future, tr("Orders dated after today"));
    addOrders(orders.beforeSignup, tr("Orders dated before the customer signed up"));
    return issues;
}

void ColumnCollector::Distinct::add(quint64 hash)
{
    hashes.push_back(hash);
    if (hashes.size() >= compactAt) {
        compact();
        if (hashes.size() > compactAt / 2)
            compactAt *= 2;
    }
}

namespace {

// Sorts [first, first + n) by the least significant digit first, 11 bits at a time: six linear
// passes instead of a comparison sort's twenty for a million hashes.
void radixSort(quint64 *first, size_t n)
{
    if (n < 1024) {
        std::sort(first, first + n);
        return;
    }
    constexpr int Bits = 11, Passes = 6;
    constexpr size_t Buckets = size_t(1) << Bits;
    std::vector<std::array<size_t, Buckets>> counts(Passes);
    for (auto &count : counts)
        count.fill(0);
    for (size_t i = 0; i < n; ++i) {
        for (int p = 0; p < Passes; ++p)
            ++counts[size_t(p)][(first[i] >> (p * Bits)) & (Buckets - 1)];
    }
    std::vector<quint64> scratch(n);
    quint64 *from = first, *to = scratch.data();
    for (int p = 0; p < Passes; ++p) {
        auto &count = counts[size_t(p)];
        if (std::find(count.begin(), count.end(), n) != count.end())
            continue; // every hash has the same digit here
        size_t offset = 0;
        for (size_t &c : count)
            offset += std::exchange(c, offset);
        for (size_t i = 0; i < n; ++i)
            to[count[(from[i] >> (p * Bits)) & (Buckets - 1)]++] = from[i];
        std::swap(from, to);
    }
    if (from != first)
        std::copy(from, from + n, first);
}

} // namespace

void ColumnCollector::Distinct::compact()
{
    // Only the part added since the last time is sorted, then merged with the rest.
    const auto middle = hashes.begin() + std::ptrdiff_t(sorted);
    radixSort(hashes.data() + sorted, hashes.size() - sorted);
    hashes.erase(std::unique(middle, hashes.end()), hashes.end());
    std::inplace_merge(hashes.begin(), hashes.begin() + std::ptrdiff_t(sorted), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    sorted = hashes.size();
}

void ColumnCollector::add(const CustomerValues &before, const CustomerValues &after)
{
    for (Field field : AllFields) {
        const auto f = size_t(field);
        if (before.isMissing(field))
            ++m_missingBefore[f];
        else
            m_before[f].add(hashOf(before, field));
        if (after.isMissing(field))
            ++m_missingAfter[f];
        else
            m_after[f].add(hashOf(after, field));
    }
}

void ColumnCollector::merge(ColumnCollector &&other)
{
    for (size_t f = 0; f < size_t(FieldCount); ++f) {
        m_missingBefore[f] += other.m_missingBefore[f];
        m_missingAfter[f] += other.m_missingAfter[f];
        for (auto [mine, theirs] : { std::pair { &m_before[f], &other.m_before[f] }, std::pair { &m_after[f], &other.m_after[f] } }) {
            mine->compact();
            theirs->compact();
            mine->hashes.insert(mine->hashes.end(), theirs->hashes.begin(), theirs->hashes.end());
            theirs->hashes = {};
            theirs->sorted = 0;
            // Both parts are sorted: merging them is linear.
            std::inplace_merge(mine->hashes.begin(), mine->hashes.begin() + std::ptrdiff_t(mine->sorted), mine->hashes.end());
            mine->hashes.erase(std::unique(mine->hashes.begin(), mine->hashes.end()), mine->hashes.end());
            mine->sorted = mine->hashes.size();
        }
    }
}

QList<ColumnQuality> ColumnCollector::finish()
{
    QList<ColumnQuality> columns;
    for (Field field : AllFields) {
        const auto f = size_t(field);
        m_before[f].compact();
        m_after[f].compact();
        columns.append({ field, m_missingBefore[f], m_missingAfter[f], qint64(m_before[f].hashes.size()),
                         qint64(m_after[f].hashes.size()) });
    }
    return columns;
}

} // namespace Portrait::Clean
