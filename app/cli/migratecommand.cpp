#include "cliutil.h"
#include "commands.h"
#include "timelineoptions.h"

#include "timeline/comparison.h"
#include "timeline/timelinecsv.h"
#include "timeline/timelinescoring.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct MigrateCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::MigrateCommand)
};

void printFlows(const Timeline::Comparison &c, bool chinese)
{
    printLine(stderr, MigrateCommand::tr("%1 → %2: %3 customers changed segment.")
                              .arg(c.from.label, c.to.label)
                              .arg(c.migration.moved));
    const QList<Timeline::Flow> flows = Timeline::flowsByLoss(c.from, c.to, c.migration);
    for (qsizetype i = 0; i < std::min<qsizetype>(flows.size(), 10); ++i) {
        const Timeline::Flow &f = flows.at(i);
        printLine(stderr, u"  %1 → %2: %3%4"_s.arg(Timeline::fromName(c.from, f.from, chinese),
                                                   Timeline::toName(c.to, f.to, chinese))
                                  .arg(f.customers)
                                  .arg(f.loss ? MigrateCommand::tr(" (loss)") : QString()));
    }
}

} // namespace

int migrateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            MigrateCommand::tr("Who moved from which segment to which between two dates or snapshots."));
    const QCommandLineOption project(u"project"_s, MigrateCommand::tr("The .portrait project."), u"P"_s);
    const QCommandLineOption from(u"from"_s, MigrateCommand::tr("A date (YYYY-MM-DD) or a snapshot's name."),
                                  u"DATE|SNAPSHOT"_s);
    const QCommandLineOption to(u"to"_s, MigrateCommand::tr("A date (YYYY-MM-DD) or a snapshot's name."),
                                u"DATE|SNAPSHOT"_s);
    const QCommandLineOption out(u"out"_s, MigrateCommand::tr("Write the segment × segment matrix here."),
                                 u"matrix.csv"_s);
    const QCommandLineOption moves(u"moves"_s, MigrateCommand::tr("Write the customers who changed segment here."),
                                   u"movers.csv"_s);
    const QCommandLineOption tags(u"tags"_s, MigrateCommand::tr("Write, per tag, who entered and who left here."),
                                  u"tags.csv"_s);
    const TimelineScoringOptions scoring;
    parser.addOptions({ project, from, to, out, moves, tags });
    parser.addOptions(scoring.all());
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(project) || !parser.isSet(from) || !parser.isSet(to) || !parser.isSet(out))
        return usageError(MigrateCommand::tr("migrate needs --project, --from, --to and --out."), parser.helpText());

    TimelineProject p;
    if (int code = openTimelineProject(parser.value(project), parser, &scoring, p); code >= 0)
        return code;
    auto spec = Timeline::scoringSpec(p.settings);
    if (!spec)
        return fail(spec.error());
    StderrProgress progress;
    CancelToken cancel;
    auto comparison = Timeline::compareSides(*p.project, p.frame, *spec, parser.value(from), parser.value(to),
                                             parser.isSet(tags), progress, cancel);
    if (!comparison)
        return fail(comparison.error());
    const bool chinese = chineseNames(parser, scoring, comparison->to.scheme);
    if (Status s = Timeline::writeMigrationCsv(*comparison, parser.value(out), chinese); !s)
        return fail(s.error());
    if (parser.isSet(moves)) {
        if (Status s = Timeline::writeMoversCsv(*comparison, parser.value(moves), chinese); !s)
            return fail(s.error());
    }
    if (parser.isSet(tags)) {
        if (Status s = Timeline::writeTagFlowsCsv(*comparison, parser.value(tags)); !s)
            return fail(s.error());
    }
    printFlows(*comparison, chinese);
    return Ok;
}

} // namespace Portrait::Cli
