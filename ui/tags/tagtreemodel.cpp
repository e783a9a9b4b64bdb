#include "tagtreemodel.h"

#include "format/displayformat.h"

#include <QLocale>

#include <functional>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

TagTreeModel::TagTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

void TagTreeModel::setDictionary(const Tags::TagDictionary &dictionary, bool chineseNames)
{
    beginResetModel();
    m_dictionary = dictionary;
    m_chinese = chineseNames;
    endResetModel();
}

void TagTreeModel::setCounts(const QHash<qint64, qint64> &counts, qint64 customers)
{
    m_counts = counts;
    m_customers = customers;
    // Counts change for the whole tree at once: repaint every row rather than tracking which did.
    const std::function<void(const QModelIndex &)> refresh = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, CustomersColumn, parent), index(rows - 1, ShareColumn, parent));
        for (int r = 0; r < rows; ++r)
            refresh(index(r, NameColumn, parent));
    };
    refresh({});
}

QModelIndex TagTreeModel::indexOf(qint64 id, int column) const
{
    const int row = m_dictionary.row(id);
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(id));
}

qint64 TagTreeModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? qint64(index.internalId()) : 0;
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != NameColumn))
        return {};
    const QList<qint64> children = m_dictionary.children(idAt(parent));
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    const Tags::TagNode *node = m_dictionary.find(idAt(child));
    return node && node->parentId != 0 ? indexOf(node->parentId) : QModelIndex();
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(m_dictionary.children(idAt(parent)).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    const Tags::TagNode *node = m_dictionary.find(idAt(index));
    if (!node)
        return {};
    if (role == TagIdRole)
        return node->id;
    const auto count = m_counts.constFind(node->id);
    const bool counted = count != m_counts.constEnd() && !m_dictionary.hasChildren(node->id);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->displayName(m_chinese);
        if (!counted)
            return {};
        if (index.column() == CustomersColumn)
            return QLocale().toString(*count);
        if (m_customers <= 0)
            return {};
        return DisplayFormat::percent(double(*count) / double(m_customers));
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(node->displayName(m_chinese)) : QVariant();
    case Qt::ToolTipRole:
        return node->definition.isEmpty() ? m_dictionary.path(node->id)
                                          : QString(m_dictionary.path(node->id) + u"\n"_s + node->definition);
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || !m_dictionary.find(idAt(index)))
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == m_dictionary.find(idAt(index))->displayName(m_chinese))
        return false;
    Q_EMIT renameRequested(idAt(index), name);
    return false;   // the page applies the rename through its undo stack and resets the model
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Tag");
    case CustomersColumn: return tr("Customers");
    case ShareColumn: return tr("Share");
    default: return {};
    }
}

} // namespace Portrait::Ui
