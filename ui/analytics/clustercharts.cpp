#include "clustercharts.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr double PointRadius = 5;

/// Maps a value range onto a pixel range, with a margin so points do not sit on the frame.
struct Axis
{
    double low = 0;
    double high = 1;
    double from = 0;
    double to = 1;

    double map(double v) const { return high > low ? from + (v - low) / (high - low) * (to - from) : (from + to) / 2; }
};

QString format(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QColor clusterColor(int cluster)
{
    // Qualitative, distinguishable on white, the first eight the most distinct (k by silhouette ≤ 8).
    static const QList<QColor> palette { QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c), QColor(0xff7f0e),
                                         QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x17becf),
                                         QColor(0xbcbd22), QColor(0x7f7f7f) };
    return palette.at(std::max(0, cluster) % palette.size());
}

SilhouetteCurve::SilhouetteCurve(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(150);
    setMouseTracking(true);
}

void SilhouetteCurve::setCandidates(const QList<Analytics::KCandidate> &candidates, int chosenK, const QList<int> &clickable)
{
    m_candidates = candidates;
    m_chosen = chosenK;
    m_clickable = clickable;
    update();
}

QRectF SilhouetteCurve::plotRect() const
{
    const QFontMetrics fm(font());
    return QRectF(rect()).adjusted(fm.horizontalAdvance(u"-0.00"_s) + 12, fm.height() + 8, -12, -2 * fm.height() - 8);
}

QPointF SilhouetteCurve::pointOf(int k) const
{
    if (m_candidates.isEmpty())
        return {};
    const QRectF plot = plotRect();
    double low = 0, high = 0;
    for (const Analytics::KCandidate &c : m_candidates) {
        low = std::min(low, c.silhouette);
        high = std::max(high, c.silhouette);
    }
    high = std::max(high + 0.05, 0.1);
    const Axis x { double(m_candidates.first().k), double(m_candidates.last().k), plot.left() + 10, plot.right() - 10 };
    const Axis y { low, high, plot.bottom(), plot.top() };
    for (const Analytics::KCandidate &c : m_candidates) {
        if (c.k == k)
            return { x.map(c.k), y.map(c.silhouette) };
    }
    return {};
}

int SilhouetteCurve::kAt(const QPointF &pos) const
{
    for (const Analytics::KCandidate &c : m_candidates) {
        const QPointF p = pointOf(c.k);
        if (std::hypot(p.x() - pos.x(), p.y() - pos.y()) <= PointRadius + 5)
            return c.k;
    }
    return 0;
}

void SilhouetteCurve::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QRectF plot = plotRect();
    const QFontMetrics fm(font());
    p.setPen(palette().text().color());
    p.drawText(QRectF(0, 2, width(), fm.height()), Qt::AlignHCenter, tr("Silhouette by number of clusters"));
    if (m_candidates.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("With k chosen automatically, the silhouette of each k from 2 to 8 is drawn here."));
        return;
    }
    p.setPen(QPen(palette().mid().color(), 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    QPainterPath line;
    for (const Analytics::KCandidate &c : m_candidates) {
        const QPointF pt = pointOf(c.k);
        line.isEmpty() ? line.moveTo(pt) : line.lineTo(pt);
        p.setPen(palette().text().color());
        p.drawText(QRectF(pt.x() - 20, plot.bottom() + 2, 40, fm.height()), Qt::AlignCenter, QString::number(c.k));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 4, plot.width(), fm.height()), Qt::AlignCenter,
               tr("k (number of clusters)"));
    p.setPen(QPen(QColor(0x1f77b4), 2));
    p.drawPath(line);
    for (const Analytics::KCandidate &c : m_candidates) {
        const QPointF pt = pointOf(c.k);
        const bool chosen = c.k == m_chosen;
        p.setPen(QPen(QColor(0x1f77b4), chosen ? 3 : 1.5));
        p.setBrush(chosen ? QColor(0xd62728) : palette().base().color());
        p.drawEllipse(pt, chosen ? PointRadius + 2 : PointRadius, chosen ? PointRadius + 2 : PointRadius);
        p.setPen(palette().text().color());
        p.drawText(QRectF(pt.x() - 30, pt.y() - fm.height() - 8, 60, fm.height()), Qt::AlignCenter,
                   format(c.silhouette, 2));
    }
}

