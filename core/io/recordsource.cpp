#include "recordsource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

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
    }
    return {};
}

SourceFormat detectFormat(const QString &path)
{
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

Result<CsvInspection> inspectSource(const SourceSpec &spec, ProgressSink &progress, const CancelToken &cancel)
{
    switch (detectFormat(spec.path)) {
    case SourceFormat::Csv:
        return inspectCsv(spec.path, CsvOptions { spec.encoding, spec.delimiter, false }, progress, cancel);
    default:
        return Error { QCoreApplication::translate("Portrait::Io::RecordSource",
                                                   "This kind of file cannot be imported yet; save it as CSV "
                                                   "(UTF-8) and import that."),
                       QFileInfo(spec.path).fileName(), 0, 0, {} };
    }
}

Result<std::unique_ptr<RecordReader>> openRecordReader(const SourceSpec &spec, const CsvInspection &inspection)
{
    auto reader = std::make_unique<CsvRecordReader>();
    if (Status status = reader->open(spec, inspection); !status)
        return status.error();
    return std::unique_ptr<RecordReader>(std::move(reader));
}

} // namespace Portrait::Io
