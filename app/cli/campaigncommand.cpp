#include "cliutil.h"
#include "commands.h"
#include "timelineoptions.h"

#include "export/listwriter.h"
#include "jobs/rfmsettings.h"
#include "project/campaignstore.h"
#include "timeline/campaignjob.h"
#include "timeline/timelinecsv.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct CampaignCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::CampaignCommand)
};

QString campaignUsage()
{
    return CampaignCommand::tr("usage: portrait campaign create --project P --name N [--as-of DATE] [--segment S ...]\n"
                               "                                [--tag T ...] [--group G ...] [--cluster C ...]\n"
                               "                                [--customer ID ...] --control PCT --seed S\n"
                               "                                --out treated.csv [--control-out control.csv]\n"
                               "       portrait campaign evaluate --project P --name N [--window-days N]\n"
                               "                                --out evaluation.csv\n"
                               "       portrait campaign export --project P --name N --out treated.csv\n"
                               "                                [--control-out control.csv]\n"
                               "       portrait campaign list --project P\n"
                               "       portrait campaign delete --project P --name N");
}

QCommandLineOption projectOption()
{
    return { u"project"_s, CampaignCommand::tr("The .portrait project."), u"P"_s };
}

QCommandLineOption nameOption()
{
    return { u"name"_s, CampaignCommand::tr("The campaign's name."), u"N"_s };
}

/// Where `create` and `export` write the treated and control customers.
struct ListOptions
{
    QCommandLineOption out { u"out"_s, CampaignCommand::tr("Write the treated customers here (.csv or .xlsx)."),
                             u"treated.csv"_s };
    QCommandLineOption controlOut { u"control-out"_s, CampaignCommand::tr("Write the control group here."),
                                    u"control.csv"_s };
    QCommandLineOption noMask { u"no-mask"_s, CampaignCommand::tr("Write names, phones and e-mails unmasked.") };
};

int writeList(std::shared_ptr<const Rfm::RfmResult> result, const Model::CustomerFrame &frame,
              std::vector<qint32> rows, const QString &path, bool mask, bool chinese)
{
    const auto format = Export::listFormatFromPath(path);
    if (!format)
        return usageError(CampaignCommand::tr("Name the list .csv or .xlsx: %1").arg(path), campaignUsage());
    Export::CustomerList list;
    list.frame = std::shared_ptr<const Model::CustomerFrame>(&frame, [](const Model::CustomerFrame *) { });
    list.result = std::move(result);
    list.rows = std::move(rows);
    list.mask = mask;
    list.chinese = chinese;
    StderrProgress progress;
    CancelToken cancel;
    if (Status s = Export::writeCustomerList(list, path, *format, Export::CsvEncoding::Utf8Bom, progress, cancel); !s)
        return fail(s.error());
    printLine(stderr, mask ? CampaignCommand::tr("Wrote %1 customers to %2 (personal data masked).").arg(list.rows.size()).arg(path)
                           : CampaignCommand::tr("Wrote %1 customers to %2 (personal data NOT masked).")
                                     .arg(list.rows.size())
                                     .arg(path));
    return Ok;
}

void printDraft(const Timeline::CampaignDraft &draft, bool chinese)
{
    const Timeline::Campaign &c = draft.campaign;
    printLine(stderr, CampaignCommand::tr("Campaign “%1” as of %2: %3 customers, %4 treated, %5 in the control group.")
                              .arg(c.name, isoDay(c.asOf))
                              .arg(c.members.size())
                              .arg(draft.treatedRows.size())
                              .arg(draft.controlRows.size()));
    const Rfm::SegmentScheme &scheme = draft.scored.rfm->scheme;
    std::vector<qint64> size(size_t(c.members.segmentNames.size()), 0), control(size.size(), 0);
    for (size_t i = 0; i < size_t(c.members.size()); ++i) {
        ++size[size_t(c.members.segment[i])];
        control[size_t(c.members.segment[i])] += c.members.control[i];
    }
    for (size_t s = 0; s < size.size(); ++s) {
        if (size[s] > 0)
            printLine(stderr, u"  %1: %2 / %3"_s.arg(scheme.displayName(int(s), chinese)).arg(control[s]).arg(size[s]));
    }
}

