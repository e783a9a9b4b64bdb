#pragma once

// GUI tests in both languages: as app/main.cpp does, the locale, then our translation and Qt's,
// for the scope of one test row; and, with PORTRAIT_SHOTS_DIR set, a PNG of what was checked.
#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

class LanguageScope
{
public:
    explicit LanguageScope(const QString &language) : m_previous(QLocale())
    {
        QLocale::setDefault(QLocale(language));
        if (language == QStringLiteral("en"))
            return;
        m_loaded = m_ours.load(QLocale(), QStringLiteral("portrait"), QStringLiteral("_"), QStringLiteral(":/i18n"));
        QCoreApplication::installTranslator(&m_ours);
        if (m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    ~LanguageScope()
    {
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(m_previous);
    }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

    /// For Chinese: the translation was found (else every check of Chinese text would be moot).
    bool loaded() const { return m_loaded; }

private:
    QLocale m_previous;
    QTranslator m_ours;
    QTranslator m_qt;
    bool m_loaded = true;
};

namespace Shots {

inline void save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTRAIT_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + QLatin1Char('/') + name + QLatin1Char('-') + QLocale().name() + QStringLiteral(".png"));
}

} // namespace Shots

/// Whether text has a CJK ideograph: in the Chinese UI an English leftover has none.
inline bool hasChinese(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}

/// A button shows its whole text: it is at least as wide and tall as it asks to be.
inline bool showsWholeText(const QAbstractButton *button)
{
    return button->isVisible() && button->width() >= button->sizeHint().width()
            && button->height() >= button->minimumSizeHint().height();
}

/// A word-wrapped label shows all its lines.
inline bool showsAllLines(const QLabel *label)
{
    return label->isVisible() && (!label->wordWrap() || label->height() >= label->heightForWidth(label->width()));
}
