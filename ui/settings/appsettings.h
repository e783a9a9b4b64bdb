#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Portrait::Ui {

/// A typed setting with its default at the declaration; the only way UI code touches QSettings.
template<typename T>
class SettingValue
{
public:
    SettingValue(const char *key, T fallback) : m_key(QString::fromLatin1(key)), m_fallback(std::move(fallback)) { }
    T get() const { return QSettings().value(m_key, QVariant::fromValue(m_fallback)).template value<T>(); }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
    T m_fallback;
};

namespace AppSettings {

inline const SettingValue<QStringList> recentProjects { "MainWindow/recentProjects", {} };
/// When each recent project was last opened, by path (the welcome screen shows it).
inline const SettingValue<QVariantMap> recentOpened { "MainWindow/recentOpened", {} };
inline const SettingValue<QByteArray> windowGeometry { "MainWindow/geometry", {} };
inline const SettingValue<QByteArray> windowState { "MainWindow/state", {} };
inline const SettingValue<QString> scheme { "Rfm/scheme", QStringLiteral("shop11") };
/// "" follows the system locale; "en" or "zh_CN" override it.
inline const SettingValue<QString> language { "General/language", {} };

constexpr int MaxRecentProjects = 8;
/// Puts path first among the recent projects, opened now.
void addRecentProject(const QString &path);
/// When path was last opened; invalid when it is not known.
QDateTime lastOpened(const QString &path);

} // namespace AppSettings

} // namespace Portrait::Ui