int create(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CampaignCommand::tr(
            "Record a campaign as of a date: its customers, with a seeded random control group drawn in every "
            "segment, and write the treated list (masked unless --no-mask)."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption name = nameOption();
    const QCommandLineOption asOf(u"as-of"_s, CampaignCommand::tr("The campaign's date (default: the day after the "
                                                                  "latest order)."),
                                  u"YYYY-MM-DD"_s);
    const QCommandLineOption segment(u"segment"_s, CampaignCommand::tr("Only this segment; repeatable: any of them."),
                                     u"S"_s);
    const QCommandLineOption tag(u"tag"_s, CampaignCommand::tr("Only customers with this tag; repeatable: all."), u"T"_s);
    const QCommandLineOption group(u"group"_s, CampaignCommand::tr("Only customers in this group; repeatable: all."),
                                   u"G"_s);
    const QCommandLineOption cluster(u"cluster"_s,
                                     CampaignCommand::tr("Only customers of this cluster of the project's saved "
                                                         "clustering (its name or number); repeatable: any of them."),
                                     u"C"_s);
    const QCommandLineOption customer(u"customer"_s,
                                      CampaignCommand::tr("Only this customer (an id, e.g. from a list the analyst "
                                                          "picked); repeatable: only these."),
                                      u"ID"_s);
    const QCommandLineOption control(u"control"_s, CampaignCommand::tr("Percentage of each segment held back."),
                                     u"PCT"_s);
    const QCommandLineOption seed(u"seed"_s, CampaignCommand::tr("Seed of the random draw."), u"S"_s);
    const ListOptions lists;
    const QCommandLineOption &out = lists.out, &controlOut = lists.controlOut, &noMask = lists.noMask;
    const TimelineScoringOptions scoring;
    parser.addOptions({ project, name, asOf, segment, tag, group, cluster, customer, control, seed, out, controlOut,
                        noMask });
    parser.addOptions(scoring.all());
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(project) || !parser.isSet(name) || !parser.isSet(control) || !parser.isSet(seed)
        || !parser.isSet(out))
        return usageError(CampaignCommand::tr("campaign create needs --project, --name, --control, --seed and --out."),
                          parser.helpText());
    Timeline::CampaignRequest request;
    request.name = parser.value(name);
    bool ok = true;
    request.controlPercent = parser.value(control).toDouble(&ok);
    if (!ok || !(request.controlPercent > 0 && request.controlPercent < 100))
        return usageError(CampaignCommand::tr("--control must be a percentage above 0 and below 100."), parser.helpText());
    request.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usageError(CampaignCommand::tr("--seed must be a whole number of 0 or more."), parser.helpText());
    if (parser.isSet(asOf)) {
        request.asOf = parseIsoDay(parser.value(asOf), &ok);
        if (!ok)
            return usageError(CampaignCommand::tr("--as-of must be a date like 2024-12-31."), parser.helpText());
    }
    request.segments = parser.values(segment);
    request.tags = parser.values(tag);
    request.groups = parser.values(group);
    request.clusters = parser.values(cluster);
    request.customers = parser.values(customer);

    TimelineProject p;
    if (int code = openTimelineProject(parser.value(project), parser, &scoring, p); code >= 0)
        return code;
    auto draft = Timeline::draftCampaign(*p.project, p.frame, p.settings, request);
    if (!draft)
        return fail(draft.error());
    const bool chinese = chineseNames(parser, scoring, draft->scored.rfm->scheme);
    if (int code = writeList(draft->scored.rfm, p.frame, draft->treatedRows, parser.value(out), !parser.isSet(noMask),
                             chinese);
        code != Ok)
        return code;
    if (parser.isSet(controlOut)) {
        if (int code = writeList(draft->scored.rfm, p.frame, draft->controlRows, parser.value(controlOut),
                                 !parser.isSet(noMask), chinese);
            code != Ok)
            return code;
    }
    auto id = Project::CampaignStore(*p.project).save(draft->campaign);
    if (!id)
        return fail(id.error());
    printDraft(*draft, chinese);
    return Ok;
}

int evaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CampaignCommand::tr(
            "Evaluate a recorded campaign against the orders the project has now: responders, revenue and the "
            "uplift of treated over control customers with its 95 % confidence interval, per segment and overall."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption name = nameOption();
    const QCommandLineOption window(u"window-days"_s,
                                    CampaignCommand::tr("A response is an order within N days after the campaign's "
                                                        "date (default: %1).")
                                            .arg(Timeline::DefaultWindowDays),
                                    u"N"_s);
    const QCommandLineOption out(u"out"_s, CampaignCommand::tr("Write evaluation.csv here."), u"evaluation.csv"_s);
    const QCommandLineOption chinese(u"chinese-names"_s, CampaignCommand::tr("Write segment names in Chinese."));
    parser.addOptions({ project, name, window, out, chinese });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(project) || !parser.isSet(name) || !parser.isSet(out))
        return usageError(CampaignCommand::tr("campaign evaluate needs --project, --name and --out."), parser.helpText());
    std::optional<int> days;
    if (parser.isSet(window)) {
        bool ok = false;
        days = parser.value(window).toInt(&ok);
        if (!ok || *days <= 0)
            return usageError(CampaignCommand::tr("--window-days must be a positive whole number."), parser.helpText());
    }
    TimelineProject p;
    if (int code = openTimelineProject(parser.value(project), parser, nullptr, p); code >= 0)
        return code;
    auto evaluated = Timeline::evaluateRecordedCampaign(*p.project, p.frame, parser.value(name), days);
    if (!evaluated)
        return fail(evaluated.error());
    const bool zh = parser.isSet(chinese) || evaluated->scheme.preferChinese;
    if (Status s = Timeline::writeEvaluationCsv(*evaluated, parser.value(out), zh); !s)
        return fail(s.error());
    const Timeline::CampaignEvaluation &e = evaluated->evaluation;
    if (!e.windowComplete()) {
        printLine(stderr, CampaignCommand::tr("warning: the orders end on %1, before the window's last day %2: the "
                                              "figures may still grow.")
                                  .arg(isoDay(e.latestOrderDay), isoDay(e.windowEnd)));
    }
    if (e.missingMembers > 0)
        printLine(stderr, CampaignCommand::tr("warning: %1 members are no longer in the project; they count as not "
                                              "responding.").arg(e.missingMembers));
    for (const Timeline::StratumEvaluation &s : e.strata)
        printLine(stdout, Timeline::stratumName(*evaluated, s, zh) + u": "_s + Timeline::verdictText(s));
    printLine(stdout, Timeline::stratumName(*evaluated, e.overall, zh) + u": "_s + Timeline::verdictText(e.overall));
    return Ok;
}

/// The recorded campaign named name, or nullopt after printing why (the exit code in *code).
std::optional<Timeline::Campaign> recorded(Project::ProjectFile &project, const QString &name, int *code)
{
    auto loaded = Project::CampaignStore(project).load(name);
    if (!loaded) {
        *code = fail(loaded.error());
        return std::nullopt;
    }
    if (!*loaded) {
        printLine(stderr, u"portrait: error: "_s + CampaignCommand::tr("the project has no campaign named “%1”").arg(name));
        *code = Failed;
        return std::nullopt;
    }
    return std::move(**loaded);
}

