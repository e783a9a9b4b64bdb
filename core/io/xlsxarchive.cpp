#include "io/xlsxarchive.h"

#include <QFile>
#include <QFileInfo>

#include <minizip/unzip.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

unzFile zip(void *handle)
{
    return static_cast<unzFile>(handle);
}

QByteArray zipName(const QString &part)
{
    return (part.startsWith(u'/') ? part.mid(1) : part).toUtf8();
}

} // namespace

XlsxArchive::XlsxArchive() = default;

XlsxArchive::~XlsxArchive()
{
    closeEntry();
    if (m_zip)
        unzClose(zip(m_zip));
}

Error XlsxArchive::makeError(const QString &message, const QString &part) const
{
    const QString text = part.isEmpty() ? message : tr("%1 (part %2)").arg(message, part);
    return Error { text, m_fileName, 0, 0, {} };
}

/// Excel writes both legacy .xls files and password-protected .xlsx files as OLE2 compound files;
/// the latter hold a stream named "EncryptedPackage" (its directory entry name is UTF-16LE).
Status XlsxArchive::checkNotOle2(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot open the file: %1").arg(file.errorString()));
    static constexpr char ole2[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if (file.read(8) != QByteArrayView(ole2, 8))
        return {};
    file.seek(0);
    const QByteArray head = file.read(qint64(64) << 20);
    const QString name = u"EncryptedPackage"_s;
    const QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    if (head.contains(utf16))
        return makeError(tr("password-protected workbook: save it without a password"));
    return makeError(tr("This is a legacy Excel (.xls) file, not an .xlsx workbook: open it in Excel or WPS "
                        "and save it as .xlsx or CSV."));
}

Status XlsxArchive::open(const QString &path, const XlsxLimits &limits)
{
    m_fileName = QFileInfo(path).fileName();
    m_limits = limits;
    m_fileSize = QFileInfo(path).size();
    if (const Status notOle2 = checkNotOle2(path); !notOle2)
        return notOle2;
    m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!m_zip)
        return makeError(tr("This is not an .xlsx workbook, or the file is damaged: it is not a readable zip "
                            "archive."));
    return {};
}

bool XlsxArchive::contains(const QString &part) const
{
    return m_zip && unzLocateFile(zip(m_zip), zipName(part).constData(), 2) == UNZ_OK;
}

Status XlsxArchive::openEntry(const QString &part)
{
    closeEntry();
    m_entry = part;
    m_error = {};
    if (!m_zip || unzLocateFile(zip(m_zip), zipName(part).constData(), 2) != UNZ_OK)
        return makeError(tr("A part of the workbook is missing"), part);
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(zip(m_zip), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return makeError(tr("The zip directory is damaged"), part);
    if (info.flag & 1)
        return makeError(tr("password-protected workbook: save it without a password"), part);
    if (unzOpenCurrentFile(zip(m_zip)) != UNZ_OK)
        return makeError(tr("The zip entry is damaged or uses an unsupported compression"), part);
    m_entryOpen = true;
    m_entrySize = qint64(info.uncompressed_size);
    // The header's compressed size bounds what minizip reads, and no entry is bigger than the file.
    m_entryCompressed = std::clamp<qint64>(qint64(info.compressed_size), 1, std::max<qint64>(m_fileSize, 1));
    m_inflated = 0;
    return {};
}

qint64 XlsxArchive::read(char *into, qint64 maxBytes)
{
    if (!m_entryOpen) {
        m_error = makeError(tr("Internal error: reading a zip entry that is not open"), m_entry);
        return -1;
    }
    const int chunk = int(std::min<qint64>(maxBytes, 1 << 30));
    const int n = unzReadCurrentFile(zip(m_zip), into, unsigned(chunk));
    if (n < 0) {
        m_error = makeError(tr("The zip entry is damaged (inflate error %1)").arg(n), m_entry);
        return -1;
    }
    m_inflated += n;
    if (m_inflated > m_limits.maxEntrySize || (m_entrySize >= 0 && m_inflated > m_entrySize && n > 0)) {
        m_error = makeError(tr("The zip entry inflates to more than its declared size or the limit of %1 MiB; "
                               "refusing it").arg(m_limits.maxEntrySize >> 20), m_entry);
        return -1;
    }
    if (m_inflated > m_limits.ratioFloor && m_inflated / m_entryCompressed > m_limits.maxRatio) {
        m_error = makeError(tr("The zip entry is compressed more than %1:1, which real workbooks never are; "
                               "refusing it as a zip bomb").arg(m_limits.maxRatio), m_entry);
        return -1;
    }
    if (n == 0 && m_inflated != m_entrySize) {
        m_error = makeError(tr("The zip entry is shorter than declared; the file is damaged"), m_entry);
        return -1;
    }
    if (n == 0) {
        m_entryOpen = false;
        if (unzCloseCurrentFile(zip(m_zip)) == UNZ_CRCERROR) {
            m_error = makeError(tr("The zip entry is damaged (checksum mismatch)"), m_entry);
            return -1;
        }
    }
    return n;
}

void XlsxArchive::closeEntry()
{
    if (m_entryOpen)
        unzCloseCurrentFile(zip(m_zip));
    m_entryOpen = false;
}

Result<QByteArray> XlsxArchive::readPart(const QString &part)
{
    if (const Status opened = openEntry(part); !opened)
        return opened.error();
    if (m_entrySize > m_limits.maxSmallPart)
        return makeError(tr("The part is larger than %1 MiB; refusing it").arg(m_limits.maxSmallPart >> 20), part);
    QByteArray data(qsizetype(m_entrySize), Qt::Uninitialized);
    qsizetype filled = 0;
    for (;;) {
        if (filled == data.size())
            data.resize(filled + 1); // room to notice an entry longer than declared
        const qint64 n = read(data.data() + filled, data.size() - filled);
        if (n < 0)
            return m_error;
        if (n == 0)
            break;
        filled += qsizetype(n);
    }
    closeEntry();
    data.truncate(filled);
    return data;
}

} // namespace Portrait::Io
