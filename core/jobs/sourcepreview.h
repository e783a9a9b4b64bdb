#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "io/recordsource.h"

#include <QList>
#include <QStringList>

namespace Portrait::Jobs {

/// The first records of a source as text, read the way the import would read them with the
/// chosen encoding, delimiter and sheet or table: what the import wizard shows while the analyst
/// picks them.
struct SourcePreview
{
    Io::SourceFormat format = Io::SourceFormat::Csv;
    QStringList sheetsOrTables;   ///< a workbook's sheets, a dump's or database's tables
    QString sheetOrTable;         ///< the one read
    QByteArray encoding;          ///< as read: chosen or detected
    char delimiter = 0;           ///< CSV only, as read
    QList<QStringList> rows;      ///< the first records, a header included
    qint64 detectedHeaderRow = 0; ///< 1 when the first record reads as column names, else 0
    /// Why reading stopped early (text invalid in the chosen encoding ...); rows before it stay.
    QString problem;
};

/// Reads at most maxRows records of the source. Only the table listing of a dump reads the whole
/// file; everything else stops after maxRows.
Result<SourcePreview> previewSource(const Io::SourceSpec &spec, int maxRows, const CancelToken &cancel);

} // namespace Portrait::Jobs
