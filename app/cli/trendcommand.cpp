#include "cliutil.h"
#include "commands.h"
#include "timelineoptions.h"

#include "timeline/periods.h"
#include "timeline/timelinecsv.h"
#include "timeline/timelinescoring.h"
#include "timeline/trend.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct TrendCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::TrendCommand)
};

} // namespace

int trendCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            TrendCommand::tr("Segment sizes and revenue at the first day of every week, month or quarter between two "
                             "dates, each scored as `portrait rfm --as-of` would."));
    const QCommandLineOption project(u"project"_s, TrendCommand::tr("The .portrait project."), u"P"_s);
    const QCommandLineOption from(u"from"_s, TrendCommand::tr("The first period is the one holding this date."),
                                  u"DATE"_s);
    const QCommandLineOption to(u"to"_s, TrendCommand::tr("The last period is the one holding this date."), u"DATE"_s);
    const QCommandLineOption every(u"every"_s, TrendCommand::tr("month, week or quarter."), u"P"_s, u"month"_s);
    const QCommandLineOption out(u"out"_s, TrendCommand::tr("Write trend.csv here."), u"trend.csv"_s);
    const TimelineScoringOptions scoring;
    parser.addOptions({ project, from, to, every, out });
    parser.addOptions(scoring.all());
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(project) || !parser.isSet(from) || !parser.isSet(to) || !parser.isSet(out))
        return usageError(TrendCommand::tr("trend needs --project, --from, --to and --out."), parser.helpText());
    bool fromOk = false, toOk = false;
    const Model::Day first = parseIsoDay(parser.value(from), &fromOk);
    const Model::Day last = parseIsoDay(parser.value(to), &toOk);
    if (!fromOk || !toOk)
        return usageError(TrendCommand::tr("--from and --to must be dates like 2024-12-31."), parser.helpText());
    if (last < first)
        return usageError(TrendCommand::tr("--to must not be before --from."), parser.helpText());
    const auto period = Timeline::everyFromKey(parser.value(every));
    if (!period)
        return usageError(TrendCommand::tr("--every must be month, week or quarter."), parser.helpText());

    TimelineProject p;
    if (int code = openTimelineProject(parser.value(project), parser, &scoring, p); code >= 0)
        return code;
    auto spec = Timeline::scoringSpec(p.settings);
    if (!spec)
        return fail(spec.error());
    StderrProgress progress;
    CancelToken cancel;
    auto trend = Timeline::computeTrend(p.frame, *spec, Timeline::periodStarts(first, last, *period), progress, cancel);
    if (!trend)
        return fail(trend.error());
    const bool chinese = chineseNames(parser, scoring, trend->scheme);
    if (Status s = Timeline::writeTrendCsv(*trend, parser.value(out), chinese); !s)
        return fail(s.error());
    printLine(stderr, TrendCommand::tr("Wrote %n period(s) to %1.", nullptr, int(trend->points.size())).arg(parser.value(out)));
    return Ok;
}

} // namespace Portrait::Cli
