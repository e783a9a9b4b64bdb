#include "reportpages.h"

#include "rfm/findings.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

struct PageText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::Slides)
};

const QColor Ink(0x20, 0x20, 0x20);
const QColor Accent(0x2b, 0x6c, 0xb0);

/// Type from twice the dashboard's size down to well below it, until the page's text fits.
constexpr qreal LargestFactor = 2.0;
constexpr qreal SmallestFactor = 0.6;

QString count(qint64 n)
{
    return QLocale().toString(n);
}

/// "42%", "7.5%": whole percent from ten up, one decimal below.
QString percent(double share)
{
    const double value = share * 100;
    return QLocale().toString(value, 'f', std::abs(value) >= 10 ? 0 : 1) + u"%"_s;
}

QString day(Model::Day d)
{
    return QDate::fromJulianDay(d).toString(Qt::ISODate);
}

/// A cut point on its own scale: whole days and counts without decimals, money with its sign.
QString cutValue(double value, Rfm::Dimension d, Currency currency)
{
    if (d == Rfm::Dimension::Monetary)
        return formatMoney(value, currency, std::abs(value) >= 100 ? 0 : 2);
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString range(int low, int high)
{
    return low == high ? QString::number(low) : u"%1–%2"_s.arg(low).arg(high);
}

QFont pageFont(qreal factor)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

QString largestSentence(const Rfm::Findings &f, const QString &name)
{
    const QString share = percent(double(f.largestCustomers) / double(f.scored));
    if (std::isnan(f.largestRevenueShare))
        return PageText::tr("The largest segment is %1: %2 customers, %3 of those scored.")
                .arg(name, count(f.largestCustomers), share);
    return PageText::tr("The largest segment is %1: %2 customers, %3 of those scored, who bring %4 of the revenue.")
            .arg(name, count(f.largestCustomers), share, percent(f.largestRevenueShare));
}

QString shrinkingSentence(const Rfm::Findings &f, const QString &name)
{
    if (f.shrinkingSegment < 0)
        return PageText::tr("No segment shrank since %1 (same rules and cut points).").arg(day(f.earlierAsOf));
    const double change = double(f.shrinkingNow - f.shrinkingBefore) / double(f.shrinkingBefore);
    return PageText::tr("Shrinking fastest: %1, from %2 customers on %3 to %4 now (%5), by the same rules and "
                        "cut points.")
            .arg(name, count(f.shrinkingBefore), day(f.earlierAsOf), count(f.shrinkingNow),
                 u"−"_s + percent(-change));
}

QStringList cutLines(const ReportHeader &header, const Rfm::RfmResult &result)
{
    QStringList lines;
    for (Rfm::Dimension d : { Rfm::Dimension::Recency, Rfm::Dimension::Frequency, Rfm::Dimension::Monetary }) {
        QStringList values;
        for (double cut : result.scores.cuts[size_t(d)])
            values.append(cutValue(cut, d, header.currency));
        if (values.isEmpty())
            continue;
        const QString joined = values.join(u" · "_s);
        switch (d) {
        case Rfm::Dimension::Recency:
            lines.append(PageText::tr("Recency cut points (days): %1").arg(joined));
            break;
        case Rfm::Dimension::Frequency:
            lines.append(PageText::tr("Frequency cut points: %1").arg(joined));
            break;
        case Rfm::Dimension::Monetary:
            lines.append(PageText::tr("Spend cut points: %1").arg(joined));
            break;
        }
    }
    return lines;
}

QString spendLine(const Rfm::MetricOptions &options)
{
    const bool average = options.monetary == Rfm::MonetaryMode::Average;
    if (options.returns == Rfm::ReturnsMode::Net)
        return average ? PageText::tr("Spend (M) is a customer's average order, less what they returned.")
                       : PageText::tr("Spend (M) is what a customer spent, less what they returned.");
    return average ? PageText::tr("Spend (M) is a customer's average order; returns are left out.")
                   : PageText::tr("Spend (M) is what a customer spent; returns are left out.");
}

QStringList settingsLines(const ReportHeader &header, const Rfm::RfmResult &result)
{
    const Rfm::MetricOptions options = header.settings ? header.settings->request.metrics : Rfm::MetricOptions {};
    const QString period = options.windowDays > 0
            ? (options.windowDays == 1 ? PageText::tr("the orders of the last day")
                                       : PageText::tr("the orders of the last %1 days").arg(options.windowDays))
            : PageText::tr("every order up to that day");
    QStringList lines {
        PageText::tr("As of %1, counting %2.").arg(day(result.metrics.asOf), period),
        PageText::tr("Recency (R) is the days since the last purchase: recent customers score high."),
        options.frequency == Rfm::FrequencyMode::Days
                ? PageText::tr("Frequency (F) counts the days a customer bought on.")
                : PageText::tr("Frequency (F) counts a customer's orders."),
        spendLine(options),
        PageText::tr("Scores: %1, %2 levels per dimension.")
                .arg(Rfm::methodTitle(result.scores.method))
                .arg(result.scores.bins),
    };
    lines += cutLines(header, result);
    if (header.settings && Jobs::hasManualOverrides(*header.settings))
        lines.append(PageText::tr("Cut points or value tiers set by hand on the RFM page are used as set."));
    const int half = result.scores.bins / 2;
    lines.append(PageText::tr("At risk means a recency score of %1 or less with a spend score of %2 or more.")
                         .arg(half)
                         .arg(result.scores.bins - half + 1));
    return lines;
}

QStringList ruleLines(const ReportHeader &header, const Rfm::RfmResult &result)
{
    const Rfm::SegmentScheme &scheme = result.scheme;
    QStringList lines { PageText::tr("Segment scheme %1: the first rule a customer matches decides.")
                                .arg(scheme.displayTitle(header.chineseNames)) };
    for (qsizetype i = 0; i < scheme.rules.size(); ++i) {
        const Rfm::SegmentRule &rule = scheme.rules.at(i);
        const QString name = scheme.displayName(int(i), header.chineseNames);
        if (scheme.basis == Rfm::SchemeBasis::RecencyVsFM)
            lines.append(PageText::tr("%1: R %2, FM %3").arg(name, range(rule.rLow, rule.rHigh), range(rule.fLow, rule.fHigh)));
        else
            lines.append(PageText::tr("%1: R %2, F %3, M %4")
                                 .arg(name, range(rule.rLow, rule.rHigh), range(rule.fLow, rule.fHigh),
                                      range(rule.mLow, rule.mHigh)));
    }
    lines.append(PageText::tr("%1: everyone else").arg(scheme.displayName(int(scheme.rules.size()), header.chineseNames)));
    return lines;
}

struct OrderFigures
{
    qint64 withReturns = 0, returnsOnly = 0, afterAsOf = 0, beforeWindow = 0;
    double returned = 0;
    Model::Day first = Model::NoDay, last = Model::NoDay;
};

OrderFigures orderFigures(const Model::OrderTable &orders, Model::Day asOf, int windowDays)
{
    OrderFigures out;
    const Model::Day from = windowDays > 0 ? asOf - windowDays + 1 : Model::NoDay;
    for (size_t i = 0; i < orders.day.size(); ++i) {
        const Model::Day d = orders.day[i];
        out.first = out.first == Model::NoDay ? d : std::min(out.first, d);
        out.last = std::max(out.last, d);
        if (orders.returned[i] < 0) {
            ++out.withReturns;
            out.returned -= orders.returned[i];
        }
        out.returnsOnly += orders.hasPurchase[i] ? 0 : 1;
        out.afterAsOf += d > asOf ? 1 : 0;
        out.beforeWindow += windowDays > 0 && d < from ? 1 : 0;
    }
    return out;
}

QStringList frameLines(const ReportHeader &header, const Rfm::RfmResult &result)
{
    const Model::CustomerFrame &frame = *header.frame;
    const int windowDays = header.settings ? header.settings->request.metrics.windowDays : 0;
    const OrderFigures o = orderFigures(frame.orders, result.metrics.asOf, windowDays);
    QStringList lines;
    if (o.first != Model::NoDay)
        lines.append(PageText::tr("%1 customers and %2 orders, from %3 to %4.")
                             .arg(count(frame.size()), count(qint64(frame.orders.day.size())), day(o.first), day(o.last)));
    else
        lines.append(PageText::tr("%1 customers and no orders.").arg(count(frame.size())));
    lines.append(PageText::tr("%1 orders include returns, %2 in all; %3 orders are returns only.")
                         .arg(count(o.withReturns), formatMoney(o.returned, header.currency, 0), count(o.returnsOnly)));
    if (o.afterAsOf > 0)
        lines.append(PageText::tr("%1 orders after the as-of date are not counted.").arg(count(o.afterAsOf)));
    if (o.beforeWindow > 0)
        lines.append(PageText::tr("%1 orders before the period are not counted.").arg(count(o.beforeWindow)));
    qint64 phones = 0, emails = 0;
    for (qsizetype c = 0; c < frame.size(); ++c) {
        phones += frame.phones.at(c).isEmpty() ? 0 : 1;
        emails += frame.emails.at(c).isEmpty() ? 0 : 1;
    }
    if (frame.size() > 0)
        lines.append(PageText::tr("%1 of the customers have a phone number, %2 an e-mail address.")
                             .arg(percent(double(phones) / double(frame.size())),
                                  percent(double(emails) / double(frame.size()))));
    return lines;
}

} // namespace

