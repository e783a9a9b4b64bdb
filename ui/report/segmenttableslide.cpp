#include "segmenttableslide.h"

#include "charts/chartdata.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

struct TableText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::Slides)
};

enum Column { Segment, Customers, Share, RevenueShare, MedianR, MedianF, MedianM, Action, ColumnCount };

const QColor Ink(0x20, 0x20, 0x20);
const QColor Rule(0xd0, 0xd4, 0xda);
const QColor HeaderInk(0x50, 0x56, 0x60);
constexpr qreal CellPadding = 8;
constexpr qreal SwatchSize = 10;

/// Whole numbers without decimals ("18", not "18.0"); a median between two counts keeps its half.
QString median(const QLocale &locale, double value)
{
    if (std::isnan(value))
        return u"–"_s;
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return locale.toString(value, 'f', whole ? 0 : 1);
}

QString percent(const QLocale &locale, double share)
{
    return locale.toString(share * 100, 'f', 1) + u"%"_s;
}

} // namespace

struct SegmentTableSlide::Layout
{
    QFont font;
    QFont headerFont;
    std::array<qreal, ColumnCount> widths {};
    qreal headerHeight = 0;
    qreal rowHeight = 0;
    int actionLines = 2;   ///< the action wraps onto two lines, or is elided on one
};

SegmentTableSlide::SegmentTableSlide(const Rfm::RfmResult &result, bool chineseNames, Currency currency)
    : m_currency(currency)
{
    const QLocale locale;
    const QList<Rfm::SegmentSummary> summary = Rfm::summarize(result, chineseNames);
    const SegmentData segments = segmentData(result, summary, chineseNames);
    for (const Rfm::SegmentSummary &s : summary) {
        const qsizetype shown = segments.indexOf(s.rule);
        if (shown < 0)
            continue;   // an always-empty fallback, left out as on the dashboard
        m_colors.append(segments.segments.at(shown).color);
        m_rows.append({ s.name, locale.toString(s.customers), percent(locale, s.customerShare),
                        percent(locale, s.revenueShare), median(locale, s.medianRecency),
                        median(locale, s.medianFrequency),
                        std::isnan(s.medianMonetary) ? u"–"_s : formatMoney(s.medianMonetary, currency, 0, locale),
                        result.scheme.displayAction(s.rule, chineseNames) });
    }
}

QString SegmentTableSlide::title() const
{
    return TableText::tr("Segments and what to do with them");
}

QStringList SegmentTableSlide::headers() const
{
    return { TableText::tr("Segment"),         TableText::tr("Customers"),       TableText::tr("Share"),
             TableText::tr("Revenue share"),   TableText::tr("Median R (days)"), TableText::tr("Median F"),
             withCurrency(TableText::tr("Median M"), m_currency),        TableText::tr("Action") };
}

QStringList SegmentTableSlide::texts() const
{
    QStringList all = QStringList { title() } + headers();
    for (const QStringList &row : m_rows)
        all += row;
    return all;
}

SegmentTableSlide::Layout SegmentTableSlide::layout(QPainter *painter, const QRectF &body) const
{
    Layout best;
    // Shrink the type step by step until the figures fit side by side and every row fits below;
    // the action column takes what is left and wraps onto two lines. When two lines do not fit in
    // readable type (many segments on a 720p projector), the actions take one line each.
    for (const auto &[lines, smallest] : { std::pair { 2, 0.6 }, std::pair { 1, 0.5 } }) {
        for (qreal factor = 1.15; factor > smallest - 0.01; factor -= 0.05) {
            best = layoutAt(painter, body, factor, lines);
            const bool widthFits = best.widths[Action] >= body.width() * 0.25;
            const bool heightFits = best.headerHeight + best.rowHeight * qreal(m_rows.size()) <= body.height();
            if (widthFits && heightFits)
                return best;
        }
    }
    return best;
}

SegmentTableSlide::Layout SegmentTableSlide::layoutAt(QPainter *painter, const QRectF &body, qreal factor,
                                                      int actionLines) const
{
    const QStringList heads = headers();
    Layout l;
    l.font = QGuiApplication::font();
    l.font.setPointSizeF(l.font.pointSizeF() * factor);
    l.headerFont = l.font;
    l.headerFont.setBold(true);
    const QFontMetricsF metrics(l.font, painter->device()), headerMetrics(l.headerFont, painter->device());
    for (int c = 0; c < Action; ++c) {
        qreal width = headerMetrics.horizontalAdvance(heads.at(c));
        for (const QStringList &row : m_rows)
            width = std::max(width, metrics.horizontalAdvance(row.at(c)));
        l.widths[size_t(c)] = width + 2 * CellPadding + (c == Segment ? SwatchSize + 6 : 0);
    }
    qreal used = 0;
    for (int c = 0; c < Action; ++c)
        used += l.widths[size_t(c)];
    l.widths[Action] = body.width() - used;
    l.headerHeight = headerMetrics.height() + 2 * CellPadding;
    l.rowHeight = actionLines * metrics.lineSpacing() + 1.5 * CellPadding;
    l.actionLines = actionLines;
    return l;
}

void SegmentTableSlide::render(QPainter *painter, const QRectF &target, qreal textScale)
{
    const QRectF area = beginPage(painter, target, textScale);
    const qreal top = drawHeading(painter, area, title());
    const qreal margin = 12;
    const QRectF body(margin, top + margin, area.width() - 2 * margin, area.height() - top - 2 * margin);
    const Layout l = layout(painter, body);
    const QStringList heads = headers();

    auto cellRect = [&](int column, qreal y, qreal height) {
        qreal x = body.left();
        for (int c = 0; c < column; ++c)
            x += l.widths[size_t(c)];
        return QRectF(x + CellPadding, y, l.widths[size_t(column)] - 2 * CellPadding, height);
    };
    auto alignment = [](int column) {
        return (column == Segment || column == Action ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
    };

    painter->setFont(l.headerFont);
    painter->setPen(HeaderInk);
    for (int c = 0; c < ColumnCount; ++c)
        painter->drawText(cellRect(c, body.top(), l.headerHeight), alignment(c), heads.at(c));
    qreal y = body.top() + l.headerHeight;
    painter->setPen(QPen(Ink, 1.5));
    painter->drawLine(QPointF(body.left(), y), QPointF(body.right(), y));

    painter->setFont(l.font);
    const QFontMetricsF metrics(l.font, painter->device());
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const QStringList &cells = m_rows.at(row);
        for (int c = 0; c < ColumnCount; ++c) {
            QRectF rect = cellRect(c, y, l.rowHeight);
            if (c == Segment) {
                const QRectF swatch(rect.left(), rect.center().y() - SwatchSize / 2, SwatchSize, SwatchSize);
                painter->fillRect(swatch, m_colors.at(row));
                rect.setLeft(swatch.right() + 6);
            }
            painter->setPen(Ink);
            const bool wrap = c == Action && l.actionLines > 1;
            const int flags = int(alignment(c)) | (wrap ? int(Qt::TextWordWrap) : 0);
            const QString text = wrap ? cells.at(c) : metrics.elidedText(cells.at(c), Qt::ElideRight, rect.width());
            painter->drawText(rect, flags, text);
        }
        y += l.rowHeight;
        painter->setPen(QPen(Rule, 1));
        painter->drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    }
    painter->restore();
}

} // namespace Portrait::Ui
