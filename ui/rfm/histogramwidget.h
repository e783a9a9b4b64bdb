#pragma once

#include "histogramdata.h"

#include <QWidget>

#include <vector>

namespace Portrait::Ui {

/// Bars of one metric with the score cut lines drawn on top. A line is dragged with the mouse, or
/// focused (Tab walks the lines) and moved with the arrow keys (Shift or Page Up/Down: ten steps);
/// a held key is one gesture, like a drag. Escape puts a line back where the gesture started.
/// The widget only moves its own lines and reports; the page decides what a move means.
class HistogramWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HistogramWidget(QWidget *parent = nullptr);

    void setData(HistogramData data);
    const HistogramData &data() const { return m_data; }
    /// Ascending cut points on the metric's scale; ignored while a gesture is under way.
    void setCuts(const std::vector<double> &cuts);
    const std::vector<double> &cuts() const { return m_cuts; }
    /// Drags snap to multiples of step (1 for whole-day and order counts).
    void setSnapStep(double step);
    double snapStep() const { return m_step; }
    /// Recency: more days is a worse score, so the score labels between the lines run downwards.
    void setMirrored(bool mirrored);

    int focusedLine() const { return m_focused; }
    void setFocusedLine(int line);
    bool isDragging() const { return m_dragLine >= 0; }

    /// The horizontal pixel of a metric value, and back: what a test needs to drag a line.
    int xOf(double value) const;
    double valueAt(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dragStarted(int line);
    void dragMoved(int line, double value);
    void dragFinished(int line);
    void dragCancelled(int line);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    QRect plotRect() const;
    void updateAxis();
    int lineAt(int x) const;
    void beginGesture(int line);
    void moveLineTo(double value);
    void endGesture();
    void cancelGesture();
    void paintBars(class QPainter &p, const QRect &plot) const;
    void paintLines(class QPainter &p, const QRect &plot) const;
    void paintLineLabels(class QPainter &p, const QRect &plot) const;

    HistogramData m_data;
    std::vector<double> m_cuts;
    double m_axisLow = 0;
    double m_axisHigh = 1;
    double m_step = 1;
    bool m_mirrored = false;
    int m_focused = 0;
    int m_dragLine = -1;
    double m_dragStartValue = 0;
    bool m_keyGesture = false;
};

} // namespace Portrait::Ui
