#include "appsettings.h"

#include <QFileInfo>

namespace Portrait::Ui::AppSettings {

void addRecentProject(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentProjects.get();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentProjects)
        recent.removeLast();
    recentProjects.set(recent);
    QVariantMap opened = recentOpened.get();
    opened.insert(absolute, QDateTime::currentDateTimeUtc());
    for (auto it = opened.begin(); it != opened.end();)
        it = recent.contains(it.key()) ? std::next(it) : opened.erase(it);
    recentOpened.set(opened);
}

QDateTime lastOpened(const QString &path)
{
    return recentOpened.get().value(QFileInfo(path).absoluteFilePath()).toDateTime();
}

} // namespace Portrait::Ui::AppSettings
