#include "clusterprofilesmodel.h"

#include "clustercharts.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + u'%';
}

QString median(double value)
{
    const double rounded = std::round(value);
    return QLocale().toString(value, 'f', std::abs(value - rounded) < 1e-9 || std::abs(value) >= 100 ? 0 : 2);
}

} // namespace

ClusterProfilesModel::ClusterProfilesModel(QObject *parent) : QAbstractTableModel(parent) { }

void ClusterProfilesModel::setProfiles(std::shared_ptr<const Analytics::Clustering> clustering,
                                       const QList<Analytics::ClusterProfile> &profiles,
                                       const QHash<QString, QString> &titles)
{
    beginResetModel();
    m_clustering = std::move(clustering);
    m_profiles = profiles;
    m_titles = titles;
    m_features.clear();
    if (!m_profiles.isEmpty()) {
        for (const Analytics::FeatureSummary &f : m_profiles.first().features)
            m_features.append(f.feature);
    }
    endResetModel();
}

void ClusterProfilesModel::setClustering(std::shared_ptr<const Analytics::Clustering> clustering)
{
    m_clustering = std::move(clustering);
    if (!m_profiles.isEmpty())
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name));
}

void ClusterProfilesModel::clear()
{
    setProfiles({}, {}, {});
}

int ClusterProfilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ClusterProfilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : actionColumn() + 1;
}

QVariant ClusterProfilesModel::display(const Analytics::ClusterProfile &profile, int column) const
{
    switch (column) {
    case Number:
        return profile.cluster + 1;
    case Name:
        return m_clustering && profile.cluster < m_clustering->clusters.size()
                ? m_clustering->clusters.at(profile.cluster).name
                : QString();
    case Customers:
        return QLocale().toString(profile.size);
    case Share:
        return percent(profile.share);
    case RevenueShare:
        return percent(profile.revenueShare);
    default:
        break;
    }
    if (column == apartColumn())
        return profile.apart.isEmpty() ? tr("close to the average on every feature") : profile.apart.join(u"; "_s);
    if (column == actionColumn())
        return profile.action;
    const qsizetype f = column - FirstFeature;
    return f < profile.features.size() ? median(profile.features.at(f).median) : QVariant();
}

QVariant ClusterProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_profiles.size())
        return {};
    const Analytics::ClusterProfile &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(profile, index.column());
    case Qt::DecorationRole:
        return index.column() == Number ? QVariant(clusterColor(profile.cluster)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() >= FirstFeature && index.column() < apartColumn()) {
            const Analytics::FeatureSummary &f = profile.features.at(index.column() - FirstFeature);
            return tr("Median %1 in this cluster, %2 over all clustered customers.")
                    .arg(median(f.median), median(f.overallMedian));
        }
        if (index.column() == Name)
            return tr("Double-click to rename the cluster.");
        return index.column() >= apartColumn() ? display(profile, index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Customers || index.column() == Share || index.column() == RevenueShare
                        || (index.column() >= FirstFeature && index.column() < apartColumn())
                ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                : QVariant();
    default:
        return {};
    }
}

QVariant ClusterProfilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Name:
        return tr("Cluster");
    case Customers:
        return tr("Customers");
    case Share:
        return tr("Share");
    case RevenueShare:
        return tr("Revenue share");
    default:
        break;
    }
    if (section == apartColumn())
        return tr("What sets it apart");
    if (section == actionColumn())
        return tr("Suggested action");
    const QString feature = m_features.value(section - FirstFeature);
    return tr("Median %1").arg(m_titles.value(feature, feature));
}

Qt::ItemFlags ClusterProfilesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Name)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ClusterProfilesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Name || index.row() >= m_profiles.size())
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == display(m_profiles.at(index.row()), Name).toString())
        return false;
    Q_EMIT renameRequested(m_profiles.at(index.row()).cluster, name);
    return true;
}

} // namespace Portrait::Ui
