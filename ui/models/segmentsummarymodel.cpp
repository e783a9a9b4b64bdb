#include "segmentsummarymodel.h"

#include "format/displayformat.h"

#include "charts/segmentpalette.h"

#include <QLocale>

#include <cmath>

namespace Portrait::Ui {

SegmentSummaryModel::SegmentSummaryModel(QObject *parent) : QAbstractTableModel(parent) { }

void SegmentSummaryModel::setResult(const Rfm::RfmResult &result, bool chinese)
{
    setResult(result, Rfm::summarize(result, chinese), chinese);
}

void SegmentSummaryModel::setResult(const Rfm::RfmResult &result, QList<Rfm::SegmentSummary> summary, bool chinese)
{
    beginResetModel();
    m_rows = std::move(summary);
    m_actions.clear();
    m_colors.clear();
    // The charts' colours, so a row matches its bar and tile (the fallback too, in grey).
    const SegmentPalette palette(result.scheme);
    for (const Rfm::SegmentSummary &row : std::as_const(m_rows)) {
        m_actions.append(result.scheme.displayAction(row.rule, chinese));
        m_colors.append(palette.color(row.rule));
    }
    endResetModel();
}

void SegmentSummaryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_actions.clear();
    m_colors.clear();
    endResetModel();
}

int SegmentSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SegmentSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentSummaryModel::rawValue(int row, int column) const
{
    const Rfm::SegmentSummary &s = m_rows.at(row);
    switch (column) {
    case Segment:
        return s.name;
    case Customers:
        return s.customers;
    case CustomerShare:
        return s.customerShare;
    case Revenue:
        return s.revenue;
    case RevenueShare:
        return s.revenueShare;
    case Recency:
        return s.medianRecency;
    case Frequency:
        return s.medianFrequency;
    case Monetary:
        return s.medianMonetary;
    case Action:
        return m_actions.at(row);
    default:
        return {};
    }
}

QString SegmentSummaryModel::displayValue(int row, int column) const
{
    const QLocale locale;
    const QVariant value = rawValue(row, column);
    switch (column) {
    case Customers:
        return locale.toString(value.toLongLong());
    case CustomerShare:
    case RevenueShare:
        return DisplayFormat::percent(value.toDouble());
    case Revenue:
    case Monetary:
        return std::isnan(value.toDouble()) ? QString() : locale.toString(value.toDouble(), 'f', 2);
    case Recency:
    case Frequency:
        return std::isnan(value.toDouble()) ? QString() : locale.toString(value.toDouble(), 'f', 0);
    default:
        return value.toString();
    }
}

QVariant SegmentSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(index.row(), index.column());
    case RawValueRole:
        return rawValue(index.row(), index.column());
    case RuleRole:
        return m_rows.at(index.row()).rule;
    case Qt::ToolTipRole:
        return index.column() == Segment ? m_actions.at(index.row()) : QVariant();
    case Qt::DecorationRole:
        return index.column() == Segment ? QVariant(m_colors.at(index.row())) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Segment || index.column() == Action)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

void SegmentSummaryModel::setCurrency(Currency currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    Q_EMIT headerDataChanged(Qt::Horizontal, Revenue, Monetary);
}

QVariant SegmentSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Segment:
        return tr("Segment");
    case Customers:
        return tr("Customers");
    case CustomerShare:
        return tr("Share of customers");
    case Revenue:
        return withCurrency(tr("Revenue"), m_currency);
    case RevenueShare:
        return tr("Share of revenue");
    case Recency:
        return tr("Median recency (days)");
    case Frequency:
        return tr("Median orders");
    case Monetary:
        return withCurrency(tr("Median spend"), m_currency);
    case Action:
        return tr("Suggested action");
    default:
        return {};
    }
}

} // namespace Portrait::Ui
