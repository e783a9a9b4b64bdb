#include "cli.h"

#include "cliutil.h"
#include "commands.h"
#include "dbprompt.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct Command
{
    const char16_t *name;
    int (*run)(const QStringList &);
    /// The command's synopsis for the list of commands: syntax, not prose, so not translated.
    const char16_t *synopsis;
};

constexpr Command Commands[] = {
    { u"import", importCommand,
      u"import FILE --project P [--kind orders|customers|survey] [--map role=column]\n"
      u"                [--header-row N] [--type column=TYPE] [--refresh SOURCE_ID]" },
    { u"inspect", inspectCommand, u"inspect FILE [--sheet NAME | --table NAME]" },
    { u"rfm", rfmCommand, u"rfm --project P [--as-of DATE] [--method M] [--bins N] [--scheme S] [--out F]" },
    { u"tag", tagCommand,
      u"tag --project P --rules FILE [--out tags.csv]\n"
      u"       portrait tag --project P [--starter | --dictionary F.json] [--export-dictionary F]\n"
      u"                [--governance] [--out tags.csv]" },
    { u"export", exportCommand, u"export --project P --out F.csv|F.xlsx [--segment NAME] [--tier T] [--no-mask]" },
    { u"report", reportCommand, u"report --project P --out report.pdf [--scheme S] [--lang en|zh_CN] [--title T] [--subtitle S]" },
    { u"info", infoCommand, u"info --project P" },
    { u"sample", sampleCommand, u"sample --out demo.portrait" },
    { u"cluster", clusterCommand,
      u"cluster --project P [--k N|auto] [--features LIST] [--seed S] [--restarts N]\n"
      u"                [--out clusters.csv] [--summary summary.json] [--save NAME] [--chinese-names]" },
    { u"snapshot", snapshotCommand, u"snapshot --project P [--as-of DATE] [--name N] | --list | --delete N" },
    { u"migrate", migrateCommand,
      u"migrate --project P --from DATE|SNAPSHOT --to DATE|SNAPSHOT --out matrix.csv\n"
      u"                [--moves movers.csv] [--tags tags.csv]" },
    { u"trend", trendCommand, u"trend --project P --from DATE --to DATE [--every month|week|quarter] --out trend.csv" },
    { u"campaign", campaignCommand,
      u"campaign create --project P --name N [--as-of DATE] [--segment S ...] [--tag T ...]\n"
      u"                [--group G ...] [--cluster C ...] [--customer ID ...] --control PCT --seed S\n"
      u"                --out treated.csv [--control-out control.csv]\n"
      u"       portrait campaign evaluate --project P --name N [--window-days N] --out evaluation.csv\n"
      u"       portrait campaign export --project P --name N --out treated.csv [--control-out control.csv]\n"
      u"       portrait campaign list --project P  |  campaign delete --project P --name N" },
    { u"clean", cleanCommand,
      u"clean --project P [--default | --steps STEPS.json] [--dry-run] [--report report.json]" },
    { u"dedupe", dedupeCommand,
      u"dedupe --project P [--keys phone,email,external_id,name+city] [--review groups.csv] [--apply]" },
    { u"clv", clvCommand,
      u"clv --project P [--calibration-end DATE] [--unit days|weeks] [--horizon-months N]\n"
      u"                [--discount-monthly R] [--out clv.csv] [--params params.json] [--save]" },
};

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::CliText)
};

QString usage()
{
    QString text = CliText::tr("usage:") + u" portrait [PROJECT.portrait | FILE]   "_s + CliText::tr("open the workbench");
    for (const Command &command : Commands)
        text += u"\n       portrait "_s + QStringView(command.synopsis);
    text += u"\n       portrait --version | help [COMMAND]\n"_s;
    return text + CliText::tr("Each command explains its options with --help.");
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : Commands) {
        if (name == QStringView(command.name))
            return &command;
    }
    return nullptr;
}

bool isHelp(const QString &argument)
{
    return argument == u"--help"_s || argument == u"-h"_s || argument == u"help"_s;
}

} // namespace

Launch launchFor(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return Launch::Window;
    const QString &first = arguments.at(1);
    if (isHelp(first) || first == u"--version"_s || first == u"-v"_s || findCommand(first))
        return Launch::Command;
    // Only a file that is there opens the window: "portrait clusterr" is a typo, not a file.
    if (arguments.size() == 2 && !first.startsWith(u'-') && QFileInfo(first).isFile())
        return Launch::Window;
    return Launch::Refused;
}

int run(const QStringList &arguments)
{
    const QString &name = arguments.at(1);
    installTerminalPasswordPrompt();
    if (name == u"--version"_s || name == u"-v"_s) {
        printLine(stdout, u"portrait "_s + QCoreApplication::applicationVersion());
        return Ok;
    }
    if (const Command *command = findCommand(name))
        return command->run(arguments);
    if (isHelp(name)) {
        // "portrait help import" is "portrait import --help".
        if (arguments.size() > 2) {
            if (const Command *command = findCommand(arguments.at(2)))
                return command->run({ arguments.at(0), arguments.at(2), u"--help"_s });
            printLine(stderr, CliText::tr("portrait: there is no command \"%1\".").arg(arguments.at(2)));
            printLine(stderr, usage());
            return Usage;
        }
        printLine(stdout, usage());
        return Ok;
    }
    if (name.startsWith(u'-'))
        printLine(stderr, CliText::tr("portrait: unknown option %1.").arg(name));
    else if (arguments.size() == 2 && !QFileInfo::exists(name))
        printLine(stderr, CliText::tr("portrait: \"%1\" is neither a command nor an existing file.").arg(name));
    else
        printLine(stderr, CliText::tr("portrait: unknown command \"%1\".").arg(name));
    printLine(stderr, usage());
    return Usage;
}

} // namespace Portrait::Cli
