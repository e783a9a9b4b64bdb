#include "customerlist.h"

#include "masking.h"

#include <QDate>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Portrait::Export {

namespace {

// Headers are file content in a fixed vocabulary, like the preset scheme names: the writer picks
// the language by a flag, not by the translator installed in the process (the CLI has none).
struct ColumnSpec
{
    const char16_t *key;
    const char16_t *english;
    const char16_t *chinese;
    CellKind kind;
    int decimals;
};

constexpr ColumnSpec Specs[ListColumnCount] = {
    { u"customer_id", u"Customer ID", u"客户 ID", CellKind::Text, 0 },
    { u"name", u"Name", u"姓名", CellKind::Text, 0 },
    { u"gender", u"Gender", u"性别", CellKind::Text, 0 },
    { u"age", u"Age", u"年龄", CellKind::Number, 0 },
    { u"province", u"Province", u"省份", CellKind::Text, 0 },
    { u"city", u"City", u"城市", CellKind::Text, 0 },
    { u"phone", u"Phone", u"手机号", CellKind::Text, 0 },
    { u"email", u"E-mail", u"邮箱", CellKind::Text, 0 },
    { u"recency_days", u"Recency (days)", u"最近一次消费间隔（天）", CellKind::Number, 0 },
    { u"frequency", u"Frequency", u"消费频次", CellKind::Number, 0 },
    { u"monetary", u"Monetary", u"消费金额", CellKind::Number, 2 },
    { u"r_score", u"R score", u"R 评分", CellKind::Number, 0 },
    { u"f_score", u"F score", u"F 评分", CellKind::Number, 0 },
    { u"m_score", u"M score", u"M 评分", CellKind::Number, 0 },
    { u"rfm_code", u"RFM code", u"RFM 代码", CellKind::Text, 0 },
    { u"rfm_score", u"RFM score", u"RFM 评分", CellKind::Number, 1 },
    { u"segment", u"Segment", u"分群", CellKind::Text, 0 },
    { u"tier", u"Value tier", u"价值等级", CellKind::Text, 0 },
    { u"p_alive", u"P(alive)", u"存活概率", CellKind::Number, 4 },
    { u"expected_purchases_90d", u"Expected purchases (90 days)", u"预计90天购买次数", CellKind::Number, 2 },
    { u"clv", u"CLV", u"客户终身价值", CellKind::Number, 2 },
};

const ColumnSpec &spec(ListColumn column)
{
    return Specs[int(column)];
}

constexpr double Unknown = std::numeric_limits<double>::quiet_NaN();

// Age at the as-of date from the birth date when there is one, else the age a source gave.
double ageAt(const Model::CustomerFrame &frame, qint32 row, Model::Day asOf)
{
    const int age = frame.ageAt(row, asOf);
    return age >= 0 ? double(age) : Unknown;
}

} // namespace

QList<ListColumn> defaultListColumns()
{
    QList<ListColumn> columns;
    for (int c = 0; c <= int(ListColumn::Tier); ++c)
        columns.append(ListColumn(c));
    return columns;
}

QList<ListColumn> lifetimeListColumns()
{
    return { ListColumn::PAlive, ListColumn::ExpectedPurchases90d, ListColumn::Clv };
}

QString listColumnKey(ListColumn column)
{
    return QString::fromUtf16(spec(column).key);
}

std::optional<ListColumn> listColumnFromKey(QStringView key)
{
    for (int c = 0; c < ListColumnCount; ++c) {
        if (key.compare(QStringView(Specs[c].key), Qt::CaseInsensitive) == 0)
            return ListColumn(c);
    }
    return std::nullopt;
}

QString listColumnHeader(ListColumn column, bool chinese)
{
    return QString::fromUtf16(chinese ? spec(column).chinese : spec(column).english);
}

CellKind listColumnKind(ListColumn column)
{
    return spec(column).kind;
}

int listColumnDecimals(ListColumn column)
{
    return spec(column).decimals;
}

bool isPersonalColumn(ListColumn column)
{
    return column == ListColumn::Name || column == ListColumn::Phone || column == ListColumn::Email;
}

ListCells::ListCells(const CustomerList &list) : m_list(list)
{
    if (list.result) {
        const Rfm::SegmentScheme &scheme = list.result->scheme;
        for (int rule = 0; rule <= scheme.rules.size(); ++rule)
            m_segmentNames.append(scheme.displayName(rule, list.chinese));
        m_asOf = list.result->metrics.asOf;
    } else if (list.frame && list.frame->latestOrderDay != Model::NoDay) {
        m_asOf = list.frame->latestOrderDay + 1;
    }
    m_tierNames = list.chinese ? QStringList { u"低"_s, u"中"_s, u"高"_s }
                               : QStringList { u"Low"_s, u"Middle"_s, u"High"_s };
}

