// Saves what the window shows, in English and Chinese, for a person to review: every page (and
// every tab of the tags page), the whole dashboard, the customer card and every dialog.
//   portrait_screenshots OUTDIR
#include "dialogshots.h"
#include "jobs/sampleproject.h"
#include "analytics/analyticspage.h"
#include "analytics/clusteringpanel.h"
#include "card/customercard.h"
#include "mainwindow.h"
#include "pages/customerspage.h"
#include "pages/segmentspage.h"
#include "tags/tagspage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLibraryInfo>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

/// Lets queued rebuilds and re-arrangements run.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

/// The demo project has no tags: the tags page (and the hand-set tag dialog) are shown with the
/// starter dictionary, installed with the page's own toolbar button, and its first tag selected.
void installStarterTags(Portrait::Ui::TagsPage &tags)
{
    if (tags.dictionary().isEmpty()) {
        int tagged = 0;
        const QMetaObject::Connection counting =
                QObject::connect(&tags, &Portrait::Ui::TagsPage::workspaceChanged, &tags, [&tagged] { ++tagged; });
        const QString text = QCoreApplication::translate("Portrait::Ui::TagsPage", "Starter dictionary");
        for (QAction *action : tags.findChildren<QAction *>()) {
            if (action->text() == text) {
                action->trigger();
                Shots::waitFor([&] { return tagged > 0; });
                break;
            }
        }
        QObject::disconnect(counting);
    }
    tags.tree()->expandAll();
    tags.tree()->setCurrentIndex(tags.tree()->model()->index(0, 0));
    settle();
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
    window.openProject(demo);
    Shots::waitFor([&] { return !window.isLoading(); });
    // The segments page under each scheme, switched as the analyst does, on the toolbar.
    QTabWidget *pages = window.pages();
    pages->setCurrentWidget(window.segmentsPage());
    auto *scheme = window.findChild<QComboBox *>(u"schemeBox"_s);
    for (const QString &id : { u"cn8"_s, u"rfm10"_s, u"shop11"_s }) {
        scheme->setCurrentIndex(scheme->findData(id));
        settle();
        window.grab().save(outDir + u"/segments-%1-%2.png"_s.arg(id, language));
    }
    installStarterTags(*window.tagsPage());
    // Every page of the workbench, then the customer card and any dialog a page can open.
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QString name = pages->widget(i)->objectName().isEmpty() ? QString::number(i)
                                                                        : pages->widget(i)->objectName();
        window.grab().save(outDir + u"/page-%1-%2.png"_s.arg(name, language));
    }
    // The clustering panel after a fit with k chosen by silhouette.
    pages->setCurrentWidget(window.analyticsPage());
    window.analyticsPage()->clusteringPanel()->fit();
    Shots::waitFor([&] { return !window.analyticsPage()->clusteringPanel()->isBusy(); });
    settle();
    window.grab().save(outDir + u"/analytics-clusters-%1.png"_s.arg(language));
    // The tags page's other tabs, and the dashboard whole as it scrolls in this window.
    QTabWidget *tagTabs = window.tagsPage()->tabs();
    pages->setCurrentWidget(window.tagsPage());
    for (int i = 1; i < tagTabs->count(); ++i) {
        tagTabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        window.grab().save(outDir + u"/page-tagsPage-tab%1-%2.png"_s.arg(i).arg(language));
    }
    tagTabs->setCurrentIndex(0);
    pages->setCurrentWidget(window.segmentsPage());
    settle();   // the cards settle in their columns
    window.segmentsPage()->scrollArea()->widget()->grab().save(outDir + u"/dashboard-%1.png"_s.arg(language));
    // On a wide screen the cards stand in two columns.
    window.resize(2000, 900);
    settle();
    window.segmentsPage()->scrollArea()->widget()->grab().save(outDir + u"/dashboard-wide-%1.png"_s.arg(language));
    window.resize(1200, 640);
    settle();
    // A heatmap cell's customers: the score filter's indicator.
    window.customersPage()->showScores({ 4, 2, std::nullopt });
    pages->setCurrentWidget(window.customersPage());
    QCoreApplication::processEvents();
    window.grab().save(outDir + u"/customers-scores-%1.png"_s.arg(language));
    window.customersPage()->showSegment(0);
    window.showCustomerCard(0);
    QCoreApplication::processEvents();
    window.customerCard()->grab().save(outDir + u"/card-%1.png"_s.arg(language));
    window.customerCard()->hide();
    const QTemporaryDir work;   // the import wizard's project and files
    Shots::saveDialogs(window, language, outDir, work.path());
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
