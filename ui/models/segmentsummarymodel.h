#pragma once

#include "common/currency.h"
#include "rfm/rfmresult.h"

#include <QAbstractTableModel>
#include <QColor>

namespace Portrait::Ui {

/// One row per segment of an RFM result: size, shares, medians and the suggested action.
class SegmentSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Segment, Customers, CustomerShare, Revenue, RevenueShare, Recency, Frequency, Monetary, Action,
                  ColumnCount };
    /// The unformatted value of a cell, for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    /// The row's rule index in the scheme (rules.size() for the fallback).
    static constexpr int RuleRole = Qt::UserRole + 2;

    explicit SegmentSummaryModel(QObject *parent = nullptr);

    void setResult(const Rfm::RfmResult &result, bool chinese);
    /// The same with the result's summary already made (Rfm::summarize).
    void setResult(const Rfm::RfmResult &result, QList<Rfm::SegmentSummary> summary, bool chinese);
    void clear();
    /// Names the project's currency in the revenue and spend headers.
    void setCurrency(Currency currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;
    QString displayValue(int row, int column) const;

    QList<Rfm::SegmentSummary> m_rows;
    QStringList m_actions;
    QList<QColor> m_colors;   ///< the dashboard's: SegmentPalette, grey for the fallback
    Currency m_currency = Currency::None;
};

} // namespace Portrait::Ui
