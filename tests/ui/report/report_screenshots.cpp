// Not a test: saves presentation mode (title, findings, the segment table, method, data quality) in English with the
// shop11 scheme and in Chinese with cn8, for review. Run: report_screenshots OUTDIR
#include "jobs/sampleproject.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "report/presentationwindow.h"
#include "report/slides.h"
#include "workbench/workbenchsession.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Portrait;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.portrait"_s);
    if (!Jobs::writeSampleProject(path, nullProgress()))
        return 1;
    auto file = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
    CancelToken cancel;
    auto frame = Project::loadFrame(**file, nullProgress(), cancel);
    auto project = std::make_shared<Ui::LoadedProject>();
    project->path = path;
    project->frame = frame.takeValue();

    QTranslator translator;
    for (const QString &lang : { u"en"_s, u"zh_CN"_s }) {
        if (lang == u"zh_CN"_s) {
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
            if (translator.load(QLocale(), u"portrait"_s, u"_"_s, u":/i18n"_s))
                QCoreApplication::installTranslator(&translator);
        }
        Ui::WorkbenchSession session;
        Ui::RfmSettings settings;
        settings.request.scheme = lang == u"en"_s ? u"shop11"_s : u"cn8"_s;
        session.setProject(project, settings);
        Ui::PresentationWindow window(Ui::buildSlides(session));
        window.resize(1600, 900);
        window.show();
        const int count = window.slideCount();
        for (int slide : { 0, 1, count - 3, count - 2, count - 1 }) {
            window.setCurrentIndex(slide);
            const QString name = outDir + u"/slide-%1-%2.png"_s.arg(lang).arg(slide + 1, 2, 10, QChar(u'0'));
            window.grab().save(name);
            std::printf("%s\n", qPrintable(name));
        }
        // The segment table as a PDF page lays it out: A4 landscape at 96 dpi less margins, type × 1.25.
        const Ui::SlideList slides = Ui::buildSlides(session);
        QImage page(QSize(1031, 718) * 2, QImage::Format_RGB32);
        page.setDevicePixelRatio(2);
        QPainter painter(&page);
        painter.setRenderHint(QPainter::Antialiasing);
        slides[slides.size() - 3]->render(&painter, QRectF(0, 0, 1031, 718), 1.25);
        painter.end();
        page.save(outDir + u"/page-%1-table.png"_s.arg(lang));

    }
    return 0;
}