TextSlide::TextSlide(QString title, QList<QStringList> columns) : m_title(std::move(title)), m_columns(std::move(columns))
{
}

QStringList TextSlide::texts() const
{
    QStringList all { m_title };
    for (const QStringList &column : m_columns)
        all += column;
    return all;
}

void TextSlide::render(QPainter *painter, const QRectF &target, qreal textScale)
{
    const QRectF area = beginPage(painter, target, textScale);
    const qreal top = drawHeading(painter, area, m_title);
    const qreal margin = 24, gap = 32;
    const QRectF body(margin, top + margin, area.width() - 2 * margin, area.height() - top - 2 * margin);
    const qsizetype columns = std::max<qsizetype>(1, m_columns.size());
    const qreal columnWidth = (body.width() - gap * qreal(columns - 1)) / qreal(columns);
    const auto bulletWidth = [](const QFontMetricsF &metrics) { return metrics.height() * 0.8; };

    // The largest type at which the tallest column fits the page.
    qreal factor = LargestFactor, used = 0;
    for (; factor > SmallestFactor; factor -= 0.05) {
        const QFontMetricsF metrics(pageFont(factor), painter->device());
        used = 0;
        for (const QStringList &column : m_columns) {
            qreal height = 0;
            for (const QString &paragraph : column)
                height += metrics.boundingRect(QRectF(0, 0, columnWidth - bulletWidth(metrics), 1e6),
                                               Qt::TextWordWrap, paragraph).height()
                        + metrics.lineSpacing() * 0.6;
            used = std::max(used, height);
        }
        if (used <= body.height())
            break;
    }
    m_lastFactor = factor;
    m_lastFill = body.height() > 0 ? used / body.height() : 0;

    const QFont font = pageFont(factor);
    const QFontMetricsF metrics(font, painter->device());
    painter->setFont(font);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const qreal left = body.left() + qreal(c) * (columnWidth + gap);
        qreal y = body.top();
        for (const QString &paragraph : m_columns.at(c)) {
            const qreal square = metrics.height() * 0.3;
            painter->fillRect(QRectF(left, y + (metrics.height() - square) / 2, square, square), Accent);
            const QRectF rect(left + bulletWidth(metrics), y, columnWidth - bulletWidth(metrics), body.bottom() - y);
            painter->setPen(Ink);
            QRectF drawn;
            painter->drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, paragraph, &drawn);
            y += drawn.height() + metrics.lineSpacing() * 0.6;
        }
    }
    painter->restore();
}

