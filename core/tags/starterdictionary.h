#pragma once

#include "tags/dictionary.h"

#include <QStringList>

namespace Portrait::Tags {

/// The dictionary a new project can start from, after the tag systems our users read about
/// (基础属性 / 行为特征 / 需求偏好 / 价值等级 / 态度, three levels): every tag with its definition,
/// data source, refresh rule and owner note, rules over the standard features (all of which
/// type-check against them), one tag set by hand, and three example groups. It is bundled data:
/// resources/data/starter_dictionary.json (a dictionary file, docs/tags.md, with English texts)
/// and starter_dictionary.LANG.json (its descriptive texts in LANG). Names are Chinese (what
/// rules and has_tag() use) with English display names in every language.
TagDictionary starterDictionary(const QString &language);
/// In the application's language (starterDictionaryLanguage()).
TagDictionary starterDictionary();
/// starterDictionary(u"en"): the texts as they are written in the bundled dictionary file.
TagDictionary starterDictionaryInEnglish();

/// The languages the starter's texts are bundled in, "en" first.
QStringList starterDictionaryLanguages();
/// The language the installed translation asks for ("zh_CN" in the Chinese interface), "en"
/// without one or when its language has no bundled texts.
QString starterDictionaryLanguage();

} // namespace Portrait::Tags
