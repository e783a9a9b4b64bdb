#include "rejectedrowsmodel.h"

namespace Portrait::Ui {

RejectedRowsModel::RejectedRowsModel(QObject *parent) : QAbstractTableModel(parent) { }

void RejectedRowsModel::setRows(const QList<Project::RejectedRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Project::RejectedRow &row = m_rows.at(index.row());
    switch (Column(index.column())) {
    case Row:
        return row.row;
    case ColumnName:
        return row.columnName.isEmpty() ? QVariant() : QVariant(row.columnName);
    case Reason:
        return row.reason;
    case Value:
        return row.rawValue;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Row:
        return tr("Row");
    case ColumnName:
        return tr("Column");
    case Reason:
        return tr("Reason");
    case Value:
        return tr("Value");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Portrait::Ui