QString ListCells::header(ListColumn column) const
{
    const QString header = listColumnHeader(column, m_list.chinese);
    return column == ListColumn::Monetary ? withCurrency(header, m_list.currency) : header;
}

QString ListCells::text(qint32 row, ListColumn column) const
{
    const Model::CustomerFrame &frame = *m_list.frame;
    const bool mask = m_list.mask;
    const Rfm::RfmResult *result = m_list.result.get();
    const auto c = size_t(row);
    switch (column) {
    case ListColumn::CustomerId:
        return frame.ids.at(row);
    case ListColumn::Name:
        return mask ? maskName(frame.names.at(row)) : frame.names.at(row);
    case ListColumn::Gender:
        return frame.genders.at(row);
    case ListColumn::Province:
        return frame.provinces.at(row);
    case ListColumn::City:
        return frame.cities.at(row);
    case ListColumn::Phone:
        return mask ? maskPhone(frame.phones.at(row)) : frame.phones.at(row);
    case ListColumn::Email:
        return mask ? maskEmail(frame.emails.at(row)) : frame.emails.at(row);
    case ListColumn::RfmCode:
        return result ? Rfm::rfmCode(*result, row) : QString();
    case ListColumn::Segment:
        return result && result->segment[c] >= 0 ? m_segmentNames.value(result->segment[c]) : QString();
    case ListColumn::Tier:
        return result && result->tier[c] >= 0 ? m_tierNames.value(result->tier[c]) : QString();
    default:
        return {};
    }
}

double ListCells::number(qint32 row, ListColumn column) const
{
    // Rounded to the decimals the column is written with, so CSV and XLSX hold the same value
    // (the RFM score is a float: 91.6666641 would otherwise reach the workbook).
    const double value = rawNumber(row, column);
    const int decimals = listColumnDecimals(column);
    if (decimals == 0 || std::isnan(value))
        return value;
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

double ListCells::rawNumber(qint32 row, ListColumn column) const
{
    const auto c = size_t(row);
    if (column == ListColumn::Age)
        return ageAt(*m_list.frame, row, m_asOf);
    if (const Analytics::LifetimeScores *lifetime = m_list.lifetime.get()) {
        if (column == ListColumn::PAlive)
            return lifetime->pAlive[c];
        if (column == ListColumn::ExpectedPurchases90d)
            return lifetime->expectedPurchases90d[c];
        if (column == ListColumn::Clv)
            return lifetime->clv[c];
    }
    const Rfm::RfmResult *result = m_list.result.get();
    if (!result)
        return Unknown;
    const Rfm::RfmMetrics &metrics = result->metrics;
    const bool scored = metrics.scored[c] != 0;
    switch (column) {
    case ListColumn::Recency:
        return scored ? metrics.recency[c] : Unknown;
    case ListColumn::Frequency:
        return metrics.frequency[c];
    case ListColumn::Monetary:
        return metrics.monetary[c];
    case ListColumn::RScore:
        return scored ? double(result->scores.r[c]) : Unknown;
    case ListColumn::FScore:
        return scored ? double(result->scores.f[c]) : Unknown;
    case ListColumn::MScore:
        return scored ? double(result->scores.m[c]) : Unknown;
    case ListColumn::RfmScore:
        return scored ? double(result->rfmScore[c]) : Unknown;
    default:
        return Unknown;
    }
}

std::optional<int> findSegment(const Rfm::SegmentScheme &scheme, QStringView name)
{
    const QStringView wanted = name.trimmed();
    for (int rule = 0; rule <= scheme.rules.size(); ++rule) {
        if (wanted.compare(scheme.displayName(rule, false), Qt::CaseInsensitive) == 0
            || wanted.compare(scheme.displayName(rule, true), Qt::CaseInsensitive) == 0)
            return rule;
    }
    return std::nullopt;
}

std::vector<qint32> selectRows(const Model::CustomerFrame &frame, const Rfm::RfmResult &result,
                               const QList<int> &segments, std::optional<int> tier)
{
    std::vector<qint32> rows;
    const bool filtered = !segments.isEmpty() || tier.has_value();
    for (qint32 row = 0; row < qint32(frame.size()); ++row) {
        const auto c = size_t(row);
        if (filtered && result.segment[c] < 0)
            continue;
        if (!segments.isEmpty() && !segments.contains(result.segment[c]))
            continue;
        if (tier && result.tier[c] != *tier)
            continue;
        rows.push_back(row);
    }
    return rows;
}

} // namespace Portrait::Export
