#include "segmentpreviewmodel.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

SegmentPreviewModel::SegmentPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

std::vector<qint64> SegmentPreviewModel::segmentCounts(const Rfm::RfmResult &result)
{
    std::vector<qint64> counts(size_t(result.scheme.rules.size() + 1), 0);
    for (qint16 s : result.segment) {
        if (s >= 0 && size_t(s) < counts.size())
            ++counts[size_t(s)];
    }
    return counts;
}

void SegmentPreviewModel::setResult(const Rfm::RfmResult &committed, bool chinese)
{
    beginResetModel();
    m_names.clear();
    m_colors.clear();
    for (int s = 0; s <= committed.scheme.rules.size(); ++s) {
        m_names << committed.scheme.displayName(s, chinese);
        m_colors << (s < committed.scheme.rules.size() ? committed.scheme.rules.at(s).color : QString());
    }
    m_committed = segmentCounts(committed);
    m_preview.reset();
    endResetModel();
}

void SegmentPreviewModel::setPreview(const Rfm::RfmResult *preview)
{
    if (preview && size_t(preview->scheme.rules.size() + 1) == m_committed.size())
        m_preview = segmentCounts(*preview);
    else
        m_preview.reset();
    if (!m_committed.empty())
        Q_EMIT dataChanged(index(0, Preview), index(rowCount() - 1, Change));
}

void SegmentPreviewModel::clear()
{
    beginResetModel();
    m_names.clear();
    m_colors.clear();
    m_committed.clear();
    m_preview.reset();
    endResetModel();
}

qint64 SegmentPreviewModel::customers(int segment) const
{
    return segment >= 0 && size_t(segment) < m_committed.size() ? m_committed[size_t(segment)] : 0;
}

qint64 SegmentPreviewModel::previewCustomers(int segment) const
{
    if (!m_preview)
        return customers(segment);
    return segment >= 0 && size_t(segment) < m_preview->size() ? (*m_preview)[size_t(segment)] : 0;
}

int SegmentPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_committed.size());
}

int SegmentPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentPreviewModel::rawValue(int row, int column) const
{
    switch (column) {
    case Segment: return m_names.value(row);
    case Customers: return customers(row);
    case Preview: return previewCustomers(row);
    case Change: return previewCustomers(row) - customers(row);
    default: return {};
    }
}

QVariant SegmentPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case RawValueRole:
        return rawValue(row, column);
    case Qt::DisplayRole: {
        if (column == Segment)
            return m_names.value(row);
        if ((column == Preview || column == Change) && !m_preview)
            return QString();
        const qint64 value = rawValue(row, column).toLongLong();
        if (column == Change)
            return value == 0 ? u"0"_s : (value > 0 ? u"+"_s : QString()) + QLocale().toString(value);
        return QLocale().toString(value);
    }
    case Qt::DecorationRole:
        if (column == Segment && !m_colors.value(row).isEmpty())
            return QColor::fromString(m_colors.value(row));
        return {};
    case Qt::TextAlignmentRole:
        return column == Segment ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Change && m_preview && rawValue(row, column).toLongLong() != 0)
            return QColor(rawValue(row, column).toLongLong() > 0 ? 0x1a7f37 : 0xc0392b);
        return {};
    default:
        return {};
    }
}

QVariant SegmentPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Segment: return tr("Segment");
    case Customers: return tr("Customers");
    case Preview: return tr("While dragging");
    case Change: return tr("Change");
    default: return {};
    }
}

} // namespace Portrait::Ui
