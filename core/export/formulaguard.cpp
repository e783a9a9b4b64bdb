#include "formulaguard.h"

namespace Portrait::Export {

bool looksLikeFormula(QStringView text)
{
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front());
}

QString defuseFormula(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

} // namespace Portrait::Export
