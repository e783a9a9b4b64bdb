#include "io/xlsxxml.h"

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

/// No single tag, comment or text run in a real workbook comes near this; a longer one means the
/// input is hostile or broken, and buffering it would let it eat memory.
constexpr qsizetype MaxPending = qsizetype(64) << 20;

/// Bytes that end a run inside a tag: the end, a stray '<', quotes, and the NUL QByteArray keeps
/// after its data (so the scan needs no bounds test per byte).
constexpr std::array<bool, 256> TagStops = [] {
    std::array<bool, 256> stops {};
    for (const char c : { '>', '<', '"', '\'', '\0' })
        stops[uchar(c)] = true;
    return stops;
}();

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArrayView localPart(QByteArrayView qualified)
{
    for (qsizetype i = qualified.size() - 1; i >= 0; --i) {
        if (qualified.data()[i] == ':')
            return qualified.sliced(i + 1);
    }
    return qualified;
}

template<typename Out>
void appendUtf8(Out &out, char32_t cp)
{
    char bytes[4];
    int n = 0;
    if (cp < 0x80) {
        bytes[n++] = char(cp);
    } else if (cp < 0x800) {
        bytes[n++] = char(0xC0 | (cp >> 6));
        bytes[n++] = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        bytes[n++] = char(0xE0 | (cp >> 12));
        bytes[n++] = char(0x80 | ((cp >> 6) & 0x3F));
        bytes[n++] = char(0x80 | (cp & 0x3F));
    } else {
        bytes[n++] = char(0xF0 | (cp >> 18));
        bytes[n++] = char(0x80 | ((cp >> 12) & 0x3F));
        bytes[n++] = char(0x80 | ((cp >> 6) & 0x3F));
        bytes[n++] = char(0x80 | (cp & 0x3F));
    }
    out.append(bytes, n);
}

template<typename Out>
bool decodeCharRef(QByteArrayView ref, Out &out)
{
    const bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
    const QByteArrayView digits = ref.sliced(hex ? 2 : 1);
    if (digits.isEmpty() || digits.size() > 8)
        return false;
    char32_t cp = 0;
    for (char c : digits) {
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        if (d < 0)
            return false;
        cp = cp * (hex ? 16 : 10) + char32_t(d);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return false;
    appendUtf8(out, cp);
    return true;
}

template<typename Out>
bool decodeReferencesInto(QByteArrayView raw, Out &out)
{
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        const char *amp = static_cast<const char *>(std::memchr(p, '&', size_t(end - p)));
        if (!amp) {
            out.append(p, end - p);
            return true;
        }
        out.append(p, amp - p);
        const char *semi = static_cast<const char *>(std::memchr(amp, ';', size_t(std::min<qsizetype>(end - amp, 12))));
        if (!semi)
            return false;
        const QByteArrayView ref(amp + 1, semi - amp - 1);
        if (ref == "lt")
            out.push_back('<');
        else if (ref == "gt")
            out.push_back('>');
        else if (ref == "amp")
            out.push_back('&');
        else if (ref == "quot")
            out.push_back('"');
        else if (ref == "apos")
            out.push_back('\'');
        else if (!ref.startsWith('#') || !decodeCharRef(ref, out))
            return false;
        p = semi + 1;
    }
    return true;
}

} // namespace

bool XlsxXmlTokenizer::decodeReferences(QByteArrayView raw, QByteArray &out)
{
    return decodeReferencesInto(raw, out);
}

bool XlsxXmlTokenizer::decodeReferences(QByteArrayView raw, std::string &out)
{
    return decodeReferencesInto(raw, out);
}

void XlsxXmlTokenizer::addData(QByteArrayView data)
{
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_consumed += m_pos;
        m_pos = 0;
    }
    m_buf.append(data);
}

XlsxXmlTokenizer::Token XlsxXmlTokenizer::fail(const QString &message)
{
    m_failed = true;
    m_errorString = message;
    return Token::Error;
}

XlsxXmlTokenizer::Token XlsxXmlTokenizer::next()
{
    for (;;) {
        if (m_failed)
            return Token::Error;
        const qsizetype size = m_buf.size();
        if (m_pos >= size)
            return m_finished ? Token::End : Token::NeedMore;
        const char *base = m_buf.constData();
        // The common case first: an element tag, not a comment, declaration or CDATA.
        if (base[m_pos] == '<' && m_pos + 1 < size && base[m_pos + 1] != '?' && base[m_pos + 1] != '!')
            return tag(m_pos);
        if (base[m_pos] != '<') {
            const void *lt = std::memchr(base + m_pos, '<', size_t(size - m_pos));
            if (!lt && !m_finished)
                return size - m_pos > MaxPending ? fail(tr("A text run is longer than 64 MiB.")) : Token::NeedMore;
            const qsizetype end = lt ? static_cast<const char *>(lt) - base : size;
            m_text = QByteArrayView(base + m_pos, end - m_pos);
            m_textIsRaw = false;
            m_pos = end;
            return Token::Text;
        }
        const Token token = markup();
        if (token != Token::End) // End here means "skipped a comment or processing instruction"
            return token;
    }
}

XlsxXmlTokenizer::Token XlsxXmlTokenizer::skipUntil(QByteArrayView terminator, qsizetype from)
{
    const qsizetype at = QByteArrayView(m_buf).indexOf(terminator, from);
    if (at < 0) {
        if (m_finished)
            return fail(tr("The XML ends inside a comment or processing instruction."));
        return m_buf.size() - m_pos > MaxPending ? fail(tr("A comment is longer than 64 MiB.")) : Token::NeedMore;
    }
    m_pos = at + terminator.size();
    return Token::End;
}

