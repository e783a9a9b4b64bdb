#pragma once

#include "tags/dictionary.h"
#include "tags/governance.h"

#include <QAbstractTableModel>

namespace Portrait::Ui {

/// The overlap matrix between tags: customers who have both the row's and the column's tag. The
/// diagonal is the tag's own count; the tooltip gives the share of the row tag's customers.
class OverlapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit OverlapModel(QObject *parent = nullptr);

    void setGovernance(const Tags::TagGovernance &governance, const Tags::TagDictionary &dictionary, bool chineseNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Tags::TagGovernance m_governance;
    QStringList m_names;       ///< short (leaf) names for the headers
    QStringList m_paths;       ///< display paths for tooltips
};

} // namespace Portrait::Ui
