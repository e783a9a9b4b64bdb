#include "pdfreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Portrait::Ui::PdfReport {

namespace {

struct PdfText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::PdfReport)
};

/// Logical pixels per inch, as on screen and in the chart exports, so type keeps the proportions
/// of the dashboard.
constexpr int LogicalDpi = 96;
/// Type on paper a little larger than on the dashboard: a page is read at arm's length.
constexpr qreal PageTextScale = 1.25;

Error failure(const QString &path, const QString &why)
{
    return Error { PdfText::tr("Could not write the report to %1: %2").arg(QFileInfo(path).fileName(), why), path,
                   0, 0, {} };
}

void drawPageNumber(QPainter &painter, const QRectF &footer, int page, int pages)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter.setFont(font);
    painter.setPen(QColor(0x80, 0x86, 0x90));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, PdfText::tr("%1 / %2").arg(page).arg(pages));
}

bool paint(const SlideList &slides, QIODevice *device, const QString &documentTitle)
{
    QPdfWriter pdf(device);
    pdf.setResolution(LogicalDpi);
    pdf.setTitle(documentTitle);
    pdf.setCreator(u"Portrait"_s);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 10),
                                  QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page(QPointF(0, 0), QSizeF(pdf.pageLayout().paintRectPixels(LogicalDpi).size()));
    const qreal footerHeight = 24;
    const QRectF slideRect(page.topLeft(), QSizeF(page.width(), page.height() - footerHeight));
    const QRectF footer(page.left(), slideRect.bottom(), page.width(), footerHeight);
    const int pages = int(slides.size());
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !pdf.newPage())
            return false;
        slides[size_t(i)]->render(&painter, slideRect, PageTextScale);
        drawPageNumber(painter, footer, i + 1, pages);
    }
    return painter.end();
}

} // namespace

Status write(const SlideList &slides, const QString &path, const QString &documentTitle)
{
    if (slides.empty())
        return failure(path, PdfText::tr("there is nothing to report: score a project first"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    if (!paint(slides, &file, documentTitle)) {
        file.cancelWriting();
        return failure(path, file.error() != QFileDevice::NoError ? file.errorString()
                                                                  : PdfText::tr("the pages could not be drawn"));
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

} // namespace Portrait::Ui::PdfReport
