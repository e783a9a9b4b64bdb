#include "startertexts.h"

#include "tags/starterdictionary.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr const char *Context = "Portrait::Tags::StarterDictionary";

} // namespace

StarterTexts::StarterTexts()
{
    // The Chinese wording, whatever the interface's language: loaded, not installed.
    QTranslator chinese;
    const bool haveChinese = chinese.load(u"portrait_zh_CN"_s, u":/i18n"_s);
    const auto learn = [&](const QString &english) {
        if (english.isEmpty())
            return;
        const QByteArray source = english.toUtf8();
        const QString current = QCoreApplication::translate(Context, source.constData());
        m_current.insert(english, current);
        if (haveChinese) {
            const QString zh = chinese.translate(Context, source.constData());
            if (!zh.isEmpty())
                m_current.insert(zh, current);
        }
    };
    const Tags::TagDictionary english = Tags::starterDictionaryInEnglish();
    for (const Tags::TagNode &node : english.tags()) {
        for (const QString *text : { &node.definition, &node.dataSource, &node.refreshRule, &node.ownerNote })
            learn(*text);
    }
    for (const Tags::TagGroup &group : english.groups())
        learn(group.description);
}

QString StarterTexts::localized(const QString &text) const
{
    return m_current.value(text, text);
}

Tags::TagNode StarterTexts::localized(const Tags::TagNode &node) const
{
    Tags::TagNode shown = node;
    for (QString *text : { &shown.definition, &shown.dataSource, &shown.refreshRule, &shown.ownerNote })
        *text = localized(*text);
    return shown;
}

Tags::TagGroup StarterTexts::localized(const Tags::TagGroup &group) const
{
    Tags::TagGroup shown = group;
    shown.description = localized(group.description);
    return shown;
}

QList<Tags::TagGroup> StarterTexts::localized(const QList<Tags::TagGroup> &groups) const
{
    QList<Tags::TagGroup> shown;
    for (const Tags::TagGroup &group : groups)
        shown.append(localized(group));
    return shown;
}

Tags::TagDictionary StarterTexts::localized(const Tags::TagDictionary &dictionary) const
{
    Tags::TagDictionary shown = dictionary;
    for (const Tags::TagNode &node : dictionary.tags()) {
        const Tags::TagNode text = localized(node);
        if (!(text == node))
            (void)shown.updateTag(text);   // the same names: cannot fail
    }
    return shown;
}

} // namespace Portrait::Ui
