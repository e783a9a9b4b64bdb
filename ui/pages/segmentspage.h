#pragma once

#include <QWidget>

#include <array>

class QLabel;
class QStackedWidget;
class QTableView;

namespace Portrait::Ui {

class ChartCard;
class DashboardChart;
class SegmentSummaryModel;
class WorkbenchSession;

/// The segment dashboard: chart cards (sizes, treemap, shares, tiers, R×F heatmap, medians, R/F/M
/// distributions, scatter) and the segment summary table, for the session's current result.
/// Clicking a segment anywhere emits segmentActivated().
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

Q_SIGNALS:
    /// A segment (rule index; rules.size() for the fallback) was clicked: open its customers.
    void segmentActivated(int segment);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onResultChanged();
    void rebuild();
    void fitTableHeight();

    WorkbenchSession *m_session = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_summaryLine = nullptr;
    std::array<ChartCard *, size_t(Chart::Count)> m_cards {};
    SegmentSummaryModel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    bool m_stale = true;
    bool m_refreshQueued = false;
};

} // namespace Portrait::Ui
