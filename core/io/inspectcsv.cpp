// inspectCsv(): the one full pass that tells the import dialog what a CSV file holds.
#include "io/inspectpass.h"
#include "io/typedetect.h"

#include <climits>

namespace Portrait::Io {

Result<CsvInspection> inspectCsv(const QString &path, const CsvOptions &options, ProgressSink &progress,
                                 const CancelToken &cancel)
{
    CsvReader reader;
    if (const Status opened = reader.open(path, options); !opened)
        return opened.error();
    CsvInspection out;
    out.encoding = reader.encoding();
    out.delimiter = reader.delimiter();
    auto pass = Inspect::inspectRecords(reader, out, {}, false, progress, cancel);
    if (!pass)
        return pass.error();
    out = pass->inspection;
    if (out.raggedRows > 0) {
        out.issues.warn(TypeDetector::tr("%n row(s) do not have %1 fields like the first row; missing fields are "
                                         "read as empty, extra fields are kept.",
                                         nullptr, int(std::min<qint64>(out.raggedRows, INT_MAX)))
                                .arg(pass->expectedFields),
                        TypeDetector::tr("line %1").arg(out.firstRaggedLine));
    }
    return out;
}

} // namespace Portrait::Io
