#include "cleanreport.h"
#include "cliutil.h"
#include "commands.h"
#include "coveragereport.h"
#include "dbprompt.h"

#include "io/columnmapping.h"
#include "io/recordsource.h"
#include "io/typedetect.h"
#include "jobs/importjob.h"
#include "jobs/sampleproject.h"
#include "project/projectfile.h"
#include "project/projectsummary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct InfoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::InfoCommand)
};

void printSources(const Project::ProjectSummary &summary)
{
    for (const Project::SourceSummary &source : summary.sources) {
        const Project::SourceRecord &r = source.record;
        printLine(stdout, InfoCommand::tr("source %1: %2 (%3, %4), imported %5: %6 rows, %7 rejected, %8 without "
                                          "customer, %9 orders stored")
                                  .arg(source.id)
                                  .arg(r.fileName, r.kind, r.encoding, source.importedAt)
                                  .arg(r.rowsRead)
                                  .arg(r.rowsRejected)
                                  .arg(r.rowsWithoutCustomer)
                                  .arg(r.ordersStored));
        if (!r.checksum.isEmpty())
            printLine(stdout, u"  sha256 "_s + r.checksum);
    }
}

} // namespace

int infoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InfoCommand::tr("Show what a project holds."));
    const QCommandLineOption project(u"project"_s, InfoCommand::tr("The .portrait project."), u"P"_s);
    parser.addOption(project);
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(project))
        return usageError(InfoCommand::tr("info needs --project."), parser.helpText());
    auto opened = Project::ProjectFile::open(parser.value(project), Project::ProjectFile::Lock::None);
    if (!opened)
        return fail(opened.error());
    auto summary = Project::summarizeProject(**opened);
    if (!summary)
        return fail(summary.error());
    const Project::ProjectSummary &s = *summary;
    printLine(stdout, InfoCommand::tr("project: %1 (schema version %2)").arg(s.fileName).arg(s.schemaVersion));
    printLine(stdout, InfoCommand::tr("customers: %1 (%2 with orders)").arg(s.customers).arg(s.customersWithOrders));
    printLine(stdout, InfoCommand::tr("orders: %1 (%2 only returns), %3 to %4")
                              .arg(s.orders)
                              .arg(s.returnOrders)
                              .arg(isoDay(s.firstOrderDay), isoDay(s.lastOrderDay)));
    printLine(stdout, InfoCommand::tr("revenue: %1 purchases, %2 returns, %3 net")
                              .arg(s.purchaseAmount, 0, 'f', 2)
                              .arg(s.returnedAmount, 0, 'f', 2)
                              .arg(s.purchaseAmount + s.returnedAmount, 0, 'f', 2));
    printLine(stdout, InfoCommand::tr("survey answers: %1; rejected rows: %2").arg(s.answers).arg(s.rejectedRows));
    printSources(s);
    printCleaningSummary(stdout, **opened);
    printSourceCoverage(stdout, **opened);
    return Ok;
}

int sampleCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InfoCommand::tr("Write the bundled demo project."));
    const QCommandLineOption out(u"out"_s, InfoCommand::tr("The new .portrait file."), u"FILE"_s);
    parser.addOption(out);
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(out))
        return usageError(InfoCommand::tr("sample needs --out."), parser.helpText());
    StderrProgress progress;
    if (Status status = Jobs::writeSampleProject(parser.value(out), progress); !status)
        return fail(status.error());
    printLine(stderr, InfoCommand::tr("Wrote %1.").arg(parser.value(out)));
    return Ok;
}

int inspectCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InfoCommand::tr("Print, as JSON, what import would make of a file or a database "
                                                     "table."));
    parser.addPositionalArgument(u"FILE"_s, InfoCommand::tr("The data file, or a database URI (postgresql://…, "
                                                            "mysql://…)."));
    const QCommandLineOption encoding(u"encoding"_s, InfoCommand::tr("Encoding (default: detect)."), u"E"_s);
    const QCommandLineOption sheet(u"sheet"_s, InfoCommand::tr("The workbook sheet (default: the first)."), u"NAME"_s);
    const QCommandLineOption table(u"table"_s, InfoCommand::tr("The dump's or database's table."), u"NAME"_s);
    const QCommandLineOption headerRow(u"header-row"_s,
                                       InfoCommand::tr("The row holding the column names (0: none; default: detect)."),
                                       u"N"_s);
    const QCommandLineOption type(u"type"_s,
                                  InfoCommand::tr("Set a column's type: column=text|integer|decimal|date|datetime "
                                                  "(repeatable)."),
                                  u"column=type"_s);
    parser.addOptions({ encoding, sheet, table, headerRow, type });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return usageError(InfoCommand::tr("inspect needs one FILE."), parser.helpText());
    if (namesDatabase(files.first())) {
        for (const QCommandLineOption &fileOnly : { encoding, sheet, headerRow, type }) {
            if (parser.isSet(fileOnly))
                return usageError(InfoCommand::tr("--%1 is for files; a database table brings its own columns and "
                                                  "types.")
                                          .arg(fileOnly.names().first()),
                                  parser.helpText());
        }
    }
    Jobs::ImportOptions options;
    options.sheetOrTable = parser.isSet(sheet) ? parser.value(sheet) : parser.value(table);
    options.encoding = parser.value(encoding).toLatin1();
    options.typeOverrides = parser.values(type);
    if (parser.isSet(headerRow)) {
        bool ok = false;
        options.headerRow = parser.value(headerRow).toInt(&ok);
        if (!ok || options.headerRow < 0)
            return usageError(InfoCommand::tr("--header-row must be 0 or a row number."), parser.helpText());
    }
    StderrProgress progress;
    CancelToken cancel;
    auto plan = Jobs::planImport(files.first(), options, progress, cancel);
    if (!plan)
        return fail(plan.error());
    const Io::SourceSpec &spec = plan->spec;
    const Io::CsvInspection *inspection = &plan->inspection;
    const Io::ColumnMapping &mapping = plan->proposed;
    QJsonArray columns;
    for (int i = 0; i < inspection->columns.size(); ++i) {
        const Io::ColumnProfile &c = inspection->columns.at(i);
        QString role;
        for (int r = 0; r < mapping.roleColumn.size(); ++r) {
            if (mapping.roleColumn.at(r) == i)
                role = Io::roleKey(Io::Role(r));
        }
        columns.append(QJsonObject { { u"name"_s, c.name },
                                     { u"type"_s, Io::columnTypeKey(c.type) },
                                     { u"role"_s, role.isEmpty() ? QJsonValue() : QJsonValue(role) },
                                     { u"filled"_s, c.filled },
                                     { u"empty"_s, c.empty },
                                     { u"samples"_s, QJsonArray::fromStringList(c.samples) } });
    }
    const QJsonObject json { { u"format"_s, Io::sourceFormatKey(Io::detectFormat(files.first()), files.first()) },
                             { u"encoding"_s, QString::fromLatin1(inspection->encoding) },
                             { u"delimiter"_s, inspection->delimiter ? QJsonValue(QString(QLatin1Char(inspection->delimiter)))
                                                                     : QJsonValue() },
                             { u"header_row"_s, Io::headerRowOf(*inspection) },
                             { Io::detectFormat(files.first()) == Io::SourceFormat::Xlsx ? u"sheet"_s : u"table"_s,
                               spec.sheetOrTable.isEmpty() ? QJsonValue() : QJsonValue(spec.sheetOrTable) },
                             { u"rows"_s, inspection->records },
                             { u"platform"_s, plan->platform.isEmpty() ? QJsonValue() : QJsonValue(plan->platform) },
                             { u"columns"_s, columns } };
    std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
    printIssues(inspection->issues);
    return Ok;
}

} // namespace Portrait::Cli
