#include "cliutil.h"
#include "commands.h"
#include "timelineoptions.h"

#include "project/projectfile.h"
#include "project/snapshotstore.h"
#include "timeline/snapshotjob.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct SnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::SnapshotCommand)
};

int listSnapshots(Project::ProjectFile &project)
{
    auto all = Project::SnapshotStore(project).list();
    if (!all)
        return fail(all.error());
    printLine(stdout, u"id\tname\tas_of\ttaken_at\torigin\tcustomers\tscored"_s);
    for (const Timeline::SnapshotInfo &s : *all) {
        printLine(stdout, u"%1\t%2\t%3\t%4\t%5\t%6\t%7"_s.arg(s.id)
                                  .arg(s.name, isoDay(s.asOf), s.takenAt.toString(Qt::ISODate),
                                       Timeline::originKey(s.origin))
                                  .arg(s.customers)
                                  .arg(s.scored));
    }
    return Ok;
}

int deleteSnapshot(Project::ProjectFile &project, const QString &nameOrId)
{
    Project::SnapshotStore store(project);
    auto found = store.find(nameOrId);
    if (!found)
        return fail(found.error());
    if (!*found) {
        printLine(stderr, u"portrait: error: "_s + SnapshotCommand::tr("the project has no snapshot “%1”").arg(nameOrId));
        return Failed;
    }
    if (Status s = store.remove((*found)->id); !s)
        return fail(s.error());
    printLine(stderr, SnapshotCommand::tr("Deleted snapshot “%1”.").arg((*found)->name));
    return Ok;
}

} // namespace

int snapshotCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            SnapshotCommand::tr("Take a snapshot of the segments, scores and tags as of a date (with the scoring "
                                "saved in the workbench), list the snapshots, or delete one."));
    const QCommandLineOption project(u"project"_s, SnapshotCommand::tr("The .portrait project."), u"P"_s);
    const QCommandLineOption asOf(u"as-of"_s, SnapshotCommand::tr("Score as of this date (default: the day after the "
                                                                  "latest order)."),
                                  u"YYYY-MM-DD"_s);
    const QCommandLineOption name(u"name"_s, SnapshotCommand::tr("The snapshot's name (default: Snapshot DATE)."),
                                  u"N"_s);
    const QCommandLineOption list(u"list"_s, SnapshotCommand::tr("List the snapshots."));
    const QCommandLineOption remove(u"delete"_s, SnapshotCommand::tr("Delete the snapshot with this name (or id)."),
                                    u"N"_s);
    parser.addOptions({ project, asOf, name, list, remove });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(project))
        return usageError(SnapshotCommand::tr("snapshot needs --project."), parser.helpText());
    if (int(parser.isSet(list)) + int(parser.isSet(remove)) + int(parser.isSet(asOf) || parser.isSet(name)) > 1)
        return usageError(SnapshotCommand::tr("Give --list, --delete N, or what to take (--as-of, --name)."),
                          parser.helpText());
    Model::Day day = Model::NoDay;
    if (parser.isSet(asOf)) {
        bool ok = false;
        day = parseIsoDay(parser.value(asOf), &ok);
        if (!ok)
            return usageError(SnapshotCommand::tr("--as-of must be a date like 2024-12-31."), parser.helpText());
    }
    if (parser.isSet(name) && parser.value(name).trimmed().isEmpty())
        return usageError(SnapshotCommand::tr("--name must not be empty."), parser.helpText());

    if (parser.isSet(list) || parser.isSet(remove)) {
        auto opened = Project::ProjectFile::open(parser.value(project), Project::ProjectFile::Lock::None);
        if (!opened)
            return fail(opened.error());
        return parser.isSet(list) ? listSnapshots(**opened) : deleteSnapshot(**opened, parser.value(remove));
    }
    TimelineProject p;
    if (int code = openTimelineProject(parser.value(project), parser, nullptr, p); code >= 0)
        return code;
    const Model::Day when = day != Model::NoDay ? day : Rfm::defaultAsOf(p.frame);
    const QString title = parser.isSet(name) ? parser.value(name).trimmed()
                                             : SnapshotCommand::tr("Snapshot %1").arg(isoDay(when));
    StderrProgress progress;
    CancelToken cancel;
    auto info = Timeline::takeSnapshot(*p.project, p.frame, p.settings, when, title, Timeline::SnapshotOrigin::Manual,
                                       progress, cancel);
    if (!info)
        return fail(info.error());
    printLine(stderr, SnapshotCommand::tr("Took snapshot %1 “%2” as of %3: %4 customers, %5 scored.")
                              .arg(info->id)
                              .arg(info->name, isoDay(info->asOf))
                              .arg(info->customers)
                              .arg(info->scored));
    return Ok;
}

} // namespace Portrait::Cli
