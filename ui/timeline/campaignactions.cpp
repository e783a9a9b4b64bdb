#include "campaignactions.h"

#include "timelinecommands.h"
#include "timelinecontext.h"

#include "model/customerframe.h"
#include "project/campaignstore.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QTableWidgetItem>

#include <cmath>

namespace Portrait::Ui {

namespace {

struct CampaignActions
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::CampaignActions)
};

/// Deletes the campaign named name when the project has it (undoing a step whose campaign is gone
/// already is no error).
Status removeNamed(Project::ProjectFile &project, const QString &name)
{
    Project::CampaignStore store(project);
    auto all = store.list();
    if (!all)
        return all.error();
    for (const Project::CampaignStore::Summary &s : *all) {
        if (s.campaign.name == name)
            return store.remove(s.campaign.id);
    }
    return {};
}

std::function<void(Status)> reporting(TimelineContext *context)
{
    return [context](Status status) {
        if (!status)
            Q_EMIT context->failed(status.error().toString());
        Q_EMIT context->campaignsChanged();
    };
}

/// The campaign kept in memory while it is not in the project, to record it again.
struct KeptCampaign
{
    QString name;
    std::optional<Timeline::Campaign> campaign;
};

std::function<void()> recordingKept(TimelineContext *context, std::shared_ptr<KeptCampaign> kept)
{
    return [context, kept] {
        context->onProject<void>(
                [kept](Project::ProjectFile &project) -> Status {
                    if (!kept->campaign)
                        return {};   // its deletion failed: nothing to put back
                    auto id = Project::CampaignStore(project).save(*kept->campaign);
                    if (!id)
                        return id.error();
                    return {};
                },
                reporting(context));
    };
}

std::function<void()> removingKept(TimelineContext *context, std::shared_ptr<KeptCampaign> kept)
{
    return [context, kept] {
        context->onProject<void>(
                [kept](Project::ProjectFile &project) -> Status {
                    auto loaded = Project::CampaignStore(project).load(kept->name);
                    if (!loaded)
                        return loaded.error();
                    if (!*loaded)
                        return {};
                    kept->campaign = std::move(**loaded);
                    return removeNamed(project, kept->name);
                },
                reporting(context));
    };
}

} // namespace

QUndoCommand *recordedCampaignCommand(TimelineContext *context, const Timeline::Campaign &campaign,
                                      const QString &text)
{
    auto kept = std::make_shared<KeptCampaign>();
    kept->name = campaign.name;
    kept->campaign = campaign;
    return new QueuedCommand(text, recordingKept(context, kept), removingKept(context, kept), true);
}

QUndoCommand *deleteCampaignCommand(TimelineContext *context, const QString &name, const QString &text)
{
    auto kept = std::make_shared<KeptCampaign>();
    kept->name = name;
    return new QueuedCommand(text, removingKept(context, kept), recordingKept(context, kept), false);
}

void loadCampaignGroup(TimelineContext *context, std::shared_ptr<const Model::CustomerFrame> frame,
                       const QString &name, bool control, std::function<void(Result<CampaignGroup>)> done)
{
    context->onProject<CampaignGroup>(
            [frame, name, control](Project::ProjectFile &project) -> Result<CampaignGroup> {
                auto loaded = Project::CampaignStore(project).load(name);
                if (!loaded)
                    return loaded.error();
                if (!*loaded) {
                    return Error { CampaignActions::tr("The project has no campaign named “%1”.").arg(name),
                                   project.fileName(), 0, 0, {} };
                }
                const Timeline::CampaignMembers &members = (*loaded)->members;
                CampaignGroup group;
                group.rows = Timeline::groupRows(*frame, members, control);
                qint64 wanted = 0;
                for (const quint8 c : members.control)
                    wanted += bool(c) == control;
                group.missing = wanted - qint64(group.rows.size());
                return group;
            },
            std::move(done));
}

QTableWidgetItem *campaignNumber(double value, int decimals)
{
    // What rounds to zero shows as 0.0, not -0.0.
    const double shown = std::abs(value) < 0.5 * std::pow(10.0, -decimals) ? 0.0 : value;
    auto *item = new QTableWidgetItem(qIsNaN(value) ? QString() : QLocale().toString(shown, 'f', decimals));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString campaignDay(Model::Day day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

} // namespace Portrait::Ui
