#include "starterdictionary.h"

#include "common/bundled.h"
#include "tags/dictionaryjson.h"

#include <QCoreApplication>
#include <QDebug>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

class StarterDictionary
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Tags::StarterDictionary)
};

const QString English = u"en"_s;
const QString TextsPrefix = u"starter_dictionary."_s;
const QString TextsSuffix = u".json"_s;

/// Every starter_dictionary.LANG.json bundled: a new language is a file, not code.
QStringList translatedLanguages()
{
    QStringList languages;
    for (const QString &name : bundledDataNames(TextsPrefix + u'*' + TextsSuffix))
        languages.append(name.mid(TextsPrefix.size(), name.size() - TextsPrefix.size() - TextsSuffix.size()));
    return languages;
}

using Texts = QHash<QString, QString>;

TagDictionary loadEnglish()
{
    const QString name = u"starter_dictionary.json"_s;
    Result<QByteArray> json = bundledData(name);
    Result<TagDictionary> dictionary = json ? dictionaryFromJson(*json, name) : Result<TagDictionary>(json.error());
    if (!dictionary) {
        // Only a build that left the file out or broke it gets here; tst_tagdictionary fails for it.
        qCritical().noquote() << dictionary.error().toString();
        return {};
    }
    return *dictionary;
}

/// starter_dictionary.LANG.json: {"language": LANG, "texts": {English: translation}}.
Texts loadTexts(const QString &language)
{
    const QString name = TextsPrefix + language + TextsSuffix;
    Result<QByteArray> json = bundledData(name);
    if (!json) {
        qCritical().noquote() << json.error().toString();
        return {};
    }
    const QJsonObject texts = QJsonDocument::fromJson(*json).object().value(u"texts"_s).toObject();
    Texts out;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString translated(const Texts &texts, const QString &english)
{
    return english.isEmpty() ? english : texts.value(english, english);
}

TagDictionary translate(TagDictionary dictionary, const Texts &texts)
{
    for (TagNode node : dictionary.tags()) {
        for (QString *text : { &node.definition, &node.dataSource, &node.refreshRule, &node.ownerNote })
            *text = translated(texts, *text);
        (void)dictionary.updateTag(node);   // the same names: cannot fail
    }
    const QList<TagGroup> groups = dictionary.groups();
    for (TagGroup group : groups) {
        group.description = translated(texts, group.description);
        (void)dictionary.setGroup(group);
    }
    return dictionary;
}

struct Bundled
{
    TagDictionary english = loadEnglish();
    QHash<QString, TagDictionary> translations;

    Bundled()
    {
        for (const QString &language : translatedLanguages())
            translations.insert(language, translate(english, loadTexts(language)));
    }
};

const Bundled &bundled()
{
    static const Bundled loaded;
    return loaded;
}

} // namespace

TagDictionary starterDictionary(const QString &language)
{
    return bundled().translations.value(language, bundled().english);
}

TagDictionary starterDictionary()
{
    return starterDictionary(starterDictionaryLanguage());
}

TagDictionary starterDictionaryInEnglish()
{
    return bundled().english;
}

QStringList starterDictionaryLanguages()
{
    return QStringList { English } + translatedLanguages();
}

QString starterDictionaryLanguage()
{
    // The idiom of Qt's own QT_LAYOUT_DIRECTION: the translation itself says which bundled texts fit it.
    const QString language = StarterDictionary::tr("en", "The language of the starter tag dictionary's texts: "
                                                         "resources/data/starter_dictionary.LANG.json, en for English");
    return starterDictionaryLanguages().contains(language) ? language : English;
}

} // namespace Portrait::Tags
