// inspectXlsx(): the one full pass that tells the import dialog what a worksheet holds. It shares
// inspectCsv()'s pass (same header rule, same type detector) so both kinds of file import alike.
#include "io/inspectpass.h"
#include "io/xlsxreader.h"

#include <climits>

namespace Portrait::Io {

Result<CsvInspection> inspectXlsx(const QString &path, const QString &sheetName, ProgressSink &progress,
                                  const CancelToken &cancel)
{
    XlsxReader reader;
    if (const Status opened = reader.open(path, sheetName); !opened)
        return opened.error();
    CsvInspection out;
    out.encoding = "UTF-8";
    out.delimiter = 0;
    auto pass = Inspect::inspectRecords(reader, out, {}, true, progress, cancel);
    if (!pass)
        return pass.error();
    out = pass->inspection;
    out.issues.append(reader.issues());
    if (out.raggedRows > 0) {
        out.issues.warn(XlsxReader::tr("%n row(s) are wider than the first row; their extra cells are kept.", nullptr,
                                       int(std::min<qint64>(out.raggedRows, INT_MAX))),
                        XlsxReader::tr("row %1").arg(out.firstRaggedLine));
    }
    return out;
}

} // namespace Portrait::Io
