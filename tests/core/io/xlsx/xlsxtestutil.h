#pragma once
// Builders for test workbooks: raw zip parts written with minizip, for the odd cases a real
// writer would never produce.

#include "io/csvreader.h"
#include "io/xlsxreader.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <minizip/zip.h>

namespace XlsxTest {

struct ZipPart
{
    QByteArray name;
    QByteArray data;
};

inline bool writeZip(const QString &path, const QList<ZipPart> &parts, int level = 6)
{
    zipFile zf = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zf)
        return false;
    bool ok = true;
    for (const ZipPart &part : parts) {
        zip_fileinfo info {};
        ok = ok && zipOpenNewFileInZip64(zf, part.name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                         Z_DEFLATED, level, 1) == ZIP_OK;
        for (qsizetype at = 0; ok && at < part.data.size(); at += 1 << 24) {
            const qsizetype n = std::min<qsizetype>(part.data.size() - at, 1 << 24);
            ok = zipWriteInFileInZip(zf, part.data.constData() + at, unsigned(n)) == ZIP_OK;
        }
        ok = ok && zipCloseFileInZip(zf) == ZIP_OK;
    }
    return zipClose(zf, nullptr) == ZIP_OK && ok;
}

/// Styles: 0 General, 1 id 14 (date), 2 id 22 (date time), 3 "yyyy-mm-dd", 4 "YYYY-MM-DD HH:MM:SS",
/// 5 "@" (text), 6 id 20 (h:mm), 7 '"day "0' (a number), 8 "[Red]0.00" (a number).
inline QByteArray testStyles()
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="4">
<numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="165" formatCode="YYYY-MM-DD HH:MM:SS"/>
<numFmt numFmtId="166" formatCode="&quot;day &quot;0"/><numFmt numFmtId="167" formatCode="[Red]0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14"/>
<xf numFmtId="22"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="49"/><xf numFmtId="20"/><xf numFmtId="166"/>
<xf numFmtId="167"/></cellXfs></styleSheet>)";
}

inline QByteArray testSharedStrings()
{
    return R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
           R"(<si><t>plain</t></si><si><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r></si>)"
           R"(<si><t>00123</t></si><si><t xml:space="preserve"> padded </t></si>)"
           R"(<si><t>R&amp;D &#x4E2D;</t><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si/></sst>)";
}

struct WorkbookSpec
{
    QByteArray sheetData;          ///< the inside of <sheetData>
    QByteArray dimension;          ///< e.g. "A1:D4"; empty = no <dimension>
    bool date1904 = false;
    QByteArray beforeRoot;         ///< e.g. a DOCTYPE for the sheet part
    bool withSheetPart = true;
};

inline WorkbookSpec sheetSpec(const QByteArray &sheetData, const QByteArray &dimension = {})
{
    WorkbookSpec spec;
    spec.sheetData = sheetData;
    spec.dimension = dimension;
    return spec;
}

inline QList<ZipPart> workbookParts(const WorkbookSpec &spec)
{
    QList<ZipPart> parts;
    parts.append(ZipPart { "[Content_Types].xml", R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)" });
    parts.append(ZipPart { "_rels/.rels", R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)" });
    parts.append(ZipPart { "xl/workbook.xml",
                   QByteArray(R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr)")
                       + (spec.date1904 ? " date1904=\"1\"" : "")
                       + R"(/><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>)" });
    parts.append(ZipPart { "xl/_rels/workbook.xml.rels", R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>)" });
    parts.append(ZipPart { "xl/styles.xml", testStyles() });
    parts.append(ZipPart { "xl/sharedStrings.xml", testSharedStrings() });
    if (spec.withSheetPart) {
        QByteArray sheet = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)" "\n" + spec.beforeRoot
            + R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
        if (!spec.dimension.isEmpty())
            sheet += "<dimension ref=\"" + spec.dimension + "\"/>";
        sheet += "<sheetData>" + spec.sheetData + "</sheetData></worksheet>";
        parts.append(ZipPart { "xl/worksheets/sheet1.xml", sheet });
    }
    return parts;
}

struct ReadResult
{
    QList<QList<QByteArray>> rows;
    QList<qint64> rowNumbers;
    Portrait::Error error;     ///< from open() or next()
    bool failed = false;
    Portrait::IssueList issues;
};

inline ReadResult readAll(const QString &path, const QString &sheet = {}, const Portrait::Io::XlsxLimits &limits = {})
{
    ReadResult out;
    Portrait::Io::XlsxReader reader;
    if (const Portrait::Status opened = reader.open(path, sheet, limits); !opened) {
        out.error = opened.error();
        out.failed = true;
        return out;
    }
    Portrait::Io::CsvRecord record;
    while (reader.next(record)) {
        QList<QByteArray> fields;
        for (QByteArrayView f : record.fields)
            fields.append(f.toByteArray());
        out.rows.append(fields);
        out.rowNumbers.append(record.row);
    }
    out.failed = reader.failed();
    out.error = reader.error();
    out.issues = reader.issues();
    return out;
}

} // namespace XlsxTest
