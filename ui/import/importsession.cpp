#include "importsession.h"

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

QString ImportSession::readingKey() const
{
    return QStringList { filePath, QString::fromLatin1(options.encoding), QString(QLatin1Char(options.delimiter)),
                         options.sheetOrTable, QString::number(options.headerRow) }
            .join(QChar(0x1f));
}

Jobs::ImportOptions ImportSession::importOptions() const
{
    Jobs::ImportOptions out = options;
    if (plan)
        out.mapOverrides = Jobs::mappingAsOverrides(mapping, plan->inspection.headers);
    return out;
}

} // namespace Portrait::Ui
