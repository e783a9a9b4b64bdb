#include "io/csvreader.h"

#include "io/encoding.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>
#include <bit>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

constexpr qsizetype DefaultChunkSize = 4 * 1024 * 1024;
constexpr qsizetype SniffBytes = 64 * 1024;
constexpr qsizetype MinHeadSize = 64 * 1024; // enough to tell the encoding and the delimiter
constexpr quint64 Ones = 0x0101010101010101ULL;
constexpr quint64 Highs = 0x8080808080808080ULL;

/// Nonzero when a byte of word equals the byte broadcast in pattern; the lowest set bit is exact.
inline quint64 matchBytes(quint64 word, quint64 pattern)
{
    const quint64 x = word ^ pattern;
    return (x - Ones) & ~x & Highs;
}

/// The first delimiter, LF or CR in [p, end), or end. Plain fields are most of a file, so this
/// looks at eight bytes per step.
const char *findSpecial(const char *p, const char *end, char delimiter)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    const quint64 d = Ones * uchar(delimiter);
    constexpr quint64 lf = Ones * '\n';
    constexpr quint64 cr = Ones * '\r';
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (const quint64 m = matchBytes(word, d) | matchBytes(word, lf) | matchBytes(word, cr))
            return p + (std::countr_zero(m) >> 3);
        p += 8;
    }
#endif
    while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
        ++p;
    return p;
}

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

void CsvReader::fail(const QString &message, qint64 line, int column)
{
    m_failed = true;
    m_error = Error { message, m_fileName, line, column, {} };
}

Status CsvReader::open(const QString &path, const CsvOptions &options)
{
    m_file.close();
    m_file.setFileName(path);
    m_fileName = QFileInfo(path).fileName();
    m_transcoder.reset();
    m_hash.reset();
    m_buffer.clear();
    m_raw.clear();
    m_pos = m_validEnd = 0;
    m_bufferStart = m_bytesRead = m_row = 0;
    m_badOffset = -1;
    m_line = 1;
    m_checksum.clear();
    m_eof = m_failed = m_open = false;
    m_error = {};

    if (!m_file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot open the file: %1").arg(m_file.errorString()), m_fileName, 0, 0, {} };
    m_fileSize = m_file.size();
    if (options.computeChecksum)
        m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    m_chunkSize = options.chunkSize > 0 ? options.chunkSize : DefaultChunkSize;
    if (!readRaw(m_pendingHead, std::max(m_chunkSize, MinHeadSize)))
        return m_error;

    const EncodingGuess guess = detectEncoding(m_pendingHead, m_file.atEnd());
    // A byte-order mark is stronger evidence than anything the caller could declare.
    m_encoding = guess.fromBom || options.encoding.isEmpty() ? guess.name : canonicalEncodingName(options.encoding);
    if (m_encoding.isEmpty())
        return Error { tr("Unknown text encoding \"%1\"; use UTF-8, UTF-16LE, UTF-16BE or GB18030.")
                               .arg(QString::fromUtf8(options.encoding)),
                       m_fileName, 0, 0, {} };
    if (guess.bomLength > 0)
        m_pendingHead.remove(0, guess.bomLength);
    m_utf8 = m_encoding == "UTF-8";
    if (!m_utf8) {
        m_transcoder = std::make_unique<Utf8Transcoder>(m_encoding);
        if (!m_transcoder->isValid())
            return Error { tr("The text encoding %1 is not supported on this system.").arg(QString::fromLatin1(m_encoding)),
                           m_fileName, 0, 0, {} };
    }
    m_delimiter = options.delimiter != 0 ? options.delimiter : sniffDelimiter(utf8Sample());
    if (!fill() && m_failed)
        return m_error;
    m_open = true;
    return {};
}

bool CsvReader::readRaw(QByteArray &into, qsizetype maxBytes)
{
    into.resize(maxBytes);
    const qint64 n = m_file.read(into.data(), maxBytes);
    if (n < 0) {
        into.clear();
        fail(tr("Cannot read the file: %1").arg(m_file.errorString()), m_line, 0);
        return false;
    }
    into.resize(n);
    m_bytesRead += n;
    if (m_hash)
        m_hash->addData(into);
    return true;
}

bool CsvReader::fill()
{
    if (m_eof || m_failed)
        return false;
    // Keep the unparsed tail, drop what the caller has seen; views handed out before are void now.
    const qsizetype keep = m_buffer.size() - m_pos;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(keep));
        m_buffer.resize(keep);
        m_bufferStart += m_pos;
        m_validEnd = std::max<qsizetype>(0, m_validEnd - m_pos);
        m_pos = 0;
    }
    // The head read for detection goes in first, in chunk-sized pieces like the rest.
    QByteArray head;
    if (m_pendingHead.size() <= m_chunkSize) {
        std::swap(head, m_pendingHead);
    } else {
        head = m_pendingHead.first(m_chunkSize);
        m_pendingHead.remove(0, m_chunkSize);
    }
    if (m_utf8) {
        if (!head.isEmpty()) {
            m_buffer.append(head);
        } else {
            m_buffer.resize(keep + m_chunkSize);
            const qint64 n = m_file.read(m_buffer.data() + keep, m_chunkSize);
            m_buffer.resize(keep + std::max<qint64>(n, 0));
            if (n < 0) {
                fail(tr("Cannot read the file: %1").arg(m_file.errorString()), m_line, 0);
                return false;
            }
            m_bytesRead += n;
            if (m_hash)
                m_hash->addData(QByteArrayView(m_buffer).sliced(keep));
        }
        m_eof = m_file.atEnd() && m_pendingHead.isEmpty();
        validateUtf8();
    } else {
        if (head.isEmpty() && !readRaw(head, m_chunkSize))
            return false;
        m_eof = m_file.atEnd() && m_pendingHead.isEmpty();
        m_transcoder->convert(head, m_buffer);
        if (m_eof)
            m_transcoder->finish(m_buffer);
        if (m_transcoder->hasError() && m_badOffset < 0) {
            m_badOffset = m_transcoder->errorOutputOffset();
            m_eof = true; // the decoder gives nothing after the error, so stop at it
        }
    }
    return true;
}

