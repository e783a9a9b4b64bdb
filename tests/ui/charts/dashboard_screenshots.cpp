// Not a test: saves the whole segment dashboard (and each chart exported alone) for review.
//   dashboard_screenshots OUTDIR [TRANSLATIONS.json]
// The optional JSON ({"source": "译文"}) previews Chinese text before it reaches the .ts file.
#include "charts/chartcard.h"
#include "charts/dashboardchart.h"
#include "jobs/sampleproject.h"
#include "pages/segmentspage.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "workbench/workbenchsession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollArea>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

class JsonTranslator : public QTranslator
{
public:
    explicit JsonTranslator(const QString &path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_text = QJsonDocument::fromJson(file.readAll()).object();
    }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return m_text.value(QString::fromUtf8(source)).toString();
    }
    bool isEmpty() const override { return m_text.isEmpty(); }

private:
    QJsonObject m_text;
};

void shoot(const std::shared_ptr<Ui::LoadedProject> &project, const QString &scheme, const QString &language,
           const QString &outDir, bool eachChart)
{
    QLocale::setDefault(QLocale(language));
    Ui::WorkbenchSession session;
    Ui::RfmSettings settings;
    settings.request.scheme = scheme;
    session.setProject(project, settings);
    Ui::SegmentsPage page(&session);
    page.resize(1400, 900);
    page.show();
    QCoreApplication::processEvents();
    page.refresh();
    QCoreApplication::processEvents();
    QWidget *content = page.findChild<QScrollArea *>()->widget();
    content->grab().save(outDir + u"/dashboard-%1-%2.png"_s.arg(scheme, language));
    if (!eachChart)
        return;
    for (int i = 0; i < int(Ui::SegmentsPage::Chart::Count); ++i) {
        Ui::ChartCard *card = page.card(Ui::SegmentsPage::Chart(i));
        (void)card->exportTo(outDir + u"/chart%1-%2-%3.png"_s.arg(i).arg(scheme, language), Ui::ChartExport::Format::Png);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"screenshots"_s;
    QDir().mkpath(outDir);
    const QString demo = outDir + u"/demo.portrait"_s;
    QFile::remove(demo);
    if (!Jobs::writeSampleProject(demo, nullProgress()))
        return 1;
    auto file = Project::ProjectFile::open(demo, Project::ProjectFile::Lock::None);
    if (!file)
        return 1;
    CancelToken cancel;
    auto frame = Project::loadFrame(**file, nullProgress(), cancel);
    if (!frame)
        return 1;
    auto project = std::make_shared<Ui::LoadedProject>();
    project->frame = frame.takeValue();

    shoot(project, u"shop11"_s, u"en"_s, outDir, true);
    shoot(project, u"rfm10"_s, u"en"_s, outDir, false);
    JsonTranslator chinese(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString());
    QCoreApplication::installTranslator(&chinese);
    shoot(project, u"cn8"_s, u"zh_CN"_s, outDir, true);
    shoot(project, u"shop11"_s, u"zh_CN"_s, outDir, false);
    file->reset();
    QFile::remove(demo);
    return 0;
}
