#pragma once

#include "tags/dictionary.h"

namespace Portrait::Tags {

/// The dictionary a new project can start from, after the tag systems our users read about
/// (基础属性 / 行为特征 / 需求偏好 / 价值等级 / 态度, three levels): every tag with its definition,
/// data source, refresh rule and owner note, rules over the standard features (all of which
/// type-check against them), one tag set by hand, and three example groups. Names are Chinese
/// (what rules and has_tag() use) with English display names; the descriptive texts are in the
/// application's language.
TagDictionary starterDictionary();
/// The same with the descriptive texts in the English they are translated from (context
/// "Portrait::Tags::StarterDictionary"), whatever the application's language: tags, ids and
/// groups are the same, in the same order.
TagDictionary starterDictionaryInEnglish();

} // namespace Portrait::Tags
