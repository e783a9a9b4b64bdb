#pragma once

#include "chartexport.h"

#include <QFrame>
#include <QPointer>

class QHBoxLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace Portrait::Ui {

class DashboardChart;

/// A dashboard tile: the chart's title, its view options, an "Export…" button (PNG, SVG, PDF)
/// and the chart's view.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    explicit ChartCard(QWidget *parent = nullptr);

    /// Shows chart (the card takes ownership and deletes the chart it showed before).
    void setChart(DashboardChart *chart);
    DashboardChart *chart() const { return m_chart; }
    QWidget *view() const { return m_view; }
    /// The size exports are drawn at: the view's, so the file looks like the screen.
    QSize exportSize() const;
    /// Writes the chart to path in format at exportSize().
    Status exportTo(const QString &path, ChartExport::Format format);

private:
    void chooseFileAndExport(ChartExport::Format format);
    void updateTitle();

    QLabel *m_title = nullptr;
    QHBoxLayout *m_options = nullptr;
    QToolButton *m_export = nullptr;
    QVBoxLayout *m_body = nullptr;
    QPointer<DashboardChart> m_chart;
    QPointer<QWidget> m_view;
};

} // namespace Portrait::Ui
