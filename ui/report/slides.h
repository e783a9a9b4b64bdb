#pragma once

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

/// What the title slide says besides what the result knows.
struct ReportHeader
{
    QString projectName;
    bool chineseNames = false;   ///< segment and scheme names in Chinese
};

/// The report's slides: a title slide (project, as-of date, customers scored, scheme, method),
/// one slide per dashboard chart in the dashboard's order, then the segment table with actions.
SlideList buildSlides(const ReportHeader &header, const Rfm::RfmResult &result);
/// The same for the session's project and current result; empty while there is no result.
SlideList buildSlides(const WorkbenchSession &session);

} // namespace Portrait::Ui
