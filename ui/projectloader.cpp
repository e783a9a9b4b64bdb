#include "projectloader.h"

#include "project/clusterstore.h"
#include "jobs/lifetimestore.h"
#include "project/frameloader.h"
#include "project/projectfile.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace Portrait::Ui {

/// Forwards progress from the worker to the loader's signal, queued onto the GUI thread.
class ProjectLoader::Sink : public ProgressSink
{
public:
    explicit Sink(ProjectLoader *loader) : m_loader(loader) { }
    void setPhase(const QString &phase) override
    {
        m_phase = phase;
        emitProgress(0);
    }
    void setTotal(qint64 total) override { m_total = total; }
    void setValue(qint64 value) override
    {
        if (m_total > 0)
            emitProgress(int(value * 100 / m_total));
    }

private:
    void emitProgress(int percent)
    {
        QMetaObject::invokeMethod(
                m_loader.data(),
                [loader = m_loader, percent, phase = m_phase] {
                    if (loader)
                        Q_EMIT loader->progressChanged(percent, phase);
                },
                Qt::QueuedConnection);
    }

    QPointer<ProjectLoader> m_loader;
    QString m_phase;
    qint64 m_total = 0;
};

ProjectLoader::ProjectLoader(QObject *parent) : QObject(parent), m_sink(std::make_shared<Sink>(this)) { }

ProjectLoader::~ProjectLoader()
{
    cancel();
}

void ProjectLoader::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

bool ProjectLoader::isRunning() const
{
    return m_running;
}

void ProjectLoader::load(const QString &path, const Jobs::RfmSettings &fallback)
{
    cancel();
    m_cancel = std::make_shared<CancelToken>();
    m_running = true;
    using Loaded = Result<std::shared_ptr<LoadedProject>>;
    auto work = [path, fallback, cancel = m_cancel, sink = m_sink]() -> Loaded {
        auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        if (!project)
            return project.error();
        auto loaded = std::make_shared<LoadedProject>();
        loaded->path = path;
        auto frame = Project::loadFrame(**project, *sink, *cancel);
        if (!frame)
            return frame.error();
        loaded->frame = frame.takeValue();
        auto summary = Project::summarizeProject(**project, loaded->frame);
        if (!summary)
            return summary.error();
        loaded->summary = summary.takeValue();
        if (auto saved = Jobs::loadRfmSettings(**project))
            loaded->savedSettings = saved.takeValue();
        else
            loaded->savedSettingsError = saved.error().toString();
        // A currency key we do not know is no reason not to open: the default applies.
        if (auto display = Jobs::loadDisplaySettings(**project))
            loaded->display = display.takeValue();
        loaded->defaultCurrency = Jobs::defaultCurrency(loaded->frame);
        if (auto clustering = Project::loadActiveClustering(**project); !clustering)
            loaded->clusteringError = clustering.error().toString();
        else if (*clustering)
            loaded->clustering = std::make_shared<const Analytics::Clustering>(std::move(**clustering));
        if (cancel->isCancelled())
            return Error { tr("Loading was cancelled."), path, 0, 0, {} };
        sink->setPhase(tr("Scoring customers"));
        const Jobs::RfmSettings &settings = loaded->savedSettings ? *loaded->savedSettings : fallback;
        if (auto scored = Jobs::runRfmBase(loaded->frame, settings)) {
            loaded->scored = std::make_shared<const Rfm::RfmResult>(scored.takeValue());
            loaded->scoredWith = settings;
        }
        sink->setPhase(tr("Applying the lifetime model"));
        if (auto lifetime = Jobs::loadLifetime(**project, loaded->frame))
            loaded->lifetime = lifetime.takeValue();
        else
            loaded->lifetimeError = lifetime.error().toString();
        return loaded;
    };
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, token = m_cancel] {
        watcher->deleteLater();
        if (token != m_cancel)
            return; // a newer load replaced this one
        m_running = false;
        const Loaded result = watcher->result();
        if (result)
            Q_EMIT loaded(result.value());
        else
            Q_EMIT failed(result.error().toString());
    });
    watcher->setFuture(QtConcurrent::run(work));
}

} // namespace Portrait::Ui
