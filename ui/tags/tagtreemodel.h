#pragma once

#include "tags/dictionary.h"

#include <QAbstractItemModel>
#include <QHash>

namespace Portrait::Ui {

/// The tag dictionary as a tree: name (in the UI's language), customers and share per tag. The
/// model shows a copy of the dictionary; edits of a name in the view are not applied here but
/// reported with renameRequested(), so that they go through the page's undo stack.
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CustomersColumn, ShareColumn, ColumnCount };
    enum Role { TagIdRole = Qt::UserRole + 1 };

    explicit TagTreeModel(QObject *parent = nullptr);

    /// Shows another dictionary (resets the model; the view's expansion is the caller's).
    void setDictionary(const Tags::TagDictionary &dictionary, bool chineseNames);
    const Tags::TagDictionary &dictionary() const { return m_dictionary; }
    /// Customer counts per tag id (absent: not computed yet) out of `customers`.
    void setCounts(const QHash<qint64, qint64> &counts, qint64 customers);

    QModelIndex indexOf(qint64 id, int column = NameColumn) const;
    qint64 idAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void renameRequested(qint64 id, const QString &name);

private:
    Tags::TagDictionary m_dictionary;
    QHash<qint64, qint64> m_counts;
    qint64 m_customers = 0;
    bool m_chinese = true;
};

} // namespace Portrait::Ui
