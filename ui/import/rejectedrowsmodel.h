#pragma once

#include "project/records.h"

#include <QAbstractTableModel>

namespace Portrait::Ui {

/// Rejected rows with their reasons: row, column, reason and the value, in file order.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Row, ColumnName, Reason, Value, ColumnCount };

    explicit RejectedRowsModel(QObject *parent = nullptr);

    void setRows(const QList<Project::RejectedRow> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Project::RejectedRow> m_rows;
};

} // namespace Portrait::Ui
