#pragma once

// The full pass behind inspectCsv, inspectXlsx, inspectDump and inspectSqliteTable: one header
// rule and one type detector for every format, so all of them import alike. Internal to core/io.
#include "common/progress.h"
#include "io/csvreader.h"
#include "io/typedetect.h"

#include <QList>

#include <algorithm>

namespace Portrait::Io::Inspect {

constexpr int HeaderProbeRecords = 50;
constexpr qint64 CheckEvery = 16384; // records between progress updates and cancel checks

QList<QByteArray> recordFields(const CsvRecord &record);

/// Header names as shown: trimmed, blanks named by position, repeats numbered, so every column
/// can be addressed by name (mapping overrides, project files).
QStringList headerNames(const QList<QByteArray> &cells, qsizetype columns, bool hasHeader);

Error cancelled();

/// Feeds records to the type detector, counting rows whose width differs from `expected`.
struct Feeder
{
    CsvInspection &out;
    TypeDetector detector;
    qsizetype expected = 0;
    qsizetype widest = 0;

    template<typename Fields>
    void feed(const Fields &fields, qint64 position)
    {
        ++out.records;
        const qsizetype n = qsizetype(fields.size());
        widest = std::max(widest, n);
        if (n != expected && ++out.raggedRows == 1)
            out.firstRaggedLine = position;
        int column = 0;
        for (const auto &field : fields)
            detector.observe(column++, QByteArrayView(field));
        for (; column < expected; ++column)
            detector.observe(column, {}); // a missing field is read as empty
    }
};

/// What the pass found, with the width rows were expected to have (for the ragged-row warning).
struct PassResult
{
    CsvInspection inspection;
    qsizetype expectedFields = 0;
};

/// Reads every record of an opened reader (open/next/failed/error/bytesRead/fileSize). With
/// `columns` empty the header row is detected from the first records; else the columns are
/// named and every record is data. `byRow` locates ragged rows by row instead of by line.
template<typename Reader>
Result<PassResult> inspectRecords(Reader &reader, CsvInspection out, const QStringList &columns, bool byRow,
                                  ProgressSink &progress, const CancelToken &cancel)
{
    progress.setPhase(TypeDetector::tr("Inspecting the file"));
    progress.setTotal(reader.fileSize());
    CsvRecord record;
    QList<QList<QByteArray>> head;
    QList<qint64> headPositions;
    if (columns.isEmpty()) {
        while (head.size() <= HeaderProbeRecords && reader.next(record)) {
            head.append(recordFields(record));
            headPositions.append(byRow ? record.row : record.line);
        }
        if (reader.failed())
            return reader.error();
        if (head.isEmpty())
            return PassResult { out, 0 };
        out.hasHeader = looksLikeHeader(head.first(), head.mid(1));
    }
    Feeder feeder { out, {}, columns.isEmpty() ? head.first().size() : columns.size(), 0 };
    for (qsizetype i = out.hasHeader ? 1 : 0; i < head.size(); ++i)
        feeder.feed(head[i], headPositions[i]);
    while (reader.next(record)) {
        feeder.feed(record.fields, byRow ? record.row : record.line);
        if (out.records % CheckEvery == 0) {
            if (cancel.isCancelled())
                return cancelled();
            progress.setValue(reader.bytesRead());
        }
    }
    if (reader.failed())
        return reader.error();
    progress.setValue(reader.fileSize());

    const qsizetype width = std::max(feeder.expected, feeder.widest);
    if (columns.isEmpty()) {
        out.headers = headerNames(head.first(), width, out.hasHeader);
    } else {
        out.headers = columns;
        for (qsizetype i = columns.size(); i < width; ++i)
            out.headers.append(TypeDetector::tr("Column %1").arg(i + 1));
    }
    out.columns = feeder.detector.profiles(out.headers);
    return PassResult { out, feeder.expected };
}

} // namespace Portrait::Io::Inspect
