#include "timelinepage.h"

#include "campaignpanel.h"
#include "migrationpanel.h"
#include "snapshotspanel.h"
#include "timelinecontext.h"
#include "trendpanel.h"

#include "workbench/workbenchsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

TimelinePage::TimelinePage(WorkbenchSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_context(new TimelineContext(session, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(u"timelineMessage"_s);
    m_message->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(320);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"timelineCancel"_s);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    layout->addLayout(bar);
    m_progress->hide();
    m_cancel->hide();

    // The migration and campaign sections need about 690 px; in a smaller window the sections scroll
    // instead of making the whole window (every page) taller than the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_sections = new QTabWidget(scroll);
    m_sections->setObjectName(u"timelineSections"_s);
    m_snapshots = new SnapshotsPanel(m_context, m_sections);
    m_migration = new MigrationPanel(m_context, m_sections);
    m_trend = new TrendPanel(m_context, m_sections);
    m_campaigns = new CampaignPanel(m_context, m_sections);
    m_sections->addTab(m_snapshots, tr("Snapshots"));
    m_sections->addTab(m_migration, tr("Migration"));
    m_sections->addTab(m_trend, tr("Trend"));
    m_sections->addTab(m_campaigns, tr("Campaigns"));
    scroll->setWidget(m_sections);
    layout->addWidget(scroll, 1);

    BackgroundJob *job = m_context->job();
    connect(job, &BackgroundJob::started, this, [this] {
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
    });
    connect(job, &BackgroundJob::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase + u"  %p%"_s);
    });
    connect(job, &BackgroundJob::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_context->job()->cancel();
        m_message->setText(tr("Cancelling…"));
    });
    connect(m_context, &TimelineContext::failed, m_message, &QLabel::setText);
    connect(m_snapshots, &SnapshotsPanel::listChanged, this, [this] {
        QStringList names;
        for (const Timeline::SnapshotInfo &s : m_snapshots->snapshots())
            names.append(s.name);
        m_migration->setSnapshotNames(names);
    });
    connect(m_snapshots, &SnapshotsPanel::compareRequested, this, [this](const QString &from, const QString &to) {
        m_sections->setCurrentWidget(m_migration);
        m_migration->compare(from, to, true);
    });
    connect(m_migration, &MigrationPanel::compared, m_message, &QLabel::setText);
    connect(m_migration, &MigrationPanel::customersRequested, this, &TimelinePage::customersRequested);
    connect(m_migration, &MigrationPanel::exportRequested, this, &TimelinePage::exportRequested);
    connect(m_campaigns, &CampaignPanel::exportRequested, this, &TimelinePage::exportRequested);
    connect(session, &WorkbenchSession::projectChanged, this, &TimelinePage::onProjectChanged);
    connect(session, &WorkbenchSession::resultChanged, m_campaigns, &CampaignPanel::reload);
}

TimelinePage::~TimelinePage() = default;

bool TimelinePage::isBusy() const
{
    return m_context->job()->isRunning();
}

void TimelinePage::onProjectChanged()
{
    // What was shown belongs to the previous frame (a comparison refers to its keys).
    m_context->job()->abandon();
    m_progress->hide();
    m_cancel->hide();
    m_message->clear();
    m_migration->clear();
    m_trend->clear();
    m_campaigns->clear();
    m_snapshots->reload();
    m_trend->resetDates();
    m_campaigns->reload();
}

void TimelinePage::showLatestMoves()
{
    m_sections->setCurrentWidget(m_migration);
    m_migration->compareLatest();
}

} // namespace Portrait::Ui
