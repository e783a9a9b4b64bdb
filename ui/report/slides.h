#pragma once

#include "common/currency.h"
#include "jobs/rfmsettings.h"
#include "model/customerframe.h"
#include "rfm/rfmresult.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPainter;

namespace Portrait::Ui {

class WorkbenchSession;

/// One page of presentation mode and of the PDF report. Slides show aggregates only: no customer
/// names, phones, e-mails or ids, so they can be shown in a meeting or mailed around.
class Slide
{
public:
    virtual ~Slide() = default;

    /// Translated, one line: the heading the slide shows.
    virtual QString title() const = 0;
    /// Every text the slide writes itself (a chart slide: its title; the charts draw aggregates
    /// only). Lets tests prove that no personal data reaches a slide.
    virtual QStringList texts() const = 0;
    /// Draws the slide on white, filling target, on any paint device. textScale > 1 makes all type
    /// and marks that much larger (the slide is laid out at target.size() / textScale).
    virtual void render(QPainter *painter, const QRectF &target, qreal textScale = 1.0) = 0;

protected:
    /// Saves the painter, maps target to logical coordinates scaled by textScale and paints it
    /// white; returns the logical area. The caller restores the painter.
    static QRectF beginPage(QPainter *painter, const QRectF &target, qreal textScale);
    /// Draws the slide heading at the top of area as the charts do; returns its bottom edge.
    static qreal drawHeading(QPainter *painter, const QRectF &area, const QString &text);
};

using SlideList = std::vector<std::unique_ptr<Slide>>;

/// What the report says besides what the result knows.
struct ReportHeader
{
    QString title;               ///< empty: "Customer segment report"
    QString subtitle;            ///< empty: the project's name
    QString projectName;
    bool chineseNames = false;   ///< segment and scheme names in Chinese
    Currency currency = Currency::None;
    /// How the result was scored and on which customers: the method and data-quality pages and
    /// the earlier scoring the findings compare with. Either may be null (those pages say less).
    const Jobs::RfmSettings *settings = nullptr;
    const Model::CustomerFrame *frame = nullptr;

    QString effectiveTitle() const;
    QString effectiveSubtitle() const;
};

/// The report's slides: a title slide (title, subtitle, as-of date, customers scored, scheme,
/// method), the findings in sentences, one slide per dashboard chart in the dashboard's order,
/// the segment table with actions, then the method and the data-quality pages.
SlideList buildSlides(const ReportHeader &header, const Rfm::RfmResult &result);
/// The same for the session's project and current result; empty while there is no result.
SlideList buildSlides(const WorkbenchSession &session);

} // namespace Portrait::Ui
