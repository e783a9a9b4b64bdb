#include "interfacefont.h"

#include <QFont>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

QStringList chineseFamilies()
{
    return { u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Source Han Sans CN"_s, u"WenQuanYi Micro Hei"_s };
}

void applyInterfaceFont(const QLocale &locale)
{
    // The font the platform gave before we changed it, so switching back restores it exactly.
    static const QFont systemFont = QGuiApplication::font();
    QFont font = systemFont;
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript)
        font.setFamilies(chineseFamilies() + systemFont.families());
    QGuiApplication::setFont(font);
}

} // namespace Portrait::Ui
