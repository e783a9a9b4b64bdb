#include "cliutil.h"
#include "commands.h"
#include "exportaudience.h"
#include "savedlifetime.h"

#include "export/customerlist.h"
#include "export/listwriter.h"
#include "jobs/displaysettings.h"
#include "jobs/rfmjob.h"
#include "project/clusterstore.h"
#include "project/frameloader.h"
#include "project/projectfile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::ExportCommand)
};

struct ExportOptions
{
    QCommandLineOption project { u"project"_s, ExportCommand::tr("The .portrait project."), u"P"_s };
    QCommandLineOption out { u"out"_s, ExportCommand::tr("Write the list here (.csv or .xlsx)."), u"FILE"_s };
    QCommandLineOption format { u"format"_s, ExportCommand::tr("csv or xlsx (default: from the file name)."),
                                u"F"_s };
    QCommandLineOption encoding { u"encoding"_s, ExportCommand::tr("CSV encoding: utf-8 (with BOM) or gb18030."),
                                  u"E"_s, u"utf-8"_s };
    QCommandLineOption noMask { u"no-mask"_s, ExportCommand::tr("Write names, phones and e-mails unmasked.") };
    QCommandLineOption segment { u"segment"_s,
                                 ExportCommand::tr("Only this segment (English or Chinese name); repeatable."),
                                 u"NAME"_s };
    QCommandLineOption tier { u"tier"_s, ExportCommand::tr("Only this value tier: high, middle or low."), u"T"_s };
    QCommandLineOption tag { u"tag"_s,
                             ExportCommand::tr("Only customers with this tag of the project's dictionary (full path, "
                                               "e.g. 价值等级/高价值); repeatable: all of them."),
                             u"PATH"_s };
    QCommandLineOption group { u"group"_s,
                               ExportCommand::tr("Only customers in this group of the project's dictionary; "
                                                 "repeatable: all of them."),
                               u"NAME"_s };
    QCommandLineOption cluster { u"cluster"_s,
                                 ExportCommand::tr("Only customers of this cluster of the project's saved clustering "
                                                   "(its name or number); repeatable: any of them."),
                                 u"NAME"_s };
    QCommandLineOption columns { u"columns"_s, ExportCommand::tr("Comma-separated column keys (default: all)."),
                                 u"KEYS"_s };
    QCommandLineOption scheme { u"scheme"_s, ExportCommand::tr("cn8, rfm10, shop11 or a scheme file."), u"S"_s,
                                u"shop11"_s };
    QCommandLineOption method { u"method"_s, ExportCommand::tr("quantile, rfmpkg, ntile, mean or median."), u"M"_s };
    QCommandLineOption bins { u"bins"_s, ExportCommand::tr("Score levels: 3, 4 or 5."), u"N"_s, u"5"_s };
    QCommandLineOption asOf { u"as-of"_s,
                              ExportCommand::tr("Analysis date (default: the day after the latest order)."),
                              u"YYYY-MM-DD"_s };
    QCommandLineOption chinese { u"chinese-names"_s,
                                 ExportCommand::tr("Headers, segment and tier names in Chinese.") };
};

// What the command line asks for besides the RFM run; problem is set when it makes no sense.
struct ExportPlan
{
    Export::ListFormat format = Export::ListFormat::Csv;
    Export::CsvEncoding encoding = Export::CsvEncoding::Utf8Bom;
    QList<Export::ListColumn> columns = Export::defaultListColumns();
    std::optional<int> tier;
    QString problem;
};

QString columnKeys()
{
    QStringList keys;
    for (Export::ListColumn column : Export::defaultListColumns() + Export::lifetimeListColumns())
        keys.append(Export::listColumnKey(column));
    return keys.join(u", "_s);
}

ExportPlan refused(const QString &problem)
{
    ExportPlan plan;
    plan.problem = problem;
    return plan;
}

