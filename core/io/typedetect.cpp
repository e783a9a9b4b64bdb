#include "io/typedetect.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

constexpr int MaxSamples = 5;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool validDate(int year, int month, int day)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12 || day < 1 || year < 1000)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

/// "0012", "007", or 11+ digits (a phone number, a long account id): text that looks numeric.
bool idLike(QByteArrayView v)
{
    const qsizetype start = !v.isEmpty() && v.front() == '+' ? 1 : 0;
    for (qsizetype i = start; i < v.size(); ++i) {
        if (!isDigit(v[i]))
            return false;
    }
    const qsizetype digits = v.size() - start;
    return (digits >= 2 && v[start] == '0') || digits >= 11;
}

} // namespace

struct TypeDetector::State
{
    qint64 filled = 0;
    qint64 empty = 0;
    bool maybeInteger = true;
    bool maybeNumber = true;
    bool maybeDate = true;
    bool keepAsText = false;
    bool anyTime = false;
    bool anyYearFirst = false;
    bool anyYearLast = false;
    bool firstOver12 = false;
    bool secondOver12 = false;
    bool validDmy = true;
    bool validMdy = true;
    bool samplesFull = false;
    std::vector<QByteArray> samples;

    void observeNumber(QByteArrayView v);
    void observeDate(QByteArrayView v);
    void addSample(QByteArrayView v);
    ColumnProfile profile() const;
};

void TypeDetector::State::observeNumber(QByteArrayView v)
{
    const std::optional<double> number = parseNumber(v);
    if (!number) {
        maybeNumber = maybeInteger = false;
        return;
    }
    maybeDate = false;
    if (!maybeInteger)
        return;
    if (*number != std::floor(*number) || std::fabs(*number) > 9.0e15) {
        maybeInteger = false;
        return;
    }
    if (!keepAsText && idLike(normalizeId(v)))
        keepAsText = true;
}

void TypeDetector::State::observeDate(QByteArrayView v)
{
    const std::optional<DateParts> parts = scanDateTime(v);
    if (!parts) {
        maybeDate = false;
        return;
    }
    anyTime = anyTime || parts->secondsOfDay >= 0;
    if (parts->yearFirst) {
        anyYearFirst = true;
        maybeDate = validDate(parts->first, parts->second, parts->third);
        return;
    }
    anyYearLast = true;
    firstOver12 = firstOver12 || parts->first > 12;
    secondOver12 = secondOver12 || parts->second > 12;
    validDmy = validDmy && validDate(parts->third, parts->second, parts->first);
    validMdy = validMdy && validDate(parts->third, parts->first, parts->second);
    maybeDate = validDmy || validMdy;
}

void TypeDetector::State::addSample(QByteArrayView v)
{
    for (const QByteArray &s : samples) {
        if (s == v)
            return;
    }
    samples.push_back(v.toByteArray());
    samplesFull = samples.size() >= MaxSamples;
}

ColumnProfile TypeDetector::State::profile() const
{
    ColumnProfile p;
    p.filled = filled;
    p.empty = empty;
    for (const QByteArray &s : samples)
        p.samples.append(QString::fromUtf8(s));
    p.keepAsText = keepAsText && maybeNumber;
    if (filled == 0) {
        p.type = ColumnType::Empty;
    } else if (maybeNumber) {
        p.type = p.keepAsText ? ColumnType::Text : maybeInteger ? ColumnType::Integer : ColumnType::Decimal;
    } else if (maybeDate && !(anyYearFirst && anyYearLast)) {
        const ColumnType dateType = anyTime ? ColumnType::DateTime : ColumnType::Date;
        p.type = dateType;
        if (anyYearFirst) {
            p.dateOrder = DateOrder::YMD;
        } else if (firstOver12 && secondOver12) {
            p.type = ColumnType::Text; // day-first and month-first rows mixed in one column
        } else if (firstOver12 || secondOver12) {
            p.dateOrder = firstOver12 ? DateOrder::DMY : DateOrder::MDY;
            if (!(firstOver12 ? validDmy : validMdy))
                p.type = ColumnType::Text;
        } else {
            p.dateOrder = validDmy ? DateOrder::DMY : DateOrder::MDY;
            p.dateOrderAmbiguous = true;
        }
        if (p.type == ColumnType::Text)
            p.dateOrder = DateOrder::Unknown;
    } else {
        p.type = ColumnType::Text;
    }
    return p;
}

TypeDetector::TypeDetector() = default;
TypeDetector::~TypeDetector() = default;

void TypeDetector::observe(int column, QByteArrayView utf8Field)
{
    if (column < 0)
        return;
    if (size_t(column) >= m_columns.size())
        m_columns.resize(size_t(column) + 1);
    State &s = m_columns[size_t(column)];
    const QByteArrayView v = trimmed(utf8Field);
    if (v.isEmpty()) {
        ++s.empty;
        return;
    }
    ++s.filled;
    if (!s.samplesFull)
        s.addSample(v);
    if (s.maybeNumber)
        s.observeNumber(v);
    if (!s.maybeNumber && s.maybeDate)
        s.observeDate(v);
}

QList<ColumnProfile> TypeDetector::profiles(const QStringList &names) const
{
    const qsizetype count = std::max<qsizetype>(names.size(), qsizetype(m_columns.size()));
    QList<ColumnProfile> result;
    result.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        ColumnProfile p = size_t(i) < m_columns.size() ? m_columns[size_t(i)].profile() : ColumnProfile {};
        p.name = i < names.size() ? names[i] : tr("Column %1").arg(i + 1);
        result.append(p);
    }
    return result;
}

QString columnTypeKey(ColumnType type)
{
    switch (type) {
    case ColumnType::Empty: return u"empty"_s;
    case ColumnType::Integer: return u"integer"_s;
    case ColumnType::Decimal: return u"decimal"_s;
    case ColumnType::Date: return u"date"_s;
    case ColumnType::DateTime: return u"datetime"_s;
    case ColumnType::Text: return u"text"_s;
    }
    return {};
}

bool looksLikeHeader(const QList<QByteArray> &first, const QList<QList<QByteArray>> &following)
{
    bool anyName = false;
    for (const QByteArray &cell : first) {
        const QByteArrayView v = trimmed(cell);
        if (v.isEmpty())
            continue;
        if (parseNumber(v) || scanDateTime(v))
            return false;
        anyName = true;
    }
    if (!anyName)
        return false;
    // Strong evidence: a text name above a column of numbers or dates.
    for (qsizetype c = 0; c < first.size(); ++c) {
        qint64 typed = 0;
        qint64 filled = 0;
        for (const QList<QByteArray> &row : following) {
            const QByteArrayView v = c < row.size() ? trimmed(row[c]) : QByteArrayView();
            if (v.isEmpty())
                continue;
            ++filled;
            typed += parseNumber(v) || scanDateTime(v) ? 1 : 0;
        }
        if (filled > 0 && typed * 2 > filled && !trimmed(first[c]).isEmpty())
            return true;
    }
    // All text: names are distinct and none of them recurs below in its own column.
    QSet<QByteArray> seen;
    for (qsizetype c = 0; c < first.size(); ++c) {
        const QByteArray name = trimmed(first[c]).toByteArray();
        if (!name.isEmpty() && seen.contains(name))
            return false;
        seen.insert(name);
        for (const QList<QByteArray> &row : following) {
            if (c < row.size() && trimmed(row[c]) == name)
                return false;
        }
    }
    return true;
}

} // namespace Portrait::Io
