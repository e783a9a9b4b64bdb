// XLSX vs CSV import: writes the same order rows as an .xlsx (libxlsxwriter, constant-memory mode)
// and a .csv, then times `portrait import` of each into a new project, side by side (median of 5,
// with peak RSS), and prints the ratio. The design's bar: XLSX import within 3x of CSV import.
// For telling reading from the rest it also times read + inspect alone (median of 3).
//   bench_xlsx [ROWS=1000000] [DIR] [PORTRAIT]   (PORTRAIT: another build's binary, to compare)
#include "io/typedetect.h"
#include "io/xlsxreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace Portrait;
using namespace Portrait::Io;
using namespace Qt::StringLiterals;

namespace {

struct Row
{
    char invoice[24];
    char stock[24];
    const char *description;
    int quantity;
    lxw_datetime when;
    double price;
    int customer; // 0 = none
    const char *country;
};

Row makeRow(quint64 i, quint64 &seed)
{
    static const char *descriptions[] = { "WHITE HANGING HEART T-LIGHT HOLDER", "WHITE METAL LANTERN",
                                          "CREAM CUPID HEARTS COAT HANGER", "RED WOOLLY HOTTIE WHITE HEART.",
                                          "SET 7 BABUSHKA NESTING BOXES", "GLASS STAR FROSTED T-LIGHT HOLDER",
                                          "HAND WARMER UNION JACK", "POPPY'S PLAYHOUSE BEDROOM " };
    static const char *countries[] = { "United Kingdom", "France", "Germany", "EIRE", "Spain", "Netherlands" };
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    const quint64 r = seed >> 17;
    Row row {};
    std::snprintf(row.invoice, sizeof row.invoice, "%s%llu", r % 50 == 0 ? "C" : "", 536365ULL + i / 4);
    std::snprintf(row.stock, sizeof row.stock, "%llu%s", 20000ULL + r % 3000, r % 7 == 0 ? "B" : "");
    row.description = descriptions[r % 8];
    row.quantity = int(r % 48) - (r % 50 == 0 ? 60 : 0) + 1;
    const int minuteOfYear = int((i * 7 + r % 5) % (360 * 24 * 60));
    row.when = { 2011, 1 + minuteOfYear / (30 * 24 * 60), 1 + minuteOfYear / (24 * 60) % 28,
                 minuteOfYear / 60 % 24, minuteOfYear % 60, 0 };
    row.price = double(r % 2000 + 1) / 100.0 + (r % 3 == 0 ? 0.005 : 0);
    row.customer = r % 4 == 0 ? 0 : int(12346 + r % 5000);
    row.country = countries[r % 6];
    return row;
}

bool writeFiles(const QString &xlsxPath, const QString &csvPath, qint64 rows)
{
    lxw_workbook_options options { LXW_TRUE, nullptr, LXW_FALSE };
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(xlsxPath).constData(), &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Orders");
    lxw_format *dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "yyyy-mm-dd hh:mm:ss");
    QFile csv(csvPath);
    if (!wb || !csv.open(QIODevice::WriteOnly))
        return false;
    const char *headers[] = { "InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                              "CustomerID", "Country" };
    for (int c = 0; c < 8; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), headers[c], nullptr);
    csv.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
    quint64 seed = 42;
    char line[512];
    for (qint64 i = 0; i < rows; ++i) {
        const Row r = makeRow(quint64(i), seed);
        const lxw_row_t at = lxw_row_t(i + 1);
        worksheet_write_string(ws, at, 0, r.invoice, nullptr);
        worksheet_write_string(ws, at, 1, r.stock, nullptr);
        worksheet_write_string(ws, at, 2, r.description, nullptr);
        worksheet_write_number(ws, at, 3, r.quantity, nullptr);
        worksheet_write_datetime(ws, at, 4, const_cast<lxw_datetime *>(&r.when), dateFormat);
        worksheet_write_number(ws, at, 5, r.price, nullptr);
        if (r.customer)
            worksheet_write_number(ws, at, 6, r.customer, nullptr);
        worksheet_write_string(ws, at, 7, r.country, nullptr);
        const int n = std::snprintf(line, sizeof line, "%s,%s,%s,%d,%04d-%02d-%02d %02d:%02d:00,%.17g,%s,%s\n",
                                    r.invoice, r.stock, r.description, r.quantity, r.when.year, r.when.month,
                                    r.when.day, r.when.hour, r.when.min, r.price,
                                    r.customer ? QByteArray::number(r.customer).append(".0").constData() : "",
                                    r.country);
        csv.write(line, n);
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

template<typename F>
qint64 medianMs(F run)
{
    qint64 times[3];
    for (qint64 &t : times) {
        QElapsedTimer timer;
        timer.start();
        run();
        t = timer.elapsed();
    }
    std::sort(times, times + 3);
    return times[1];
}

template<typename T>
T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct ImportRun
{
    qint64 ms = -1;
    qint64 peakKb = -1;
};

/// Runs `portrait import FILE --project PROJECT` (a new project) with its output discarded, and
/// measures it as a person would: wall time of the whole process and its peak RSS (wait4).
ImportRun timeImport(const QByteArray &exe, const QString &file, const QString &project)
{
    QFile::remove(project);
    const QByteArray in = QFile::encodeName(file);
    const QByteArray out = QFile::encodeName(project);
    char *argv[] = { const_cast<char *>(exe.constData()), const_cast<char *>("import"),
                     const_cast<char *>(in.constData()), const_cast<char *>("--project"),
                     const_cast<char *>(out.constData()), nullptr };
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    ImportRun run;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv, environ) == 0) {
        int status = 0;
        rusage usage {};
        if (wait4(pid, &status, 0, &usage) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
            run.ms = timer.elapsed();
            run.peakKb = usage.ru_maxrss;
        }
    }
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

/// The lines of `portrait info` that say what was imported (counts, dates, revenue).
QStringList importedContent(const QByteArray &exe, const QString &project)
{
    QProcess info;
    info.start(QFile::decodeName(exe), { u"info"_s, u"--project"_s, project });
    info.waitForFinished(-1);
    QStringList lines;
    for (const QString &line : QString::fromUtf8(info.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(u"customers:"_s) || line.startsWith(u"orders:"_s) || line.startsWith(u"revenue:"_s))
            lines.append(line);
    }
    return lines;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 rows = args.size() > 1 ? args[1].toLongLong() : 1'000'000;
    QTemporaryDir tmp;
    const QString dir = args.size() > 2 && !args[2].isEmpty() ? args[2] : tmp.path();
    const QByteArray portrait = args.size() > 3 ? QFile::encodeName(args[3]) : QByteArray(PORTRAIT_EXECUTABLE);
    const QString xlsxPath = dir + u"/orders.xlsx"_s;
    const QString csvPath = dir + u"/orders.csv"_s;
    QElapsedTimer timer;
    timer.start();
    if (!writeFiles(xlsxPath, csvPath, rows)) {
        out << "cannot write the test files\n";
        return 1;
    }
    out << "wrote " << rows << " rows in " << timer.elapsed() << " ms: xlsx " << QFileInfo(xlsxPath).size()
        << " bytes, csv " << QFileInfo(csvPath).size() << " bytes\n";
    out.flush();

    CancelToken cancel;
    qint64 xlsxRecords = -1, csvRecords = -1;
    const qint64 csvMs = medianMs([&] {
        const Result<CsvInspection> r = inspectCsv(csvPath, {}, nullProgress(), cancel);
        csvRecords = r ? r->records : -1;
    });
    const qint64 xlsxMs = medianMs([&] {
        const Result<CsvInspection> r = inspectXlsx(xlsxPath, {}, nullProgress(), cancel);
        if (!r)
            out << r.error().toString() << '\n';
        xlsxRecords = r ? r->records : -1;
    });
    out << "csv  read+inspect: " << csvRecords << " records, median " << csvMs << " ms\n"
        << "xlsx read+inspect: " << xlsxRecords << " records, median " << xlsxMs << " ms (ratio "
        << QString::number(double(xlsxMs) / double(std::max<qint64>(csvMs, 1)), 'f', 2) << ")\n";
    out.flush();

    // The figure the bar is about: the whole import, CSV and XLSX in turn so both see the same load.
    constexpr int Runs = 5;
    const QString csvProject = dir + u"/csv.portrait"_s;
    const QString xlsxProject = dir + u"/xlsx.portrait"_s;
    std::vector<qint64> csvTimes, xlsxTimes, csvPeaks, xlsxPeaks;
    for (int i = 0; i < Runs; ++i) {
        const ImportRun c = timeImport(portrait, csvPath, csvProject);
        const ImportRun x = timeImport(portrait, xlsxPath, xlsxProject);
        if (c.ms < 0 || x.ms < 0) {
            out << "portrait import failed (" << (c.ms < 0 ? "csv" : "xlsx") << ")\n";
            return 1;
        }
        csvTimes.push_back(c.ms);
        xlsxTimes.push_back(x.ms);
        csvPeaks.push_back(c.peakKb);
        xlsxPeaks.push_back(x.peakKb);
    }
    const qint64 csvImport = median(csvTimes);
    const qint64 xlsxImport = median(xlsxTimes);
    const double ratio = double(xlsxImport) / double(std::max<qint64>(csvImport, 1));
    out << "csv  import: median " << csvImport << " ms of " << Runs << ", peak RSS " << median(csvPeaks) / 1024
        << " MB\n"
        << "xlsx import: median " << xlsxImport << " ms of " << Runs << ", peak RSS " << median(xlsxPeaks) / 1024
        << " MB\n"
        << "xlsx/csv import ratio: " << QString::number(ratio, 'f', 2)
        << (ratio <= 3.0 ? " (bar <= 3: met)\n" : " (bar <= 3: NOT met)\n");

    const QStringList csvContent = importedContent(portrait, csvProject);
    const QStringList xlsxContent = importedContent(portrait, xlsxProject);
    if (csvContent.size() != 3 || csvContent != xlsxContent) {
        out << "the two projects differ:\n  csv:  " << csvContent.join(u"; "_s) << "\n  xlsx: "
            << xlsxContent.join(u"; "_s) << '\n';
        return 1;
    }
    out << "both projects hold the same: " << csvContent.join(u"; "_s) << '\n';
    return xlsxRecords == rows && csvRecords == rows ? 0 : 1;
}
