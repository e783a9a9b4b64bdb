#include "bundled.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

QStringList bundledDataNames(const QString &pattern)
{
    const QFileInfo where(pattern);
    const QString folder = where.path() == u"."_s ? QString() : where.path() + u'/';
    QStringList names;
    for (const QString &entry : QDir(u":/portrait/data/"_s + folder).entryList({ where.fileName() }, QDir::Files, QDir::Name))
        names.append(folder + entry);
    return names;
}

} // namespace Portrait
