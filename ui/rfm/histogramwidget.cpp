#include "histogramwidget.h"

#include "charts/charthelpers.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr int HandleHalfWidth = 5;
constexpr int HandleHeight = 7;
constexpr int GrabDistance = 6;
constexpr int LabelRows = 2;
constexpr int LabelGap = 4;
const QColor LineColor(0xd7, 0x30, 0x1f);
const QColor NegativeColor(0x8c, 0x2d, 0x19);

bool overlaps(const QRect &a, const QRect &b)
{
    return a.adjusted(-LabelGap / 2, 0, LabelGap / 2, 0).intersects(b.adjusted(-LabelGap / 2, 0, LabelGap / 2, 0));
}

} // namespace

HistogramWidget::HistogramWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(defaultToolTip());
}

QString HistogramWidget::defaultToolTip()
{
    return tr("Drag a cut line, or focus it (Tab) and move it with the arrow keys.");
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
    double low = m_data.low();
    double high = m_data.high();
    for (double c : m_cuts) {
        low = std::min(low, c);
        high = std::max(high, c);
    }
    m_axisLow = HistogramData::toAxis(low, m_data.scale);
    m_axisHigh = HistogramData::toAxis(high, m_data.scale);
    if (m_axisHigh <= m_axisLow)
        m_axisHigh = m_axisLow + 1;
}

int HistogramWidget::lineHeight() const
{
    return fontMetrics().height();
}

int HistogramWidget::handleTop() const
{
    return 2 + LabelRows * lineHeight() + 1;
}

QRect HistogramWidget::scoreBand() const
{
    const QRect plot = plotRect();
    return QRect(plot.left(), handleTop() + HandleHeight + 1, plot.width(), lineHeight());
}

QRect HistogramWidget::plotRect() const
{
    // Customers below zero get a bar of their own, left of the axis, with a gap.
    int left = 8;
    if (m_data.negative > 0)
        left += fontMetrics().horizontalAdvance(tr("< 0")) + 12;
    const int top = handleTop() + HandleHeight + 1 + lineHeight() + 2;
    const int bottom = height() - lineHeight() - 4;
    return QRect(QPoint(left, top), QPoint(width() - 9, std::max(top + 10, bottom)));
}

int HistogramWidget::xOf(double value) const
{
    const QRect plot = plotRect();
    const double u = HistogramData::toAxis(value, m_data.scale);
    return plot.left() + int(std::lround((u - m_axisLow) / (m_axisHigh - m_axisLow) * plot.width()));
}

double HistogramWidget::valueAt(int x) const
{
    const QRect plot = plotRect();
    const double u = m_axisLow + double(x - plot.left()) / std::max(1, plot.width()) * (m_axisHigh - m_axisLow);
    return HistogramData::fromAxis(u, m_data.scale);
}

QList<int> HistogramWidget::linesAt(int x) const
{
    int bestDistance = GrabDistance + 1;
    for (double c : m_cuts)
        bestDistance = std::min(bestDistance, std::abs(xOf(c) - x));
    QList<int> lines;
    if (bestDistance > GrabDistance)
        return lines;
    for (int i = 0; i < int(m_cuts.size()); ++i) {
        if (std::abs(xOf(m_cuts[size_t(i)]) - x) == bestDistance)
            lines.append(i);
    }
    return lines;
}

double HistogramWidget::stepAt(double value) const
{
    if (m_data.integral)
        return 1;
    if (m_data.scale == AxisScale::Linear)
        return m_step;
    // Two significant digits, wherever on the log axis the line is: 93 moves by 1, 3,200 by 100.
    return std::max(0.01, std::pow(10.0, std::floor(std::log10(std::abs(value) + 1)) - 1));
}

double HistogramWidget::snapped(double value) const
{
    const double step = stepAt(value);
    return std::round(value / step) * step;
}

void HistogramWidget::beginGesture(int line)
{
    m_pressedLines.clear();
    m_dragLine = line;
    m_focused = line;
    m_dragStartValue = m_cuts[size_t(line)];
    Q_EMIT dragStarted(line);
}