ExportPlan planExport(const QCommandLineParser &parser, const ExportOptions &o)
{
    ExportPlan plan;
    const QString out = parser.value(o.out);
    if (parser.isSet(o.format)) {
        const QString format = parser.value(o.format).toLower();
        if (format != u"csv"_s && format != u"xlsx"_s)
            return refused(ExportCommand::tr("--format must be csv or xlsx."));
        plan.format = format == u"csv"_s ? Export::ListFormat::Csv : Export::ListFormat::Xlsx;
    } else if (const auto format = Export::listFormatFromPath(out)) {
        plan.format = *format;
    } else {
        return refused(ExportCommand::tr("Name the file .csv or .xlsx, or give --format."));
    }
    const QString encoding = parser.value(o.encoding).toLower();
    if (encoding != u"utf-8"_s && encoding != u"utf8"_s && encoding != u"gb18030"_s)
        return refused(ExportCommand::tr("--encoding must be utf-8 or gb18030."));
    if (parser.isSet(o.encoding) && plan.format == Export::ListFormat::Xlsx)
        return refused(ExportCommand::tr("--encoding applies to CSV files only."));
    plan.encoding = encoding == u"gb18030"_s ? Export::CsvEncoding::Gb18030 : Export::CsvEncoding::Utf8Bom;
    if (parser.isSet(o.tier)) {
        const QString tier = parser.value(o.tier).toLower();
        const QStringList names { u"low"_s, u"middle"_s, u"high"_s };
        const QStringList chinese { u"低"_s, u"中"_s, u"高"_s };
        const qsizetype index = std::max(names.indexOf(tier), chinese.indexOf(tier));
        if (index < 0)
            return refused(ExportCommand::tr("--tier must be high, middle or low."));
        plan.tier = int(index);
    }
    if (parser.isSet(o.columns)) {
        plan.columns.clear();
        for (const QString &key : parser.value(o.columns).split(u',', Qt::SkipEmptyParts)) {
            const auto column = Export::listColumnFromKey(key.trimmed());
            if (!column)
                return refused(ExportCommand::tr("Unknown column \"%1\"; the columns are: %2.")
                                            .arg(key.trimmed(), columnKeys()));
            plan.columns.append(*column);
        }
    }
    return plan;
}

QString requestProblem(const QCommandLineParser &parser, const ExportOptions &o, Jobs::RfmRequest &request)
{
    bool ok = true;
    if (parser.isSet(o.asOf)) {
        request.metrics.asOf = parseIsoDay(parser.value(o.asOf), &ok);
        if (!ok)
            return ExportCommand::tr("--as-of must be a date like 2024-12-31.");
    }
    request.scoring.bins = parser.value(o.bins).toInt(&ok);
    if (!ok || request.scoring.bins < 3 || request.scoring.bins > 5)
        return ExportCommand::tr("--bins must be 3, 4 or 5.");
    if (parser.isSet(o.method)) {
        const auto method = Rfm::methodFromKey(parser.value(o.method));
        if (!method || *method == Rfm::Method::Thresholds)
            return ExportCommand::tr("--method must be quantile, rfmpkg, ntile, mean or median.");
        request.scoring.method = *method;
        request.methodGiven = true;
    }
    request.scheme = parser.value(o.scheme);
    return {};
}

