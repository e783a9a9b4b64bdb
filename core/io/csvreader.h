#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>
#include <vector>

class QCryptographicHash;

namespace Portrait::Io {

class Utf8Transcoder;

struct CsvOptions
{
    QByteArray encoding;         ///< empty = detect (a byte-order mark always wins)
    char delimiter = 0;          ///< 0 = sniff among , ; \t |
    bool computeChecksum = false;
    /// Bytes read per chunk; 0 = 4 MiB. Tests set a few bytes to put chunk ends everywhere.
    qsizetype chunkSize = 0;
};

struct CsvRecord
{
    /// UTF-8 field values, unquoted and unescaped; valid until the next call to CsvReader::next().
    std::vector<QByteArrayView> fields;
    qint64 row = 0;   ///< 1-based record number, first record (the header, if any) = 1
    qint64 line = 0;  ///< 1-based physical line where the record starts
};

/// Picks the delimiter among , ; tab | whose field count is the most consistent over the sample's
/// lines (quotes respected). Falls back to a comma.
char sniffDelimiter(QByteArrayView utf8Sample);

/// A streaming RFC 4180 reader. It decodes the file to UTF-8 in big chunks and hands out views into
/// its buffer, so reading costs no allocation per field; only quoted fields with "" escapes are
/// copied. Line ends may be LF, CRLF or CR; blank lines are skipped; invalid text is an error
/// located by line and column (the 1-based field number).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::CsvReader)

public:
    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    Status open(const QString &path, const CsvOptions &options = {});
    /// Reads the next record; false at the end of the file or on error (see failed()).
    bool next(CsvRecord &record);

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    QByteArray encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    /// Raw bytes read from the file so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 fileSize() const { return m_fileSize; }
    /// Hex SHA-256 of the raw file bytes; valid after the end when computeChecksum was set.
    QByteArray checksum() const { return m_checksum; }

private:
    enum class Parse { Record, Blank, NeedMore, Failed };

    bool fill();
    bool readRaw(QByteArray &into, qsizetype maxBytes);
    Parse parseRecord(CsvRecord &record);
    Parse parseQuoted(const char *&p, const char *end, char *&scratch, qint64 &lines, CsvRecord &record);
    void validateUtf8();
    QByteArray utf8Sample() const;
    void locateInvalidText(const char *recordStart, const char *bad);
    QString invalidTextMessage() const;
    void fail(const QString &message, qint64 line, int column);

    QFile m_file;
    QString m_fileName;
    std::unique_ptr<Utf8Transcoder> m_transcoder;
    std::unique_ptr<QCryptographicHash> m_hash;
    QByteArray m_buffer;            ///< UTF-8 text; [m_pos, m_buffer.size()) is not parsed yet
    QByteArray m_raw;               ///< raw bytes before transcoding (not used for UTF-8)
    std::unique_ptr<char[]> m_scratch; ///< unescaped quoted fields of the current record
    qsizetype m_scratchSize = 0;
    qsizetype m_pos = 0;
    qsizetype m_validEnd = 0;       ///< UTF-8 input: buffer bytes checked so far
    qint64 m_bufferStart = 0;       ///< stream offset (in UTF-8 text) of m_buffer[0]
    qint64 m_badOffset = -1;        ///< stream offset of the first invalid text, -1 = none
    qint64 m_bytesRead = 0;
    qint64 m_fileSize = 0;
    qint64 m_row = 0;
    qint64 m_line = 1;
    QByteArray m_encoding;
    QByteArray m_checksum;
    qsizetype m_chunkSize = 0;
    QByteArray m_pendingHead;       ///< raw bytes read for detection, fed before the rest
    char m_delimiter = ',';
    bool m_utf8 = true;
    bool m_eof = false;
    bool m_failed = false;
    bool m_open = false;
    Error m_error;
};

} // namespace Portrait::Io
