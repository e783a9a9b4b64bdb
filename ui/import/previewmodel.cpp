#include "previewmodel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace Portrait::Ui {

PreviewModel::PreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

void PreviewModel::setRows(const QList<QStringList> &rows, qint64 headerRow)
{
    beginResetModel();
    m_rows = rows;
    m_headerRow = headerRow;
    m_columns = 0;
    for (const QStringList &row : rows)
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QStringList &row = m_rows.at(index.row());
    const qint64 recordNumber = index.row() + 1;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < row.size() ? row.at(index.column()) : QVariant();
    case Qt::FontRole:
        if (recordNumber == m_headerRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (recordNumber < m_headerRow)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return tr("Column %1").arg(section + 1);
}

} // namespace Portrait::Ui
