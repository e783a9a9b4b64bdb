#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringDecoder>

#include <memory>

namespace Portrait::Io {

/// The text encoding of an input file. name is one of "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030".
struct EncodingGuess
{
    QByteArray name;
    int bomLength = 0;
    bool fromBom = false;
};

/// Guesses the encoding from the first bytes of a file: a byte-order mark, then UTF-16 without a
/// BOM (NUL bytes at every other position), then strict UTF-8, else GB18030 (the superset of GBK and
/// GB2312 that Chinese Excel and shop back-ends write). When headIsWholeFile is false, a multibyte
/// sequence cut at the end of head does not count against UTF-8.
EncodingGuess detectEncoding(QByteArrayView head, bool headIsWholeFile);

/// Maps an encoding name or alias (utf8, gbk, gb2312, utf-16, utf16le, ...; any case) to one of the
/// four canonical names; returns an empty array for anything else.
QByteArray canonicalEncodingName(QByteArrayView name);

/// The result of strict UTF-8 validation of a byte range.
struct Utf8Check
{
    enum class Status { Valid, Truncated, Invalid };
    Status status = Status::Valid;
    /// Bytes from the start that are complete, valid UTF-8. For Truncated, the rest is the start of
    /// a sequence cut by the end of the range; for Invalid, the rest starts with the offending byte.
    qsizetype validLength = 0;
};

/// Strict validation: no overlong forms, no surrogates, nothing above U+10FFFF. ASCII runs are
/// checked eight bytes at a time, so this costs little next to parsing.
Utf8Check checkUtf8(QByteArrayView bytes);

/// Converts a byte stream in any supported encoding to UTF-8, chunk by chunk: a character split
/// between two chunks comes out whole. UTF-8 input is validated and appended as it is.
class Utf8Transcoder
{
public:
    explicit Utf8Transcoder(const QByteArray &encoding);
    ~Utf8Transcoder();
    Utf8Transcoder(const Utf8Transcoder &) = delete;
    Utf8Transcoder &operator=(const Utf8Transcoder &) = delete;

    bool isValid() const { return m_valid; }
    /// The canonical name of the encoding, or empty when it is not supported.
    QByteArray encoding() const { return m_encoding; }

    /// Appends the UTF-8 form of chunk to appendTo. After an error, further input is ignored.
    void convert(QByteArrayView chunk, QByteArray &appendTo);
    /// Ends the stream: a sequence left incomplete by the last chunk is an error.
    void finish(QByteArray &appendTo);

    bool hasError() const { return m_errorOffset >= 0; }
    /// Offset of the first bad byte in the input stream. For UTF-8 it is exact; for the other
    /// encodings it is the start of the chunk in which the decoder met the bad bytes.
    qint64 errorOffset() const { return m_errorOffset; }
    /// Offset in the UTF-8 output where the error shows (everything before it is good output).
    qint64 errorOutputOffset() const { return m_errorOutputOffset; }

private:
    void convertUtf8(QByteArrayView chunk, QByteArray &appendTo);
    void convertOther(QByteArrayView chunk, QByteArray &appendTo);
    void setError(qint64 inputOffset, qint64 outputOffset);

    QByteArray m_encoding;
    std::unique_ptr<QStringDecoder> m_decoder;
    QByteArray m_pending;            ///< UTF-8 only: start of a sequence cut by the chunk end
    QChar m_highSurrogate;           ///< other encodings: first half of a pair cut by the chunk end
    qint64 m_inputOffset = 0;
    qint64 m_outputOffset = 0;
    qint64 m_errorOffset = -1;
    qint64 m_errorOutputOffset = -1;
    bool m_valid = false;
    bool m_utf8 = false;
};

} // namespace Portrait::Io
