#include "inspectpass.h"

#include "io/recordsource.h"
#include "io/valueparse.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Portrait::Io::Inspect {

QList<QByteArray> recordFields(const CsvRecord &record)
{
    QList<QByteArray> fields;
    fields.reserve(qsizetype(record.fields.size()));
    for (QByteArrayView f : record.fields)
        fields.append(f.toByteArray());
    return fields;
}

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

Error cancelled()
{
    return Error { TypeDetector::tr("cancelled"), QString(), 0, 0, {} };
}

} // namespace Portrait::Io::Inspect

namespace Portrait::Io {

namespace {

/// Adapts a RecordReader to the reader shape inspectRecords() takes, first handing out the
/// records it was given back (their fields copied, since the reader's views do not last).
class ReplayReader
{
public:
    explicit ReplayReader(RecordReader &reader) : m_reader(reader) { }

    void pushBack(const CsvRecord &record)
    {
        m_replay = Inspect::recordFields(record);
        m_replayRow = record.row;
        m_replayLine = record.line;
        m_hasReplay = true;
    }
    bool next(CsvRecord &record)
    {
        if (!m_hasReplay)
            return m_reader.next(record);
        m_hasReplay = false;
        record.fields.clear();
        for (const QByteArray &field : std::as_const(m_replay))
            record.fields.emplace_back(field);
        record.row = m_replayRow;
        record.line = m_replayLine;
        return true;
    }
    bool failed() const { return m_reader.failed(); }
    const Error &error() const { return m_reader.error(); }
    qint64 bytesRead() const { return m_reader.progressValue(); }
    qint64 fileSize() const { return m_reader.progressTotal(); }

private:
    RecordReader &m_reader;
    QList<QByteArray> m_replay;
    qint64 m_replayRow = 0;
    qint64 m_replayLine = 0;
    bool m_hasReplay = false;
};

int columnOf(const QList<ColumnProfile> &columns, QStringView text)
{
    const QStringView t = text.trimmed();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].name == t)
            return i;
    }
    for (int i = 0; i < columns.size(); ++i) {
        if (QStringView(columns[i].name).compare(t, Qt::CaseInsensitive) == 0)
            return i;
    }
    bool ok = false;
    const int number = t.toInt(&ok);
    return ok && number >= 1 && number <= columns.size() ? number - 1 : -1;
}

} // namespace

std::optional<ColumnType> columnTypeFromKey(QStringView key)
{
    for (ColumnType type : { ColumnType::Empty, ColumnType::Integer, ColumnType::Decimal, ColumnType::Date,
                             ColumnType::DateTime, ColumnType::Text }) {
        if (key.compare(columnTypeKey(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

Result<CsvInspection> inspectWithHeaderRow(RecordReader &reader, const CsvInspection &base, qint64 headerRow,
                                           ProgressSink &progress, const CancelToken &cancel)
{
    CsvInspection out;
    out.encoding = base.encoding;
    out.delimiter = base.delimiter;
    out.issues = base.issues;
    out.hasHeader = headerRow > 0;
    out.leadingRows = std::max<qint64>(headerRow - 1, 0);

    ReplayReader replay(reader);
    CsvRecord record;
    for (qint64 i = 0; i < out.leadingRows; ++i) {
        if (!reader.next(record))
            break;
    }
    if (!reader.next(record)) {
        if (reader.failed())
            return reader.error();
        return out; // nothing at or below the header row
    }
    QStringList columns;
    if (out.hasHeader) {
        const QList<QByteArray> cells = Inspect::recordFields(record);
        columns = Inspect::headerNames(cells, cells.size(), true);
    } else {
        columns = Inspect::headerNames({}, qsizetype(record.fields.size()), false);
        replay.pushBack(record); // the first record is data
    }
    auto pass = Inspect::inspectRecords(replay, out, columns, true, progress, cancel);
    if (!pass)
        return pass.error();
    return pass->inspection;
}

Status applyTypeOverrides(QList<ColumnProfile> &columns, const QStringList &overrides)
{
    for (const QString &item : overrides) {
        const qsizetype eq = item.lastIndexOf(u'=');
        const std::optional<ColumnType> type =
                eq < 0 ? std::nullopt : columnTypeFromKey(QStringView(item).sliced(eq + 1).trimmed());
        if (!type || *type == ColumnType::Empty)
            return Error { TypeDetector::tr("Cannot read the type override “%1”; write column=type with a type of "
                                            "text, integer, decimal, date or datetime.")
                                   .arg(item),
                           {}, 0, 0, {} };
        const int column = columnOf(columns, QStringView(item).first(eq));
        if (column < 0) {
            QStringList names;
            for (const ColumnProfile &c : std::as_const(columns))
                names.append(c.name);
            return Error { TypeDetector::tr("Unknown column “%1” in the type override “%2”; the columns are: %3.")
                                   .arg(QStringView(item).first(eq).trimmed().toString(), item, names.join(u", "_s)),
                           {}, 0, 0, {} };
        }
        ColumnProfile &profile = columns[column];
        profile.type = *type;
        profile.typeFixed = true;
        profile.keepAsText = *type == ColumnType::Text;
    }
    return {};
}

} // namespace Portrait::Io
