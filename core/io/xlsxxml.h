#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstring>
#include <string>

namespace Portrait::Io {

/// text == literal, inlined: the sheet parser compares element names millions of times.
template<qsizetype N>
inline bool xmlNameIs(QByteArrayView text, const char (&literal)[N])
{
    if (text.size() != N - 1)
        return false;
    for (qsizetype i = 0; i < N - 1; ++i) {
        if (text.data()[i] != literal[i])
            return false;
    }
    return true;
}

/// A minimal pull tokenizer for the big parts of a workbook (sheets, shared strings), fed in chunks.
/// QXmlStreamReader was measured at ~35x the time of our CSV reader on a real sheet, so the hot
/// path scans UTF-8 bytes itself. It is deliberately not a full XML parser: it refuses any
/// <!DOCTYPE ...> (so no entity can ever be declared, let alone expanded), knows only the five
/// predefined entities and character references, and does not check that end tags match.
class XlsxXmlTokenizer
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::XlsxXmlTokenizer)

public:
    enum class Token { StartElement, EndElement, Text, NeedMore, End, Error };

    /// Appends input; views returned earlier become invalid.
    void addData(QByteArrayView data);
    /// No more input will come: an unfinished construct is then an error.
    void finish() { m_finished = true; }
    Token next();

    /// The element's local name (prefix stripped), for StartElement and EndElement.
    QByteArrayView name() const { return m_name; }
    bool selfClosing() const { return m_selfClosing; }
    /// The raw (undecoded) value of the attribute with this local name; empty when absent.
    QByteArrayView attribute(QByteArrayView localName) const;
    /// Calls f(localName, rawValue) for each attribute but namespace declarations, in one pass.
    template<typename F>
    void forEachAttribute(F &&f) const;
    /// Appends the current Text token to out, decoding references; false on a bad reference.
    bool appendText(QByteArray &out);
    bool appendText(std::string &out);
    QString errorString() const { return m_errorString; }
    /// Bytes consumed so far, for locating errors.
    qint64 offset() const { return m_consumed + m_pos; }

    /// Decodes &lt; &#233; ... in raw into out; false on an unknown or malformed reference.
    static bool decodeReferences(QByteArrayView raw, QByteArray &out);
    static bool decodeReferences(QByteArrayView raw, std::string &out);

    /// The input not consumed yet, so a caller can take a construct it knows in one step
    /// (a whole worksheet cell) instead of token by token; consume() then skips what it took.
    QByteArrayView pending() const { return QByteArrayView(m_buf).sliced(m_pos); }
    void consume(qsizetype bytes) { m_pos += bytes; }

private:
    Token fail(const QString &message);
    Token markup();
    Token tag(qsizetype start);
    Token skipUntil(QByteArrayView terminator, qsizetype from);

    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;       ///< bytes dropped from the front of m_buf
    QByteArrayView m_name;
    QByteArrayView m_attributes;
    QByteArrayView m_text;
    bool m_textIsRaw = false;    ///< CDATA: no references to decode
    bool m_selfClosing = false;
    bool m_finished = false;
    bool m_failed = false;
    QString m_errorString;
};

template<typename F>
void XlsxXmlTokenizer::forEachAttribute(F &&f) const
{
    const char *p = m_attributes.data();
    const char *end = p + m_attributes.size();
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (p < end) {
        while (p < end && space(*p))
            ++p;
        const char *nameStart = p;
        const char *local = p;
        while (p < end && *p != '=' && !space(*p)) {
            if (*p == ':')
                local = p + 1;
            ++p;
        }
        const bool declaration = p - nameStart >= 5 && std::memcmp(nameStart, "xmlns", 5) == 0;
        const QByteArrayView localName(local, p - local);
        while (p < end && (space(*p) || *p == '='))
            ++p;
        if (p >= end || (*p != '"' && *p != '\''))
            return;
        const char quote = *p++;
        const char *valueStart = p;
        while (p < end && *p != quote)
            ++p;
        if (!declaration)
            f(localName, QByteArrayView(valueStart, p - valueStart));
        ++p;
    }
}

} // namespace Portrait::Io