QStringList findingSentences(const ReportHeader &header, const Rfm::RfmResult &result, const Rfm::RfmResult *earlier)
{
    const Rfm::Findings f = Rfm::findings(result, earlier);
    if (f.scored == 0)
        return { PageText::tr("No customer has a purchase to score: there is nothing to report yet.") };
    const auto name = [&](int rule) { return result.scheme.displayName(rule, header.chineseNames); };
    QStringList out { PageText::tr("%1 customers bought up to %2 and were scored; together they spent %3.")
                              .arg(count(f.scored), day(result.metrics.asOf), formatMoney(f.revenue, header.currency, 0)),
                      largestSentence(f, name(f.largestSegment)) };
    if (!std::isnan(f.topFifthRevenueShare))
        out.append(PageText::tr("The fifth of customers who spent the most bring %1 of the revenue.")
                           .arg(percent(f.topFifthRevenueShare)));
    if (f.atRiskCustomers > 0)
        out.append(PageText::tr("At risk: %1 customers who spent much have not bought for a long time. They brought "
                                "%2 (%3 of the revenue); most of them are in %4.")
                           .arg(count(f.atRiskCustomers), formatMoney(f.atRiskRevenue, header.currency, 0),
                                std::isnan(f.atRiskRevenueShare) ? u"–"_s : percent(f.atRiskRevenueShare),
                                name(f.atRiskMainSegment)));
    else
        out.append(PageText::tr("No customer who spent much has been away for long: no value is at risk."));
    if (earlier)
        out.append(shrinkingSentence(f, name(f.shrinkingSegment)));
    return out;
}

