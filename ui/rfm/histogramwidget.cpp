#include "histogramwidget.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Portrait::Ui {

namespace {

constexpr int HandleHalfWidth = 5;
constexpr int GrabDistance = 6;
const QColor LineColor(0xd7, 0x30, 0x1f);

QString axisNumber(double v)
{
    return QLocale().toString(v, 'g', std::abs(v) >= 1e5 ? 3 : 6);
}

} // namespace

HistogramWidget::HistogramWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Drag a cut line, or focus it (Tab) and move it with the arrow keys."));
}

void HistogramWidget::setData(HistogramData data)
{
    m_data = std::move(data);
    updateAxis();
    update();
}

void HistogramWidget::setCuts(const std::vector<double> &cuts)
{
    if (isDragging())
        return;
    m_cuts = cuts;
    m_focused = std::clamp(m_focused, 0, std::max(0, int(m_cuts.size()) - 1));
    updateAxis();
    update();
}

void HistogramWidget::setSnapStep(double step)
{
    m_step = step > 0 ? step : 1;
}

void HistogramWidget::setMirrored(bool mirrored)
{
    m_mirrored = mirrored;
    update();
}

void HistogramWidget::setFocusedLine(int line)
{
    m_focused = std::clamp(line, 0, std::max(0, int(m_cuts.size()) - 1));
    update();
}

void HistogramWidget::updateAxis()
{
    // The axis covers the bars and every cut line, so a line set beyond the clipped tail stays
    // visible and draggable.
    m_axisLow = m_data.low;
    m_axisHigh = m_data.high;
    for (double c : m_cuts) {
        m_axisLow = std::min(m_axisLow, c);
        m_axisHigh = std::max(m_axisHigh, c);
    }
    if (m_axisHigh <= m_axisLow)
        m_axisHigh = m_axisLow + 1;
}

QRect HistogramWidget::plotRect() const
{
    const int labelHeight = fontMetrics().height();
    return rect().adjusted(8, labelHeight + 6, -8, -(labelHeight + 4));
}

int HistogramWidget::xOf(double value) const
{
    const QRect plot = plotRect();
    return plot.left() + int(std::lround((value - m_axisLow) / (m_axisHigh - m_axisLow) * plot.width()));
}

double HistogramWidget::valueAt(int x) const
{
    const QRect plot = plotRect();
    return m_axisLow + double(x - plot.left()) / std::max(1, plot.width()) * (m_axisHigh - m_axisLow);
}

