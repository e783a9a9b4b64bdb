#include "slides.h"

#include "charts/dashboardchart.h"
#include "projectloader.h"
#include "reportcharts.h"
#include "reportpages.h"
#include "segmenttableslide.h"
#include "workbench/workbenchsession.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

struct SlideText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::Slides)
};

const QColor Ink(0x20, 0x20, 0x20);
const QColor Muted(0x60, 0x66, 0x70);
const QColor Accent(0x2b, 0x6c, 0xb0);

QFont scaledFont(qreal factor, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

/// The opening slide: which project, which day, how many customers, how they were scored.
class TitleSlide : public Slide
{
public:
    TitleSlide(const ReportHeader &header, const Rfm::RfmResult &result)
    {
        const QLocale locale;
        qint64 scored = 0;
        for (qint16 segment : result.segment)
            scored += segment >= 0 ? 1 : 0;
        m_title = header.effectiveTitle();
        m_subtitle = header.effectiveSubtitle();
        if (header.projectName != m_subtitle && !header.projectName.isEmpty())
            m_facts.append(SlideText::tr("Project: %1").arg(header.projectName));
        m_facts += QStringList {
            SlideText::tr("As of %1").arg(QDate::fromJulianDay(result.metrics.asOf).toString(Qt::ISODate)),
            SlideText::tr("%1 of %2 customers scored")
                    .arg(locale.toString(scored), locale.toString(qint64(result.segment.size()))),
            SlideText::tr("Segment scheme: %1").arg(result.scheme.displayTitle(header.chineseNames)),
            SlideText::tr("Scoring: %1, %2 score levels")
                    .arg(Rfm::methodTitle(result.scores.method))
                    .arg(result.scores.bins),
        };
        m_footer = SlideText::tr("Made with Portrait on %1").arg(QDate::currentDate().toString(Qt::ISODate));
    }

    QString title() const override { return m_title; }
    QStringList texts() const override { return QStringList { m_title, m_subtitle, m_footer } + m_facts; }

    void render(QPainter *painter, const QRectF &target, qreal textScale) override
    {
        const QRectF area = beginPage(painter, target, textScale);
        const qreal margin = area.width() * 0.08;
        painter->fillRect(QRectF(margin, area.height() * 0.22, 64, 6), Accent);

        qreal y = area.height() * 0.22 + 24;
        const qreal width = area.width() - 2 * margin;
        auto line = [&](const QString &text, const QFont &font, const QColor &color, qreal gapAfter) {
            painter->setFont(font);
            painter->setPen(color);
            const QFontMetricsF metrics(font, painter->device());
            painter->drawText(QRectF(margin, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(text, Qt::ElideRight, width));
            y += metrics.height() + gapAfter;
        };
        line(m_title, scaledFont(2.6, true), Ink, 4);
        if (!m_subtitle.isEmpty())
            line(m_subtitle, scaledFont(1.6), Accent, 28);
        else
            y += 28;
        for (const QString &fact : m_facts)
            line(fact, scaledFont(1.2), Ink, 8);
        y = area.height() - 40;
        line(m_footer, scaledFont(0.9), Muted, 0);
        painter->restore();
    }

private:
    QString m_title;
    QString m_subtitle;
    QStringList m_facts;
    QString m_footer;
};

/// One dashboard chart, full size.
class ChartSlide : public Slide
{
public:
    explicit ChartSlide(std::unique_ptr<DashboardChart> chart) : m_chart(std::move(chart)) { }

    QString title() const override { return m_chart->title(); }
    QStringList texts() const override { return { title() }; }
    void render(QPainter *painter, const QRectF &target, qreal textScale) override
    {
        m_chart->render(painter, target, textScale);
    }

private:
    std::unique_ptr<DashboardChart> m_chart;
};

} // namespace

QRectF Slide::beginPage(QPainter *painter, const QRectF &target, qreal textScale)
{
    const qreal scale = textScale > 0 ? textScale : 1.0;
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    const QRectF area(QPointF(0, 0), target.size() / scale);
    painter->fillRect(area, Qt::white);
    return area;
}

qreal Slide::drawHeading(QPainter *painter, const QRectF &area, const QString &text)
{
    // The same place, size and weight as a chart's title, so paging through the deck does not jump.
    const QFont font = scaledFont(1.25, true);
    painter->setFont(font);
    painter->setPen(Ink);
    const QFontMetricsF metrics(font, painter->device());
    const qreal margin = 12;
    const QRectF rect(area.left() + margin, area.top() + margin * 0.75, area.width() - 2 * margin, metrics.height());
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(text, Qt::ElideRight, rect.width()));
    return rect.bottom() + margin * 0.5;
}

QString ReportHeader::effectiveTitle() const
{
    return title.trimmed().isEmpty() ? SlideText::tr("Customer segment report") : title.trimmed();
}

QString ReportHeader::effectiveSubtitle() const
{
    return subtitle.trimmed().isEmpty() ? projectName : subtitle.trimmed();
}

SlideList buildSlides(const ReportHeader &header, const Rfm::RfmResult &result)
{
    SlideList slides;
    slides.push_back(std::make_unique<TitleSlide>(header, result));
    const std::optional<Rfm::RfmResult> earlier = earlierScoring(header, result);
    slides.push_back(std::make_unique<TextSlide>(
            SlideText::tr("What the data shows"),
            QList<QStringList> { findingSentences(header, result, earlier ? &*earlier : nullptr) }));
    for (std::unique_ptr<DashboardChart> &chart : createDashboardCharts(result, header.chineseNames, header.currency))
        slides.push_back(std::make_unique<ChartSlide>(std::move(chart)));
    slides.push_back(std::make_unique<SegmentTableSlide>(result, header.chineseNames, header.currency));
    slides.push_back(std::make_unique<TextSlide>(SlideText::tr("How the customers were scored"),
                                                 methodColumns(header, result)));
    slides.push_back(std::make_unique<TextSlide>(SlideText::tr("The data behind the report"),
                                                 QList<QStringList> { dataQualityLines(header, result) }));
    return slides;
}

SlideList buildSlides(const WorkbenchSession &session)
{
    const std::shared_ptr<const Rfm::RfmResult> result = session.result();
    if (!result)
        return {};
    ReportHeader header;
    header.chineseNames = session.chineseNames();
    header.currency = session.currency();
    header.title = session.displaySettings().reportTitle;
    header.subtitle = session.displaySettings().reportSubtitle;
    header.settings = &session.settings();
    const std::shared_ptr<const Model::CustomerFrame> frame = session.frame();
    header.frame = frame.get();
    if (const auto project = session.project())
        header.projectName = QFileInfo(project->path).completeBaseName();
    return buildSlides(header, *result);
}

} // namespace Portrait::Ui
