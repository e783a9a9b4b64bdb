#include "error.h"

using namespace Qt::StringLiterals;

namespace Portrait {

QString Error::toString() const
{
    QString where = source;
    if (row > 0)
        where += u':' + QString::number(row);
    if (column > 0)
        where += u':' + QString::number(column);
    if (!columnName.isEmpty())
        where += u" [" + columnName + u']';
    if (where.isEmpty())
        return message;
    return where + u": " + message;
}

} // namespace Portrait
