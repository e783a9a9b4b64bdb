#include "sourcepreview.h"

#include "io/dbtablereader.h"
#include "io/sqldump.h"
#include "io/sqlitesource.h"
#include "io/typedetect.h"
#include "io/xlsxworkbook.h"

#include <QCoreApplication>

namespace Portrait::Jobs {

namespace {

struct Preview
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::SourcePreview)
};

Result<QStringList> listParts(const QString &path, Io::SourceFormat format, const CancelToken &cancel)
{
    Result<QList<Io::DumpTable>> tables = QList<Io::DumpTable>();
    switch (format) {
    case Io::SourceFormat::Csv:
        return QStringList();
    case Io::SourceFormat::Xlsx:
        return Io::listXlsxSheets(path);
    case Io::SourceFormat::Database:
        return Io::listDatabaseTables(path);
    case Io::SourceFormat::SqlDump:
        tables = Io::listDumpTables(path, nullProgress(), cancel);
        break;
    case Io::SourceFormat::Sqlite:
        tables = Io::listSqliteTables(path);
        break;
    }
    if (!tables)
        return tables.error();
    QStringList names;
    for (const Io::DumpTable &table : *tables)
        names.append(table.name);
    return names;
}

} // namespace

Result<SourcePreview> previewSource(const Io::SourceSpec &spec, int maxRows, const CancelToken &cancel)
{
    SourcePreview preview;
    preview.format = Io::detectFormat(spec.path);
    auto parts = listParts(spec.path, preview.format, cancel);
    if (!parts)
        return parts.error();
    preview.sheetsOrTables = *parts;
    Io::SourceSpec resolved = spec;
    if (preview.format != Io::SourceFormat::Csv) {
        if (preview.sheetsOrTables.isEmpty())
            return Error { Preview::tr("The file holds no table with rows."), spec.path, 0, 0, {} };
        if (!preview.sheetsOrTables.contains(resolved.sheetOrTable))
            resolved.sheetOrTable = preview.sheetsOrTables.first();
    }
    preview.sheetOrTable = resolved.sheetOrTable;

    Io::CsvInspection how;
    how.encoding = spec.encoding;
    how.delimiter = spec.delimiter;
    auto opened = Io::openRecordReader(resolved, how);
    if (!opened)
        return opened.error();
    Io::RecordReader &reader = **opened;
    Io::CsvRecord record;
    QList<QList<QByteArray>> raw;
    while (preview.rows.size() < maxRows && !cancel.isCancelled() && reader.next(record)) {
        QList<QByteArray> fields;
        QStringList texts;
        for (QByteArrayView field : record.fields) {
            fields.append(field.toByteArray());
            texts.append(QString::fromUtf8(field));
        }
        raw.append(fields);
        preview.rows.append(texts);
    }
    if (reader.failed())
        preview.problem = reader.error().toString();
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    if (!raw.isEmpty())
        preview.detectedHeaderRow = Io::looksLikeHeader(raw.first(), raw.mid(1)) ? 1 : 0;
    return preview;
}

} // namespace Portrait::Jobs
