#include "bundled.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Portrait {

Result<QByteArray> bundledData(const QString &name)
{
    QFile file(u":/portrait/data/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { QCoreApplication::translate("Portrait::Bundled",
                                                   "The bundled data set %1 is missing from this build.")
                               .arg(name),
                       name, 0, 0, {} };
    }
    return file.readAll();
}

} // namespace Portrait
