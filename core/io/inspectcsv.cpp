// inspectCsv(): the one full pass that tells the import dialog what a CSV file holds.
#include "io/typedetect.h"

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

/// Header names as shown: trimmed, blanks named by position, repeats numbered, so every column
/// can be addressed by name (mapping overrides, project files).
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
    void feed(const Fields &fields, qint64 line)
    {
        ++out.records;
        const qsizetype n = qsizetype(fields.size());
        widest = std::max(widest, n);
        if (n != expected && ++out.raggedRows == 1)
            out.firstRaggedLine = line;
        int column = 0;
        for (const auto &field : fields)
            detector.observe(column++, QByteArrayView(field));
        for (; column < expected; ++column)
            detector.observe(column, {}); // a missing field is read as empty
    }
};

} // namespace

Result<CsvInspection> inspectCsv(const QString &path, const CsvOptions &options, ProgressSink &progress,
                                 const CancelToken &cancel)
{
    CsvReader reader;
    if (const Status opened = reader.open(path, options); !opened)
        return opened.error();
    progress.setPhase(TypeDetector::tr("Inspecting the file"));
    progress.setTotal(reader.fileSize());

    CsvInspection out;
    out.encoding = reader.encoding();
    out.delimiter = reader.delimiter();
    CsvRecord record;
    QList<QList<QByteArray>> head;
    QList<qint64> headLines;
    while (head.size() <= HeaderProbeRecords && reader.next(record)) {
        head.append(toList(record));
        headLines.append(record.line);
    }
    if (reader.failed())
        return reader.error();
    if (head.isEmpty())
        return out;

    out.hasHeader = looksLikeHeader(head.first(), head.mid(1));
    Feeder feeder { out, {}, head.first().size(), 0 };
    for (qsizetype i = out.hasHeader ? 1 : 0; i < head.size(); ++i)
        feeder.feed(head[i], headLines[i]);
    while (reader.next(record)) {
        feeder.feed(record.fields, record.line);
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
    if (out.raggedRows > 0) {
        out.issues.warn(TypeDetector::tr("%n row(s) do not have %1 fields like the first row; missing fields are "
                                         "read as empty, extra fields are kept.", nullptr, int(std::min<qint64>(out.raggedRows, INT_MAX)))
                                .arg(feeder.expected),
                        TypeDetector::tr("line %1").arg(out.firstRaggedLine));
    }
    return out;
}

} // namespace Portrait::Io