int HistogramWidget::lineAt(int x) const
{
    int best = -1;
    int bestDistance = GrabDistance + 1;
    for (int i = 0; i < int(m_cuts.size()); ++i) {
        const int distance = std::abs(xOf(m_cuts[size_t(i)]) - x);
        if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void HistogramWidget::beginGesture(int line)
{
    m_dragLine = line;
    m_focused = line;
    m_dragStartValue = m_cuts[size_t(line)];
    Q_EMIT dragStarted(line);
}

void HistogramWidget::moveLineTo(double value)
{
    const auto i = size_t(m_dragLine);
    // Lines keep their order: a line stops at its neighbours and at the ends of the axis.
    const double lower = i > 0 ? m_cuts[i - 1] : m_axisLow;
    const double upper = i + 1 < m_cuts.size() ? m_cuts[i + 1] : m_axisHigh;
    const double snapped = std::clamp(std::round(value / m_step) * m_step, lower, upper);
    if (snapped == m_cuts[i])
        return;
    m_cuts[i] = snapped;
    update();
    Q_EMIT dragMoved(m_dragLine, snapped);
}

void HistogramWidget::endGesture()
{
    const int line = m_dragLine;
    m_dragLine = -1;
    m_keyGesture = false;
    updateAxis();
    update();
    Q_EMIT dragFinished(line);
}

void HistogramWidget::cancelGesture()
{
    const int line = m_dragLine;
    m_cuts[size_t(line)] = m_dragStartValue;
    m_dragLine = -1;
    m_keyGesture = false;
    update();
    Q_EMIT dragCancelled(line);
}

void HistogramWidget::mousePressEvent(QMouseEvent *event)
{
    const int line = lineAt(event->position().toPoint().x());
    if (event->button() != Qt::LeftButton || line < 0 || isDragging()) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    beginGesture(line);
}

void HistogramWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (isDragging() && !m_keyGesture) {
        moveLineTo(valueAt(x));
        return;
    }
    setCursor(lineAt(x) >= 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void HistogramWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && isDragging() && !m_keyGesture)
        endGesture();
}

void HistogramWidget::keyPressEvent(QKeyEvent *event)
{
    int steps = 0;
    switch (event->key()) {
    case Qt::Key_Left: steps = -1; break;
    case Qt::Key_Right: steps = 1; break;
    case Qt::Key_PageDown: steps = -10; break;
    case Qt::Key_PageUp: steps = 10; break;
    case Qt::Key_Escape:
        if (isDragging()) {
            cancelGesture();
            return;
        }
        break;
    default: break;
    }
    if (steps == 0 || m_cuts.empty() || (isDragging() && !m_keyGesture)) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier)
        steps *= 10;
    if (!isDragging()) {
        m_keyGesture = true;
        beginGesture(m_focused);
    }
    moveLineTo(m_cuts[size_t(m_dragLine)] + steps * m_step);
}

