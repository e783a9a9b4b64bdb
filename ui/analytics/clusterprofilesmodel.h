#pragma once

#include "analytics/clusterprofile.h"
#include "analytics/clustering.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace Portrait::Ui {

/// One row per cluster: its number and name (editable: setData asks for a rename through
/// renameRequested, the panel makes it an undoable step), size, shares, the median of every
/// profiled feature, what sets it apart and what to do.
class ClusterProfilesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// The medians follow FirstFeature, one column per feature; then apartColumn() and actionColumn().
    enum Column { Number, Name, Customers, Share, RevenueShare, FirstFeature };

    explicit ClusterProfilesModel(QObject *parent = nullptr);

    /// Shows the profiles of clustering; titles name the features.
    void setProfiles(std::shared_ptr<const Analytics::Clustering> clustering, const QList<Analytics::ClusterProfile> &profiles,
                     const QHash<QString, QString> &titles);
    /// Takes new names (same clusters and figures).
    void setClustering(std::shared_ptr<const Analytics::Clustering> clustering);
    void clear();
    int apartColumn() const { return FirstFeature + int(m_features.size()); }
    int actionColumn() const { return apartColumn() + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void renameRequested(int cluster, const QString &name);

private:
    QVariant display(const Analytics::ClusterProfile &profile, int column) const;

    std::shared_ptr<const Analytics::Clustering> m_clustering;
    QList<Analytics::ClusterProfile> m_profiles;
    QStringList m_features;
    QHash<QString, QString> m_titles;
};

} // namespace Portrait::Ui
