#pragma once

#include <QWidget>

class QTabWidget;

namespace Portrait::Ui {

class ClusteringPanel;
class WorkbenchSession;

/// The Analytics page: a tab per analysis of the open project's customers (k-means clusters
/// first). A thin container: each tab is a panel of its own over the shared session.
class AnalyticsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsPage(WorkbenchSession *session, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    ClusteringPanel *clusteringPanel() const { return m_clustering; }
    /// Adds an analysis as a further tab.
    void addPanel(QWidget *panel, const QString &title);

private:
    QTabWidget *m_tabs;
    ClusteringPanel *m_clustering;
};

} // namespace Portrait::Ui
