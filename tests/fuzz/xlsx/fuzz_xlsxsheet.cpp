// libFuzzer target: bytes as a worksheet part, through the same tokenizer and sheet parser the
// XlsxReader uses (no zip). The first byte picks the chunk size and the date system, so chunk
// boundaries fall everywhere.
#include "io/xlsxsheetparser.h"

#include <cstddef>
#include <cstdint>

using namespace Portrait::Io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static XlsxSharedStrings strings = [] {
        XlsxSharedStrings s;
        for (const char *text : { "InvoiceNo", "", "\xE4\xB8\xAD" }) {
            s.blob.append(text);
            s.ends.push_back(s.blob.size());
        }
        return s;
    }();
    XlsxSheetContext context;
    context.sharedStrings = &strings;
    context.cellStyles = { XlsxDateKind::None, XlsxDateKind::Date, XlsxDateKind::DateTime, XlsxDateKind::Time };
    context.date1904 = data[0] & 0x80;
    context.fileName = QStringLiteral("fuzz.xlsx");
    const size_t chunk = size_t(data[0] & 0x7F) + 1;

    XlsxSheetParser parser(std::move(context));
    CsvRecord record;
    size_t at = 1;
    for (;;) {
        const XlsxSheetParser::Step step = parser.next(record);
        if (step == XlsxSheetParser::Step::Record) {
            size_t total = 0;
            for (QByteArrayView f : record.fields)
                total += size_t(f.size()); // touch every view
            (void)total;
            continue;
        }
        if (step != XlsxSheetParser::Step::NeedMore)
            break;
        if (at >= size) {
            parser.finish();
            continue;
        }
        const size_t n = std::min(chunk, size - at);
        parser.addData(QByteArrayView(reinterpret_cast<const char *>(data + at), qsizetype(n)));
        at += n;
    }
    return 0;
}