void HistogramWidget::moveLineTo(double value)
{
    const auto i = size_t(m_dragLine);
    // Lines keep their order: a line stops at its neighbours and at the ends of the axis.
    const double axisLow = HistogramData::fromAxis(m_axisLow, m_data.scale);
    const double axisHigh = HistogramData::fromAxis(m_axisHigh, m_data.scale);
    const double lower = i > 0 ? m_cuts[i - 1] : axisLow;
    const double upper = i + 1 < m_cuts.size() ? m_cuts[i + 1] : axisHigh;
    const double next = std::clamp(snapped(value), lower, upper);
    if (next == m_cuts[i])
        return;
    m_cuts[i] = next;
    update();
    Q_EMIT dragMoved(m_dragLine, next);
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
    const int x = event->position().toPoint().x();
    const QList<int> lines = linesAt(x);
    if (event->button() != Qt::LeftButton || lines.isEmpty() || isDragging()) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    if (lines.size() == 1) {
        beginGesture(lines.first());
        return;
    }
    // Several lines under the pointer (equal cut points): the first move says which one is meant.
    m_pressedLines = lines;
    m_pressX = x;
}

void HistogramWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (!m_pressedLines.isEmpty() && x != m_pressX) {
        beginGesture(x > m_pressX ? m_pressedLines.last() : m_pressedLines.first());
        moveLineTo(valueAt(x));
        return;
    }
    if (isDragging() && !m_keyGesture) {
        moveLineTo(valueAt(x));
        return;
    }
    setCursor(!linesAt(x).isEmpty() ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void HistogramWidget::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressedLines.clear();
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
        // Of lines at one value, the one on the side of the move goes: otherwise none could.
        const auto same = [this](int a, int b) { return m_cuts[size_t(a)] == m_cuts[size_t(b)]; };
        while (steps > 0 && m_focused + 1 < int(m_cuts.size()) && same(m_focused, m_focused + 1))
            ++m_focused;
        while (steps < 0 && m_focused > 0 && same(m_focused, m_focused - 1))
            --m_focused;
        m_keyGesture = true;
        beginGesture(m_focused);
    }
    const double current = m_cuts[size_t(m_dragLine)];
    moveLineTo(current + steps * stepAt(current));
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

bool HistogramWidget::event(QEvent *event)
{
    // Over the bar of customers below zero, say who they are.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRect negative = negativeBarRect();
        if (!negative.isEmpty() && negative.adjusted(-4, -plotRect().height(), 4, lineHeight() + 4).contains(help->pos())) {
            QToolTip::showText(help->globalPos(),
                               tr("%n customer(s) with negative net spend: their returns exceed their purchases.",
                                  nullptr, int(m_data.negative)),
                               this);
            return true;
        }
    }
    return QWidget::event(event);
}

QSize HistogramWidget::sizeHint() const
{
    return { 320, 190 };
}

QSize HistogramWidget::minimumSizeHint() const
{
    return { 160, 4 * lineHeight() + HandleHeight + 50 };
}

QList<QRect> HistogramWidget::barRects() const
{
    QList<QRect> rects;
    const qint64 peak = std::max(m_data.maxCount(), m_data.negative);
    if (peak <= 0)
        return rects;
    const QRect plot = plotRect();
    for (size_t b = 0; b < m_data.counts.size(); ++b) {
        const qint64 count = m_data.counts[b];
        if (count == 0) {
            rects.append(QRect());
            continue;
        }
        const int x0 = xOf(m_data.edges[b]);
        const int x1 = std::max(x0 + 1, xOf(m_data.edges[b + 1]) - (xOf(m_data.edges[b + 1]) - x0 > 2 ? 1 : 0));
        const int height = std::max(1, int(std::lround(double(count) / double(peak) * (plot.height() - 2))));
        rects.append(QRect(QPoint(x0, plot.bottom() - height + 1), QPoint(x1 - 1, plot.bottom())));
    }
    return rects;
}

QRect HistogramWidget::negativeBarRect() const
{
    if (m_data.negative <= 0)
        return {};
    const QRect plot = plotRect();
    const qint64 peak = std::max(m_data.maxCount(), m_data.negative);
    const int height = std::max(2, int(std::lround(double(m_data.negative) / double(peak) * (plot.height() - 2))));
    const int width = fontMetrics().horizontalAdvance(tr("< 0"));
    return QRect(QPoint(8, plot.bottom() - height + 1), QPoint(8 + width, plot.bottom()));
}

