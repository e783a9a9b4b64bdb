#include "cliutil.h"
#include "commands.h"
#include "coveragereport.h"
#include "dbprompt.h"

#include "jobs/importjob.h"
#include "jobs/platformreport.h"
#include "jobs/sourcerefresh.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::ImportCommand)
};

void printReport(const Jobs::ImportReport &report)
{
    const Project::SourceRecord &s = report.source;
    printLine(stderr, ImportCommand::tr("Imported %1 (%2, %3): %4 rows read, %5 accepted, %6 rejected, %7 without "
                                        "customer id.")
                              .arg(s.fileName, s.encoding, s.kind)
                              .arg(s.rowsRead)
                              .arg(s.rowsAccepted)
                              .arg(s.rowsRejected)
                              .arg(s.rowsWithoutCustomer));
    if (s.kind == u"orders"_s) {
        printLine(stderr, ImportCommand::tr("%1 distinct orders in the file, %2 stored for %3 customers (%4 new); %5 "
                                            "return orders; %6 cancellation rows; amount total %7.")
                                  .arg(s.ordersInFile)
                                  .arg(s.ordersStored)
                                  .arg(s.customersInFile)
                                  .arg(s.newCustomers)
                                  .arg(s.returnOrders)
                                  .arg(s.cancellationRows)
                                  .arg(QString::number(s.totalAmount, 'f', 2)));
    } else {
        printLine(stderr, ImportCommand::tr("%1 customers in the file (%2 new).").arg(s.customersInFile).arg(s.newCustomers));
    }
    for (const QString &line : Jobs::platformSummaryLines(report))
        printLine(stderr, line);
    for (const Project::RejectedRow &row : report.firstRejected.mid(0, 10)) {
        printLine(stderr, ImportCommand::tr("  rejected row %1%2: %3")
                                  .arg(row.row)
                                  .arg(row.columnName.isEmpty() ? QString() : u" ["_s + row.columnName + u']')
                                  .arg(row.reason));
    }
    printIssues(report.issues);
}

void printRefreshReport(const Jobs::RefreshReport &report)
{
    const Project::SourceRecord &s = report.source;
    printLine(stderr, ImportCommand::tr("Refreshed source %1 from %2 (was %3): %4 rows read, %5 accepted, %6 rejected, "
                                        "%7 without customer id.")
                              .arg(report.sourceId)
                              .arg(s.fileName, report.previousFileName)
                              .arg(s.rowsRead)
                              .arg(s.rowsAccepted)
                              .arg(s.rowsRejected)
                              .arg(s.rowsWithoutCustomer));
    printLine(stdout, ImportCommand::tr("new customers: %1").arg(report.newCustomers));
    printLine(stdout, ImportCommand::tr("new orders: %1").arg(report.newOrders));
    printLine(stdout, ImportCommand::tr("removed orders: %1").arg(report.removedOrders));
    printLine(stdout, ImportCommand::tr("orders: %1 before, %2 now").arg(report.ordersBefore).arg(report.ordersAfter));
    if (report.answersBefore > 0 || report.answersAfter > 0) {
        printLine(stdout, ImportCommand::tr("survey answers: %1 before, %2 now")
                                  .arg(report.answersBefore)
                                  .arg(report.answersAfter));
    }
    printLine(stdout, ImportCommand::tr("removed customers: %1").arg(report.removedCustomers));
    printLine(stdout, ImportCommand::tr("rejected rows: %1").arg(report.rowsRejected));
    for (const Project::RejectedRow &row : report.firstRejected.mid(0, 10)) {
        printLine(stderr, ImportCommand::tr("  rejected row %1%2: %3")
                                  .arg(row.row)
                                  .arg(row.columnName.isEmpty() ? QString() : u" ["_s + row.columnName + u']')
                                  .arg(row.reason));
    }
    printIssues(report.issues);
}

