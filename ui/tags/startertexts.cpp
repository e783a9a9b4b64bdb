#include "startertexts.h"

#include "tags/starterdictionary.h"

#include <utility>

namespace Portrait::Ui {

namespace {

void learnNode(QHash<QString, QString> &current, const Tags::TagNode &other, const Tags::TagNode &shown)
{
    const std::pair<const QString *, const QString *> texts[] = {
        { &other.definition, &shown.definition }, { &other.dataSource, &shown.dataSource },
        { &other.refreshRule, &shown.refreshRule }, { &other.ownerNote, &shown.ownerNote },
    };
    for (const auto &[from, to] : texts) {
        if (!from->isEmpty())
            current.insert(*from, *to);
    }
}

} // namespace

StarterTexts::StarterTexts()
{
    // Every bundled language's wording maps to the interface's: the starter's tags and groups come
    // in the same order in every language.
    const Tags::TagDictionary shown = Tags::starterDictionary();
    const QList<Tags::TagNode> shownTags = shown.tags();
    for (const QString &language : Tags::starterDictionaryLanguages()) {
        const Tags::TagDictionary other = Tags::starterDictionary(language);
        const QList<Tags::TagNode> otherTags = other.tags();
        for (qsizetype i = 0; i < otherTags.size() && i < shownTags.size(); ++i)
            learnNode(m_current, otherTags[i], shownTags[i]);
        for (qsizetype i = 0; i < other.groups().size() && i < shown.groups().size(); ++i) {
            if (!other.groups()[i].description.isEmpty())
                m_current.insert(other.groups()[i].description, shown.groups()[i].description);
        }
    }
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
