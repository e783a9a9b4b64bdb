// inspectXlsx(): the one full pass that tells the import dialog what a worksheet holds. It mirrors
// inspectCsv() (same header rule, same type detector) so both kinds of file import alike.
#include "io/xlsxreader.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

constexpr int HeaderProbeRecords = 50;
constexpr qint64 CheckEvery = 16384; // records between progress updates and cancel checks

QList<QByteArray> toList(const CsvRecord &record)
{
    QList<QByteArray> fields;
    fields.reserve(qsizetype(record.fields.size()));
    for (QByteArrayView f : record.fields)
        fields.append(f.toByteArray());
    return fields;
}

/// The same naming as inspectCsv's (blank names by position, repeats numbered).
QStringList headerNames(const QList<QByteArray> &cells, qsizetype columns, bool hasHeader)
{
    QStringList names;
    QSet<QString> used;
    for (qsizetype i = 0; i < columns; ++i) {
        QString name = hasHeader && i < cells.size() ? QString::fromUtf8(trimmed(cells[i])) : QString();
        if (name.isEmpty())
            name = TypeDetector::tr("Column %1").arg(i + 1);
        const QString base = name;
        for (int n = 2; used.contains(name); ++n)
            name = base + u" ("_s + QString::number(n) + u')';
        used.insert(name);
        names.append(name);
    }
    return names;
}

struct Feeder
{
    CsvInspection &out;
    TypeDetector detector;
    qsizetype expected = 0;
    qsizetype widest = 0;

    template<typename Fields>
    void feed(const Fields &fields, qint64 row)
    {
        ++out.records;
        const qsizetype n = qsizetype(fields.size());
        widest = std::max(widest, n);
        if (n != expected && ++out.raggedRows == 1)
            out.firstRaggedLine = row;
        int column = 0;
        for (const auto &field : fields)
            detector.observe(column++, QByteArrayView(field));
        for (; column < expected; ++column)
            detector.observe(column, {});
    }
};

} // namespace

Result<CsvInspection> inspectXlsx(const QString &path, const QString &sheetName, ProgressSink &progress,
                                  const CancelToken &cancel)
{
    XlsxReader reader;
    if (const Status opened = reader.open(path, sheetName); !opened)
        return opened.error();
    progress.setPhase(TypeDetector::tr("Inspecting the file"));
    progress.setTotal(reader.fileSize());

    CsvInspection out;
    out.encoding = "UTF-8";
    out.delimiter = 0;
    CsvRecord record;
    QList<QList<QByteArray>> head;
    QList<qint64> headRows;
    while (head.size() <= HeaderProbeRecords && reader.next(record)) {
        head.append(toList(record));
        headRows.append(record.row);
    }
    if (reader.failed())
        return reader.error();
    if (head.isEmpty())
        return out;

    out.hasHeader = looksLikeHeader(head.first(), head.mid(1));
    Feeder feeder { out, {}, head.first().size(), 0 };
    for (qsizetype i = out.hasHeader ? 1 : 0; i < head.size(); ++i)
        feeder.feed(head[i], headRows[i]);
    while (reader.next(record)) {
        feeder.feed(record.fields, record.row);
        if (out.records % CheckEvery == 0) {
            if (cancel.isCancelled())
                return Error { TypeDetector::tr("cancelled"), QString(), 0, 0, {} };
            progress.setValue(reader.bytesRead());
        }
    }
    if (reader.failed())
        return reader.error();
    progress.setValue(reader.fileSize());

    const qsizetype columns = std::max(feeder.expected, feeder.widest);
    out.headers = headerNames(head.first(), columns, out.hasHeader);
    out.columns = feeder.detector.profiles(out.headers);
    out.issues.append(reader.issues());
    if (out.raggedRows > 0) {
        out.issues.warn(XlsxReader::tr("%n row(s) are wider than the first row; their extra cells are kept.", nullptr,
                                       int(std::min<qint64>(out.raggedRows, INT_MAX))),
                        XlsxReader::tr("row %1").arg(out.firstRaggedLine));
    }
    return out;
}

} // namespace Portrait::Io
