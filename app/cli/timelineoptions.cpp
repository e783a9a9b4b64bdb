#include "timelineoptions.h"

#include "cliutil.h"

#include "jobs/rfmjob.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "timeline/timelinescoring.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct TimelineOptions
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::TimelineOptions)
};

QString savedNote()
{
    return TimelineOptions::tr("(default: as saved in the workbench)");
}

// The metric options: returns an error message, empty when all is well.
QString applyMetricOptions(const QCommandLineParser &parser, const TimelineScoringOptions &o, Rfm::MetricOptions &metrics)
{
    if (parser.isSet(o.window)) {
        bool ok = false;
        metrics.windowDays = parser.value(o.window).toInt(&ok);
        if (!ok || metrics.windowDays <= 0)
            return TimelineOptions::tr("--window-days must be a positive whole number.");
    }
    if (parser.isSet(o.returns)) {
        const QString value = parser.value(o.returns);
        if (value != u"net"_s && value != u"exclude"_s)
            return TimelineOptions::tr("--returns must be net or exclude.");
        metrics.returns = value == u"net"_s ? Rfm::ReturnsMode::Net : Rfm::ReturnsMode::Exclude;
    }
    if (parser.isSet(o.frequency)) {
        const QString value = parser.value(o.frequency);
        if (value != u"orders"_s && value != u"days"_s)
            return TimelineOptions::tr("--frequency must be orders or days.");
        metrics.frequency = value == u"orders"_s ? Rfm::FrequencyMode::Orders : Rfm::FrequencyMode::Days;
    }
    if (parser.isSet(o.monetary)) {
        const QString value = parser.value(o.monetary);
        if (value != u"sum"_s && value != u"average"_s)
            return TimelineOptions::tr("--monetary must be sum or average.");
        metrics.monetary = value == u"sum"_s ? Rfm::MonetaryMode::Sum : Rfm::MonetaryMode::Average;
    }
    return {};
}

} // namespace

TimelineScoringOptions::TimelineScoringOptions()
    : window(u"window-days"_s, TimelineOptions::tr("Only orders of the last N days before each date %1.").arg(savedNote()),
             u"N"_s)
    , bins(u"bins"_s, TimelineOptions::tr("Score levels: 3, 4 or 5 %1.").arg(savedNote()), u"N"_s)
    , method(u"method"_s, TimelineOptions::tr("quantile, rfmpkg, ntile, mean or median %1.").arg(savedNote()), u"M"_s)
    , thresholds(u"thresholds"_s, TimelineOptions::tr("JSON file with cut points per dimension."), u"FILE"_s)
    , scheme(u"scheme"_s, TimelineOptions::tr("cn8, rfm10, shop11 or a scheme file %1.").arg(savedNote()), u"S"_s)
    , returns(u"returns"_s, TimelineOptions::tr("net or exclude %1.").arg(savedNote()), u"R"_s)
    , frequency(u"frequency"_s, TimelineOptions::tr("orders or days %1.").arg(savedNote()), u"F"_s)
    , monetary(u"monetary"_s, TimelineOptions::tr("sum or average %1.").arg(savedNote()), u"M"_s)
    , chinese(u"chinese-names"_s, TimelineOptions::tr("Write segment names in Chinese."))
{
}

QList<QCommandLineOption> TimelineScoringOptions::all() const
{
    return { window, bins, method, thresholds, scheme, returns, frequency, monetary, chinese };
}

QString applyScoringOptions(const QCommandLineParser &parser, const TimelineScoringOptions &o,
                            Jobs::RfmSettings &settings)
{
    Jobs::RfmRequest &request = settings.request;
    if (const QString problem = applyMetricOptions(parser, o, request.metrics); !problem.isEmpty())
        return problem;
    if (parser.isSet(o.bins)) {
        bool ok = false;
        request.scoring.bins = parser.value(o.bins).toInt(&ok);
        if (!ok || request.scoring.bins < 3 || request.scoring.bins > 5)
            return TimelineOptions::tr("--bins must be 3, 4 or 5.");
    }
    if (parser.isSet(o.method)) {
        const auto method = Rfm::methodFromKey(parser.value(o.method));
        if (!method || *method == Rfm::Method::Thresholds)
            return TimelineOptions::tr("--method must be quantile, rfmpkg, ntile, mean or median.");
        request.scoring.method = *method;
        request.methodGiven = true;
    }
    if (parser.isSet(o.thresholds)) {
        auto cuts = Jobs::loadThresholds(parser.value(o.thresholds));
        if (!cuts)
            return cuts.error().toString();
        request.scoring.thresholds = *cuts;
        if (!request.methodGiven)
            request.scoring.method = Rfm::Method::Thresholds;
    }
    if (parser.isSet(o.scheme)) {
        request.scheme = parser.value(o.scheme);
        settings.editedScheme.reset();
    }
    for (const QCommandLineOption &option : o.all()) {
        if (option.names() != o.chinese.names() && parser.isSet(option))
            settings.cuts = {};
    }
    return {};
}

int openTimelineProject(const QString &path, const QCommandLineParser &parser, const TimelineScoringOptions *options,
                        TimelineProject &out)
{
    auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
    if (!project)
        return fail(project.error());
    out.project = project.takeValue();
    StderrProgress progress;
    CancelToken cancel;
    auto frame = Project::loadFrame(*out.project, progress, cancel);
    if (!frame)
        return fail(frame.error());
    out.frame = frame.takeValue();
    QString problem;
    out.settings = Timeline::projectSettings(*out.project, &problem);
    if (!problem.isEmpty())
        printLine(stderr, TimelineOptions::tr("The saved scoring cannot be read (%1); the defaults are used.").arg(problem));
    if (options) {
        if (const QString bad = applyScoringOptions(parser, *options, out.settings); !bad.isEmpty())
            return usageError(bad, parser.helpText());
    }
    return -1;
}

bool chineseNames(const QCommandLineParser &parser, const TimelineScoringOptions &o, const Rfm::SegmentScheme &scheme)
{
    return parser.isSet(o.chinese) || scheme.preferChinese;
}

} // namespace Portrait::Cli
