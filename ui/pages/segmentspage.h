#pragma once

#include <QWidget>

#include <array>

class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace Portrait::Ui {

class ChartCard;
class DashboardChart;
class SegmentSummaryModel;
class WorkbenchSession;

/// The segment dashboard: chart cards (sizes, treemap, shares, tiers, R×F heatmap, medians, R/F/M
/// distributions, scatter) and the segment summary table, for the session's current result.
/// Clicking a segment anywhere emits segmentActivated(), a heatmap cell scoreCellActivated().
/// The cards stand in two columns when the page is wide enough for them, in one otherwise: the page
/// never scrolls sideways.
class SegmentsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Chart {
        SegmentSizes,
        Treemap,
        Shares,
        Tiers,
        Heatmap,
        Medians,
        RecencyHistogram,
        FrequencyHistogram,
        MonetaryHistogram,
        Scatter,
        Count
    };

    explicit SegmentsPage(WorkbenchSession *session, QWidget *parent = nullptr);

    /// Rebuilds the charts now if the result changed since they were built. The page does it by
    /// itself when shown, and on the next event loop turn while visible.
    void refresh();
    bool isStale() const { return m_stale; }

    ChartCard *card(Chart chart) const { return m_cards[size_t(chart)]; }
    DashboardChart *chart(Chart chart) const;
    SegmentSummaryModel *summaryModel() const { return m_summary; }
    QTableView *summaryTable() const { return m_table; }
    /// 2 when the cards stand side by side, 1 when they are stacked.
    int columnCount() const { return m_columns; }
    QScrollArea *scrollArea() const { return m_scroll; }

Q_SIGNALS:
    /// A segment (rule index; rules.size() for the fallback) was clicked: open its customers.
    void segmentActivated(int segment);
    /// The heatmap's cell of R score r and F score f was clicked: open the customers scored so.
    void scoreCellActivated(int r, int f);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onResultChanged();
    void rebuild();
    void fitTableHeight();
    /// Re-places the cards in one or two columns to fit the viewport; the charts stay as they are.
    void arrange();
    void arrangeLater();
    /// The narrowest the scroll viewport can be for two columns: each card at least as wide as it
    /// needs and as reads well.
    int twoColumnWidth() const;

    WorkbenchSession *m_session = nullptr;
    QStackedWidget *m_stack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    bool m_arrangeQueued = false;
    QLabel *m_empty = nullptr;
    QLabel *m_summaryLine = nullptr;
    std::array<ChartCard *, size_t(Chart::Count)> m_cards {};
    SegmentSummaryModel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    bool m_stale = true;
    bool m_refreshQueued = false;
};

} // namespace Portrait::Ui
