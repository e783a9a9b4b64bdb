#pragma once

#include "common/currency.h"
#include "analytics/clustering.h"
#include "analytics/lifetimevalue.h"
#include "model/customerframe.h"
#include "rfm/rfmresult.h"

#include <QAbstractTableModel>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Portrait::Ui {

/// Which customers the table shows.
struct CustomerFilter
{
    int segment = -2;     ///< rule index, rules.size() for the fallback, -1 unscored, -2 any
    int tier = -2;        ///< 2 高, 1 中, 0 低, -1 unscored, -2 any
    QString text;         ///< matched against id, name, phone, e-mail, province, city and merged ids
    /// Per Rfm::Dimension: only customers scored exactly this (1..bins); nullopt = any. Set, it
    /// leaves out the unscored customers. The R × F heatmap's cells open their customers with it.
    std::array<std::optional<int>, 3> scores {};
    int cluster = -2;     ///< index into the clustering's clusters, -1 in none, -2 any
    /// Set: only the frame rows marked 1 (e.g. the customers of one flow of a migration).
    std::shared_ptr<const std::vector<quint8>> rows {};

    bool hasScores() const { return scores[0] || scores[1] || scores[2]; }
};

/// A filter as the Customers page shows it: with the text that names its rows.
struct CustomerFilterState
{
    CustomerFilter filter;
    QString rowsLabel;   ///< the indicator's text while filter.rows is set
};

/// The customers of the in-memory frame with their RFM results. Filtering and sorting work on
/// an index of frame rows, so a million customers sort and scroll without copying them.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Every column of the frame and the result; the column chooser offers them all. A new column
    /// only needs its entry here and in rawValue(), displayValue() and headerData().
    enum Column { Id, Name, Gender, Age, Province, City, Phone, Email, Recency, Frequency, Monetary,
                  AverageOrderValue, RScore, FScore, MScore, Code, Score, Tier, Segment, Tags, Cluster,
                  PAlive, ExpectedPurchases90d, Clv, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;
    /// The customer's row in the frame, for the customer card.
    static constexpr int FrameRowRole = Qt::UserRole + 2;
    /// headerData(): true for columns the table starts hidden (the chooser shows them).
    static constexpr int HiddenByDefaultRole = Qt::UserRole + 3;
    /// headerData(): the column's identity (its Column value), kept when columns are added before it.
    static constexpr int ColumnKeyRole = Qt::UserRole + 4;
    /// What a customer's tags column says: the tags' paths, by frame row.
    using TagText = std::function<QString(qint32 frameRow)>;

    explicit CustomerTableModel(QObject *parent = nullptr);

    void setData(std::shared_ptr<const Model::CustomerFrame> frame, std::shared_ptr<const Rfm::RfmResult> result,
                 bool chineseNames);
    /// New data under a new filter: one pass over the customers instead of two.
    void setData(std::shared_ptr<const Model::CustomerFrame> frame, std::shared_ptr<const Rfm::RfmResult> result,
                 bool chineseNames, const CustomerFilter &filter);
    void setFilter(const CustomerFilter &filter);
    /// Where the tags column's text comes from (the tags page); call tagsChanged() when it changes.
    void setTagText(TagText text);
    void tagsChanged();
    /// Names the currency in the spend headers.
    void setCurrency(Currency currency);
    /// Phone numbers and e-mail addresses in full (true) or masked as in exports (138****5678).
    void setPersonalDataShown(bool shown);
    bool isPersonalDataShown() const { return m_personalShown; }
    /// The workbench's clustering, for the cluster column and filter; null for none. Ignored when
    /// it does not cover the frame's customers.
    void setClusters(std::shared_ptr<const Analytics::Clustering> clustering);
    const Analytics::Clustering *clusters() const;
    /// The lifetime model's scores per frame row for the P(alive), expected purchases and CLV
    /// columns; null (or scores of another frame): those columns are empty.
    void setLifetime(std::shared_ptr<const Analytics::LifetimeScores> lifetime);
    const CustomerFilter &filter() const { return m_filter; }
    /// Frame rows of the customers shown, in display order (for exports of the filtered list).
    const std::vector<qint32> &visibleRows() const { return m_rows; }
    const Model::CustomerFrame *frame() const { return m_frame.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant rawValue(qint32 row, int column) const;
    static bool isNumeric(int column);
    static bool isText(int column);
    QVariant lifetimeValue(qint32 row, int column) const;
    QString displayValue(qint32 row, int column) const;
    bool matches(qint32 row) const;
    void rebuildRows();
    void sortRows(int column, Qt::SortOrder order);

    std::shared_ptr<const Model::CustomerFrame> m_frame;
    std::shared_ptr<const Rfm::RfmResult> m_result;
    std::shared_ptr<const Analytics::LifetimeScores> m_lifetime;
    bool m_chinese = false;
    std::shared_ptr<const Analytics::Clustering> m_clusters;
    QStringList m_segmentNames;
    CustomerFilter m_filter;
    std::vector<qint32> m_rows;
    TagText m_tagText;
    Currency m_currency = Currency::None;
    bool m_personalShown = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Portrait::Ui
