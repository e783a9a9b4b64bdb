#include "xlsxlistwriter.h"

#include "formulaguard.h"
#include "listwriter.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Export {

namespace {

struct XlsxListWriter
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Export::XlsxListWriter)
};

constexpr int WidthSampleRows = 1000;
constexpr double MinWidth = 6, MaxWidth = 48;

// Width of text in Excel's character units: East Asian wide characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                || (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : wide ? 2 : 1;
    }
    return width;
}

// Column widths from the header and the first rows: enough to read, never a screen wide.
std::vector<double> columnWidths(const CustomerList &list, const ListCells &cells)
{
    std::vector<double> widths;
    const qsizetype sample = std::min<qsizetype>(qsizetype(list.rows.size()), WidthSampleRows);
    for (const ListColumn column : list.columns) {
        int widest = displayWidth(cells.header(column)) + 3; // room for the autofilter button
        for (qsizetype i = 0; i < sample; ++i) {
            const qint32 row = list.rows[size_t(i)];
            if (listColumnKind(column) == CellKind::Text) {
                widest = std::max(widest, displayWidth(defuseFormula(cells.text(row, column))));
            } else {
                const double value = cells.number(row, column);
                if (!std::isnan(value))
                    widest = std::max(widest, int(QString::number(value, 'f', listColumnDecimals(column)).size()));
            }
        }
        widths.push_back(std::clamp(double(widest) + 1, MinWidth, MaxWidth));
    }
    return widths;
}

// One workbook being written; frees libxlsxwriter's memory and temp files on every path.
class Workbook
{
public:
    explicit Workbook(const QByteArray &fileName)
    {
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE;
        m_book = workbook_new_opt(fileName.constData(), &options);
    }
    ~Workbook()
    {
        if (m_book)
            lxw_workbook_free(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_book; }
    /// Assembles the file; the workbook is gone afterwards, whatever the outcome.
    lxw_error close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        return error;
    }

private:
    lxw_workbook *m_book = nullptr;
};

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *money = nullptr;
    lxw_format *score = nullptr;
};

Formats makeFormats(lxw_workbook *book)
{
    Formats f;
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_pattern(f.header, LXW_PATTERN_SOLID);
    format_set_bg_color(f.header, 0xDDEBF7);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    // "@": a cell the analyst retypes stays text, so ids and phones keep their leading zeros.
    f.text = workbook_add_format(book);
    format_set_num_format(f.text, "@");
    f.money = workbook_add_format(book);
    format_set_num_format(f.money, "#,##0.00");
    f.score = workbook_add_format(book);
    format_set_num_format(f.score, "0.0");
    return f;
}

lxw_format *numberFormat(const Formats &f, ListColumn column)
{
    const int decimals = listColumnDecimals(column);
    return decimals == 2 ? f.money : decimals == 1 ? f.score : nullptr;
}

Error libraryError(const QString &path, lxw_error error, qint64 row = 0, int column = 0)
{
    Error e = cannotWrite(path, QString::fromUtf8(lxw_strerror(error)));
    e.row = row;
    e.column = column;
    return e;
}

// Copies the finished workbook over path in one step (QSaveFile: temp file, then rename).
Status publish(const QString &finished, const QString &path)
{
    QFile in(finished);
    if (!in.open(QIODevice::ReadOnly))
        return cannotWrite(path, in.errorString());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(path, out.errorString());
    QByteArray chunk;
    while (!(chunk = in.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size())
            return cannotWrite(path, out.errorString());
    }
    if (!out.commit())
        return cannotWrite(path, out.errorString());
    return {};
}

} // namespace

Status writeXlsxList(const CustomerList &list, const QString &path, ProgressSink &progress,
                     const CancelToken &cancel)
{
    if (qsizetype(list.rows.size()) > XlsxMaxListRows) {
        return cannotWrite(path, XlsxListWriter::tr("%1 customers do not fit on one worksheet (at most %2); "
                                                    "export them as CSV instead")
                                         .arg(list.rows.size())
                                         .arg(XlsxMaxListRows));
    }
    // libxlsxwriter writes the whole file at close(); it goes to a scratch folder first, so a
    // failure or a cancel never touches path.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return cannotWrite(path, scratch.errorString());
    const QString scratchFile = scratch.filePath(u"list.xlsx"_s);
    Workbook book(QFile::encodeName(scratchFile));
    lxw_worksheet *sheet = book.get() ? workbook_add_worksheet(book.get(), nullptr) : nullptr;
    if (!sheet)
        return cannotWrite(path, XlsxListWriter::tr("the workbook could not be created"));

    const ListCells cells(list);
    const Formats formats = makeFormats(book.get());
    const auto columnCount = lxw_col_t(list.columns.size());
    const std::vector<double> widths = columnWidths(list, cells);
    for (lxw_col_t c = 0; c < columnCount; ++c) {
        const bool text = listColumnKind(list.columns.at(c)) == CellKind::Text;
        worksheet_set_column(sheet, c, c, widths[c], text ? formats.text : nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (columnCount > 0) {
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(list.rows.size()), columnCount - 1);
        // Digits in a text cell are on purpose here (ids, phones): no green warning triangles.
        char range[LXW_MAX_CELL_RANGE_LENGTH] = {};
        lxw_rowcol_to_range(range, 0, 0, lxw_row_t(list.rows.size()), columnCount - 1);
        worksheet_ignore_errors(sheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, range);
    }
    for (lxw_col_t c = 0; c < columnCount; ++c) {
        const QByteArray header = cells.header(list.columns.at(c)).toUtf8();
        if (lxw_error error = worksheet_write_string(sheet, 0, c, header.constData(), formats.header))
            return libraryError(path, error, 1, int(c) + 1);
    }

    // close() deflates the sheet with no progress of its own; on 1M rows it costs about 2/3 of
    // writing them (zlib took 41 % of the CPU time), so the bar saves that share for it.
    const qint64 rowCount = qint64(list.rows.size());
    const qint64 total = rowCount + rowCount * 2 / 3;
    progress.setPhase(writingPhase(path));
    progress.setTotal(total);
    lxw_row_t sheetRow = 0;
    for (const qint32 row : list.rows) {
        ++sheetRow;
        for (lxw_col_t c = 0; c < columnCount; ++c) {
            const ListColumn column = list.columns.at(c);
            lxw_error error = LXW_NO_ERROR;
            if (listColumnKind(column) == CellKind::Number) {
                const double value = cells.number(row, column);
                if (!std::isnan(value))
                    error = worksheet_write_number(sheet, sheetRow, c, value, numberFormat(formats, column));
            } else if (const QString text = cells.text(row, column); !text.isEmpty()) {
                const QByteArray utf8 = defuseFormula(text).toUtf8();
                error = worksheet_write_string(sheet, sheetRow, c, utf8.constData(), formats.text);
            }
            if (error != LXW_NO_ERROR)
                return libraryError(path, error, qint64(sheetRow) + 1, int(c) + 1);
        }
        if (sheetRow % ListWriterStride == 0) {
            if (cancel.isCancelled())
                return exportCancelled(path);
            progress.setValue(sheetRow);
        }
    }
    if (cancel.isCancelled())
        return exportCancelled(path);
    progress.setPhase(XlsxListWriter::tr("Compressing %1").arg(QFileInfo(path).fileName()));
    progress.setTotal(total);
    progress.setValue(rowCount);
    if (lxw_error error = book.close())
        return libraryError(path, error);
    progress.setValue(total);
    return publish(scratchFile, path);
}

} // namespace Portrait::Export
