#include "overlapmodel.h"

#include "format/displayformat.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

OverlapModel::OverlapModel(QObject *parent) : QAbstractTableModel(parent) { }

void OverlapModel::setGovernance(const Tags::TagGovernance &governance, const Tags::TagDictionary &dictionary,
                                 bool chineseNames)
{
    beginResetModel();
    m_governance = governance;
    m_names.clear();
    m_paths.clear();
    for (int row : std::as_const(m_governance.matrixRows)) {
        const qint64 id = m_governance.rows[row].id;
        const Tags::TagNode *node = dictionary.find(id);
        m_names.append(node ? node->displayName(chineseNames) : m_governance.rows[row].path);
        m_paths.append(dictionary.displayPath(id, chineseNames));
    }
    endResetModel();
}

int OverlapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int OverlapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant OverlapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const qint64 both = m_governance.overlapAt(index.row(), index.column());
    const qint64 own = m_governance.overlapAt(index.row(), index.row());
    const double share = own > 0 ? double(both) / double(own) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(both);
    case Qt::UserRole:
        return both;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        // A light heat map by the share of the row tag's customers who also have the column tag.
        if (index.row() == index.column() || both == 0)
            return {};
        QColor color(QStringLiteral("#2b7bb9"));
        color.setAlphaF(float(0.08 + 0.5 * share));
        return color;
    }
    case Qt::ToolTipRole:
        return tr("%1 customers have both %2 and %3 (%4 of %2)")
                .arg(QLocale().toString(both), m_paths[index.row()], m_paths[index.column()],
                     DisplayFormat::percent(share));
    default:
        return {};
    }
}

QVariant OverlapModel::headerData(int section, Qt::Orientation, int role) const
{
    if (section < 0 || section >= m_names.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_names[section];
    if (role == Qt::ToolTipRole)
        return m_paths[section];
    return {};
}

} // namespace Portrait::Ui
