#pragma once

#include "tags/dictionary.h"
#include "tags/governance.h"

#include <QAbstractTableModel>

namespace Portrait::Ui {

/// The governance table (标签治理): per tag its source, customers, share, revenue share and flags.
/// Sorts through Qt::UserRole (raw numbers).
class GovernanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TagColumn, SourceColumn, CustomersColumn, ShareColumn, RevenueShareColumn, FlagsColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int TagIdRole = Qt::UserRole + 1;

    explicit GovernanceModel(QObject *parent = nullptr);

    void setGovernance(const Tags::TagGovernance &governance, const Tags::TagDictionary &dictionary, bool chineseNames);
    /// The flags as words: "empty, not in a group".
    static QString flagText(int flags);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Tags::TagGovernanceRow> m_rows;
    QStringList m_names;
};

} // namespace Portrait::Ui