QList<QStringList> methodColumns(const ReportHeader &header, const Rfm::RfmResult &result)
{
    return { settingsLines(header, result), ruleLines(header, result) };
}

QStringList dataQualityLines(const ReportHeader &header, const Rfm::RfmResult &result)
{
    qint64 scored = 0, belowZero = 0;
    for (size_t i = 0; i < result.segment.size(); ++i) {
        if (result.segment[i] < 0)
            continue;
        ++scored;
        belowZero += result.metrics.monetary[i] < 0 ? 1 : 0;
    }
    const bool sameFrame = header.frame && header.frame->size() == qsizetype(result.segment.size());
    QStringList lines;
    if (sameFrame)
        lines = frameLines(header, result);
    lines.append(PageText::tr("%1 customers were scored; %2 were left out: no purchase in the period, or only "
                              "returns.")
                         .arg(count(scored), count(qint64(result.segment.size()) - scored)));
    lines.append(belowZero > 0 ? PageText::tr("%1 scored customers returned more than they bought (net spend below "
                                              "zero).")
                                         .arg(count(belowZero))
                               : PageText::tr("No scored customer returned more than they bought."));
    return lines;
}

std::optional<Rfm::RfmResult> earlierScoring(const ReportHeader &header, const Rfm::RfmResult &result, int daysBefore)
{
    if (!header.frame || !header.settings || result.metrics.asOf == Model::NoDay
        || header.frame->size() != qsizetype(result.segment.size()))
        return std::nullopt;
    // The same rules and today's cut points: a segment then holds the customers who would have
    // been in it by today's definition, so a change is the customers' doing, not the quantiles'.
    Jobs::RfmSettings settings = *header.settings;
    settings.request.metrics.asOf = result.metrics.asOf - daysBefore;
    settings.editedScheme = result.scheme;
    for (size_t d = 0; d < 3; ++d)
        settings.cuts[d] = result.scores.cuts[d];
    auto earlier = Jobs::runRfmSettings(*header.frame, settings);
    if (!earlier || earlier->metrics.scoredCount < 10)
        return std::nullopt;
    return earlier.takeValue();
}

} // namespace Portrait::Ui