int refresh(const QString &projectPath, const QString &sourceText, const QString &file, const QString &help)
{
    bool ok = false;
    const qint64 sourceId = sourceText.toLongLong(&ok);
    if (!ok || sourceId <= 0)
        return usageError(ImportCommand::tr("--refresh needs a source id (see portrait info)."), help);
    if (!QFileInfo::exists(projectPath))
        return usageError(ImportCommand::tr("--refresh needs an existing project."), help);
    auto opened = Project::ProjectFile::open(projectPath);
    if (!opened)
        return fail(opened.error());
    StderrProgress progress;
    CancelToken cancel;
    auto report = Jobs::refreshSource(**opened, sourceId, file, progress, cancel);
    if (!report)
        return fail(report.error());
    printRefreshReport(*report);
    return Ok;
}

} // namespace

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommand::tr("Import a data file or a database table into a project (created "
                                                       "when missing)."));
    parser.addPositionalArgument(u"FILE"_s, ImportCommand::tr("The data file, or a database: postgresql://user@host/db "
                                                              "or mysql://user@host/db (password from "
                                                              "PORTRAIT_DB_PASSWORD, the keychain or a prompt)."));
    const QCommandLineOption project(u"project"_s, ImportCommand::tr("The .portrait project."), u"P"_s);
    const QCommandLineOption encoding(u"encoding"_s, ImportCommand::tr("Encoding (default: detect)."), u"E"_s);
    const QCommandLineOption delimiter(u"delimiter"_s, ImportCommand::tr("Delimiter (default: detect)."), u"C"_s);
    const QCommandLineOption map(u"map"_s, ImportCommand::tr("Map a role to a column: role=column (repeatable)."),
                                 u"role=column"_s);
    const QCommandLineOption kind(u"kind"_s, ImportCommand::tr("orders, customers or survey."), u"KIND"_s,
                                  u"orders"_s);
    const QCommandLineOption asOf(u"as-of"_s,
                                  ImportCommand::tr("For recency_days in customer-level data: the date they were "
                                                    "counted to."),
                                  u"YYYY-MM-DD"_s);
    const QCommandLineOption sheet(u"sheet"_s, ImportCommand::tr("The workbook sheet to import (default: the first)."),
                                   u"NAME"_s);
    const QCommandLineOption table(u"table"_s, ImportCommand::tr("The dump's or database's table to import."),
                                   u"NAME"_s);
    const QCommandLineOption headerRow(u"header-row"_s,
                                       ImportCommand::tr("The row holding the column names (0: none; default: "
                                                         "detect). Rows above it are skipped."),
                                       u"N"_s);
    const QCommandLineOption type(u"type"_s,
                                  ImportCommand::tr("Set a column's type: column=text|integer|decimal|date|datetime "
                                                    "(repeatable)."),
                                  u"column=type"_s);
    const QCommandLineOption refreshOption(u"refresh"_s,
                                           ImportCommand::tr("Replace this source with FILE, read with the source's "
                                                             "saved mapping, and report what changed."),
                                           u"SOURCE_ID"_s);
    parser.addOptions({ project, encoding, delimiter, map, kind, asOf, sheet, table, headerRow, type, refreshOption });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;

    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1 || !parser.isSet(project))
        return usageError(ImportCommand::tr("import needs one FILE and --project."), parser.helpText());

    if (namesDatabase(files.first())) {
        for (const QCommandLineOption &fileOnly : { encoding, delimiter, headerRow, type, sheet }) {
            if (parser.isSet(fileOnly))
                return usageError(ImportCommand::tr("--%1 is for files; a database table brings its own columns and "
                                                    "types.")
                                          .arg(fileOnly.names().first()),
                                  parser.helpText());
        }
    }
    if (parser.isSet(refreshOption))
        return refresh(parser.value(project), parser.value(refreshOption), files.first(), parser.helpText());

    Jobs::ImportOptions options;
    if (parser.isSet(headerRow)) {
        bool ok = false;
        options.headerRow = parser.value(headerRow).toInt(&ok);
        if (!ok || options.headerRow < 0)
            return usageError(ImportCommand::tr("--header-row must be 0 or a row number."), parser.helpText());
    }
    options.typeOverrides = parser.values(type);
    const auto sourceKind = Jobs::sourceKindFromKey(parser.value(kind));
    if (!sourceKind)
        return usageError(ImportCommand::tr("--kind must be orders, customers or survey."), parser.helpText());
    options.kind = *sourceKind;
    options.encoding = parser.value(encoding).toLatin1();
    QString delimiterText = parser.value(delimiter);
    if (delimiterText == u"\\t"_s || delimiterText == u"tab"_s)
        delimiterText = u"\t"_s;
    if (delimiterText.size() > 1 || (delimiterText.size() == 1 && delimiterText.front().unicode() > 127))
        return usageError(ImportCommand::tr("--delimiter must be one ASCII character."), parser.helpText());
    options.delimiter = delimiterText.isEmpty() ? char(0) : delimiterText.front().toLatin1();
    options.mapOverrides = parser.values(map);
    if (parser.isSet(sheet) && parser.isSet(table))
        return usageError(ImportCommand::tr("Give --sheet or --table, not both."), parser.helpText());
    options.sheetOrTable = parser.isSet(sheet) ? parser.value(sheet) : parser.value(table);
    if (parser.isSet(asOf)) {
        bool ok = false;
        options.recencyAsOf = parseIsoDay(parser.value(asOf), &ok);
        if (!ok)
            return usageError(ImportCommand::tr("--as-of must be a date like 2024-12-31."), parser.helpText());
    }

    const QString projectPath = parser.value(project);
    const bool creating = !QFileInfo::exists(projectPath);
    auto opened = creating ? Project::ProjectFile::create(projectPath) : Project::ProjectFile::open(projectPath);
    if (!opened)
        return fail(opened.error());
    StderrProgress progress;
    CancelToken cancel;
    auto report = Jobs::importFile(**opened, files.first(), options, progress, cancel);
    if (!report) {
        // A project this command created for a failed import would be an empty leftover.
        opened = Result<std::unique_ptr<Project::ProjectFile>>(Error {});
        if (creating)
            QFile::remove(projectPath);
        return fail(report.error());
    }
    printReport(*report);
    if (options.kind != Jobs::SourceKind::Orders)
        printSourceCoverage(stderr, **opened);
    return Ok;
}

} // namespace Portrait::Cli
