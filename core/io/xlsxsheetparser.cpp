#include "io/xlsxsheetparser.h"

#include "io/encoding.h"

#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

qint64 parseRowNumber(QByteArrayView text)
{
    qint64 value = 0;
    const std::from_chars_result r = std::from_chars(text.data(), text.data() + text.size(), value);
    return r.ec == std::errc() && r.ptr == text.data() + text.size() ? value : -1;
}

} // namespace

XlsxSheetParser::XlsxSheetParser(XlsxSheetContext context)
    : m_context(std::move(context))
{
}

XlsxSheetParser::Step XlsxSheetParser::fail(const QString &message, int column)
{
    if (!m_failed)
        m_error = Error { message, m_context.fileName, m_row, column, {} };
    m_failed = true;
    return Step::Failed;
}

XlsxSheetParser::Step XlsxSheetParser::next(CsvRecord &record)
{
    using Token = XlsxXmlTokenizer::Token;
    while (!m_failed && !m_done) {
        if (m_inRow && !m_inCell && !readCells())
            return Step::Failed;
        switch (m_xml.next()) {
        case Token::NeedMore:
            return Step::NeedMore;
        case Token::End:
            return fail(tr("The sheet ends before its data does; the workbook is truncated or damaged."));
        case Token::Error:
            return fail(tr("Malformed sheet XML near byte %1: %2").arg(m_xml.offset()).arg(m_xml.errorString()));
        case Token::Text:
            if (m_capture == Capture::None)
                break;
            if (!m_xml.appendText(m_text))
                return fail(tr("cell %1%2 holds an unknown or malformed character reference")
                                .arg(xlsxColumnName(m_column)).arg(m_row), m_column);
            if (qsizetype(m_text.size()) > XlsxMaxCellText)
                return fail(tr("cell %1%2 holds more than 16 MiB of text").arg(xlsxColumnName(m_column)).arg(m_row),
                            m_column);
            break;
        case Token::StartElement:
            if (const Step step = handleStart(record); step != Step::NeedMore)
                return step;
            break;
        case Token::EndElement:
            if (const Step step = handleEnd(record); step != Step::NeedMore)
                return step;
            break;
        }
    }
    return m_failed ? Step::Failed : Step::End;
}

/// Returns NeedMore to mean "keep going".
XlsxSheetParser::Step XlsxSheetParser::handleStart(CsvRecord &record)
{
    const QByteArrayView name = m_xml.name();
    if (!m_inSheetData) {
        if (xmlNameIs(name, "dimension")) {
            QByteArrayView ref = m_xml.attribute("ref");
            ref = ref.sliced(ref.lastIndexOf(':') + 1);
            m_dimensionWidth = std::max(0, xlsxColumnFromRef(ref));
        } else if (xmlNameIs(name, "sheetData")) {
            m_inSheetData = !m_xml.selfClosing();
            m_done = m_xml.selfClosing();
        }
    } else if (xmlNameIs(name, "c") && m_inRow) {
        CellAttributes attributes;
        m_xml.forEachAttribute([&](QByteArrayView name, QByteArrayView value) { attributes.take(name, value); });
        if (!startCell(attributes))
            return Step::Failed;
        if (m_xml.selfClosing() ? !endCell({}) : !readWholeCell())
            return Step::Failed;
    } else if (m_inCell) {
        if (m_xml.selfClosing())
            return Step::NeedMore;
        if (xmlNameIs(name, "v"))
            m_capture = Capture::Value;
        else if (xmlNameIs(name, "is"))
            m_inInline = true;
        else if (xmlNameIs(name, "rPh"))
            ++m_phonetic;
        else if (xmlNameIs(name, "t") && m_inInline && m_phonetic == 0)
            m_capture = Capture::Inline;
    } else if (xmlNameIs(name, "row")) {
        if (!startRow())
            return Step::Failed;
        if (m_xml.selfClosing())
            return handleEnd(record);
    }
    return Step::NeedMore;
}

XlsxSheetParser::Step XlsxSheetParser::handleEnd(CsvRecord &record)
{
    const QByteArrayView name = m_xml.name();
    if (xmlNameIs(name, "v") || xmlNameIs(name, "t")) {
        m_capture = Capture::None;
    } else if (xmlNameIs(name, "rPh")) {
        m_phonetic = std::max(0, m_phonetic - 1);
    } else if (xmlNameIs(name, "is")) {
        m_inInline = false;
    } else if (xmlNameIs(name, "c")) {
        if (m_inCell && !endCell(QByteArrayView(m_text.data(), qsizetype(m_text.size()))))
            return Step::Failed;
    } else if (xmlNameIs(name, "row") && m_inRow) {
        m_inRow = false;
        if (m_lastFilled > 0) { // rows with nothing in them are skipped, like blank CSV lines
            if (!checkRowText())
                return Step::Failed;
            emitRecord(record);
            return Step::Record;
        }
    } else if (xmlNameIs(name, "sheetData")) {
        m_done = true;
        return Step::End;
    }
    return Step::NeedMore;
}

