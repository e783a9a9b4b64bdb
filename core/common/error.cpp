#include "error.h"

using namespace Qt::StringLiterals;

namespace Portrait {

QString Error::toString() const
{
    // A message that already names its source (a database server, say) need not repeat it.
    if (row <= 0 && column <= 0 && columnName.isEmpty() && !source.isEmpty() && message.contains(source))
        return message;
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
