#include "paintedchart.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QToolTip>
#include <QWidget>

namespace Portrait::Ui {

namespace {

class PaintedChartView : public QWidget
{
public:
    PaintedChartView(PaintedChart *chart, QWidget *parent) : QWidget(parent), m_chart(chart)
    {
        setMouseTracking(true);
        setMinimumSize(240, 160);
        QObject::connect(chart, &DashboardChart::changed, this, qOverload<>(&QWidget::update));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_chart)
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(rect(), Qt::white);
        m_chart->paint(&painter, QRectF(rect()));
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const bool clickable = m_chart && m_chart->isClickable(QRectF(rect()), event->position());
        setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }

    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_chart && event->button() == Qt::LeftButton)
            m_chart->click(QRectF(rect()), event->position());
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip && m_chart) {
            auto *help = static_cast<QHelpEvent *>(event);
            const QString text = m_chart->hitTest(QRectF(rect()), QPointF(help->pos())).toolTip;
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        return QWidget::event(event);
    }

private:
    QPointer<PaintedChart> m_chart;
};

} // namespace

bool PaintedChart::isClickable(const QRectF &body, const QPointF &pos) const
{
    return hitTest(body, pos).segment >= 0;
}

void PaintedChart::click(const QRectF &body, const QPointF &pos)
{
    const int segment = hitTest(body, pos).segment;
    if (segment >= 0)
        Q_EMIT segmentClicked(segment);
}

QWidget *PaintedChart::createWidget(QWidget *parent)
{
    return new PaintedChartView(this, parent);
}

} // namespace Portrait::Ui
