#include "qtchartschart.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

namespace Portrait::Ui {

QWidget *QtChartsChart::createWidget(QWidget *parent)
{
    auto *view = new QChartView(buildChart(), parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    connect(this, &DashboardChart::changed, view, [this, view] {
        QChart *old = view->chart();
        view->setChart(buildChart());   // the view releases, but does not delete, the old chart
        delete old;
    });
    return view;
}

void QtChartsChart::applyStyle(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocalizeNumbers(true);
    chart->legend()->setFont(chart->font());
}

void QtChartsChart::renderBody(QPainter *painter, const QRectF &body)
{
    // A fresh chart in a private scene: rendering never disturbs a view, and works headless.
    QGraphicsScene scene;
    QChart *chart = buildChart();
    scene.addItem(chart);   // the scene deletes the chart
    const QRectF area(QPointF(0, 0), body.size());
    chart->setGeometry(area);
    chart->layout()->activate();
    scene.setSceneRect(area);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, body, area, Qt::IgnoreAspectRatio);
    painter->restore();
}

} // namespace Portrait::Ui
