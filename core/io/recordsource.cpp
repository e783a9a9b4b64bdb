#include "recordsource.h"

#include "dbtablereader.h"
#include "dburi.h"
#include "sqldump.h"
#include "sqlitesource.h"
#include "xlsxreader.h"
#include "xlsxworkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

/// Any reader with the CsvReader-shaped interface (open/next/bytesRead/fileSize/checksum).
template<typename Reader>
class TableRecordReader : public RecordReader
{
public:
    Status open(const SourceSpec &spec) { return m_reader.open(spec.path, spec.sheetOrTable); }
    bool next(CsvRecord &record) override { return m_reader.next(record); }
    bool failed() const override { return m_reader.failed(); }
    const Error &error() const override { return m_reader.error(); }
    qint64 progressValue() const override { return m_reader.bytesRead(); }
    qint64 progressTotal() const override { return m_reader.fileSize(); }
    QByteArray checksum() const override { return m_reader.checksum(); }
    QByteArray encoding() const override { return QByteArrayLiteral("UTF-8"); }

private:
    Reader m_reader;
};

struct RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::RecordSource)
};

// An empty name means the first table; a name the file does not have is an error listing them.
Status resolveTable(SourceSpec &spec, const Result<QList<DumpTable>> &tables, IssueList &issues)
{
    const QString fileName = QFileInfo(spec.path).fileName();
    if (!tables)
        return tables.error();
    if (tables->isEmpty())
        return Error { RecordSource::tr("The file holds no table with rows."), fileName, 0, 0, {} };
    QStringList names;
    for (const DumpTable &table : *tables)
        names.append(table.name);
    if (spec.sheetOrTable.isEmpty()) {
        spec.sheetOrTable = names.first();
        if (names.size() > 1) {
            issues.info(RecordSource::tr("The file holds %1 tables (%2); “%3” was read. Choose another with "
                                         "--table.")
                                .arg(names.size())
                                .arg(names.join(u", "_s), names.first()));
        }
        return {};
    }
    for (const QString &name : std::as_const(names)) {
        if (name == spec.sheetOrTable || name.endsWith(u'.' + spec.sheetOrTable))
            return {};
    }
    return Error { RecordSource::tr("There is no table “%1”; the tables are: %2.")
                           .arg(spec.sheetOrTable, names.join(u", "_s)),
                   fileName, 0, 0, {} };
}

class CsvRecordReader : public RecordReader
{
public:
    Status open(const SourceSpec &spec, const CsvInspection &inspection)
    {
        return m_reader.open(spec.path, CsvOptions { inspection.encoding, inspection.delimiter, true });
    }
    bool next(CsvRecord &record) override { return m_reader.next(record); }
    bool failed() const override { return m_reader.failed(); }
    const Error &error() const override { return m_reader.error(); }
    qint64 progressValue() const override { return m_reader.bytesRead(); }
    qint64 progressTotal() const override { return m_reader.fileSize(); }
    QByteArray checksum() const override { return m_reader.checksum(); }
    QByteArray encoding() const override { return m_reader.encoding(); }
    char delimiter() const override { return m_reader.delimiter(); }

private:
    CsvReader m_reader;
};

} // namespace

QString sourceFormatKey(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Csv:
        return u"csv"_s;
    case SourceFormat::Xlsx:
        return u"xlsx"_s;
    case SourceFormat::SqlDump:
        return u"sql"_s;
    case SourceFormat::Sqlite:
        return u"sqlite"_s;
    case SourceFormat::Database:
        return u"database"_s;
    }
    return {};
}

QString sourceFormatKey(SourceFormat format, const QString &path)
{
    if (format != SourceFormat::Database)
        return sourceFormatKey(format);
    auto uri = DbUri::parse(path);
    return uri && uri->dialect == DbDialect::MySql ? u"mysql"_s : u"postgresql"_s;
}

QString sourceDisplayName(const QString &path, const QString &table)
{
    if (!isDatabaseUri(path))
        return QFileInfo(path).fileName();
    auto uri = DbUri::parse(path);
    return table + u" @ "_s + (uri ? uri->withoutPassword() : path.section(u'@', -1));
}