bool SilhouetteCurve::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int k = kAt(help->pos());
        const auto it = std::find_if(m_candidates.begin(), m_candidates.end(),
                                     [k](const Analytics::KCandidate &c) { return c.k == k; });
        if (it == m_candidates.end()) {
            QToolTip::hideText();
            return true;
        }
        QString text = tr("k = %1: silhouette %2, inertia %3").arg(k).arg(format(it->silhouette, 3), format(it->inertia, 1));
        if (m_clickable.contains(k) && k != m_chosen)
            text += u'\n' + tr("Click to use these %1 clusters.").arg(k);
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void SilhouetteCurve::mousePressEvent(QMouseEvent *event)
{
    const int k = kAt(event->position());
    if (k > 0 && m_clickable.contains(k) && k != m_chosen)
        Q_EMIT kClicked(k);
}

ClusterScatter::ClusterScatter(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(260, 200);
}

void ClusterScatter::setPoints(std::vector<std::array<double, 2>> points, std::vector<qint16> labels,
                               std::vector<std::array<double, 2>> centres, const QStringList &names,
                               const std::array<double, 2> &explained)
{
    m_points = std::move(points);
    m_labels = std::move(labels);
    m_centres = std::move(centres);
    m_names = names;
    m_explained = explained;
    update();
}

void ClusterScatter::setNames(const QStringList &names)
{
    m_names = names;
    update();
}

void ClusterScatter::clear()
{
    setPoints({}, {}, {}, {}, { 0, 0 });
}

void ClusterScatter::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const QRectF plot = QRectF(rect()).adjusted(fm.height() + 8, 8, -8, -fm.height() - 8);
    if (m_points.empty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, tr("No clusters yet: choose the features and k, then Fit."));
        return;
    }
    double xl = 0, xh = 0, yl = 0, yh = 0;
    for (const auto &pt : m_points) {
        xl = std::min(xl, pt[0]), xh = std::max(xh, pt[0]);
        yl = std::min(yl, pt[1]), yh = std::max(yh, pt[1]);
    }
    const Axis x { xl, xh, plot.left() + 6, plot.right() - 6 };
    const Axis y { yl, yh, plot.bottom() - 6, plot.top() + 6 };
    p.setPen(QPen(palette().mid().color(), 1));
    p.drawRect(plot);
    p.setPen(Qt::NoPen);
    for (size_t i = 0; i < m_points.size(); ++i) {
        QColor c = clusterColor(m_labels[i]);
        c.setAlpha(110);
        p.setBrush(c);
        p.drawEllipse(QPointF(x.map(m_points[i][0]), y.map(m_points[i][1])), 2.2, 2.2);
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    for (size_t i = 0; i < m_centres.size(); ++i) {
        const QPointF c(x.map(m_centres[i][0]), y.map(m_centres[i][1]));
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(clusterColor(int(i)));
        p.drawEllipse(c, 10, 10);
        p.setPen(Qt::white);
        p.drawText(QRectF(c.x() - 10, c.y() - 10, 20, 20), Qt::AlignCenter, QString::number(i + 1));
    }
    p.setFont(font());
    p.setPen(palette().text().color());
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()), Qt::AlignCenter,
               tr("Principal axis 1 (%1% of the spread)").arg(format(m_explained[0] * 100, 0)));
    p.save();
    p.translate(fm.height() / 2.0 + 2, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -fm.height() / 2.0, plot.height(), fm.height()), Qt::AlignCenter,
               tr("Principal axis 2 (%1%)").arg(format(m_explained[1] * 100, 0)));
    p.restore();
    paintLegend(p, plot);
}

void ClusterScatter::paintLegend(QPainter &p, const QRectF &plot) const
{
    const QFontMetrics fm(font());
    double width = 0;
    for (qsizetype i = 0; i < m_names.size(); ++i)
        width = std::max(width, double(fm.horizontalAdvance(u"%1 %2"_s.arg(i + 1).arg(m_names.at(i)))));
    const QRectF box(plot.right() - width - 34, plot.top() + 6, width + 28, m_names.size() * (fm.height() + 2) + 8);
    QColor background = palette().base().color();
    background.setAlpha(220);
    p.setPen(QPen(palette().mid().color(), 1));
    p.setBrush(background);
    p.drawRect(box);
    for (qsizetype i = 0; i < m_names.size(); ++i) {
        const double top = box.top() + 4 + double(i) * (fm.height() + 2);
        p.setPen(Qt::NoPen);
        p.setBrush(clusterColor(int(i)));
        p.drawEllipse(QPointF(box.left() + 10, top + fm.height() / 2.0), 5, 5);
        p.setPen(palette().text().color());
        p.drawText(QRectF(box.left() + 20, top, width + 8, fm.height()), Qt::AlignVCenter,
                   u"%1 %2"_s.arg(i + 1).arg(m_names.at(i)));
    }
}

} // namespace Portrait::Ui