bool XlsxSheetParser::startRow()
{
    const QByteArrayView r = m_xml.attribute("r");
    const qint64 row = r.isEmpty() ? m_row + 1 : parseRowNumber(r);
    if (row > XlsxMaxRows) {
        fail(tr("Row %1 is beyond Excel's limit of %2 rows").arg(row).arg(XlsxMaxRows));
        return false;
    }
    if (m_inRow) {
        fail(tr("Row %1 starts before row %2 ends; the sheet is damaged").arg(row).arg(m_row));
        return false;
    }
    if (row <= m_row) {
        fail(tr("Row number \"%1\" is not after row %2; the sheet is damaged")
                 .arg(QString::fromLatin1(r.first(std::min<qsizetype>(r.size(), 20)).toByteArray())).arg(m_row));
        return false;
    }
    m_row = row;
    m_inRow = true;
    m_inCell = false;
    m_column = 0;
    m_lastFilled = 0;
    m_rowData.clear();
    return true;
}

bool XlsxSheetParser::startCell(const CellAttributes &attributes)
{
    const auto [r, t, s] = attributes;
    const int column = r.isEmpty() ? m_column + 1 : xlsxColumnFromRef(r);
    if (column < 0 || column > XlsxMaxColumns) {
        fail(tr("Cell \"%1\" is beyond Excel's limit of %2 columns")
                 .arg(QString::fromLatin1(r.first(std::min<qsizetype>(r.size(), 20)).toByteArray())).arg(XlsxMaxColumns));
        return false;
    }
    if (column <= m_column) {
        fail(tr("Cell \"%1\" is missing a column or comes after column %2; the sheet is damaged")
                 .arg(QString::fromLatin1(r.first(std::min<qsizetype>(r.size(), 20)).toByteArray()), xlsxColumnName(m_column)), m_column);
        return false;
    }
    m_column = column;
    m_type = t.isEmpty() || xmlNameIs(t, "n") ? CellType::Number
        : xmlNameIs(t, "s")                   ? CellType::Shared
        : xmlNameIs(t, "str")                 ? CellType::String
        : xmlNameIs(t, "inlineStr")           ? CellType::Inline
        : xmlNameIs(t, "b")                   ? CellType::Boolean
        : xmlNameIs(t, "e")                   ? CellType::Error
        : xmlNameIs(t, "d")                   ? CellType::Date
                                              : CellType::String;
    m_style = 0;
    std::from_chars(s.data(), s.data() + s.size(), m_style);
    m_text.clear();
    m_capture = Capture::None;
    m_inInline = false;
    m_phonetic = 0;
    m_inCell = true;
    return true;
}

bool XlsxSheetParser::endCell(QByteArrayView text)
{
    m_inCell = false;
    m_capture = Capture::None;
    const qsizetype start = qsizetype(m_rowData.size());
    if (!appendValue(text))
        return false;
    const qsizetype length = qsizetype(m_rowData.size()) - start;
    if (length == 0)
        return true;
    if (m_spans.size() < size_t(m_column))
        m_spans.resize(size_t(m_column));
    for (int c = m_lastFilled; c < m_column - 1; ++c)
        m_spans[size_t(c)] = { 0, 0 }; // cells the row skips
    m_spans[size_t(m_column - 1)] = { start, length };
    m_lastFilled = m_column;
    return true;
}

/// Cell text is checked once per row, which is much cheaper than once per cell; a bad byte is
/// then traced to its cell for the message.
bool XlsxSheetParser::checkRowText()
{
    const Utf8Check check = checkUtf8(QByteArrayView(m_rowData.data(), qsizetype(m_rowData.size())));
    if (check.status == Utf8Check::Status::Valid)
        return true;
    int column = m_lastFilled;
    for (int c = 0; c < m_lastFilled; ++c) {
        const auto [offset, length] = m_spans[size_t(c)];
        if (length > 0 && check.validLength < offset + length) {
            column = c + 1;
            break;
        }
    }
    fail(tr("cell %1%2 holds text that is not valid UTF-8").arg(xlsxColumnName(column)).arg(m_row), column);
    return false;
}

/// Pads to the sheet's declared width (or, without a <dimension>, the header's), so sparse rows
/// line up with the header; a wider row keeps its extra fields.
void XlsxSheetParser::emitRecord(CsvRecord &record)
{
    if (m_headerWidth < 0)
        m_headerWidth = m_lastFilled;
    const int width = std::max({ m_dimensionWidth, m_headerWidth, m_lastFilled });
    record.fields.resize(size_t(width));
    const char *data = m_rowData.data();
    for (int c = 0; c < width; ++c) {
        if (c < m_lastFilled)
            record.fields[size_t(c)] = QByteArrayView(data + m_spans[size_t(c)].first, m_spans[size_t(c)].second);
        else
            record.fields[size_t(c)] = QByteArrayView();
    }
    record.row = m_row;
    record.line = m_row;
}

} // namespace Portrait::Io
