#pragma once

#include "rfm/rfmresult.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace Portrait::Ui {

/// Segment sizes of the committed result next to those of a preview (a cut line being dragged):
/// one row per rule of the scheme, then the fallback.
class SegmentPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Segment, Customers, Preview, Change, ColumnCount };
    /// The unformatted number of a cell (customers, preview customers, change).
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit SegmentPreviewModel(QObject *parent = nullptr);

    /// Customers per segment (rules, then the fallback); unscored customers are not counted.
    static std::vector<qint64> segmentCounts(const Rfm::RfmResult &result);

    void setResult(const Rfm::RfmResult &committed, bool chinese);
    /// Shows preview's sizes next to the committed ones; nullptr hides them. A preview with
    /// another scheme than the committed result is ignored.
    void setPreview(const Rfm::RfmResult *preview);
    void clear();
    bool hasPreview() const { return m_preview.has_value(); }

    qint64 customers(int segment) const;
    /// The preview's size of a segment, or the committed one when there is no preview.
    qint64 previewCustomers(int segment) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;

    QStringList m_names;
    QStringList m_colors;
    std::vector<qint64> m_committed;
    std::optional<std::vector<qint64>> m_preview;
};

} // namespace Portrait::Ui
