#pragma once

#include "common/error.h"
#include "io/xlsxarchive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace Portrait::Io {

/// What a cell's number format makes of a number.
enum class XlsxDateKind : quint8 { None, Date, DateTime, Time };

/// Classifies a built-in number format id (14-22, 27-36, 45-47, 50-58 are dates or times).
XlsxDateKind builtinDateKind(int numFmtId);
/// Classifies a custom format code: a date when y/m/d/h/s occur outside quotes and brackets.
XlsxDateKind formatCodeDateKind(QStringView code);

struct XlsxSheetInfo
{
    QString name;
    QString part; ///< zip entry name, e.g. "xl/worksheets/sheet1.xml"
};

/// All shared strings as one UTF-8 blob, so a lookup is a view and the table costs one offset per
/// string.
struct XlsxSharedStrings
{
    QByteArray blob;
    std::vector<qsizetype> ends; ///< end offset of string i in blob

    qsizetype size() const { return qsizetype(ends.size()); }
    QByteArrayView at(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : ends[size_t(i - 1)];
        return QByteArrayView(blob).sliced(begin, ends[size_t(i)] - begin);
    }
};

/// Everything a sheet needs from the rest of the workbook.
struct XlsxSheetContext
{
    const XlsxSharedStrings *sharedStrings = nullptr;
    std::vector<XlsxDateKind> cellStyles; ///< per cellXfs index
    bool date1904 = false;
    QString fileName;
};

/// Reads the workbook's index: sheets (in workbook order), styles, shared strings, date system.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::XlsxWorkbook)

public:
    Status load(XlsxArchive &archive);
    Status loadSharedStrings(XlsxArchive &archive);

    const QList<XlsxSheetInfo> &sheets() const { return m_sheets; }
    /// The context for reading a sheet; it points at this workbook's shared strings.
    XlsxSheetContext context(const QString &fileName) const;

private:
    struct Relationship
    {
        QString id;
        QString type;
        QString target;
    };
    Result<QList<Relationship>> readRelationships(XlsxArchive &archive, const QString &part);
    Status readWorkbook(XlsxArchive &archive, const QString &part);
    Status readStyles(XlsxArchive &archive, const QString &part);

    QList<XlsxSheetInfo> m_sheets;
    QString m_sharedStringsPart;
    XlsxSharedStrings m_sharedStrings;
    std::vector<XlsxDateKind> m_cellStyles;
    bool m_date1904 = false;
};

/// The worksheet names of an .xlsx file in workbook order (chart sheets are left out).
Result<QStringList> listXlsxSheets(const QString &path);

} // namespace Portrait::Io
