#include "migration.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Portrait::Timeline {

namespace {

struct MigrationText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Timeline::Migration)
};

} // namespace

CustomerUniverse::CustomerUniverse(const Model::KeyColumn &frameKeys) : m_frameKeys(frameKeys) { }

QString CustomerUniverse::key(qsizetype index) const
{
    return index < m_frameKeys.size() ? m_frameKeys.at(index) : m_extraKeys[size_t(index - m_frameKeys.size())];
}

qint32 CustomerUniverse::indexOf(QStringView key)
{
    if (!m_indexed) {
        m_index.reserve(m_frameKeys.size());
        for (qsizetype row = 0; row < m_frameKeys.size(); ++row)
            m_index.insert(m_frameKeys.view(row), qint32(row));
        m_indexed = true;
    }
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return it.value();
    const auto index = qint32(size());
    // The view stays valid when the vector grows: moving a QString keeps its character buffer.
    m_extraKeys.push_back(key.toString());
    m_index.insert(QStringView(m_extraKeys.back()), index);
    return index;
}

void SegmentSide::resize(qsizetype size)
{
    const auto n = size_t(size);
    segment.resize(n, qint16(-1));
    monetary.resize(n, 0.0);
    rfmScore.resize(n, std::numeric_limits<float>::quiet_NaN());
}

Migration computeMigration(const SegmentSide &from, const SegmentSide &to)
{
    Migration m;
    m.fromCount = int(from.segmentCount()) + 1;
    m.toCount = int(to.segmentCount()) + 1;
    const size_t cells = size_t(m.fromCount) * size_t(m.toCount);
    m.customers.assign(cells, 0);
    m.monetaryFrom.assign(cells, 0.0);
    m.monetaryTo.assign(cells, 0.0);
    const size_t n = std::min(from.segment.size(), to.segment.size());
    // Segments are the same when their names are: the two sides may use different schemes.
    std::vector<int> sameTo(size_t(from.segmentCount()), -1);
    for (int s = 0; s < int(sameTo.size()); ++s) {
        const QString name = from.scheme.displayName(s, false);
        for (int t = 0; t < int(to.segmentCount()); ++t) {
            if (to.scheme.displayName(t, false) == name)
                sameTo[size_t(s)] = t;
        }
    }
    for (size_t i = 0; i < n; ++i) {
        const int a = from.segment[i], b = to.segment[i];
        if (a < 0 && b < 0)
            continue;
        const int row = a < 0 ? m.newRow() : a;
        const int column = b < 0 ? m.notScoredColumn() : b;
        const size_t cell = m.cell(row, column);
        ++m.customers[cell];
        if (a >= 0)
            m.monetaryFrom[cell] += from.monetary[i];
        if (b >= 0)
            m.monetaryTo[cell] += to.monetary[i];
        if (a < 0 || b < 0 || sameTo[size_t(a)] != b)
            ++m.moved;
    }
    return m;
}

QString fromName(const SegmentSide &side, int row, bool chinese)
{
    if (row >= side.segmentCount())
        return chinese ? MigrationText::tr("(new)") : u"(new)"_s;
    return side.scheme.displayName(row, chinese);
}

QString toName(const SegmentSide &side, int column, bool chinese)
{
    if (column >= side.segmentCount())
        return chinese ? MigrationText::tr("(not scored)") : u"(not scored)"_s;
    return side.scheme.displayName(column, chinese);
}

std::vector<qint32> customersInCell(const SegmentSide &from, const SegmentSide &to, int fromRow, int toColumn)
{
    std::vector<qint32> rows;
    const size_t n = std::min(from.segment.size(), to.segment.size());
    for (size_t i = 0; i < n; ++i) {
        const int a = from.segment[i], b = to.segment[i];
        if (a < 0 && b < 0)
            continue;
        const int row = a < 0 ? int(from.segmentCount()) : a;
        const int column = b < 0 ? int(to.segmentCount()) : b;
        if (row == fromRow && column == toColumn)
            rows.push_back(qint32(i));
    }
    return rows;
}

std::vector<double> segmentValues(const SegmentSide &side)
{
    const auto segments = size_t(side.segmentCount());
    std::vector<double> sum(segments, 0.0);
    std::vector<qint64> count(segments, 0);
    for (size_t i = 0; i < side.segment.size(); ++i) {
        const int s = side.segment[i];
        if (s < 0 || size_t(s) >= segments || std::isnan(side.rfmScore[i]))
            continue;
        sum[size_t(s)] += side.rfmScore[i];
        ++count[size_t(s)];
    }
    std::vector<double> mean(segments, std::numeric_limits<double>::quiet_NaN());
    for (size_t s = 0; s < segments; ++s) {
        if (count[s] > 0)
            mean[s] = sum[s] / double(count[s]);
    }
    return mean;
}

QList<Flow> flowsByLoss(const SegmentSide &from, const SegmentSide &to, const Migration &migration)
{
    const std::vector<double> before = segmentValues(from);
    const std::vector<double> after = segmentValues(to);
    QList<Flow> flows;
    for (int row = 0; row < migration.fromCount; ++row) {
        for (int column = 0; column < migration.toCount; ++column) {
            const qint64 customers = migration.customersAt(row, column);
            const bool newOne = row == migration.newRow();
            const bool gone = column == migration.notScoredColumn();
            if (customers == 0 || (!newOne && !gone && fromName(from, row, false) == toName(to, column, false)))
                continue;
            Flow flow { row, column, customers, migration.monetaryFrom[migration.cell(row, column)],
                        migration.monetaryTo[migration.cell(row, column)], false };
            flow.loss = !newOne && (gone || after[size_t(column)] < before[size_t(row)]);
            flows.append(flow);
        }
    }
    std::stable_sort(flows.begin(), flows.end(), [](const Flow &a, const Flow &b) {
        if (a.loss != b.loss)
            return a.loss;
        if (a.monetaryFrom != b.monetaryFrom)
            return a.monetaryFrom > b.monetaryFrom;
        return a.customers > b.customers;
    });
    return flows;
}

} // namespace Portrait::Timeline
