// The sheet parser's fast path. Sheet writers put most cells in one of two shapes,
//   <c r="B2" s="1"><v>40544.5</v></c>   and   <c r="A2" t="inlineStr"><is><t>text</t></is></c>,
// and going through the tokenizer costs about seven tokens per cell. Here a cell whose start tag
// and value are whole in the input is read in one pass; anything else (formulas, rich text, a
// namespace prefix, a cell cut by the chunk end, malformed markup) is left to the token path,
// which has the same result and the error messages.
#include "io/xlsxsheetparser.h"

#include <cstring>

namespace Portrait::Io {

namespace {

bool hasPrefix(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && std::memcmp(text.data(), prefix.data(), size_t(prefix.size())) == 0;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

/// Reads the cells at the front of the input; false (after fail()) on a bad cell.
bool XlsxSheetParser::readCells()
{
    for (;;) {
        const QByteArrayView rest = m_xml.pending();
        CellAttributes attributes;
        qsizetype length = 0;
        bool selfClosing = false;
        if (!readCellTag(rest, attributes, length, selfClosing))
            return true;
        m_xml.consume(length);
        if (!startCell(attributes))
            return false;
        if (selfClosing ? !endCell({}) : !readWholeCell())
            return false;
        if (m_inCell)
            return true; // the cell goes on in a shape the token path reads
    }
}

/// A whole "<c ...>" or "<c .../>" at the front of rest: its attributes, its length, and whether
/// it closes itself. False when rest does not start with one.
bool XlsxSheetParser::readCellTag(
    QByteArrayView rest, CellAttributes &attributes, qsizetype &length, bool &selfClosing) const
{
    const char *begin = rest.data();
    const char *end = begin + rest.size();
    if (rest.size() < 3 || begin[0] != '<' || begin[1] != 'c')
        return false;
    const char *p = begin + 2;
    for (;;) {
        const char *nameStart = p;
        while (p < end && isSpace(*p))
            ++p;
        if (p == end)
            return false;
        if (*p == '>' || (*p == '/' && p + 1 < end && p[1] == '>')) {
            if (p == begin + 2 && *p == '/')
                return false; // "<c/>" is rare enough for the token path
            selfClosing = *p == '/';
            length = (p - begin) + (selfClosing ? 2 : 1);
            return true;
        }
        if (p == nameStart)
            return false; // "<cx": another element, or no space before an attribute
        nameStart = p;
        while (p < end && *p != '=' && !isSpace(*p) && *p != '>' && *p != '/' && *p != '<')
            ++p;
        const QByteArrayView name(nameStart, p - nameStart);
        while (p < end && (isSpace(*p) || *p == '='))
            ++p;
        if (p == end || (*p != '"' && *p != '\''))
            return false;
        const auto *close = static_cast<const char *>(std::memchr(p + 1, *p, size_t(end - p - 1)));
        if (!close)
            return false;
        const QByteArrayView value(p + 1, close - p - 1);
        if (std::memchr(value.data(), '<', size_t(value.size())))
            return false;
        // Prefixed or namespace attributes are rare in cells: the token path sorts them out.
        if (name.contains(':') || hasPrefix(name, "xmlns"))
            return false;
        attributes.take(name, value);
        p = close + 1;
    }
}

/// After the start tag: "<v>text</v></c>" or "<is><t>text</t></is></c>" read at once when whole
/// in the input. Otherwise the cell is left open for the token path. False (after fail()) on a
/// bad value.
bool XlsxSheetParser::readWholeCell()
{
    static constexpr QByteArrayView InlineOpen = "<is><t>";
    static constexpr QByteArrayView PreservedOpen = "<is><t xml:space=\"preserve\">";
    const QByteArrayView rest = m_xml.pending();
    QByteArrayView open = "<v>";
    QByteArrayView close = "</v></c>";
    if (m_type == CellType::Inline) {
        open = hasPrefix(rest, InlineOpen) ? InlineOpen : PreservedOpen;
        close = "</t></is></c>";
    }
    if (!hasPrefix(rest, open))
        return true;
    const char *text = rest.data() + open.size();
    const char *restEnd = rest.data() + rest.size();
    const auto *lt = static_cast<const char *>(std::memchr(text, '<', size_t(restEnd - text)));
    if (!lt || !hasPrefix(QByteArrayView(lt, restEnd - lt), close) || lt - text > XlsxMaxCellText)
        return true;
    QByteArrayView value(text, lt - text);
    if (std::memchr(text, '&', size_t(value.size()))) {
        m_text.clear();
        if (!XlsxXmlTokenizer::decodeReferences(value, m_text))
            return true; // the token path reports it with its place
        value = QByteArrayView(m_text.data(), qsizetype(m_text.size()));
    }
    m_xml.consume((lt - rest.data()) + close.size());
    return endCell(value);
}

} // namespace Portrait::Io