QString sourceStoredPath(const QString &path)
{
    if (!isDatabaseUri(path))
        return QFileInfo(path).absoluteFilePath();
    auto uri = DbUri::parse(path);
    return uri ? uri->withoutPassword() : QString();
}

SourceFormat detectFormat(const QString &path)
{
    if (isDatabaseUri(path))
        return SourceFormat::Database;
    QFile file(path);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(64);
    if (head.startsWith("PK\x03\x04") || head.startsWith(QByteArray("\xD0\xCF\x11\xE0", 4)))
        return SourceFormat::Xlsx; // the workbook reader also explains legacy .xls and encrypted files
    if (head.startsWith(QByteArray("SQLite format 3\0", 16)))
        return SourceFormat::Sqlite;
    if (head.startsWith("PGDMP") || QFileInfo(path).suffix().compare(u"sql"_s, Qt::CaseInsensitive) == 0)
        return SourceFormat::SqlDump;
    return SourceFormat::Csv;
}

Result<CsvInspection> inspectSource(SourceSpec &spec, ProgressSink &progress, const CancelToken &cancel)
{
    IssueList issues;
    Result<CsvInspection> inspection = Error {};
    switch (detectFormat(spec.path)) {
    case SourceFormat::Database:
        return inspectDatabase(spec, progress, cancel);
    case SourceFormat::Csv:
        return inspectCsv(spec.path, CsvOptions { spec.encoding, spec.delimiter, false }, progress, cancel);
    case SourceFormat::SqlDump:
        if (Status status = resolveTable(spec, listDumpTables(spec.path, progress, cancel), issues); !status)
            return status.error();
        inspection = inspectDump(spec.path, spec.sheetOrTable, progress, cancel);
        break;
    case SourceFormat::Sqlite:
        if (Status status = resolveTable(spec, listSqliteTables(spec.path), issues); !status)
            return status.error();
        inspection = inspectSqliteTable(spec.path, spec.sheetOrTable, progress, cancel);
        break;
    case SourceFormat::Xlsx: {
        auto sheets = listXlsxSheets(spec.path);
        if (!sheets)
            return sheets.error();
        if (spec.sheetOrTable.isEmpty() && !sheets->isEmpty()) {
            spec.sheetOrTable = sheets->first();
            if (sheets->size() > 1) {
                issues.info(RecordSource::tr("The workbook has %1 sheets (%2); “%3” was read. Choose another with "
                                             "--sheet.")
                                    .arg(sheets->size())
                                    .arg(sheets->join(u", "_s), sheets->first()));
            }
        } else if (!sheets->contains(spec.sheetOrTable)) {
            return Error { RecordSource::tr("There is no sheet “%1”; the sheets are: %2.")
                                   .arg(spec.sheetOrTable, sheets->join(u", "_s)),
                           QFileInfo(spec.path).fileName(), 0, 0, {} };
        }
        inspection = inspectXlsx(spec.path, spec.sheetOrTable, progress, cancel);
        break;
    }
    }
    if (inspection)
        inspection->issues.append(issues);
    return inspection;
}

Result<std::unique_ptr<RecordReader>> openRecordReader(const SourceSpec &spec, const CsvInspection &inspection)
{
    std::unique_ptr<RecordReader> reader;
    Status status;
    switch (detectFormat(spec.path)) {
    case SourceFormat::Csv: {
        auto csv = std::make_unique<CsvRecordReader>();
        status = csv->open(spec, inspection);
        reader = std::move(csv);
        break;
    }
    case SourceFormat::SqlDump: {
        auto dump = std::make_unique<TableRecordReader<SqlDumpReader>>();
        status = dump->open(spec);
        reader = std::move(dump);
        break;
    }
    case SourceFormat::Sqlite: {
        auto table = std::make_unique<TableRecordReader<SqliteTableReader>>();
        status = table->open(spec);
        reader = std::move(table);
        break;
    }
    case SourceFormat::Database: {
        auto table = std::make_unique<DbTableReader>();
        status = table->open(spec, inspection.records);
        reader = std::move(table);
        break;
    }
    case SourceFormat::Xlsx: {
        auto sheet = std::make_unique<TableRecordReader<XlsxReader>>();
        status = sheet->open(spec);
        reader = std::move(sheet);
        break;
    }
    }
    if (!status)
        return status.error();
    return reader;
}

} // namespace Portrait::Io
