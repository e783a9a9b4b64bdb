#include "io/encoding.h"

#include <QString>

#include <algorithm>
#include <utility>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

/// Length of the UTF-8 sequence a lead byte starts; 0 for a byte that cannot start one.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

/// UTF-16 text mostly written in ASCII has a NUL in every other byte; UTF-8 and GB18030 never do.
QByteArray utf16WithoutBom(QByteArrayView head)
{
    const qsizetype pairs = std::min<qsizetype>(head.size(), 8192) / 2;
    if (pairs < 2)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += head[2 * i] == 0;
        oddZeros += head[2 * i + 1] == 0;
    }
    if (oddZeros * 10 >= pairs * 3 && evenZeros * 20 < pairs)
        return "UTF-16LE"_ba;
    if (evenZeros * 10 >= pairs * 3 && oddZeros * 20 < pairs)
        return "UTF-16BE"_ba;
    return {};
}

} // namespace

Utf8Check checkUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int len = sequenceLength(c);
        if (len == 0)
            return { Utf8Check::Status::Invalid, i };
        // The second byte carries the overlong, surrogate and > U+10FFFF restrictions.
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
        else if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return { Utf8Check::Status::Truncated, i };
            const unsigned char b = s[i + k];
            if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF))
                return { Utf8Check::Status::Invalid, i };
        }
        i += len;
    }
    return { Utf8Check::Status::Valid, n };
}

EncodingGuess detectEncoding(QByteArrayView head, bool headIsWholeFile)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return { "UTF-8"_ba, 3, true };
    if (head.startsWith("\xFF\xFE"))
        return { "UTF-16LE"_ba, 2, true };
    if (head.startsWith("\xFE\xFF"))
        return { "UTF-16BE"_ba, 2, true };
    if (QByteArray utf16 = utf16WithoutBom(head); !utf16.isEmpty())
        return { utf16, 0, false };
    const Utf8Check check = checkUtf8(head);
    if (check.status == Utf8Check::Status::Valid
        || (check.status == Utf8Check::Status::Truncated && !headIsWholeFile))
        return { "UTF-8"_ba, 0, false };
    return { "GB18030"_ba, 0, false };
}

QByteArray canonicalEncodingName(QByteArrayView name)
{
    QByteArray key;
    for (char c : name) {
        if (c != '-' && c != '_' && c != ' ')
            key.append(char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    }
    if (key == "utf8")
        return "UTF-8"_ba;
    // Windows writes "Unicode" text as little-endian, so that is the reading of a bare "UTF-16".
    if (key == "utf16le" || key == "utf16" || key == "ucs2" || key == "unicode")
        return "UTF-16LE"_ba;
    if (key == "utf16be")
        return "UTF-16BE"_ba;
    if (key == "gb18030" || key == "gbk" || key == "gb2312" || key == "cp936" || key == "euccn"
        || key == "windows936" || key == "ms936")
        return "GB18030"_ba;
    return {};
}

Utf8Transcoder::Utf8Transcoder(const QByteArray &encoding) : m_encoding(canonicalEncodingName(encoding))
{
    if (m_encoding.isEmpty())
        return;
    if (m_encoding == "UTF-8") {
        m_utf8 = true;
        m_valid = true;
        return;
    }
    if (m_encoding == "UTF-16LE")
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16LE);
    else if (m_encoding == "UTF-16BE")
        m_decoder = std::make_unique<QStringDecoder>(QStringConverter::Utf16BE);
    else
        m_decoder = std::make_unique<QStringDecoder>(m_encoding.constData()); // through ICU
    m_valid = m_decoder->isValid();
    if (!m_valid)
        m_encoding.clear();
}

Utf8Transcoder::~Utf8Transcoder() = default;

void Utf8Transcoder::convert(QByteArrayView chunk, QByteArray &appendTo)
{
    if (!m_valid || hasError())
        return;
    if (m_utf8)
        convertUtf8(chunk, appendTo);
    else
        convertOther(chunk, appendTo);
}

void Utf8Transcoder::finish(QByteArray &appendTo)
{
    Q_UNUSED(appendTo);
    if (!hasError() && (!m_pending.isEmpty() || !m_highSurrogate.isNull()))
        setError(m_inputOffset - m_pending.size(), m_outputOffset);
    m_pending.clear();
    m_highSurrogate = QChar();
}

void Utf8Transcoder::setError(qint64 inputOffset, qint64 outputOffset)
{
    m_errorOffset = inputOffset;
    m_errorOutputOffset = outputOffset;
}

void Utf8Transcoder::convertUtf8(QByteArrayView chunk, QByteArray &appendTo)
{
    qint64 chunkStart = m_inputOffset;
    m_inputOffset += chunk.size();
    if (!m_pending.isEmpty()) {
        // Complete the character the previous chunk cut; at most three bytes are copied.
        const qsizetype need = sequenceLength(uchar(m_pending.front())) - m_pending.size();
        const qsizetype take = std::min(need, chunk.size());
        const QByteArray joined = m_pending + chunk.first(take);
        const Utf8Check check = checkUtf8(joined);
        if (check.status == Utf8Check::Status::Invalid) {
            setError(chunkStart - m_pending.size(), m_outputOffset);
            return;
        }
        if (take < need) {
            m_pending = joined;
            return;
        }
        appendTo.append(joined);
        m_outputOffset += joined.size();
        m_pending.clear();
        chunk = chunk.sliced(take);
        chunkStart += take;
    }
    const Utf8Check check = checkUtf8(chunk);
    appendTo.append(chunk.first(check.validLength));
    m_outputOffset += check.validLength;
    if (check.status == Utf8Check::Status::Invalid)
        setError(chunkStart + check.validLength, m_outputOffset);
    else if (check.status == Utf8Check::Status::Truncated)
        m_pending = chunk.sliced(check.validLength).toByteArray();
}

void Utf8Transcoder::convertOther(QByteArrayView chunk, QByteArray &appendTo)
{
    const qint64 chunkStart = m_inputOffset;
    m_inputOffset += chunk.size();
    QString text = m_decoder->decode(chunk);
    // A surrogate pair cut by the chunk end would become "?" in UTF-8: keep its first half back.
    if (!m_highSurrogate.isNull())
        text.prepend(std::exchange(m_highSurrogate, QChar()));
    if (!text.isEmpty() && text.back().isHighSurrogate()) {
        m_highSurrogate = text.back();
        text.chop(1);
    }
    if (!m_decoder->hasError()) {
        const QByteArray utf8 = text.toUtf8();
        appendTo.append(utf8);
        m_outputOffset += utf8.size();
        return;
    }
    // The decoder only says that something failed; the replacement character shows where.
    const qsizetype bad = std::max<qsizetype>(0, text.indexOf(QChar::ReplacementCharacter));
    const QByteArray good = QStringView(text).first(bad).toUtf8();
    appendTo.append(good);
    m_outputOffset += good.size();
    setError(chunkStart, m_outputOffset);
}

} // namespace Portrait::Io
