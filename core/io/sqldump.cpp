#include "io/sqldump.h"

#include "io/inspectpass.h"
#include "io/sqldumpparser.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

constexpr qint64 CheckEvery = 4096; // events between progress updates and cancel checks

QStringList numberedColumns(qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count; ++i)
        names.append(TypeDetector::tr("Column %1").arg(i + 1));
    return names;
}

Error cancelled() { return Error { TypeDetector::tr("cancelled"), QString(), 0, 0, {} }; }

} // namespace

Result<QList<DumpTable>> listDumpTables(const QString &path, ProgressSink &progress, const CancelToken &cancel)
{
    Dump::Parser parser;
    if (const Status s = parser.openFile(path); !s)
        return s.error();
    progress.setPhase(SqlDumpReader::tr("Reading the dump"));
    progress.setTotal(parser.fileSize());
    QList<DumpTable> tables;
    QList<qsizetype> widths;
    QHash<QString, qsizetype> index;
    Dump::Event event;
    for (qint64 n = 1; parser.next(event); ++n) {
        auto it = index.constFind(event.table);
        if (it == index.cend()) {
            it = index.insert(event.table, tables.size());
            tables.append(DumpTable { event.table, {}, 0, event.line });
            widths.append(0);
        }
        DumpTable &table = tables[*it];
        if (table.columns.isEmpty())
            table.columns = event.columns;
        if (event.kind == Dump::Event::Kind::Row) {
            ++table.rows;
            widths[*it] = std::max(widths[*it], event.size());
        }
        if (n % CheckEvery == 0) {
            if (cancel.isCancelled())
                return cancelled();
            progress.setValue(parser.bytesRead());
        }
    }
    if (parser.failed())
        return parser.error();
    progress.setValue(parser.fileSize());
    QList<DumpTable> out;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        // sqlite3 .dump writes its own bookkeeping (sqlite_sequence, sqlite_schema): not user data.
        if (tables[i].name.startsWith(u"sqlite_"_s, Qt::CaseInsensitive))
            continue;
        if (tables[i].columns.isEmpty())
            tables[i].columns = numberedColumns(widths[i]);
        out.append(tables[i]);
    }
    return out;
}

SqlDumpReader::SqlDumpReader() = default;
SqlDumpReader::~SqlDumpReader() = default;

qint64 SqlDumpReader::bytesRead() const { return m_parser ? m_parser->bytesRead() : 0; }
qint64 SqlDumpReader::fileSize() const { return m_parser ? m_parser->fileSize() : 0; }
QByteArray SqlDumpReader::checksum() const { return m_parser ? m_parser->checksum() : QByteArray(); }

void SqlDumpReader::fail(const Error &error)
{
    m_failed = true;
    m_error = error;
}

bool SqlDumpReader::matches(const QString &table) const
{
    return table == m_table || (!m_table.contains(u'.') && table.endsWith(u'.' + m_table));
}

Status SqlDumpReader::open(const QString &path, const QString &table)
{
    m_parser = std::make_unique<Dump::Parser>();
    m_event = std::make_unique<Dump::Event>();
    m_table = table;
    m_columns.clear();
    m_mappedStatement = -1;
    m_row = 0;
    m_pending = m_failed = false;
    m_error = {};
    if (const Status s = m_parser->openFile(path); !s)
        return s;
    // Read up to the table's definition or first row, so columns() is known before the first record.
    while (m_parser->next(*m_event)) {
        if (!matches(m_event->table))
            continue;
        m_table = m_event->table; // "orders" resolved to "public.orders": later tables must be the same one
        m_columns = m_event->columns;
        if (m_event->kind == Dump::Event::Kind::Row) {
            if (m_columns.isEmpty())
                m_columns = numberedColumns(m_event->size());
            m_pending = true;
        }
        if (!m_columns.isEmpty())
            return {};
    }
    if (m_parser->failed())
        return m_parser->error();
    if (m_event->table == m_table)
        return {}; // defined with no columns and no rows
    return Error { tr("The dump has no table named \"%1\".").arg(table), m_parser->source(), 0, 0, {} };
}

bool SqlDumpReader::advance()
{
    while (m_parser->next(*m_event)) {
        if (m_event->kind == Dump::Event::Kind::Row && m_event->table == m_table)
            return true;
    }
    if (m_parser->failed())
        fail(m_parser->error());
    return false;
}

bool SqlDumpReader::next(CsvRecord &record)
{
    if (!m_parser || m_failed)
        return false;
    if (m_pending)
        m_pending = false;
    else if (!advance())
        return false;
    return takeRow(record);
}

bool SqlDumpReader::takeRow(CsvRecord &record)
{
    const Dump::Event &e = *m_event;
    if (e.statement != m_mappedStatement) {
        // An INSERT or COPY may name its columns in another order, or only some of them.
        m_map.clear();
        for (const QString &name : e.columns) {
            qsizetype at = m_columns.indexOf(name);
            for (qsizetype i = 0; at < 0 && i < m_columns.size(); ++i)
                at = m_columns[i].compare(name, Qt::CaseInsensitive) == 0 ? i : -1;
            if (at < 0) {
                fail(Error { tr("Line %1: the table %2 has no column \"%3\".").arg(e.line).arg(m_table, name),
                             m_parser->source(), e.line, 0, name });
                return false;
            }
            m_map.push_back(int(at));
        }
        m_mappedStatement = e.statement;
    }
    record.fields.clear();
    if (m_map.empty()) {
        for (qsizetype i = 0; i < e.size(); ++i)
            record.fields.push_back(e.value(i));
        // A short INSERT without a column list leaves the rest at their defaults: empty here.
        for (qsizetype i = e.size(); i < m_columns.size(); ++i)
            record.fields.emplace_back();
    } else {
        record.fields.resize(size_t(m_columns.size()));
        for (qsizetype i = 0; i < e.size() && i < qsizetype(m_map.size()); ++i)
            record.fields[size_t(m_map[size_t(i)])] = e.value(i);
    }
    record.row = ++m_row;
    record.line = e.line;
    return true;
}

Result<CsvInspection> inspectDump(const QString &path, const QString &table, ProgressSink &progress,
                                  const CancelToken &cancel)
{
    SqlDumpReader reader;
    if (const Status s = reader.open(path, table); !s)
        return s.error();
    CsvInspection out;
    out.encoding = "UTF-8";
    out.hasHeader = false;
    auto pass = Inspect::inspectRecords(reader, out, reader.columns(), false, progress, cancel);
    if (!pass)
        return pass.error();
    out = pass->inspection;
    if (out.raggedRows > 0) {
        out.issues.warn(SqlDumpReader::tr("%n row(s) have more values than the table has columns; the extra values "
                                          "are kept.", nullptr, int(std::min<qint64>(out.raggedRows, INT_MAX))),
                        TypeDetector::tr("line %1").arg(out.firstRaggedLine));
    }
    return out;
}

} // namespace Portrait::Io