QByteArray CsvReader::utf8Sample() const
{
    const QByteArray sample = m_pendingHead.first(std::min(m_pendingHead.size(), SniffBytes));
    if (m_utf8)
        return sample;
    Utf8Transcoder transcoder(m_encoding);
    QByteArray utf8;
    transcoder.convert(sample, utf8);
    return utf8;
}

void CsvReader::validateUtf8()
{
    if (m_badOffset >= 0)
        return;
    const Utf8Check check = checkUtf8(QByteArrayView(m_buffer).sliced(m_validEnd));
    const qsizetype checkedTo = m_validEnd + check.validLength;
    if (check.status == Utf8Check::Status::Invalid || (check.status == Utf8Check::Status::Truncated && m_eof))
        m_badOffset = m_bufferStart + checkedTo;
    m_validEnd = checkedTo;
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_open || m_failed)
        return false;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (fill())
                continue;
            if (!m_failed && m_badOffset >= 0)
                fail(invalidTextMessage(), m_line, 1);
            if (!m_failed && m_hash)
                m_checksum = m_hash->result().toHex();
            m_open = false;
            return false;
        }
        switch (parseRecord(record)) {
        case Parse::Record:
            return true;
        case Parse::Blank:
            continue;
        case Parse::Failed:
            return false;
        case Parse::NeedMore:
            if (!fill() && m_failed)
                return false;
            continue;
        }
    }
}

QString CsvReader::invalidTextMessage() const
{
    return tr("The text is not valid %1. Choose the file's encoding, or save it as UTF-8.")
            .arg(QString::fromLatin1(m_encoding));
}

