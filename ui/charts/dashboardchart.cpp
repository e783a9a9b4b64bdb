#include "dashboardchart.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

namespace Portrait::Ui {

DashboardChart::DashboardChart(QObject *parent) : QObject(parent) { }

void DashboardChart::render(QPainter *painter, const QRectF &target, qreal textScale)
{
    const qreal scale = textScale > 0 ? textScale : 1.0;
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    const QRectF area(QPointF(0, 0), target.size() / scale);
    painter->fillRect(area, Qt::white);

    QFont titleFont = QGuiApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    const QFontMetricsF metrics(titleFont, painter->device());
    const qreal margin = 12;
    const QRectF titleRect(margin, margin * 0.75, area.width() - 2 * margin, metrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(title(), Qt::ElideRight, titleRect.width()));

    painter->setFont(QGuiApplication::font());
    const QRectF body(0, titleRect.bottom() + margin * 0.5, area.width(), area.height() - titleRect.bottom() - margin * 0.5);
    if (body.height() > 1 && body.width() > 1)
        renderBody(painter, body);
    painter->restore();
}

} // namespace Portrait::Ui