QList<QRect> HistogramWidget::scoreLabelRects() const
{
    QList<QRect> rects;
    const QRect band = scoreBand();
    const int intervals = int(m_cuts.size()) + 1;
    int left = band.left();
    for (int k = 0; k < intervals; ++k) {
        const int right = k < int(m_cuts.size()) ? xOf(m_cuts[size_t(k)]) : band.right();
        const int w = fontMetrics().horizontalAdvance(u'5') + 2;
        // A digit where its interval is wide enough, beside the line handles, never over a bar.
        if (right - left > w + 4)
            rects.append(QRect((left + right - w) / 2, band.top(), w, band.height()));
        else
            rects.append(QRect());
        left = right;
    }
    return rects;
}

QList<HistogramWidget::CutLabel> HistogramWidget::cutLabels() const
{
    // Left to right; a label that would collide goes to the second row, and when both rows are
    // taken there it joins its neighbour ("1 · 2"): values are never printed over each other.
    std::vector<int> order(m_cuts.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_cuts[size_t(a)] < m_cuts[size_t(b)]; });
    const int h = lineHeight();
    std::array<QList<CutLabel>, LabelRows> rows;
    const auto place = [this, h](CutLabel &label, int row) {
        int sum = 0;
        for (int line : std::as_const(label.lines))
            sum += xOf(m_cuts[size_t(line)]);
        const int centre = sum / int(label.lines.size());
        const int w = fontMetrics().horizontalAdvance(label.text);
        const int left = std::clamp(centre - w / 2, 0, std::max(0, width() - w));
        label.rect = QRect(left, 2 + row * h, w, h);
    };
    for (int line : order) {
        const QString text = cutNumber(m_cuts[size_t(line)], m_data.integral);
        // Equal values share one label.
        bool shared = false;
        for (auto &row : rows) {
            for (CutLabel &label : row) {
                if (m_cuts[size_t(label.lines.last())] == m_cuts[size_t(line)]) {
                    label.lines.append(line);
                    shared = true;
                }
            }
        }
        if (shared)
            continue;
        CutLabel label { {}, text, { line } };
        bool placed = false;
        for (int row = 0; row < LabelRows && !placed; ++row) {
            place(label, row);
            if (rows[size_t(row)].isEmpty() || !overlaps(rows[size_t(row)].last().rect, label.rect)) {
                rows[size_t(row)].append(label);
                placed = true;
            }
        }
        if (placed)
            continue;
        // Merge into the last label of the second row, then keep merging while it collides.
        QList<CutLabel> &last = rows[LabelRows - 1];
        CutLabel merged = last.takeLast();
        merged.text += u" · "_s + text;
        merged.lines.append(line);
        place(merged, LabelRows - 1);
        while (!last.isEmpty() && overlaps(last.last().rect, merged.rect)) {
            CutLabel previous = last.takeLast();
            merged.text = previous.text + u" · "_s + merged.text;
            merged.lines = previous.lines + merged.lines;
            place(merged, LabelRows - 1);
        }
        last.append(merged);
    }
    QList<CutLabel> all;
    for (const auto &row : rows)
        all += row;
    return all;
}