void HistogramWidget::keyReleaseEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool moveKey = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_PageUp || key == Qt::Key_PageDown;
    // A held key repeats press/release pairs; only the real release ends the gesture.
    if (moveKey && !event->isAutoRepeat() && m_keyGesture && isDragging()) {
        endGesture();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void HistogramWidget::focusInEvent(QFocusEvent *event)
{
    if (event->reason() == Qt::TabFocusReason)
        m_focused = 0;
    else if (event->reason() == Qt::BacktabFocusReason)
        m_focused = std::max(0, int(m_cuts.size()) - 1);
    QWidget::focusInEvent(event);
    update();
}

void HistogramWidget::focusOutEvent(QFocusEvent *event)
{
    if (m_keyGesture && isDragging())
        endGesture();
    QWidget::focusOutEvent(event);
    update();
}

bool HistogramWidget::focusNextPrevChild(bool next)
{
    // Tab walks the cut lines before it leaves the widget.
    if (hasFocus() && !isDragging()) {
        if (next && m_focused + 1 < int(m_cuts.size())) {
            setFocusedLine(m_focused + 1);
            return true;
        }
        if (!next && m_focused > 0) {
            setFocusedLine(m_focused - 1);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

QSize HistogramWidget::sizeHint() const
{
    return { 320, 170 };
}

QSize HistogramWidget::minimumSizeHint() const
{
    return { 160, 110 };
}

void HistogramWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRect plot = plotRect();
    paintBars(p, plot);

    // Axis: the ends and the middle of the range.
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.setPen(palette().color(QPalette::Text));
    const int textTop = plot.bottom() + 3;
    const int h = fontMetrics().height();
    p.drawText(QRect(plot.left(), textTop, plot.width() / 3, h), Qt::AlignLeft, axisNumber(m_axisLow));
    p.drawText(QRect(plot.left() + plot.width() / 3, textTop, plot.width() / 3, h), Qt::AlignHCenter,
               axisNumber((m_axisLow + m_axisHigh) / 2));
    QString right = axisNumber(m_axisHigh);
    if (m_data.isClipped() && m_axisHigh <= m_data.high)
        right = tr("%1+").arg(right);
    p.drawText(QRect(plot.left() + 2 * plot.width() / 3, textTop, plot.width() - 2 * plot.width() / 3, h),
               Qt::AlignRight, right);
    paintLines(p, plot);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void HistogramWidget::paintBars(QPainter &p, const QRect &plot) const
{
    const qint64 peak = m_data.maxCount();
    if (peak <= 0)
        return;
    QColor bar = palette().color(QPalette::Highlight);
    bar.setAlpha(150);
    const auto bars = int(m_data.counts.size());
    for (int b = 0; b < bars; ++b) {
        const qint64 count = m_data.counts[size_t(b)];
        if (count == 0)
            continue;
        const int x0 = xOf(m_data.low + b * m_data.binWidth);
        const int x1 = std::max(x0 + 1, xOf(m_data.low + (b + 1) * m_data.binWidth) - 1);
        const int height = std::max(1, int(std::lround(double(count) / double(peak) * (plot.height() - 4))));
        const QRect r(QPoint(x0, plot.bottom() - height + 1), QPoint(x1 - 1, plot.bottom()));
        p.fillRect(r, bar);
        // The last bar also holds the clipped tail: hatch it so it does not read as one value.
        if (b == bars - 1 && m_data.isClipped())
            p.fillRect(r, QBrush(palette().color(QPalette::Text), Qt::BDiagPattern));
    }
}

void HistogramWidget::paintLines(QPainter &p, const QRect &plot) const
{
    // Score of each interval between the lines, faint, near the top of the plot.
    const int intervals = int(m_cuts.size()) + 1;
    p.setPen(palette().color(QPalette::PlaceholderText));
    double left = m_axisLow;
    for (int k = 0; k < intervals; ++k) {
        const double right = k < int(m_cuts.size()) ? m_cuts[size_t(k)] : m_axisHigh;
        const int score = m_mirrored ? intervals - k : k + 1;
        const QRect band(QPoint(xOf(left), plot.top()), QPoint(xOf(right), plot.top() + fontMetrics().height()));
        if (band.width() > fontMetrics().horizontalAdvance(u'5') + 2)
            p.drawText(band, Qt::AlignCenter, QString::number(score));
        left = right;
    }

    for (int i = 0; i < int(m_cuts.size()); ++i) {
        const int x = xOf(m_cuts[size_t(i)]);
        const bool active = i == m_dragLine || (hasFocus() && i == m_focused);
        p.setPen(QPen(LineColor, active ? 3 : 2));
        p.drawLine(x, plot.top(), x, plot.bottom());
        const QRect handle(x - HandleHalfWidth, plot.top() - 2, 2 * HandleHalfWidth, 8);
        p.fillRect(handle, active ? LineColor : LineColor.lighter(140));
    }
    paintLineLabels(p, plot);
}

void HistogramWidget::paintLineLabels(QPainter &p, const QRect &plot) const
{
    // Close lines (spend's lower cuts) would print over each other: the active line's label wins,
    // then labels left to right as long as they fit; the spin boxes show every value anyway.
    const int active = m_dragLine >= 0 ? m_dragLine : (hasFocus() ? m_focused : -1);
    QList<int> order;
    if (active >= 0 && active < int(m_cuts.size()))
        order << active;
    for (int i = 0; i < int(m_cuts.size()); ++i) {
        if (i != active)
            order << i;
    }
    QList<QRect> drawn;
    p.setPen(palette().color(QPalette::Text));
    const int h = fontMetrics().height();
    for (int i : order) {
        const QString label = axisNumber(m_cuts[size_t(i)]);
        const int w = fontMetrics().horizontalAdvance(label);
        const int left = std::clamp(xOf(m_cuts[size_t(i)]) - w / 2, 0, std::max(0, width() - w));
        const QRect box(left, plot.top() - 4 - h, w, h);
        const bool overlaps = std::any_of(drawn.begin(), drawn.end(),
                                          [&box](const QRect &r) { return r.adjusted(-3, 0, 3, 0).intersects(box); });
        if (overlaps)
            continue;
        p.drawText(box, Qt::AlignCenter, label);
        drawn << box;
    }
}

} // namespace Portrait::Ui
