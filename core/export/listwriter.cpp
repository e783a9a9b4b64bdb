#include "listwriter.h"

#include "xlsxlistwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portrait::Export {

namespace {

struct ListWriter
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Export::ListWriter)
};

} // namespace

std::optional<ListFormat> listFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return ListFormat::Csv;
    if (suffix.compare(u"xlsx"_s, Qt::CaseInsensitive) == 0)
        return ListFormat::Xlsx;
    return std::nullopt;
}

Status writeCustomerList(const CustomerList &list, const QString &path, ListFormat format, CsvEncoding encoding,
                         ProgressSink &progress, const CancelToken &cancel)
{
    // Before any work: a million rows should not be formatted for a folder that is not there.
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!folder.exists())
        return cannotWrite(path, ListWriter::tr("the folder %1 does not exist")
                                         .arg(QDir::toNativeSeparators(folder.path())));
    if (format == ListFormat::Xlsx)
        return writeXlsxList(list, path, progress, cancel);
    return writeCsvList(list, path, encoding, progress, cancel);
}

QString writingPhase(const QString &path)
{
    return ListWriter::tr("Writing %1").arg(QFileInfo(path).fileName());
}

Error exportCancelled(const QString &path)
{
    return Error { ListWriter::tr("The export was cancelled; nothing was written."), QFileInfo(path).fileName(), 0,
                   0, {} };
}

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error { ListWriter::tr("Cannot write the file: %1").arg(reason), QFileInfo(path).fileName(), 0, 0, {} };
}

} // namespace Portrait::Export
