#include "workbenchsession.h"

#include "projectloader.h"

#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

namespace Portrait::Ui {

namespace {

bool sameMetrics(const Rfm::MetricOptions &a, const Rfm::MetricOptions &b)
{
    return a.asOf == b.asOf && a.windowDays == b.windowDays && a.frequency == b.frequency
            && a.monetary == b.monetary && a.returns == b.returns;
}

bool sameScoring(const Rfm::ScoringOptions &a, const Rfm::ScoringOptions &b)
{
    return a.method == b.method && a.bins == b.bins && a.thresholds == b.thresholds;
}

/// One change of the scoring settings; a drag's many changes merge into one.
class SettingsCommand : public QUndoCommand
{
public:
    SettingsCommand(WorkbenchSession *session, RfmSettings before, RfmSettings after, const QString &text,
                    int mergeId)
        : QUndoCommand(text)
        , m_session(session)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeId(mergeId)
    {
    }

    void undo() override { m_session->applySettings(m_before); }
    void redo() override { m_session->applySettings(m_after); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != m_mergeId)
            return false;
        m_after = static_cast<const SettingsCommand *>(other)->m_after;
        return true;
    }

private:
    WorkbenchSession *m_session;
    RfmSettings m_before;
    RfmSettings m_after;
    int m_mergeId;
};

/// One change of the workbench's clustering: a fit, another k, a rename.
class ClustersCommand : public QUndoCommand
{
public:
    using Ptr = std::shared_ptr<const Analytics::Clustering>;
    ClustersCommand(WorkbenchSession *session, Ptr before, Ptr after, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override { m_session->applyClusters(m_before); }
    void redo() override { m_session->applyClusters(m_after); }

private:
    WorkbenchSession *m_session;
    Ptr m_before;
    Ptr m_after;
};

/// A new lifetime fit replacing the one before (or none).
class LifetimeCommand : public QUndoCommand
{
public:
    using Lifetime = std::shared_ptr<const Analytics::LifetimeResult>;

