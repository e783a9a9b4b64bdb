#pragma once

#include "rfm/transitions.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace Portrait::Ui {

/// The who-moves-where matrix as a table: rows are the segments customers leave, columns the ones
/// they join, cells "customers · revenue". Only segments with a move are shown, the busiest first.
class TransitionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int CustomersRole = Qt::UserRole + 1;   ///< qint64 of a cell
    static constexpr int RevenueRole = Qt::UserRole + 2;     ///< double of a cell
    static constexpr int SegmentRole = Qt::UserRole + 3;     ///< header: the segment index

    explicit TransitionModel(QObject *parent = nullptr);

    void setTransitions(const Rfm::Transitions &transitions, const Rfm::SegmentScheme &from,
                        const Rfm::SegmentScheme &to, bool chinese);
    void clear();

    /// Segment index (as in Rfm::Transitions) of a row or column.
    int fromSegment(int row) const { return m_rows.value(row, -1); }
    int toSegment(int column) const { return m_columns.value(column, -1); }
    qint64 movedCustomers() const { return m_transitions.movedCustomers; }
    double movedRevenue() const { return m_transitions.movedRevenue; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 cellCustomers(int row, int column) const;

    Rfm::Transitions m_transitions;
    QList<int> m_rows;
    QList<int> m_columns;
    QStringList m_fromNames;    ///< by segment index
    QStringList m_toNames;
};

} // namespace Portrait::Ui