CsvReader::Parse CsvReader::parseRecord(CsvRecord &record)
{
    const char *base = m_buffer.constData();
    const char *begin = base + m_pos;
    const char *end = base + m_buffer.size();
    const char *p = begin;
    const char d = m_delimiter;
    // Unescaped text is never longer than its source, so this much scratch always suffices. Left
    // uninitialised: most files never touch it.
    if (m_scratchSize < end - begin) {
        m_scratchSize = (end - begin) + m_chunkSize;
        m_scratch.reset(new char[size_t(m_scratchSize)]);
    }
    char *scratch = m_scratch.get();
    qint64 lines = 0;
    record.fields.clear();
    for (;;) {
        if (p < end && *p == '"') {
            if (const Parse r = parseQuoted(p, end, scratch, lines, record); r != Parse::Record)
                return r;
        } else {
            const char *q = findSpecial(p, end, d);
            if (q == end && !m_eof)
                return Parse::NeedMore;
            record.fields.emplace_back(p, q - p);
            p = q;
        }
        if (p == end) {
            if (!m_eof)
                return Parse::NeedMore;
            break;
        }
        if (*p == d) {
            ++p;
            continue;
        }
        if (*p == '\r' && p + 1 == end && !m_eof)
            return Parse::NeedMore; // a CR LF may be split between chunks
        if (*p == '\r' && p + 1 < end && p[1] == '\n')
            ++p;
        ++p;
        break;
    }
    const qsizetype recordEnd = p - base;
    const bool blank = begin == end || *begin == '\n' || *begin == '\r';
    if (m_badOffset >= 0 && m_badOffset - m_bufferStart < recordEnd + (p == end ? 1 : 0)) {
        locateInvalidText(begin, base + (m_badOffset - m_bufferStart));
        return Parse::Failed;
    }
    m_pos = recordEnd;
    record.line = m_line;
    m_line += lines + 1;
    if (blank)
        return Parse::Blank;
    record.row = ++m_row;
    return Parse::Record;
}

CsvReader::Parse CsvReader::parseQuoted(const char *&p, const char *end, char *&scratch, qint64 &lines,
                                        CsvRecord &record)
{
    const char *start = p + 1;
    const char *q = start;
    char *out = nullptr; // set once a "" escape forces a copy
    char *outStart = scratch;
    const char *close = nullptr;
    for (;;) {
        const auto *quote = static_cast<const char *>(std::memchr(q, '"', size_t(end - q)));
        if (quote == nullptr || quote + 1 == end) {
            if (!m_eof)
                return Parse::NeedMore; // cannot tell a closing quote from a "" yet
            if (quote == nullptr) {
                fail(tr("A quoted field is never closed: the quote that opens it has no partner."),
                     m_line + lines, int(record.fields.size()) + 1);
                return Parse::Failed;
            }
        }
        if (quote + 1 < end && quote[1] == '"') {
            if (out == nullptr) {
                out = outStart;
                q = start;
            }
            const size_t n = size_t(quote + 1 - q);
            std::memcpy(out, q, n);
            out += n;
            q = quote + 2;
            continue;
        }
        close = quote;
        break;
    }
    for (const char *c = start; c < close; ++c)
        lines += *c == '\n' || (*c == '\r' && (c + 1 == close || c[1] != '\n'));
    p = close + 1;
    // Text after the closing quote breaks RFC 4180; keep it rather than lose data.
    const char d = m_delimiter;
    if (p < end && *p != d && *p != '\n' && *p != '\r') {
        if (out == nullptr) {
            out = outStart;
            std::memcpy(out, start, size_t(close - start));
            out += close - start;
        } else {
            std::memcpy(out, q, size_t(close - q));
            out += close - q;
        }
        while (p < end && *p != d && *p != '\n' && *p != '\r')
            *out++ = *p++;
        if (p == end && !m_eof)
            return Parse::NeedMore;
        record.fields.emplace_back(outStart, out - outStart);
        scratch = out;
        return Parse::Record;
    }
    if (out == nullptr) {
        record.fields.emplace_back(start, close - start);
        return Parse::Record;
    }
    std::memcpy(out, q, size_t(close - q));
    out += close - q;
    record.fields.emplace_back(outStart, out - outStart);
    scratch = out;
    return Parse::Record;
}

void CsvReader::locateInvalidText(const char *recordStart, const char *bad)
{
    qint64 line = m_line;
    int column = 1;
    bool quoted = false;
    for (const char *c = recordStart; c < bad; ++c) {
        if (*c == '"')
            quoted = !quoted;
        else if (*c == m_delimiter && !quoted)
            ++column;
        else if (*c == '\n' || (*c == '\r' && (c + 1 == bad || c[1] != '\n')))
            ++line;
    }
    fail(invalidTextMessage(), line, column);
}

} // namespace Portrait::Io
