#pragma once

// Review aids for the wizard test, inert unless asked for: with PORTRAIT_SHOTS_DIR set, each page is
// saved as a PNG there; with PORTRAIT_SHOTS_ZH naming a {"source": "中文"} JSON file, the strings
// are shown translated from it (the .ts files are updated separately).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>
#include <QWidget>

namespace WizardShots {

class JsonTranslator : public QTranslator
{
public:
    explicit JsonTranslator(const QString &path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_texts = QJsonDocument::fromJson(file.readAll()).object();
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        QString text = m_texts.value(QString::fromUtf8(sourceText)).toString();
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        return text;
    }

private:
    QJsonObject m_texts;
};

inline void installTranslator()
{
    const QString path = qEnvironmentVariable("PORTRAIT_SHOTS_ZH");
    if (path.isEmpty())
        return;
    static JsonTranslator translator(path);
    QCoreApplication::installTranslator(&translator);
}

inline void save(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTRAIT_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString language = qEnvironmentVariableIsEmpty("PORTRAIT_SHOTS_ZH") ? QStringLiteral("en") : QStringLiteral("zh");
    widget.grab().save(dir + QLatin1Char('/') + name + QLatin1Char('-') + language + QStringLiteral(".png"));
}

} // namespace WizardShots
