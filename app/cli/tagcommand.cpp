#include "cliutil.h"
#include "commands.h"
#include "savedlifetime.h"
#include "tagdictionary.h"

#include "analytics/lifetimefeatures.h"
#include "export/tagscsv.h"
#include "jobs/clusterfeaturechoice.h"
#include "jobs/customerfeatures.h"
#include "jobs/rfmjob.h"
#include "project/clusterstore.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "tags/autotagger.h"
#include "tags/diagnostic.h"
#include "tags/rulesfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct TagCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::TagCommand)
};

// A rule error as FILE:LINE:COLUMN: message, then the line and a caret under the column.
int failWithDiagnostic(const Error &error, const QString &rulesPath)
{
    QString line;
    QFile file(rulesPath);
    if (error.row > 0 && file.open(QIODevice::ReadOnly))
        line = Tags::sourceLine(QString::fromUtf8(file.readAll()), int(error.row));
    printLine(stderr, Tags::formatDiagnostic(error, line));
    return Failed;
}

} // namespace

int tagCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(TagCommand::tr("Tag customers by the rules of a rules file."));
    const QCommandLineOption project(u"project"_s, TagCommand::tr("The .portrait project."), u"P"_s);
    const QCommandLineOption rules(u"rules"_s, TagCommand::tr("The rules file: one `tag/path = expression` a line."),
                                   u"FILE"_s);
    const QCommandLineOption out(u"out"_s, TagCommand::tr("Write tags.csv (customer_id,tag) here."), u"FILE"_s);
    const QCommandLineOption scheme(u"scheme"_s, TagCommand::tr("The segment scheme `segment` refers to."), u"S"_s,
                                    u"shop11"_s);
    const QCommandLineOption asOf(u"as-of"_s, TagCommand::tr("Analysis date (default: the day after the latest "
                                                             "order)."),
                                  u"YYYY-MM-DD"_s);
    // Without --rules, the command works on the tag dictionary stored in the project.
    const QCommandLineOption dictionary(u"dictionary"_s, TagCommand::tr("Import a tag dictionary (JSON) into the "
                                                                        "project."),
                                        u"FILE"_s);
    const QCommandLineOption starter(u"starter"_s, TagCommand::tr("Install the starter tag dictionary."));
    const QCommandLineOption replace(u"replace"_s, TagCommand::tr("Let --dictionary or --starter replace the "
                                                                  "project's dictionary."));
    const QCommandLineOption exportDictionary(u"export-dictionary"_s,
                                              TagCommand::tr("Write the project's tag dictionary as JSON."), u"FILE"_s);
    const QCommandLineOption governance(u"governance"_s, TagCommand::tr("Print each tag's customers, share, "
                                                                        "revenue share and flags."));
    parser.addOptions({ project, rules, out, scheme, asOf, dictionary, starter, replace, exportDictionary, governance });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    const bool dictionaryWork = parser.isSet(dictionary) || parser.isSet(starter) || parser.isSet(exportDictionary)
            || parser.isSet(governance);
    if (!parser.isSet(project) || (!parser.isSet(rules) && !dictionaryWork && !parser.isSet(out)))
        return usageError(TagCommand::tr("tag needs --project and --rules."), parser.helpText());
    if (parser.isSet(rules) && dictionaryWork)
        return usageError(TagCommand::tr("--rules cannot be combined with the tag dictionary options."),
                          parser.helpText());
    if (parser.isSet(dictionary) && parser.isSet(starter))
        return usageError(TagCommand::tr("use either --dictionary or --starter."), parser.helpText());

    Jobs::RfmRequest request;
    request.scheme = parser.value(scheme);
    if (parser.isSet(asOf)) {
        bool ok = false;
        request.metrics.asOf = parseIsoDay(parser.value(asOf), &ok);
        if (!ok)
            return usageError(TagCommand::tr("--as-of must be a date like 2024-12-31."), parser.helpText());
    }
    if (!parser.isSet(rules)) {
        DictionaryActions actions;
        actions.project = parser.value(project);
        actions.importFile = parser.value(dictionary);
        actions.starter = parser.isSet(starter);
        actions.replace = parser.isSet(replace);
        actions.exportFile = parser.value(exportDictionary);
        actions.governance = parser.isSet(governance);
        actions.out = parser.value(out);
        actions.request = request;
        return runDictionaryActions(actions);
    }
    const QString rulesPath = parser.value(rules);
    auto parsed = Tags::parseRulesFile(rulesPath);
    if (!parsed)
        return failWithDiagnostic(parsed.error(), rulesPath);

    auto opened = Project::ProjectFile::open(parser.value(project), Project::ProjectFile::Lock::None);
    if (!opened)
        return fail(opened.error());
    StderrProgress progress;
    CancelToken cancel;
    auto frame = Project::loadFrame(**opened, progress, cancel);
    if (!frame)
        return fail(frame.error());
    auto rfm = Jobs::runRfmRequest(*frame, request);
    if (!rfm)
        return fail(rfm.error());
    const bool chinese = rfm->scheme.preferChinese;
    auto features = Jobs::computeCustomerFeatures(*frame, *rfm, request.metrics, chinese);
    if (!features)
        return fail(features.error());
    auto clusters = Project::loadActiveClustering(**opened);
    if (!clusters)
        return fail(clusters.error());
    if (Status status = Jobs::addClusterFeature(*features, *clusters ? &**clusters : nullptr); !status)
        return fail(status.error());
    const auto lifetime = savedLifetime(**opened, *frame);
    if (Status s = Analytics::addLifetimeFeatures(*features, lifetime ? &lifetime->scores : nullptr); !s)
        return fail(s.error());

    Tags::EvaluationContext context;
    context.asOf = rfm->metrics.asOf;
    for (int rule = 0; rule <= rfm->scheme.rules.size(); ++rule)
        context.segmentNames.append(rfm->scheme.displayName(rule, chinese));
    auto tags = Tags::evaluateRules(*parsed, *features, context);
    if (!tags)
        return failWithDiagnostic(tags.error(), rulesPath);

    for (const Tags::TagResult &tag : tags->tags)
        printLine(parser.isSet(out) ? stderr : stdout, u"%1\t%2"_s.arg(tag.path).arg(tag.count));
    if (parser.isSet(out)) {
        if (Status status = Export::writeTagsCsv(*frame, *tags, parser.value(out)); !status)
            return fail(status.error());
        printLine(stderr, TagCommand::tr("Wrote %1.").arg(parser.value(out)));
    }
    return Ok;
}

} // namespace Portrait::Cli
