#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace Portrait::Ui {

/// The first records of a source as the wizard's preview shows them: columns numbered, the header
/// row in bold and the rows above it (titles, notes the import skips) greyed out.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PreviewModel(QObject *parent = nullptr);

    /// headerRow is 1-based; 0 = no header row.
    void setRows(const QList<QStringList> &rows, qint64 headerRow);
    qint64 headerRow() const { return m_headerRow; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QStringList> m_rows;
    int m_columns = 0;
    qint64 m_headerRow = 0;
};

} // namespace Portrait::Ui
