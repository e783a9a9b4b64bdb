#include "csvfield.h"

#include "formulaguard.h"

namespace Portrait::Export {

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = defuseFormula(text).toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        utf8 = '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace Portrait::Export
