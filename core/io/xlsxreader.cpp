#include "io/xlsxreader.h"

#include "io/xlsxarchive.h"
#include "io/xlsxsheetparser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

constexpr qsizetype ChunkSize = qsizetype(1) << 18;

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

Status XlsxReader::open(const QString &path, const QString &sheetName, const XlsxLimits &limits)
{
    m_archive = std::make_unique<XlsxArchive>();
    m_workbook = std::make_unique<XlsxWorkbook>();
    m_parser.reset();
    m_failed = false;
    m_atEnd = false;
    if (const Status opened = m_archive->open(path, limits); !opened)
        return opened;
    if (const Status loaded = m_workbook->load(*m_archive); !loaded)
        return loaded;
    const QList<XlsxSheetInfo> &sheets = m_workbook->sheets();
    auto sheet = sheets.cbegin();
    if (!sheetName.isEmpty()) {
        sheet = std::find_if(sheets.cbegin(), sheets.cend(), [&](const XlsxSheetInfo &s) { return s.name == sheetName; });
        if (sheet == sheets.cend()) {
            QStringList names;
            for (const XlsxSheetInfo &s : sheets)
                names.append(s.name);
            return m_archive->makeError(tr("The workbook has no sheet \"%1\"; its sheets are: %2")
                                            .arg(sheetName, names.join(u", "_s)));
        }
    }
    if (const Status loaded = m_workbook->loadSharedStrings(*m_archive); !loaded)
        return loaded;
    if (const Status opened = m_archive->openEntry(sheet->part); !opened)
        return opened;
    m_sheetName = sheet->name;
    m_sheetSize = m_archive->entrySize();
    m_parser = std::make_unique<XlsxSheetParser>(m_workbook->context(m_archive->fileName()));
    m_chunk.resize(ChunkSize);
    m_path = path;
    m_checksum.clear();
    return {};
}

QByteArray XlsxReader::checksum() const
{
    if (m_checksum.isEmpty() && !m_path.isEmpty())
        m_checksum = fileChecksum(m_path);
    return m_checksum;
}

/// Inflates the next chunk of the sheet into the parser; false on a zip error.
bool XlsxReader::feed()
{
    const qint64 n = m_archive->read(m_chunk.data(), m_chunk.size());
    if (n < 0) {
        m_error = m_archive->error();
        m_failed = true;
        return false;
    }
    if (n == 0)
        m_parser->finish();
    else
        m_parser->addData(QByteArrayView(m_chunk.constData(), qsizetype(n)));
    return true;
}

bool XlsxReader::next(CsvRecord &record)
{
    if (!m_parser || m_failed || m_atEnd)
        return false;
    for (;;) {
        switch (m_parser->next(record)) {
        case XlsxSheetParser::Step::Record:
            return true;
        case XlsxSheetParser::Step::NeedMore:
            if (!feed())
                return false;
            break;
        case XlsxSheetParser::Step::End:
            m_atEnd = true;
            m_archive->closeEntry();
            return false;
        case XlsxSheetParser::Step::Failed:
            m_error = m_parser->error();
            m_error.message = tr("%1 (sheet \"%2\")").arg(m_error.message, m_sheetName);
            m_failed = true;
            return false;
        }
    }
}

const IssueList &XlsxReader::issues() const
{
    static const IssueList none;
    return m_parser ? m_parser->issues() : none;
}

qint64 XlsxReader::bytesRead() const
{
    return m_archive ? m_archive->entryInflated() : 0;
}

} // namespace Portrait::Io
