#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Portrait::Io {

/// Limits on what a zip entry may inflate to. A workbook is a zip of XML parts, and a tiny hostile
/// file can inflate to gigabytes (a "zip bomb"); these are checked while inflating, because the
/// sizes in the zip headers are written by whoever made the file.
struct XlsxLimits
{
    qint64 maxEntrySize = qint64(2) << 30;    ///< inflated bytes per entry
    qint64 maxRatio = 200;                    ///< inflated / compressed ...
    qint64 ratioFloor = qint64(1) << 20;      ///< ... checked once an entry passed this size
    qint64 maxSmallPart = qint64(64) << 20;   ///< workbook, rels, styles: read whole
    qint64 maxSharedStrings = qint64(512) << 20; ///< UTF-8 bytes of all shared strings
};

/// A read-only view of the zip inside an .xlsx file (minizip 1.x). One entry can be open for
/// streaming at a time.
class XlsxArchive
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::XlsxArchive)

public:
    XlsxArchive();
    ~XlsxArchive();
    XlsxArchive(const XlsxArchive &) = delete;
    XlsxArchive &operator=(const XlsxArchive &) = delete;

    /// Opens path; an OLE2 file (legacy .xls or a password-protected workbook) gets an error
    /// that says what to do instead.
    Status open(const QString &path, const XlsxLimits &limits = {});
    const QString &fileName() const { return m_fileName; }
    const XlsxLimits &limits() const { return m_limits; }
    qint64 fileSize() const { return m_fileSize; }

    bool contains(const QString &part) const;
    /// The whole inflated part, at most limits().maxSmallPart bytes.
    Result<QByteArray> readPart(const QString &part);

    /// Streaming: openEntry(), then read() until it returns 0 (end) or -1 (error()).
    Status openEntry(const QString &part);
    qint64 read(char *into, qint64 maxBytes);
    void closeEntry();
    qint64 entrySize() const { return m_entrySize; }     ///< as declared in the zip header
    qint64 entryInflated() const { return m_inflated; }
    const Error &error() const { return m_error; }

    /// An Error about this file, naming the part when given.
    Error makeError(const QString &message, const QString &part = {}) const;

private:
    Status checkNotOle2(const QString &path);

    void *m_zip = nullptr; // unzFile
    QString m_fileName;
    QString m_entry;
    XlsxLimits m_limits;
    qint64 m_fileSize = 0;
    qint64 m_entrySize = 0;
    qint64 m_entryCompressed = 0;
    qint64 m_inflated = 0;
    bool m_entryOpen = false;
    Error m_error;
};

} // namespace Portrait::Io
