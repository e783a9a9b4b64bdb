#pragma once

#include "project/projectsummary.h"

#include <QAbstractTableModel>

namespace Portrait::Ui {

/// The project's sources (imported files): what each was and what it gave.
class SourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Kind, Format, Imported, RowsRead, Accepted, Rejected, WithoutCustomer, Orders, Customers,
                  NewCustomers, Amount, ColumnCount };
    static constexpr int SourceIdRole = Qt::UserRole + 1;

    explicit SourcesModel(QObject *parent = nullptr);

    void setSources(QList<Project::SourceSummary> sources);
    const Project::SourceSummary *source(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(const QString &kind);

private:
    QList<Project::SourceSummary> m_sources;
};

} // namespace Portrait::Ui
