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
}

} // namespace Portrait::Ui::AppSettings