    LifetimeCommand(WorkbenchSession *session, Lifetime before, Lifetime after, const QString &text)
        : QUndoCommand(text)
        , m_session(session)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override { m_session->applyLifetime(m_before); }
    void redo() override { m_session->applyLifetime(m_after); }

private:
    WorkbenchSession *m_session;
    Lifetime m_before;
    Lifetime m_after;
};

} // namespace

WorkbenchSession::WorkbenchSession(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
}

WorkbenchSession::~WorkbenchSession() = default;

void WorkbenchSession::setProject(std::shared_ptr<const LoadedProject> project, const RfmSettings &settings,
                                  History history)
{
    if (history == History::Clear)
        m_undo->clear();
    m_project = std::move(project);
    m_base = m_project->scored; // scored while loading: applySettings below keeps it if it fits
    if (m_base)
        m_settings = m_project->scoredWith;
    m_display = m_project->display;
    m_currency = m_display.currency.value_or(m_project->defaultCurrency);
    m_clusters.reset();
    if (m_project->clustering && qsizetype(m_project->clustering->assignment.size()) == m_project->frame.size())
        m_clusters = m_project->clustering;
    m_lifetime = m_project->lifetime;
    Q_EMIT projectChanged();
    Q_EMIT displayChanged();
    applySettings(settings);
    Q_EMIT clustersChanged();
    Q_EMIT lifetimeChanged();
}

void WorkbenchSession::clear()
{
    m_undo->clear();
    m_project.reset();
    m_base.reset();
    m_result.reset();
    m_error.clear();
    m_display = {};
    m_currency = Currency::None;
    m_clusters.reset();
    m_lifetime.reset();
    Q_EMIT projectChanged();
    Q_EMIT resultChanged();
    Q_EMIT clustersChanged();
    Q_EMIT lifetimeChanged();
}

void WorkbenchSession::changeClusters(std::shared_ptr<const Analytics::Clustering> clustering, const QString &undoText)
{
    m_undo->push(new ClustersCommand(this, m_clusters, std::move(clustering), undoText));
}

void WorkbenchSession::applyClusters(std::shared_ptr<const Analytics::Clustering> clustering)
{
    if (clustering == m_clusters)
        return;
    m_clusters = std::move(clustering);
    Q_EMIT clustersChanged();
}

void WorkbenchSession::setDisplaySettings(const Jobs::DisplaySettings &settings)
{
    if (settings.currency == m_display.currency && settings.reportTitle == m_display.reportTitle
        && settings.reportSubtitle == m_display.reportSubtitle)
        return;
    m_display = settings;
    if (m_project)
        m_currency = m_display.currency.value_or(m_project->defaultCurrency);
    Q_EMIT displayChanged();
}

std::shared_ptr<const Model::CustomerFrame> WorkbenchSession::frame() const
{
    if (!m_project)
        return {};
    return { m_project, &m_project->frame };
}

bool WorkbenchSession::chineseNames() const
{
    return QLocale().language() == QLocale::Chinese || (m_result && m_result->scheme.preferChinese);
}

bool WorkbenchSession::sameBase(const RfmSettings &settings) const
{
    const Jobs::RfmRequest &a = settings.request;
    const Jobs::RfmRequest &b = m_settings.request;
    return m_base && sameMetrics(a.metrics, b.metrics) && sameScoring(a.scoring, b.scoring)
            && a.methodGiven == b.methodGiven && a.scheme == b.scheme && settings.editedScheme == m_settings.editedScheme;
}

Result<Rfm::RfmResult> WorkbenchSession::computeBase(const RfmSettings &settings) const
{
    if (!m_project)
        return Error { tr("No project is open."), {}, 0, 0, {} };
    // Tiers are applied with the hand-set cuts, in applyManualOverrides.
    return Jobs::runRfmBase(m_project->frame, settings);
}

Rfm::RfmResult WorkbenchSession::overrideInputs(const Rfm::RfmResult &base)
{
    // applyManualOverrides rewrites segment, rfmScore and tier whole; copying them first would only
    // add megabytes to every live update of a drag at a million customers.
    Rfm::RfmResult result;
    result.metrics = base.metrics;
    result.scores = base.scores;
    result.scheme = base.scheme;
    return result;
}

Result<Rfm::RfmResult> WorkbenchSession::evaluate(const RfmSettings &settings) const
{
    if (sameBase(settings)) {
        Rfm::RfmResult result = overrideInputs(*m_base);
        Jobs::applyManualOverrides(result, settings);
        return result;
    }
    auto base = computeBase(settings);
    if (!base)
        return base.error();
    Rfm::RfmResult result = base.takeValue();
    Jobs::applyManualOverrides(result, settings);
    return result;
}

Status WorkbenchSession::evaluateInto(const RfmSettings &settings, Rfm::RfmResult &out) const
{
    if (!sameBase(settings)) {
        auto result = evaluate(settings);
        if (!result)
            return result.error();
        out = result.takeValue();
        return {};
    }
    // Copy-assigning vectors keeps out's capacity; applyOverrides rewrites the outputs in place.
    out.metrics = m_base->metrics;
    out.scores = m_base->scores;
    out.scheme = m_base->scheme;
    Jobs::applyManualOverrides(out, settings);
    return {};
}

void WorkbenchSession::applySettings(const RfmSettings &settings)
{
    if (!sameBase(settings)) {
        auto base = computeBase(settings);
        m_base = base ? std::make_shared<const Rfm::RfmResult>(base.takeValue()) : nullptr;
        m_error = base ? QString() : base.error().toString();
    }
    m_settings = settings;
    if (m_base && !Jobs::hasManualOverrides(m_settings)) {
        // Sharing the base spares a copy of every column, a tenth of a second when a
        // million-customer project opens.
        m_result = m_base;
    } else if (m_base) {
        auto result = std::make_shared<Rfm::RfmResult>(overrideInputs(*m_base));
        Jobs::applyManualOverrides(*result, m_settings);
        m_result = std::move(result);
    } else {
        m_result.reset();
    }
    Q_EMIT resultChanged();
}

void WorkbenchSession::changeSettings(const RfmSettings &settings, const QString &undoText, int mergeId)
{
    m_undo->push(new SettingsCommand(this, m_settings, settings, undoText, mergeId));
}

void WorkbenchSession::changeLifetime(std::shared_ptr<const Analytics::LifetimeResult> lifetime, const QString &undoText)
{
    m_undo->push(new LifetimeCommand(this, m_lifetime, std::move(lifetime), undoText));
}

void WorkbenchSession::applyLifetime(std::shared_ptr<const Analytics::LifetimeResult> lifetime)
{
    m_lifetime = std::move(lifetime);
    Q_EMIT lifetimeChanged();
}

} // namespace Portrait::Ui
