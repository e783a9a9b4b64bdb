#include "governancemodel.h"

#include "format/displayformat.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

GovernanceModel::GovernanceModel(QObject *parent) : QAbstractTableModel(parent) { }

void GovernanceModel::setGovernance(const Tags::TagGovernance &governance, const Tags::TagDictionary &dictionary,
                                    bool chineseNames)
{
    beginResetModel();
    m_rows.clear();
    m_names.clear();
    // Categories have no customers of their own: the table lists the tags that can be set.
    for (const Tags::TagGovernanceRow &row : governance.rows) {
        if (row.category)
            continue;
        m_rows.append(row);
        m_names.append(dictionary.displayPath(row.id, chineseNames));
    }
    endResetModel();
}

QString GovernanceModel::flagText(int flags)
{
    QStringList out;
    if (flags & Tags::FlagRuleError)
        out.append(tr("rule error"));
    if (flags & Tags::FlagEmpty)
        out.append(tr("empty"));
    if (flags & Tags::FlagUnused)
        out.append(tr("unused: no rule, nobody assigned"));
    if (flags & Tags::FlagNotInGroup)
        out.append(tr("in no group"));
    return out.join(tr(", "));
}

int GovernanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GovernanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GovernanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Tags::TagGovernanceRow &row = m_rows[index.row()];
    const QLocale locale;
    if (role == TagIdRole)
        return row.id;
    if (role == SortRole) {
        switch (index.column()) {
        case TagColumn: return m_names[index.row()];
        case SourceColumn: return int(row.source);
        case CustomersColumn: return row.count;
        case ShareColumn: return row.share;
        case RevenueShareColumn: return row.revenueShare;
        case FlagsColumn: return row.flags;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TagColumn: return m_names[index.row()];
        case SourceColumn:
            return row.source == Tags::TagSource::Rule ? tr("rule")
                    : row.source == Tags::TagSource::Manual ? tr("manual") : tr("not set");
        case CustomersColumn: return locale.toString(row.count);
        case ShareColumn: return DisplayFormat::percent(row.share);
        case RevenueShareColumn: return DisplayFormat::percent(row.revenueShare);
        case FlagsColumn: return flagText(row.flags);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= CustomersColumn && index.column() <= RevenueShareColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == FlagsColumn && (row.flags & (Tags::FlagRuleError | Tags::FlagEmpty)))
        return QBrush(Qt::darkRed);
    return {};
}

QVariant GovernanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn: return tr("Tag");
    case SourceColumn: return tr("Set by");
    case CustomersColumn: return tr("Customers");
    case ShareColumn: return tr("Share of customers");
    case RevenueShareColumn: return tr("Share of revenue");
    case FlagsColumn: return tr("Flags");
    default: return {};
    }
}

} // namespace Portrait::Ui
