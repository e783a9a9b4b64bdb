#pragma once

// What the readability tests of issue 16 share: the interface in one language at a time, the demo
// project loaded as the window loads it, and screenshots kept for a person to look at.
#include "jobs/displaysettings.h"
#include "jobs/sampleproject.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "project/projectsummary.h"
#include "projectloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRect>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace Readability {

using namespace Qt::StringLiterals;

/// The interface in `language` ("en" or "zh_CN") for as long as it lives: locale and translators.
class Language
{
public:
    explicit Language(const QString &language) : m_previous(QLocale())
    {
        QLocale::setDefault(QLocale(language));
        if (language != u"en"_s) {
            if (m_ours.load(u"portrait_"_s + language, u":/i18n"_s))
                QCoreApplication::installTranslator(&m_ours);
            if (m_qt.load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qt);
        }
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(m_previous);
    }
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

    /// Whether our translations are installed (always true for Chinese once the .qm is built).
    bool translated() const { return !m_ours.isEmpty(); }

private:
    QLocale m_previous;
    QTranslator m_ours;
    QTranslator m_qt;
};

/// The two interface languages as a data column "language" ("en", "zh_CN") of a data-driven test.
inline void addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
}

/// Keeps widget's picture as NAME-LOCALE.png in $PORTRAIT_SHOT_DIR, when that is set.
inline void keepShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTRAIT_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + u"/"_s + name + u"-"_s + QLocale().name() + u".png"_s);
}

/// Loads a project as the window's loader does (frame, summary, display settings), unlocked.
inline std::shared_ptr<Portrait::Ui::LoadedProject> loadProject(const QString &path)
{
    using namespace Portrait;
    auto file = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
    if (!file)
        return {};
    CancelToken cancel;
    auto frame = Project::loadFrame(**file, nullProgress(), cancel);
    if (!frame)
        return {};
    auto project = std::make_shared<Ui::LoadedProject>();
    project->path = path;
    project->frame = frame.takeValue();
    if (auto summary = Project::summarizeProject(**file, project->frame))
        project->summary = summary.takeValue();
    if (auto display = Jobs::loadDisplaySettings(**file))
        project->display = display.takeValue();
    project->defaultCurrency = Jobs::defaultCurrency(project->frame);
    return project;
}

/// Writes the demo project at path and loads it.
inline std::shared_ptr<Portrait::Ui::LoadedProject> demoProject(const QString &path)
{
    if (!Portrait::Jobs::writeSampleProject(path, Portrait::nullProgress()))
        return {};
    return loadProject(path);
}

/// Whether any two of rects intersect (empty rects ignored); names the pair in *which.
inline bool anyOverlap(const QList<QRect> &rects, QString *which = nullptr)
{
    for (qsizetype i = 0; i < rects.size(); ++i) {
        for (qsizetype j = i + 1; j < rects.size(); ++j) {
            if (!rects.at(i).isEmpty() && !rects.at(j).isEmpty() && rects.at(i).intersects(rects.at(j))) {
                if (which)
                    *which = u"%1 and %2"_s.arg(i).arg(j);
                return true;
            }
        }
    }
    return false;
}

} // namespace Readability
