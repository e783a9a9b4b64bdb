#include "treemapchart.h"

#include "format/displayformat.h"
#include "segmentpalette.h"

#include <QGuiApplication>

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

struct Item
{
    qsizetype index;
    double area;
};

/// The worst aspect ratio of a row of items laid along a side of length side.
double worstRatio(const std::vector<Item> &row, double side)
{
    double sum = 0, smallest = std::numeric_limits<double>::max(), largest = 0;
    for (const Item &item : row) {
        sum += item.area;
        smallest = std::min(smallest, item.area);
        largest = std::max(largest, item.area);
    }
    if (sum <= 0 || smallest <= 0)
        return std::numeric_limits<double>::max();
    const double s2 = sum * sum, w2 = side * side;
    return std::max(w2 * largest / s2, s2 / (w2 * smallest));
}

/// Places row along the shorter side of free and returns what is left of free.
QRectF placeRow(const std::vector<Item> &row, const QRectF &free, std::vector<TreemapChart::Tile> &tiles)
{
    double sum = 0;
    for (const Item &item : row)
        sum += item.area;
    if (free.width() >= free.height()) {
        const double width = free.height() > 0 ? sum / free.height() : 0;
        double y = free.top();
        for (const Item &item : row) {
            const double height = width > 0 ? item.area / width : 0;
            tiles.push_back({ item.index, QRectF(free.left(), y, width, height) });
            y += height;
        }
        return free.adjusted(width, 0, 0, 0);
    }
    const double height = free.width() > 0 ? sum / free.width() : 0;
    double x = free.left();
    for (const Item &item : row) {
        const double width = height > 0 ? item.area / height : 0;
        tiles.push_back({ item.index, QRectF(x, free.top(), width, height) });
        x += width;
    }
    return free.adjusted(0, height, 0, 0);
}

} // namespace

TreemapChart::TreemapChart(SegmentData data, QObject *parent) : PaintedChart(parent), m_data(std::move(data)) { }

QString TreemapChart::title() const
{
    return tr("Segment sizes (treemap)");
}

std::vector<TreemapChart::Tile> TreemapChart::layout(const QRectF &body) const
{
    const QRectF area = body.adjusted(12, 4, -12, -12);
    std::vector<Item> items;
    qint64 total = 0;
    for (qsizetype i = 0; i < m_data.segments.size(); ++i) {
        if (m_data.segments.at(i).customers > 0) {
            items.push_back({ i, double(m_data.segments.at(i).customers) });
            total += m_data.segments.at(i).customers;
        }
    }
    std::vector<Tile> tiles;
    if (total <= 0 || area.isEmpty())
        return tiles;
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.area > b.area; });
    const double scale = area.width() * area.height() / double(total);
    for (Item &item : items)
        item.area *= scale;

    QRectF free = area;
    std::vector<Item> row;
    for (const Item &item : items) {
        const double side = std::min(free.width(), free.height());
        std::vector<Item> extended = row;
        extended.push_back(item);
        if (row.empty() || worstRatio(extended, side) <= worstRatio(row, side)) {
            row = std::move(extended);
        } else {
            free = placeRow(row, free, tiles);
            row = { item };
        }
    }
    if (!row.empty())
        placeRow(row, free, tiles);
    return tiles;
}

PaintedChart::Hit TreemapChart::hitTest(const QRectF &body, const QPointF &pos) const
{
    const QLocale locale;
    for (const Tile &tile : layout(body)) {
        if (tile.rect.contains(pos)) {
            const SegmentStats &s = m_data.segments.at(tile.index);
            return { s.segment, tr("%1\n%2 customers (%3)\nClick to list them")
                                        .arg(s.name, locale.toString(s.customers), DisplayFormat::percent(s.customerShare)) };
        }
    }
    return {};
}

QString TreemapChart::shortName(const QString &name)
{
    QString shorter = name;
    if (shorter.endsWith(u"客户"_s) && shorter.size() > 3)
        shorter.chop(2);
    QStringList words = shorter.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 1) {
        words.removeIf([](const QString &w) { return w.compare(u"Customers"_s, Qt::CaseInsensitive) == 0
                                                     || w.compare(u"Customer"_s, Qt::CaseInsensitive) == 0; });
        if (!words.isEmpty())
            shorter = words.join(u' ');
    }
    return shorter;
}

QStringList TreemapChart::tileLines(const Tile &tile, QPaintDevice *device) const
{
    const SegmentStats &s = m_data.segments.at(tile.index);
    QFont nameFont = QGuiApplication::font();
    nameFont.setBold(true);
    const QFontMetricsF nameMetrics(nameFont, device);
    const QFontMetricsF shareMetrics(QGuiApplication::font(), device);
    const QRectF text = tile.rect.adjusted(6, 4, -6, -4);
    const QString share = tr("%1 · %2").arg(DisplayFormat::percent(s.customerShare), DisplayFormat::count(s.customers));
    const QString count = DisplayFormat::count(s.customers);
    const auto fits = [&text](const QFontMetricsF &m, const QString &line, int lineCount) {
        return m.horizontalAdvance(line) <= text.width() && m.height() * lineCount <= text.height();
    };
    const QString shortened = shortName(s.name);
    const QList<QStringList> candidates { { s.name, share }, { shortened, share }, { s.name, count },
                                          { shortened, count }, { s.name }, { shortened } };
    for (const QStringList &lines : candidates) {
        if (fits(nameMetrics, lines.at(0), int(lines.size()))
            && (lines.size() < 2 || fits(shareMetrics, lines.at(1), 2)))
            return lines;
    }
    if (fits(shareMetrics, count, 1))
        return { count };
    return {};
}

void TreemapChart::paint(QPainter *painter, const QRectF &body) const
{
    painter->save();
    QFont nameFont = painter->font();
    nameFont.setBold(true);
    const QFont shareFont = painter->font();
    const QFontMetricsF nameMetrics(nameFont, painter->device());
    const QFontMetricsF shareMetrics(shareFont, painter->device());
    for (const Tile &tile : layout(body)) {
        const SegmentStats &s = m_data.segments.at(tile.index);
        painter->setPen(QPen(Qt::white, 2));
        painter->setBrush(s.color);
        painter->drawRect(tile.rect);
        const QStringList lines = tileLines(tile, painter->device());
        const QRectF text = tile.rect.adjusted(6, 4, -6, -4);
        painter->setPen(SegmentPalette::textOn(s.color));
        qreal y = text.top();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            // A name line is bold; a count alone, or the share line, is not.
            const bool isName = i == 0 && !(lines.size() == 1 && lines.at(0) == DisplayFormat::count(s.customers));
            painter->setFont(isName ? nameFont : shareFont);
            const QFontMetricsF &m = isName ? nameMetrics : shareMetrics;
            painter->drawText(QRectF(text.left(), y, text.width(), m.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              lines.at(i));
            y += m.height();
        }
    }
    painter->restore();
}

} // namespace Portrait::Ui
