#include "chartexport.h"

#include "dashboardchart.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace Portrait::Ui::ChartExport {

namespace {

class ChartExportText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::ChartExport)
};

/// The resolution logical pixels are laid out at on screen: SVG and PDF use it too, so fonts
/// keep the proportions of the view.
constexpr int LogicalDpi = 96;
constexpr qreal PngPixelRatio = 2.0;

Error failure(const QString &path, const QString &why)
{
    return Error { ChartExportText::tr("Could not write the chart to %1: %2").arg(QFileInfo(path).fileName(), why),
                   path, 0, 0, {} };
}

bool paintPng(DashboardChart &chart, QIODevice *device, QSize size)
{
    QImage image(size * PngPixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(PngPixelRatio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return image.save(device, "PNG");
}

bool paintSvg(DashboardChart &chart, QIODevice *device, QSize size)
{
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(LogicalDpi);
    svg.setTitle(chart.title());
    svg.setDescription(ChartExportText::tr("Chart exported from Portrait"));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return painter.end();
}

bool paintPdf(DashboardChart &chart, QIODevice *device, QSize size)
{
    QPdfWriter pdf(device);
    pdf.setResolution(LogicalDpi);
    pdf.setTitle(chart.title());
    pdf.setCreator(u"Portrait"_s);
    // One page exactly the chart's size, no margins: the file is the figure.
    const QSizeF points = QSizeF(size) * 72.0 / LogicalDpi;
    pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return painter.end();
}

} // namespace

QString suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return u"png"_s;
    case Format::Svg:
        return u"svg"_s;
    case Format::Pdf:
        break;
    }
    return u"pdf"_s;
}

std::optional<Format> formatOf(const QString &fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    for (Format f : { Format::Png, Format::Svg, Format::Pdf }) {
        if (ext == suffix(f))
            return f;
    }
    return std::nullopt;
}

QString filter(Format format)
{
    switch (format) {
    case Format::Png:
        return ChartExportText::tr("PNG image (*.png)");
    case Format::Svg:
        return ChartExportText::tr("SVG vector image (*.svg)");
    case Format::Pdf:
        break;
    }
    return ChartExportText::tr("PDF document (*.pdf)");
}

Status write(DashboardChart &chart, const QString &path, Format format, QSize logicalSize)
{
    const QSize size = logicalSize.isEmpty() ? chart.preferredSize() : logicalSize;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    bool painted = false;
    switch (format) {
    case Format::Png:
        painted = paintPng(chart, &file, size);
        break;
    case Format::Svg:
        painted = paintSvg(chart, &file, size);
        break;
    case Format::Pdf:
        painted = paintPdf(chart, &file, size);
        break;
    }
    if (!painted) {
        file.cancelWriting();
        return failure(path, file.error() != QFileDevice::NoError ? file.errorString()
                                                                  : ChartExportText::tr("the image could not be drawn"));
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

} // namespace Portrait::Ui::ChartExport