/// 1/0 per frame row: the customers in any of the named clusters of the active clustering. On
/// error prints it and returns nothing with *exitCode set (Usage for a name the project lacks).
std::optional<std::vector<quint8>> selectClusters(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                                  const QStringList &names, int *exitCode)
{
    auto clustering = Project::loadActiveClustering(project);
    if (!clustering) {
        *exitCode = fail(clustering.error());
        return std::nullopt;
    }
    if (!*clustering || qsizetype((*clustering)->assignment.size()) != frame.size()) {
        printLine(stderr, u"portrait: error: "_s
                          + ExportCommand::tr("the project has no saved clusters; make them with `portrait cluster "
                                              "--save NAME` or on the Analytics page."));
        *exitCode = Usage;
        return std::nullopt;
    }
    const Analytics::Clustering &c = **clustering;
    std::vector<quint8> wanted(size_t(c.k), 0);
    for (const QString &name : names) {
        const int cluster = c.findCluster(name);
        if (cluster < 0) {
            printLine(stderr, u"portrait: error: "_s
                              + ExportCommand::tr("unknown cluster \"%1\"; the clusters of “%2” are: %3.")
                                        .arg(name, c.name, c.clusterNames().join(u", "_s)));
            *exitCode = Usage;
            return std::nullopt;
        }
        wanted[size_t(cluster)] = 1;
    }
    std::vector<quint8> keep(c.assignment.size(), 0);
    for (size_t row = 0; row < keep.size(); ++row)
        keep[row] = c.assignment[row] >= 0 && wanted[size_t(c.assignment[row])];
    return keep;
}

} // namespace

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportCommand::tr(
            "Export customers with their RFM results to CSV or XLSX. Names, phones and e-mails are masked "
            "unless --no-mask is given."));
    ExportOptions o;
    parser.addOptions({ o.project, o.out, o.format, o.encoding, o.noMask, o.segment, o.tier, o.tag, o.group,
                        o.cluster, o.columns, o.scheme, o.method, o.bins, o.asOf, o.chinese });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(o.project) || !parser.isSet(o.out))
        return usageError(ExportCommand::tr("export needs --project and --out."), parser.helpText());
    const ExportPlan plan = planExport(parser, o);
    if (!plan.problem.isEmpty())
        return usageError(plan.problem, parser.helpText());
    Jobs::RfmRequest request;
    if (const QString problem = requestProblem(parser, o, request); !problem.isEmpty())
        return usageError(problem, parser.helpText());

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
    const auto lifetime = savedLifetime(**project, *frame);
    // Tags are computed over this very RFM run, so --tag agrees with `portrait tag` given the same options.
    const AudienceFilter audienceFilter { parser.values(o.tag), parser.values(o.group) };
    std::optional<std::vector<quint8>> audience;
    if (!audienceFilter.isEmpty()) {
        int code = Failed;
        audience = selectAudience(**project, *frame, *result, request.metrics, audienceFilter,
                                  lifetime ? &lifetime->scores : nullptr, &code);
        if (!audience)
            return code;
    }

    std::optional<std::vector<quint8>> inClusters;
    if (parser.isSet(o.cluster)) {
        int code = Failed;
        inClusters = selectClusters(**project, *frame, parser.values(o.cluster), &code);
        if (!inClusters)
            return code;
    }

    Export::CustomerList list;
    list.frame = std::make_shared<const Model::CustomerFrame>(frame.takeValue());
    list.result = std::make_shared<const Rfm::RfmResult>(result.takeValue());
    list.columns = plan.columns;
    if (lifetime) {
        list.lifetime = std::shared_ptr<const Analytics::LifetimeScores>(lifetime, &lifetime->scores);
        if (!parser.isSet(o.columns))
            list.columns += Export::lifetimeListColumns();
    }
    list.mask = !parser.isSet(o.noMask);
    list.chinese = parser.isSet(o.chinese) || list.result->scheme.preferChinese;
    // The monetary header names the project's currency, as the workbench shows it.
    const auto display = Jobs::loadDisplaySettings(**project);
    if (!display)
        return fail(display.error());
    list.currency = display->currency.value_or(Jobs::defaultCurrency(*list.frame));

    QList<int> segments;
    const Rfm::SegmentScheme &scheme = list.result->scheme;
    for (const QString &name : parser.values(o.segment)) {
        const auto segment = Export::findSegment(scheme, name);
        if (!segment) {
            QStringList names;
            for (int rule = 0; rule <= scheme.rules.size(); ++rule)
                names.append(scheme.displayName(rule, list.chinese));
            return usageError(ExportCommand::tr("Unknown segment \"%1\"; the segments of %2 are: %3.")
                                      .arg(name, scheme.id, names.join(u", "_s)),
                              parser.helpText());
        }
        segments.append(*segment);
    }
    list.rows = Export::selectRows(*list.frame, *list.result, segments, plan.tier);
    if (audience)
        std::erase_if(list.rows, [&audience](qint32 row) { return !(*audience)[size_t(row)]; });
    if (inClusters)
        std::erase_if(list.rows, [&inClusters](qint32 row) { return !(*inClusters)[size_t(row)]; });

    const QString out = parser.value(o.out);
    if (Status status = Export::writeCustomerList(list, out, plan.format, plan.encoding, progress, cancel); !status)
        return fail(status.error());
    printLine(stderr, list.mask ? ExportCommand::tr("Wrote %1 customers to %2 (personal data masked).")
                                          .arg(list.rows.size())
                                          .arg(out)
                                : ExportCommand::tr("Wrote %1 customers to %2 (personal data NOT masked).")
                                          .arg(list.rows.size())
                                          .arg(out));
    return Ok;
}

} // namespace Portrait::Cli
