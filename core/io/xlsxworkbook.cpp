#include "io/xlsxworkbook.h"

#include "io/xlsxxml.h"

#include <QHash>
#include <QXmlStreamReader>

#include <functional>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

/// Runs onStart for each element of a small XML part. Any DTD stops the scan: a workbook never
/// needs one and entity declarations are how "billion laughs" attacks get in.
Status scanXml(const XlsxArchive &archive, const QByteArray &data, const QString &part,
               const std::function<void(QXmlStreamReader &)> &onStart)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return archive.makeError(XlsxWorkbook::tr("The XML holds a document type declaration (<!DOCTYPE>); "
                                                      "it is refused"), part);
        if (token == QXmlStreamReader::StartElement)
            onStart(xml);
    }
    if (xml.hasError())
        return archive.makeError(XlsxWorkbook::tr("Malformed XML at line %1: %2")
                                     .arg(xml.lineNumber()).arg(xml.errorString()), part);
    return {};
}

/// Resolves a relationship target against the folder of the part that holds the relationship.
QString resolveTarget(const QString &sourcePart, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    QStringList parts = slash < 0 ? QStringList() : sourcePart.left(slash).split(u'/', Qt::SkipEmptyParts);
    for (const QString &piece : target.split(u'/', Qt::SkipEmptyParts)) {
        if (piece == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (piece != u".") {
            parts.append(piece);
        }
    }
    return parts.join(u'/');
}

QString relsPartFor(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

} // namespace

Result<QList<XlsxWorkbook::Relationship>> XlsxWorkbook::readRelationships(XlsxArchive &archive,
                                                                          const QString &part)
{
    const QString relsPart = relsPartFor(part);
    Result<QByteArray> data = archive.readPart(relsPart);
    if (!data)
        return data.error();
    QList<Relationship> rels;
    const Status scanned = scanXml(archive, *data, relsPart, [&](QXmlStreamReader &xml) {
        if (xml.name() != u"Relationship" || xml.attributes().value(u"TargetMode"_s) == u"External")
            return;
        const QXmlStreamAttributes a = xml.attributes();
        rels.append({ a.value(u"Id"_s).toString(), a.value(u"Type"_s).toString(),
                      resolveTarget(part, a.value(u"Target"_s).toString()) });
    });
    if (!scanned)
        return scanned.error();
    return rels;
}

Status XlsxWorkbook::readWorkbook(XlsxArchive &archive, const QString &part)
{
    Result<QList<Relationship>> rels = readRelationships(archive, part);
    if (!rels)
        return rels.error();
    QHash<QString, QString> worksheets;
    QString stylesPart;
    for (const Relationship &rel : *rels) {
        if (rel.type.endsWith(u"/worksheet"))
            worksheets.insert(rel.id, rel.target);
        else if (rel.type.endsWith(u"/sharedStrings"))
            m_sharedStringsPart = rel.target;
        else if (rel.type.endsWith(u"/styles"))
            stylesPart = rel.target;
    }
    Result<QByteArray> data = archive.readPart(part);
    if (!data)
        return data.error();
    const Status scanned = scanXml(archive, *data, part, [&](QXmlStreamReader &xml) {
        if (xml.name() == u"workbookPr") {
            const QStringView v = xml.attributes().value(u"date1904"_s);
            m_date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    id = a.value().toString();
            }
            if (worksheets.contains(id)) // chart and dialog sheets have no rows to read
                m_sheets.append({ xml.attributes().value(u"name"_s).toString(), worksheets.value(id) });
        }
    });
    if (!scanned)
        return scanned;
    if (m_sheets.isEmpty())
        return archive.makeError(tr("The workbook has no worksheet"), part);
    return stylesPart.isEmpty() ? Status() : readStyles(archive, stylesPart);
}

Status XlsxWorkbook::readStyles(XlsxArchive &archive, const QString &part)
{
    Result<QByteArray> data = archive.readPart(part);
    if (!data)
        return data.error();
    QHash<int, XlsxDateKind> custom;
    bool inCellXfs = false;
    const Status scanned = scanXml(archive, *data, part, [&](QXmlStreamReader &xml) {
        const QStringView name = xml.name();
        if (name == u"numFmt") {
            const int id = xml.attributes().value(u"numFmtId"_s).toInt();
            custom.insert(id, formatCodeDateKind(xml.attributes().value(u"formatCode"_s)));
        } else if (name == u"cellXfs") {
            inCellXfs = true;
        } else if (name == u"cellStyleXfs" || name == u"dxfs" || name == u"cellStyles") {
            inCellXfs = false; // their <xf> elements are not the ones cells point at
        } else if (name == u"xf" && inCellXfs) {
            const int id = xml.attributes().value(u"numFmtId"_s).toInt();
            m_cellStyles.push_back(custom.contains(id) ? custom.value(id) : builtinDateKind(id));
        }
    });
    return scanned;
}

Status XlsxWorkbook::load(XlsxArchive &archive)
{
    QString workbookPart = u"xl/workbook.xml"_s;
    if (archive.contains(u"_rels/.rels"_s)) {
        Result<QList<Relationship>> rels = readRelationships(archive, u"/"_s);
        if (!rels)
            return rels.error();
        for (const Relationship &rel : *rels) {
            if (rel.type.endsWith(u"/officeDocument"))
                workbookPart = rel.target;
        }
    }
    return readWorkbook(archive, workbookPart);
}

XlsxSheetContext XlsxWorkbook::context(const QString &fileName) const
{
    return XlsxSheetContext { &m_sharedStrings, m_cellStyles, m_date1904, fileName };
}

Result<QStringList> listXlsxSheets(const QString &path)
{
    XlsxArchive archive;
    if (const Status opened = archive.open(path); !opened)
        return opened.error();
    XlsxWorkbook workbook;
    if (const Status loaded = workbook.load(archive); !loaded)
        return loaded.error();
    QStringList names;
    for (const XlsxSheetInfo &sheet : workbook.sheets())
        names.append(sheet.name);
    return names;
}

} // namespace Portrait::Io
