// The shared-strings part: inflated chunk by chunk and kept as one blob.
#include "io/xlsxworkbook.h"

#include "io/xlsxxml.h"

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

struct StringsState
{
    XlsxSharedStrings &out;
    int phonetic = 0;   ///< inside <rPh>: furigana, not part of the value
    bool inText = false;
    bool inItem = false;
};

/// Handles one token; false when the text cannot be decoded.
bool handle(XlsxXmlTokenizer &xml, XlsxXmlTokenizer::Token token, StringsState &s)
{
    using Token = XlsxXmlTokenizer::Token;
    if (token == Token::StartElement) {
        const QByteArrayView name = xml.name();
        if (name == "si") {
            s.inItem = !xml.selfClosing();
            if (xml.selfClosing())
                s.out.ends.push_back(s.out.blob.size());
        } else if (name == "rPh" && !xml.selfClosing()) {
            ++s.phonetic;
        } else if (name == "t") {
            s.inText = !xml.selfClosing();
        }
    } else if (token == Token::EndElement) {
        const QByteArrayView name = xml.name();
        if (name == "t") {
            s.inText = false;
        } else if (name == "rPh") {
            s.phonetic = std::max(0, s.phonetic - 1);
        } else if (name == "si" && s.inItem) {
            s.out.ends.push_back(s.out.blob.size());
            s.inItem = false;
        }
    } else if (token == Token::Text && s.inText && s.inItem && s.phonetic == 0) {
        return xml.appendText(s.out.blob);
    }
    return true;
}

} // namespace

Status XlsxWorkbook::loadSharedStrings(XlsxArchive &archive)
{
    m_sharedStrings = {};
    if (m_sharedStringsPart.isEmpty() || !archive.contains(m_sharedStringsPart))
        return {}; // inline strings only (openpyxl, libxlsxwriter in constant-memory mode)
    const QString part = m_sharedStringsPart;
    if (const Status opened = archive.openEntry(part); !opened)
        return opened;
    XlsxXmlTokenizer xml;
    StringsState state { m_sharedStrings };
    QByteArray chunk(1 << 18, Qt::Uninitialized);
    for (;;) {
        const XlsxXmlTokenizer::Token token = xml.next();
        if (token == XlsxXmlTokenizer::Token::End)
            break;
        if (token == XlsxXmlTokenizer::Token::Error)
            return archive.makeError(xml.errorString(), part);
        if (token == XlsxXmlTokenizer::Token::NeedMore) {
            const qint64 n = archive.read(chunk.data(), chunk.size());
            if (n < 0)
                return archive.error();
            if (n == 0)
                xml.finish();
            else
                xml.addData(QByteArrayView(chunk.constData(), qsizetype(n)));
            continue;
        }
        if (!handle(xml, token, state))
            return archive.makeError(tr("Shared string %1 holds an unknown or malformed character reference")
                                         .arg(m_sharedStrings.size() + 1), part);
        if (m_sharedStrings.blob.size() > archive.limits().maxSharedStrings)
            return archive.makeError(tr("The shared strings exceed %1 MiB; refusing them")
                                         .arg(archive.limits().maxSharedStrings >> 20), part);
    }
    archive.closeEntry();
    if (!QUtf8StringView(m_sharedStrings.blob).isValidUtf8())
        return archive.makeError(tr("The shared strings are not valid UTF-8"), part);
    return {};
}

} // namespace Portrait::Io
