// Times a full pass over a CSV file: the reader alone, then inspectCsv. Not a test; run by hand:
//   io_csvbench /tmp/or/or.csv
#include "io/csvreader.h"
#include "io/typedetect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Portrait;
using namespace Portrait::Io;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return 2;
    QTextStream out(stdout);
    for (int round = 0; round < 8; ++round) {
        QElapsedTimer timer;
        timer.start();
        CsvReader reader;
        if (!reader.open(args[1]))
            return 1;
        CsvRecord record;
        qint64 fields = 0;
        while (reader.next(record))
            fields += qint64(record.fields.size());
        out << "reader: " << record.row << " records, " << fields << " fields, " << timer.elapsed() << " ms"
            << (reader.failed() ? reader.error().toString() : QString()) << Qt::endl;
    }
    QElapsedTimer timer;
    timer.start();
    CancelToken cancel;
    const Result<CsvInspection> inspection = inspectCsv(args[1], {}, nullProgress(), cancel);
    out << "inspectCsv: " << (inspection ? inspection->records : -1) << " records, " << timer.elapsed() << " ms"
        << Qt::endl;
    if (inspection) {
        for (const ColumnProfile &c : inspection->columns)
            out << "  " << c.name << ": " << columnTypeKey(c.type) << " filled " << c.filled << " keepAsText "
                << c.keepAsText << " samples " << c.samples.join(QLatin1Char('|')) << Qt::endl;
    }
    return 0;
}
