#include "cliutil.h"
#include "commands.h"

#include "export/rfmcsv.h"
#include "jobs/rfmjob.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "rfm/schemelint.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct RfmCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::RfmCommand)
};

struct RfmOptions
{
    QCommandLineOption project { u"project"_s, RfmCommand::tr("The .portrait project."), u"P"_s };
    QCommandLineOption asOf { u"as-of"_s, RfmCommand::tr("Analysis date (default: the day after the latest order)."),
                              u"YYYY-MM-DD"_s };
    QCommandLineOption window { u"window-days"_s, RfmCommand::tr("Only orders of the last N days."), u"N"_s };
    QCommandLineOption bins { u"bins"_s, RfmCommand::tr("Score levels: 3, 4 or 5."), u"N"_s, u"5"_s };
    QCommandLineOption method { u"method"_s, RfmCommand::tr("quantile, rfmpkg, ntile, mean or median."), u"M"_s };
    QCommandLineOption thresholds { u"thresholds"_s, RfmCommand::tr("JSON file with cut points per dimension."),
                                    u"FILE"_s };
    QCommandLineOption scheme { u"scheme"_s, RfmCommand::tr("cn8, rfm10, shop11 or a scheme file."), u"S"_s,
                                u"shop11"_s };
    QCommandLineOption returns { u"returns"_s, RfmCommand::tr("net or exclude."), u"R"_s, u"net"_s };
    QCommandLineOption frequency { u"frequency"_s, RfmCommand::tr("orders or days."), u"F"_s, u"orders"_s };
    QCommandLineOption monetary { u"monetary"_s, RfmCommand::tr("sum or average."), u"M"_s, u"sum"_s };
    QCommandLineOption out { u"out"_s, RfmCommand::tr("Write rfm.csv here."), u"FILE"_s };
    QCommandLineOption chinese { u"chinese-names"_s, RfmCommand::tr("Write segment names in Chinese.") };
};

// Fills the request from the options; returns an error message, empty when all is well.
QString buildRequest(const QCommandLineParser &parser, const RfmOptions &o, Jobs::RfmRequest &request)
{
    bool ok = true;
    if (parser.isSet(o.asOf)) {
        request.metrics.asOf = parseIsoDay(parser.value(o.asOf), &ok);
        if (!ok)
            return RfmCommand::tr("--as-of must be a date like 2024-12-31.");
    }
    if (parser.isSet(o.window)) {
        request.metrics.windowDays = parser.value(o.window).toInt(&ok);
        if (!ok || request.metrics.windowDays <= 0)
            return RfmCommand::tr("--window-days must be a positive whole number.");
    }
    request.scoring.bins = parser.value(o.bins).toInt(&ok);
    if (!ok || request.scoring.bins < 3 || request.scoring.bins > 5)
        return RfmCommand::tr("--bins must be 3, 4 or 5.");
    if (parser.isSet(o.method)) {
        const auto method = Rfm::methodFromKey(parser.value(o.method));
        if (!method || *method == Rfm::Method::Thresholds)
            return RfmCommand::tr("--method must be quantile, rfmpkg, ntile, mean or median.");
        request.scoring.method = *method;
        request.methodGiven = true;
    }
    const QString returns = parser.value(o.returns), frequency = parser.value(o.frequency),
                  monetary = parser.value(o.monetary);
    if (returns != u"net"_s && returns != u"exclude"_s)
        return RfmCommand::tr("--returns must be net or exclude.");
    if (frequency != u"orders"_s && frequency != u"days"_s)
        return RfmCommand::tr("--frequency must be orders or days.");
    if (monetary != u"sum"_s && monetary != u"average"_s)
        return RfmCommand::tr("--monetary must be sum or average.");
    request.metrics.returns = returns == u"net"_s ? Rfm::ReturnsMode::Net : Rfm::ReturnsMode::Exclude;
    request.metrics.frequency = frequency == u"orders"_s ? Rfm::FrequencyMode::Orders : Rfm::FrequencyMode::Days;
    request.metrics.monetary = monetary == u"sum"_s ? Rfm::MonetaryMode::Sum : Rfm::MonetaryMode::Average;
    request.scheme = parser.value(o.scheme);
    return {};
}

void printSummary(const Rfm::RfmResult &result, bool chinese)
{
    printLine(stdout, RfmCommand::tr("segment\tcustomers\tshare\trevenue\trevenue share"));
    for (const Rfm::SegmentSummary &s : Rfm::summarize(result, chinese)) {
        printLine(stdout, u"%1\t%2\t%3%\t%4\t%5%"_s.arg(s.name)
                                  .arg(s.customers)
                                  .arg(s.customerShare * 100, 0, 'f', 1)
                                  .arg(s.revenue, 0, 'f', 2)
                                  .arg(s.revenueShare * 100, 0, 'f', 1));
    }
}

void printCuts(const Rfm::RfmResult &result)
{
    const char *names[] = { "R", "F", "M" };
    QString line = RfmCommand::tr("method %1, as of %2; cut points:").arg(Rfm::methodKey(result.scores.method),
                                                                          isoDay(result.metrics.asOf));
    for (int d = 0; d < 3; ++d) {
        QStringList cuts;
        for (double cut : result.scores.cuts[size_t(d)])
            cuts.append(QString::number(cut, 'g', 10));
        line += u" %1 [%2]"_s.arg(QLatin1StringView(names[d]), cuts.join(u", "_s));
    }
    printLine(stderr, line);
}

} // namespace

int rfmCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RfmCommand::tr("Score and segment the customers of a project."));
    RfmOptions o;
    parser.addOptions({ o.project, o.asOf, o.window, o.bins, o.method, o.thresholds, o.scheme, o.returns,
                        o.frequency, o.monetary, o.out, o.chinese });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(o.project))
        return usageError(RfmCommand::tr("rfm needs --project."), parser.helpText());

    Jobs::RfmRequest request;
    if (const QString problem = buildRequest(parser, o, request); !problem.isEmpty())
        return usageError(problem, parser.helpText());
    if (parser.isSet(o.thresholds)) {
        auto cuts = Jobs::loadThresholds(parser.value(o.thresholds));
        if (!cuts)
            return fail(cuts.error());
        request.scoring.thresholds = *cuts;
        if (!request.methodGiven)
            request.scoring.method = Rfm::Method::Thresholds;
    }

    auto project = Project::ProjectFile::open(parser.value(o.project), Project::ProjectFile::Lock::None);
    if (!project)
        return fail(project.error());
    StderrProgress progress;
    CancelToken cancel;
    auto frame = Project::loadFrame(**project, progress, cancel);
    if (!frame)
        return fail(frame.error());
    auto result = Jobs::runRfmRequest(*frame, request);
    if (!result)
        return fail(result.error());

    printCuts(*result);
    printIssues(result->scores.issues);
    const bool chinese = parser.isSet(o.chinese) || result->scheme.preferChinese;
    for (const Rfm::LintFinding &finding : Rfm::lintScheme(result->scheme, chinese))
        printLine(stderr, RfmCommand::tr("scheme: %1").arg(finding.text));
    if (parser.isSet(o.out)) {
        if (Status status = Export::writeRfmCsv(*frame, *result, parser.value(o.out), chinese); !status)
            return fail(status.error());
        printLine(stderr, RfmCommand::tr("Wrote %1 customers to %2.").arg(frame->size()).arg(parser.value(o.out)));
    } else {
        printSummary(*result, chinese);
    }
    return Ok;
}

} // namespace Portrait::Cli
