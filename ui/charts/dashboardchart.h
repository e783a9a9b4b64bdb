#pragma once

#include <QList>
#include <QObject>
#include <QRectF>
#include <QSize>
#include <QString>

class QAction;
class QPainter;
class QWidget;

namespace Portrait::Ui {

/// One chart of the segment dashboard, made standalone from its data: the page shows it in a card,
/// the export writes it to a file, and presentation mode and the PDF report can draw it full size.
/// Concrete charts are either Qt Charts views (QtChartsChart) or painted by us (PaintedChart).
class DashboardChart : public QObject
{
    Q_OBJECT

public:
    explicit DashboardChart(QObject *parent = nullptr);

    /// Translated, one line; names the data too when it matters ("sampled 50,000 of 1,000,000").
    virtual QString title() const = 0;
    /// An interactive view without the title (the card shows it). Clicks on a segment emit
    /// segmentClicked(); the view follows option changes by itself.
    virtual QWidget *createWidget(QWidget *parent) = 0;
    /// View options the card offers as exclusive buttons (heatmap measure, scatter axes); owned
    /// by the chart. Picking one changes the chart and emits changed().
    virtual QList<QAction *> options() const { return {}; }
    /// A size in logical pixels the chart reads well at, for exports made without a view.
    virtual QSize preferredSize() const { return { 720, 440 }; }

    /// Draws the chart, title included, on a white background filling target, at any size and on
    /// any paint device (image, SVG, PDF, printer). textScale > 1 makes all type and marks that
    /// much larger: the chart is laid out at target.size() / textScale and painted scaled up.
    void render(QPainter *painter, const QRectF &target, qreal textScale = 1.0);

Q_SIGNALS:
    /// A segment (rule index; rules.size() for the fallback) was clicked in a view.
    void segmentClicked(int segment);
    /// The title or the content changed: an option was picked.
    void changed();

protected:
    /// Draws everything below the title into body (logical coordinates, background already white).
    virtual void renderBody(QPainter *painter, const QRectF &body) = 0;
};

} // namespace Portrait::Ui
