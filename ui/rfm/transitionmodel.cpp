#include "transitionmodel.h"

#include <QLocale>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QStringList segmentNames(const Rfm::SegmentScheme &scheme, bool chinese)
{
    QStringList names;
    for (int s = 0; s <= scheme.rules.size(); ++s)
        names << scheme.displayName(s, chinese);
    names << TransitionModel::tr("Unscored");
    return names;
}

/// Segment indexes with a non-zero total, largest total first (ties: rule order).
QList<int> busiestFirst(const std::map<int, qint64> &totals)
{
    QList<int> keys;
    for (const auto &[segment, total] : totals)
        keys.append(segment);
    std::stable_sort(keys.begin(), keys.end(), [&totals](int a, int b) { return totals.at(a) > totals.at(b); });
    return keys;
}

} // namespace

TransitionModel::TransitionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TransitionModel::setTransitions(const Rfm::Transitions &transitions, const Rfm::SegmentScheme &from,
                                     const Rfm::SegmentScheme &to, bool chinese)
{
    beginResetModel();
    m_transitions = transitions;
    m_fromNames = segmentNames(from, chinese);
    m_toNames = segmentNames(to, chinese);
    std::map<int, qint64> leaving, joining;
    for (const Rfm::SegmentMove &move : transitions.moves()) {
        leaving[move.from] += move.customers;
        joining[move.to] += move.customers;
    }
    m_rows = busiestFirst(leaving);
    m_columns = busiestFirst(joining);
    endResetModel();
}

void TransitionModel::clear()
{
    beginResetModel();
    m_transitions = {};
    m_rows.clear();
    m_columns.clear();
    endResetModel();
}

int TransitionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransitionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

qint64 TransitionModel::cellCustomers(int row, int column) const
{
    const int from = m_rows.at(row);
    const int to = m_columns.at(column);
    return from == to ? 0 : m_transitions.customersAt(from, to);
}

QVariant TransitionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int from = m_rows.at(index.row());
    const int to = m_columns.at(index.column());
    const qint64 customers = cellCustomers(index.row(), index.column());
    const double revenue = customers > 0 ? m_transitions.revenueAt(from, to) : 0.0;
    switch (role) {
    case CustomersRole:
        return customers;
    case RevenueRole:
        return revenue;
    case Qt::DisplayRole:
        if (customers == 0)
            return QString();
        return tr("%1 · %2").arg(QLocale().toString(customers), QLocale().toString(revenue, 'f', 0));
    case Qt::ToolTipRole:
        if (customers == 0)
            return QString();
        return tr("%1 customers move from %2 to %3, with %4 revenue")
            .arg(QLocale().toString(customers), m_fromNames.value(from), m_toNames.value(to),
                 QLocale().toString(revenue, 'f', 2));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant TransitionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool horizontal = orientation == Qt::Horizontal;
    if (section < 0 || section >= (horizontal ? m_columns.size() : m_rows.size()))
        return {};
    const int segment = horizontal ? m_columns.at(section) : m_rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return horizontal ? tr("→ %1").arg(m_toNames.value(segment)) : m_fromNames.value(segment);
    case Qt::ToolTipRole:
        return horizontal ? tr("Customers joining %1").arg(m_toNames.value(segment))
                          : tr("Customers leaving %1").arg(m_fromNames.value(segment));
    case SegmentRole:
        return segment;
    default:
        return {};
    }
}

} // namespace Portrait::Ui
