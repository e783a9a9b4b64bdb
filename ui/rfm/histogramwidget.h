#pragma once

#include "histogramdata.h"

#include <QList>
#include <QRect>
#include <QWidget>

#include <vector>

class QPainter;

namespace Portrait::Ui {

/// Bars of one metric with the score cut lines drawn on top. A line is dragged with the mouse, or
/// focused (Tab walks the lines) and moved with the arrow keys (Shift or Page Up/Down: ten steps);
/// a held key is one gesture, like a drag. Escape puts a line back where the gesture started.
/// Lines at the same value are pulled apart by the direction of the drag. The widget only moves
/// its own lines and reports; the page decides what a move means.
///
/// From the top: the cut values (staggered on two rows, merged where even that would collide), the
/// line handles, the score of each interval, the bars, the axis. Customers below zero have a bar of
/// their own left of the axis.
class HistogramWidget : public QWidget
{
    Q_OBJECT

public:
    /// One label of cut values as drawn: usually one line's, merged ones list several.
    struct CutLabel
    {
        QRect rect;
        QString text;
        QList<int> lines;
    };

    explicit HistogramWidget(QWidget *parent = nullptr);

    /// How the lines are moved: the tooltip, to which a panel adds what its axis leaves out.
    static QString defaultToolTip();

    void setData(HistogramData data);
    const HistogramData &data() const { return m_data; }
    /// Ascending cut points on the metric's scale; ignored while a gesture is under way.
    void setCuts(const std::vector<double> &cuts);
    const std::vector<double> &cuts() const { return m_cuts; }
    /// Drags on a linear axis of amounts snap to multiples of step; whole-number metrics snap to
    /// whole numbers and a log axis to two significant digits.
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

    /// What the widget draws where, for tests and tooltips: the cut labels, the bars, the score
    /// digits between the lines, and the bar of customers below zero (empty when there are none).
    QList<CutLabel> cutLabels() const;
    QList<QRect> barRects() const;
    QList<QRect> scoreLabelRects() const;
    QRect negativeBarRect() const;
    /// The axis's tick labels as drawn.
    QList<std::pair<QRect, QString>> tickLabels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dragStarted(int line);
    void dragMoved(int line, double value);
    void dragFinished(int line);
    void dragCancelled(int line);

protected:
    bool event(QEvent *event) override;
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
    int lineHeight() const;
    int handleTop() const;
    QRect scoreBand() const;
    QRect plotRect() const;
    void updateAxis();
    /// The lines within grabbing distance of x, nearest first; coinciding lines all.
    QList<int> linesAt(int x) const;
    double snapped(double value) const;
    double stepAt(double value) const;
    void beginGesture(int line);
    void moveLineTo(double value);
    void endGesture();
    void cancelGesture();
    void paintBars(QPainter &p) const;
    void paintAxis(QPainter &p) const;
    void paintLines(QPainter &p) const;

    HistogramData m_data;
    std::vector<double> m_cuts;
    double m_axisLow = 0;    ///< axis coordinates (HistogramData::toAxis)
    double m_axisHigh = 1;
    double m_step = 1;
    bool m_mirrored = false;
    int m_focused = 0;
    int m_dragLine = -1;
    double m_dragStartValue = 0;
    bool m_keyGesture = false;
    /// Lines at one value under a press: which one moves is decided by the first move.
    QList<int> m_pressedLines;
    int m_pressX = 0;
};

} // namespace Portrait::Ui
