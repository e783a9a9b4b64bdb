#include "cli.h"

#include "cliutil.h"
#include "commands.h"
#include "dbprompt.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct Command
{
    const char16_t *name;
    int (*run)(const QStringList &);
};

constexpr Command Commands[] = {
    { u"import", importCommand }, { u"rfm", rfmCommand },         { u"info", infoCommand },
    { u"sample", sampleCommand }, { u"inspect", inspectCommand }, { u"tag", tagCommand },
    { u"export", exportCommand },
    { u"report", reportCommand },
};

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::CliText)
};

QString usage()
{
    return CliText::tr("usage: portrait [PROJECT.portrait]             open the workbench\n"
                       "       portrait import FILE --project P [--kind orders|customers|survey] [--map role=column]\n"
                       "                       [--header-row N] [--type column=TYPE] [--refresh SOURCE_ID]\n"
                       "       portrait import postgresql://USER@HOST/DB|mysql://USER@HOST/DB --table T --project P\n"
                       "                       [--kind K] [--map role=column] [--refresh SOURCE_ID]\n"
                       "       portrait rfm --project P [--as-of DATE] [--method M] [--bins N] [--scheme S] [--out F]\n"
                       "       portrait info --project P\n"
                       "       portrait inspect FILE|URI [--sheet NAME | --table NAME]\n"
                       "       portrait tag --project P --rules FILE [--out tags.csv]\n"
                       "       portrait tag --project P [--starter | --dictionary F.json] [--export-dictionary F]\n"
                       "                    [--governance] [--out tags.csv]\n"
                       "       portrait export --project P --out F.csv|F.xlsx [--segment NAME] [--tier T] [--no-mask]\n"
                       "       portrait report --project P --out report.pdf [--scheme S] [--lang en|zh_CN]\n"
                       "       portrait sample --out demo.portrait\n"
                       "Each command explains its options with --help.");
}

} // namespace

bool isSubcommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s || first == u"--version"_s)
        return true;
    for (const Command &command : Commands) {
        if (first == QStringView(command.name))
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QString &name = arguments.at(1);
    installTerminalPasswordPrompt();
    if (name == u"--version"_s) {
        printLine(stdout, u"portrait "_s + QCoreApplication::applicationVersion());
        return Ok;
    }
    for (const Command &command : Commands) {
        if (name == QStringView(command.name))
            return command.run(arguments);
    }
    printLine(name.startsWith(u'-') || name == u"help"_s ? stdout : stderr, usage());
    return name.startsWith(u'-') || name == u"help"_s ? int(Ok) : int(Usage);
}

} // namespace Portrait::Cli
