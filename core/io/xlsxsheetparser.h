#pragma once

#include "common/error.h"
#include "common/issuelist.h"
#include "io/csvreader.h"
#include "io/xlsxworkbook.h"
#include "io/xlsxxml.h"

#include <QByteArray>
#include <QCoreApplication>

#include <string>
#include <utility>
#include <vector>

namespace Portrait::Io {

constexpr qint64 XlsxMaxRows = 1048576;
constexpr int XlsxMaxColumns = 16384;
/// Cell values longer than this are not from Excel (its limit is 32,767 characters).
constexpr qsizetype XlsxMaxCellText = qsizetype(16) << 20;

/// "A" -> 1, "AB12" -> 28; 0 when the reference has no column letters, -1 past XFD.
int xlsxColumnFromRef(QByteArrayView ref);
/// 1 -> "A", 28 -> "AB".
QString xlsxColumnName(int column);
/// The shortest text that reads back as the same double, never in exponent notation.
void appendShortestNumber(double value, std::string &out);
/// Whether text is already what appendShortestNumber() writes for the number it reads as, so it
/// can be kept as it is: plain notation, no '+', leading or trailing zeros, at most 15 digits.
bool isShortestDecimal(QByteArrayView text);
/// An Excel date serial as "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS" or "HH:MM:SS"; false when the
/// serial is outside 0 .. 9999-12-31.
bool appendExcelDate(double serial, bool date1904, XlsxDateKind kind, std::string &out);

/// Turns the XML of one worksheet part, fed in chunks, into records of UTF-8 text fields, in the
/// shape CsvReader gives them. Knows nothing of zip files, so the fuzzer can drive it directly.
class XlsxSheetParser
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::XlsxSheetParser)

public:
    enum class Step { Record, NeedMore, End, Failed };

    explicit XlsxSheetParser(XlsxSheetContext context);

    void addData(QByteArrayView data) { m_xml.addData(data); }
    void finish() { m_xml.finish(); }
    /// The next non-blank row; NeedMore asks for addData() or finish().
    Step next(CsvRecord &record);

    const Error &error() const { return m_error; }
    const IssueList &issues() const { return m_issues; }

private:
    enum class CellType : quint8 { Number, Shared, String, Inline, Boolean, Error, Date };
    enum class Capture : quint8 { None, Value, Inline };
    /// The attributes of a <c> element the parser uses: reference, type, style.
    struct CellAttributes
    {
        QByteArrayView r, t, s;
        void take(QByteArrayView localName, QByteArrayView value)
        {
            if (localName.size() != 1)
                return;
            switch (localName.front()) {
            case 'r': r = value; break;
            case 't': t = value; break;
            case 's': s = value; break;
            default: break;
            }
        }
    };

    Step handleStart(CsvRecord &record);
    Step handleEnd(CsvRecord &record);
    bool startRow();
    bool startCell(const CellAttributes &attributes);
    // xlsxcells.cpp: the common shapes of cells, read without the tokenizer.
    bool readCells();
    bool readCellTag(QByteArrayView rest, CellAttributes &attributes, qsizetype &length, bool &selfClosing) const;
    bool readWholeCell();
    bool endCell(QByteArrayView text);
    bool appendValue(QByteArrayView text);
    void appendNumber(QByteArrayView text);
    bool checkRowText();
    void emitRecord(CsvRecord &record);
    Step fail(const QString &message, int column = 0);

    XlsxXmlTokenizer m_xml;
    XlsxSheetContext m_context;
    IssueList m_issues;
    Error m_error;
    // std::string rather than QByteArray: a sheet appends to these a few times per cell, and
    // QByteArray::append costs several times more per call.
    std::string m_rowData;                           ///< values of the current row, back to back
    std::vector<std::pair<qsizetype, qsizetype>> m_spans; ///< per column: offset, length in m_rowData
    std::string m_text;                              ///< decoded text of the current cell
    qint64 m_row = 0;
    int m_column = 0;          ///< 1-based column of the current (or last) cell of the row
    int m_lastFilled = 0;      ///< last column of the row with a value
    int m_style = 0;
    int m_dimensionWidth = 0;
    int m_headerWidth = -1;
    int m_phonetic = 0;
    CellType m_type = CellType::Number;
    Capture m_capture = Capture::None;
    bool m_inSheetData = false;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inInline = false;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace Portrait::Io