QList<std::pair<QRect, QString>> HistogramWidget::tickLabels() const
{
    const double low = HistogramData::fromAxis(m_axisLow, m_data.scale);
    const double high = HistogramData::fromAxis(m_axisHigh, m_data.scale);
    std::vector<double> ticks;
    if (m_data.scale == AxisScale::Log) {
        ticks = HistogramData::logTicks(low, high);
    } else {
        const double step = std::max(BarCharts::roundStep(low, high, 6), m_data.integral ? 1.0 : 0.0);
        for (double v = std::ceil(low / step) * step; v <= high + step * 1e-9; v += step)
            ticks.push_back(v);
    }
    const QRect plot = plotRect();
    const int top = plot.bottom() + 3;
    QList<std::pair<QRect, QString>> labels;
    const auto add = [&](double value, const QString &text) {
        const int w = fontMetrics().horizontalAdvance(text);
        const int left = std::clamp(xOf(value) - w / 2, plot.left() - 4, std::max(0, width() - w));
        const QRect rect(left, top, w, lineHeight());
        for (const auto &[other, _] : std::as_const(labels)) {
            if (overlaps(other, rect))
                return false;
        }
        labels.append({ rect, text });
        return true;
    };
    // The clip value first: it must show, marked "+" for the customers above it.
    if (m_data.isClipped())
        add(m_data.clipValue, tr("%1+").arg(cutNumber(m_data.clipValue, m_data.integral)));
    for (double v : ticks)
        add(v, cutNumber(v, m_data.integral || std::round(v) == v));
    std::sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) { return a.first.left() < b.first.left(); });
    return labels;
}

void HistogramWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    paintBars(p);
    paintAxis(p);
    paintLines(p);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void HistogramWidget::paintBars(QPainter &p) const
{
    QColor bar = palette().color(QPalette::Highlight);
    bar.setAlpha(150);
    const QList<QRect> bars = barRects();
    for (qsizetype b = 0; b < bars.size(); ++b) {
        if (bars.at(b).isEmpty())
            continue;
        p.fillRect(bars.at(b), bar);
        // The last bar also holds the clipped tail: hatch it so it does not read as one value.
        if (b == bars.size() - 1 && m_data.isClipped())
            p.fillRect(bars.at(b), QBrush(palette().color(QPalette::Text), Qt::BDiagPattern));
    }
    if (const QRect negative = negativeBarRect(); !negative.isEmpty()) {
        QColor fill = NegativeColor;
        fill.setAlpha(170);
        p.fillRect(negative, fill);
        p.fillRect(negative, QBrush(Qt::white, Qt::BDiagPattern));
    }
}

void HistogramWidget::paintAxis(QPainter &p) const
{
    const QRect plot = plotRect();
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.setPen(palette().color(QPalette::Text));
    for (const auto &[rect, text] : tickLabels())
        p.drawText(rect, Qt::AlignCenter, text);
    if (const QRect negative = negativeBarRect(); !negative.isEmpty()) {
        p.setPen(NegativeColor);
        p.drawText(QRect(negative.left(), plot.bottom() + 3, negative.width(), lineHeight()), Qt::AlignCenter,
                   tr("< 0"));
        // Their number above the bar: a handful of customers is a bar too low to see.
        const QString count = QLocale().toString(m_data.negative);
        const int w = fontMetrics().horizontalAdvance(count);
        p.drawText(QRect(negative.center().x() - w / 2, negative.top() - lineHeight() - 1, w, lineHeight()),
                   Qt::AlignCenter, count);
    }
}

void HistogramWidget::paintLines(QPainter &p) const
{
    // Score of each interval between the lines, faint, in a band of its own above the bars.
    const QList<QRect> scores = scoreLabelRects();
    p.setPen(palette().color(QPalette::PlaceholderText));
    for (qsizetype k = 0; k < scores.size(); ++k) {
        if (scores.at(k).isEmpty())
            continue;
        const int score = m_mirrored ? int(scores.size() - k) : int(k + 1);
        p.drawText(scores.at(k), Qt::AlignCenter, QString::number(score));
    }
    const QRect plot = plotRect();
    const int top = handleTop();
    for (int i = 0; i < int(m_cuts.size()); ++i) {
        const int x = xOf(m_cuts[size_t(i)]);
        const bool active = i == m_dragLine || (hasFocus() && i == m_focused);
        p.setPen(QPen(LineColor, active ? 3 : 2));
        p.drawLine(x, top + HandleHeight, x, plot.bottom());
        const QRect handle(x - HandleHalfWidth, top, 2 * HandleHalfWidth, HandleHeight);
        p.fillRect(handle, active ? LineColor : LineColor.lighter(140));
    }
    p.setPen(palette().color(QPalette::Text));
    for (const CutLabel &label : cutLabels())
        p.drawText(label.rect, Qt::AlignCenter, label.text);
}

} // namespace Portrait::Ui
