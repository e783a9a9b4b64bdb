#include "cleanreport.h"
#include "cliutil.h"
#include "commands.h"

#include "jobs/cleanjob.h"
#include "project/cleanstore.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct CleanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::CleanCommand)
};

Result<Clean::Pipeline> readStepsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { CleanCommand::tr("cannot read the steps file: %1").arg(file.errorString()), path, 0, 0, {} };
    return Clean::Pipeline::fromJson(file.readAll(), QFileInfo(path).fileName());
}

Status writeReport(const QString &path, const Clean::QualityReport &report)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report.toJson()) < 0 || !file.commit())
        return Error { CleanCommand::tr("cannot write the report: %1").arg(file.errorString()), path, 0, 0, {} };
    return {};
}

} // namespace

int cleanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CleanCommand::tr("Clean the customers' values with a recorded pipeline of steps "
                                                      "(the imported values stay in the project)."));
    const QCommandLineOption project(u"project"_s, CleanCommand::tr("The .portrait project."), u"P"_s);
    const QCommandLineOption defaults(u"default"_s, CleanCommand::tr("Use the default pipeline."));
    const QCommandLineOption steps(u"steps"_s, CleanCommand::tr("Use the pipeline of this JSON file (docs/cleaning.md)."),
                                   u"STEPS.json"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, CleanCommand::tr("Report what would change; change nothing."));
    const QCommandLineOption report(u"report"_s, CleanCommand::tr("Write the quality report here (JSON)."),
                                    u"report.json"_s);
    parser.addOptions({ project, defaults, steps, dryRun, report });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(project))
        return usageError(CleanCommand::tr("clean needs --project."), parser.helpText());
    if (parser.isSet(defaults) && parser.isSet(steps))
        return usageError(CleanCommand::tr("clean takes --default or --steps, not both."), parser.helpText());

    std::optional<Clean::Pipeline> pipeline;
    if (parser.isSet(defaults)) {
        pipeline = Clean::Pipeline::defaults();
    } else if (parser.isSet(steps)) {
        auto read = readStepsFile(parser.value(steps));
        if (!read)
            return fail(read.error());
        pipeline = read.takeValue();
    }
    auto opened = Project::ProjectFile::open(parser.value(project), Project::ProjectFile::Lock::None);
    if (!opened)
        return fail(opened.error());
    if (!pipeline) {
        auto stored = Project::loadPipeline(**opened);
        if (!stored)
            return fail(stored.error());
        if (!*stored)
            return usageError(CleanCommand::tr("%1 has no cleaning pipeline yet: give --default or --steps.")
                                      .arg((*opened)->fileName()),
                              parser.helpText());
        pipeline = **stored;
    }

    StderrProgress progress;
    CancelToken cancel;
    Jobs::CleanOptions options;
    options.apply = !parser.isSet(dryRun);
    auto result = Jobs::runCleaning(**opened, *pipeline, options, progress, cancel);
    if (!result)
        return fail(result.error());
    printQualityReport(stdout, *result);
    if (parser.isSet(report)) {
        if (Status status = writeReport(parser.value(report), *result); !status)
            return fail(status.error());
    }
    printLine(stderr, options.apply ? CleanCommand::tr("Cleaned %1 customers; the pipeline is stored in %2.")
                                              .arg(result->customers)
                                              .arg((*opened)->fileName())
                                    : CleanCommand::tr("Dry run: nothing was changed."));
    return Ok;
}

} // namespace Portrait::Cli
