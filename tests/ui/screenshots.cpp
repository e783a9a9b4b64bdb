// Saves what the window shows, in English and Chinese, for a person to review:
//   portrait_screenshots OUTDIR
#include "jobs/sampleproject.h"
#include "card/customercard.h"
#include "mainwindow.h"
#include "pages/customerspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QTabWidget>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void waitFor(const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

void shoot(const QString &language, const QString &demo, const QString &outDir)
{
    QTranslator ours, qt;
    QLocale::setDefault(QLocale(language));
    if (ours.load(u"portrait_"_s + language, u":/i18n"_s))
        QCoreApplication::installTranslator(&ours);
    if (qt.load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);

    Portrait::Ui::MainWindow window;
    window.resize(1200, 640);
    window.show();
    window.grab().save(outDir + u"/empty-%1.png"_s.arg(language));
    auto *scheme = window.findChild<QComboBox *>(u"schemeBox"_s);
    for (const QString &id : { u"cn8"_s, u"rfm10"_s, u"shop11"_s }) {
        scheme->setCurrentIndex(scheme->findData(id));
        window.openProject(demo);
        waitFor([&] { return !window.isLoading(); });
        QCoreApplication::processEvents();
        window.grab().save(outDir + u"/segments-%1-%2.png"_s.arg(id, language));
    }
    // Every page of the workbench, then the customer card and any dialog a page can open.
    QTabWidget *pages = window.pages();
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QString name = pages->widget(i)->objectName().isEmpty() ? QString::number(i)
                                                                        : pages->widget(i)->objectName();
        window.grab().save(outDir + u"/page-%1-%2.png"_s.arg(name, language));
    }
    window.customersPage()->showSegment(0);
    window.showCustomerCard(0);
    QCoreApplication::processEvents();
    window.customerCard()->grab().save(outDir + u"/card-%1.png"_s.arg(language));
    window.customerCard()->hide();
    pages->setCurrentIndex(0);
    QCoreApplication::removeTranslator(&ours);
    QCoreApplication::removeTranslator(&qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PortraitScreenshots"_s);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"screenshots"_s;
    QDir().mkpath(outDir);
    const QString demo = outDir + u"/demo.portrait"_s;
    QFile::remove(demo);
    if (!Portrait::Jobs::writeSampleProject(demo, Portrait::nullProgress()))
        return 1;
    shoot(u"en"_s, demo, outDir);
    shoot(u"zh_CN"_s, demo, outDir);
    QFile::remove(demo);
    return 0;
}