int exportLists(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CampaignCommand::tr(
            "Write a recorded campaign's treated (and control) customers again, with their segments as of the "
            "campaign's date (masked unless --no-mask). Members the project no longer has are left out."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption name = nameOption();
    const ListOptions lists;
    const QCommandLineOption &out = lists.out, &controlOut = lists.controlOut, &noMask = lists.noMask;
    const QCommandLineOption chinese(u"chinese-names"_s, CampaignCommand::tr("Write segment names in Chinese."));
    parser.addOptions({ project, name, out, controlOut, noMask, chinese });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(project) || !parser.isSet(name) || !parser.isSet(out))
        return usageError(CampaignCommand::tr("campaign export needs --project, --name and --out."), parser.helpText());
    TimelineProject p;
    if (int code = openTimelineProject(parser.value(project), parser, nullptr, p); code >= 0)
        return code;
    int code = Ok;
    const auto campaign = recorded(*p.project, parser.value(name).trimmed(), &code);
    if (!campaign)
        return code;
    auto settings = Jobs::rfmSettingsFromJson(campaign->settingsJson, p.project->fileName());
    if (!settings)
        return fail(settings.error());
    auto scored = Jobs::runRfmSettings(p.frame, *settings);
    if (!scored)
        return fail(scored.error());
    auto result = std::make_shared<const Rfm::RfmResult>(scored.takeValue());
    const bool zh = parser.isSet(chinese) || result->scheme.preferChinese;
    std::vector<qint32> treated = Timeline::groupRows(p.frame, campaign->members, false);
    std::vector<qint32> control = Timeline::groupRows(p.frame, campaign->members, true);
    if (const qsizetype missing = campaign->members.size() - qsizetype(treated.size() + control.size()); missing > 0)
        printLine(stderr, CampaignCommand::tr("warning: %1 members are no longer in the project; they are left out.")
                                  .arg(missing));
    if (int written = writeList(result, p.frame, std::move(treated), parser.value(out), !parser.isSet(noMask), zh);
        written != Ok)
        return written;
    if (parser.isSet(controlOut))
        return writeList(result, p.frame, std::move(control), parser.value(controlOut), !parser.isSet(noMask), zh);
    return Ok;
}

int listCampaigns(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CampaignCommand::tr("List the recorded campaigns, newest first."));
    const QCommandLineOption project = projectOption();
    parser.addOption(project);
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(project))
        return usageError(CampaignCommand::tr("campaign list needs --project."), parser.helpText());
    auto opened = Project::ProjectFile::open(parser.value(project), Project::ProjectFile::Lock::None);
    if (!opened)
        return fail(opened.error());
    auto all = Project::CampaignStore(**opened).list();
    if (!all)
        return fail(all.error());
    printLine(stdout, u"id\tname\tas_of\tcreated_at\tcontrol_percent\tseed\ttreated\tcontrol"_s);
    for (const Project::CampaignStore::Summary &s : *all) {
        const Timeline::Campaign &c = s.campaign;
        printLine(stdout, u"%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8"_s.arg(c.id)
                                  .arg(c.name, isoDay(c.asOf), c.createdAt.toString(Qt::ISODate))
                                  .arg(c.controlPercent)
                                  .arg(c.seed)
                                  .arg(s.treated)
                                  .arg(s.control));
    }
    return Ok;
}

int deleteCampaign(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CampaignCommand::tr("Delete a recorded campaign with its treated and control "
                                                         "members."));
    const QCommandLineOption project = projectOption();
    const QCommandLineOption name = nameOption();
    parser.addOptions({ project, name });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(project) || !parser.isSet(name))
        return usageError(CampaignCommand::tr("campaign delete needs --project and --name."), parser.helpText());
    auto opened = Project::ProjectFile::open(parser.value(project), Project::ProjectFile::Lock::None);
    if (!opened)
        return fail(opened.error());
    auto all = Project::CampaignStore(**opened).list();
    if (!all)
        return fail(all.error());
    const QString wanted = parser.value(name).trimmed();
    for (const Project::CampaignStore::Summary &s : *all) {
        if (s.campaign.name != wanted)
            continue;
        if (Status status = Project::CampaignStore(**opened).remove(s.campaign.id); !status)
            return fail(status.error());
        printLine(stderr, CampaignCommand::tr("Deleted campaign “%1”.").arg(wanted));
        return Ok;
    }
    printLine(stderr, u"portrait: error: "_s + CampaignCommand::tr("the project has no campaign named “%1”").arg(wanted));
    return Failed;
}

} // namespace

int campaignCommand(const QStringList &arguments)
{
    const QString action = arguments.size() > 2 ? arguments.at(2) : QString();
    if (action == u"create"_s)
        return create(arguments);
    if (action == u"evaluate"_s)
        return evaluate(arguments);
    if (action == u"export"_s)
        return exportLists(arguments);
    if (action == u"list"_s)
        return listCampaigns(arguments);
    if (action == u"delete"_s)
        return deleteCampaign(arguments);
    if (action == u"--help"_s || action == u"-h"_s) {
        printLine(stdout, campaignUsage());
        return Ok;
    }
    printLine(stderr, campaignUsage());
    return Usage;
}

} // namespace Portrait::Cli