XlsxXmlTokenizer::Token XlsxXmlTokenizer::markup()
{
    const QByteArrayView rest = QByteArrayView(m_buf).sliced(m_pos);
    if (rest.size() >= 2 && rest[1] != '?' && rest[1] != '!')
        return tag(m_pos); // the common case, decided without the prefix tests below
    if (rest.size() < 9 && !m_finished)
        return Token::NeedMore;
    if (rest.startsWith("<?")) {
        const Token skipped = skipUntil("?>", m_pos + 2);
        if (skipped == Token::End && rest.startsWith("<?xml")) {
            const QByteArrayView decl = rest.first(m_pos - (m_buf.size() - rest.size()));
            const qsizetype enc = decl.indexOf("encoding");
            const QByteArray value = enc < 0 ? QByteArray() : decl.sliced(enc).toByteArray().toLower();
            if (enc >= 0 && !value.contains("utf-8") && !value.contains("utf8"))
                return fail(tr("The XML is not in UTF-8; only UTF-8 workbooks are supported."));
        }
        return skipped;
    }
    if (rest.startsWith("<!--"))
        return skipUntil("-->", m_pos + 4);
    if (rest.startsWith("<![CDATA[")) {
        const qsizetype start = m_pos + 9;
        const Token skipped = skipUntil("]]>", start);
        if (skipped != Token::End)
            return skipped;
        m_text = QByteArrayView(m_buf).sliced(start, m_pos - 3 - start);
        m_textIsRaw = true;
        return Token::Text;
    }
    if (rest.startsWith("<!"))
        return fail(tr("The XML holds a document type declaration (<!DOCTYPE>); workbooks never do, and entities "
                       "are not expanded, so the part is refused."));
    return tag(m_pos);
}

XlsxXmlTokenizer::Token XlsxXmlTokenizer::tag(qsizetype start)
{
    // A sheet is mostly tags, so this is the tokenizer's hot loop: one pass to the closing '>'
    // (quoted values may hold '>'), then the name, with no bounds test per byte.
    const char *base = m_buf.constData();
    const char *limit = base + m_buf.size();
    const char *p = base + start + 1;
    for (;;) {
        while (!TagStops[uchar(*p)])
            ++p;
        if (*p == '>' || p == limit)
            break;
        if (*p == '<')
            return fail(tr("Malformed XML: '<' inside a tag."));
        if (*p == '\0') { // a NUL byte inside the data
            ++p;
            continue;
        }
        const char quote = *p++;
        for (;;) {
            while (*p != quote && *p != '\0')
                ++p;
            if (*p == quote || p == limit)
                break;
            ++p;
        }
        if (p == limit)
            break;
        ++p;
    }
    if (p == limit) {
        if (m_finished)
            return fail(tr("The XML ends inside a tag."));
        return limit - (base + start) > MaxPending ? fail(tr("A tag is longer than 64 MiB.")) : Token::NeedMore;
    }
    m_pos = (p - base) + 1;
    const char *bodyStart = base + start + 1;
    const char *bodyEnd = p;
    const bool closing = *bodyStart == '/';
    if (closing)
        ++bodyStart;
    m_selfClosing = !closing && bodyEnd > bodyStart && bodyEnd[-1] == '/';
    if (m_selfClosing)
        --bodyEnd;
    const char *nameEnd = bodyStart;
    const char *local = bodyStart;
    for (; nameEnd < bodyEnd && !isSpace(*nameEnd); ++nameEnd) {
        if (*nameEnd == ':')
            local = nameEnd + 1;
    }
    if (nameEnd == bodyStart)
        return fail(tr("Malformed XML: a tag without a name."));
    m_name = QByteArrayView(local, nameEnd - local);
    m_attributes = QByteArrayView(nameEnd, bodyEnd - nameEnd);
    return closing ? Token::EndElement : Token::StartElement;
}

QByteArrayView XlsxXmlTokenizer::attribute(QByteArrayView localName) const
{
    const char *p = m_attributes.data();
    const char *end = p + m_attributes.size();
    while (p < end) {
        while (p < end && isSpace(*p))
            ++p;
        const char *nameStart = p;
        while (p < end && *p != '=' && !isSpace(*p))
            ++p;
        const QByteArrayView qualified(nameStart, p - nameStart);
        while (p < end && (isSpace(*p) || *p == '='))
            ++p;
        if (p >= end || (*p != '"' && *p != '\''))
            return {};
        const char quote = *p++;
        const char *valueStart = p;
        while (p < end && *p != quote)
            ++p;
        const QByteArrayView value(valueStart, p - valueStart);
        ++p;
        const bool namespaceDeclaration = qualified.size() >= 5 && std::memcmp(qualified.data(), "xmlns", 5) == 0;
        const QByteArrayView local = localPart(qualified);
        if (!namespaceDeclaration && local.size() == localName.size()
            && std::memcmp(local.data(), localName.data(), size_t(local.size())) == 0)
            return value;
    }
    return {};
}

bool XlsxXmlTokenizer::appendText(QByteArray &out)
{
    if (m_textIsRaw) {
        out.append(m_text);
        return true;
    }
    return decodeReferencesInto(m_text, out);
}

bool XlsxXmlTokenizer::appendText(std::string &out)
{
    if (m_textIsRaw) {
        out.append(m_text.data(), size_t(m_text.size()));
        return true;
    }
    return decodeReferencesInto(m_text, out);
}

} // namespace Portrait::Io
