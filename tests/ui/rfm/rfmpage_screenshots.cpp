// Saves the RFM page mid-drag (with the who-moves matrix) and the scheme editor, in English with
// shop11 and in Chinese with cn8, for a person to review:
//   rfmpage_screenshots OUTDIR [translations.json]
// The optional JSON ({"source": "译文"}) stands in for strings not yet in portrait_zh_CN.ts.
#include "jobs/sampleproject.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "rfm/presets.h"
#include "rfm/rfmpage.h"
#include "rfm/schemeeditordialog.h"
#include "rfm/schemerulesmodel.h"
#include "workbench/workbenchsession.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Ui;

namespace {

class JsonTranslator : public QTranslator
{
public:
    bool loadJson(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            m_texts.insert(it.key(), it.value().toString());
        return !m_texts.isEmpty();
    }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return m_texts.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }

private:
    QHash<QString, QString> m_texts;
};

void shoot(const std::shared_ptr<const LoadedProject> &project, const QString &schemeId, const QString &language,
           const QString &outDir)
{
    WorkbenchSession session;
    RfmSettings settings;
    settings.request.scheme = schemeId;
    session.setProject(project, settings);
    RfmPage page(&session);
    page.resize(1360, 860);
    page.show();
    QCoreApplication::processEvents();

    // Mid-drag: the second recency line (the only one under cn8's two levels) pulled right.
    const std::vector<double> cuts = session.result()->scores.cuts[0];
    const int line = cuts.size() > 1 ? 1 : 0;
    const double next = size_t(line) + 1 < cuts.size() ? cuts[size_t(line) + 1] : cuts[size_t(line)] * 2 + 30;
    page.beginCutDrag(Rfm::Dimension::Recency, line);
    page.dragCut(std::round(cuts[size_t(line)] + 0.6 * (next - cuts[size_t(line)])));
    page.flushPreview();
    QCoreApplication::processEvents();
    page.grab().save(outDir + u"/rfmpage-drag-%1-%2.png"_s.arg(schemeId, language));
    page.finishCutDrag();
    QCoreApplication::processEvents();
    page.grab().save(outDir + u"/rfmpage-committed-%1-%2.png"_s.arg(schemeId, language));

    // The editor with a problem to show: the second rule shadowed by the first.
    SchemeEditorDialog editor(page.currentScheme(), session.chineseNames(), &page);
    SchemeRulesModel *model = editor.rulesModel();
    for (int c = SchemeRulesModel::RLow; c <= SchemeRulesModel::MHigh; ++c)
        model->setData(model->index(1, c), model->index(0, c).data(Qt::EditRole));
    editor.show();
    QCoreApplication::processEvents();
    editor.grab().save(outDir + u"/scheme-editor-%1-%2.png"_s.arg(schemeId, language));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"screenshots"_s;
    const QString extra = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QDir().mkpath(outDir);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.portrait"_s);
    if (!Jobs::writeSampleProject(path, nullProgress()))
        return 1;
    auto file = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
    CancelToken cancel;
    auto frame = file ? Project::loadFrame(**file, nullProgress(), cancel) : Result<Model::CustomerFrame>(Error {});
    if (!frame)
        return 1;
    auto project = std::make_shared<LoadedProject>();
    project->path = path;
    project->frame = frame.takeValue();

    shoot(project, u"shop11"_s, u"en"_s, outDir);

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QTranslator ours, qt;
    JsonTranslator pending;
    if (ours.load(u"portrait_zh_CN"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&ours);
    if (qt.load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    if (!extra.isEmpty() && pending.loadJson(extra))
        QCoreApplication::installTranslator(&pending);
    shoot(project, u"cn8"_s, u"zh"_s, outDir);
    shoot(project, u"rfm10"_s, u"zh"_s, outDir);
    return 0;
}
