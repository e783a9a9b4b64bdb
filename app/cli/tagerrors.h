#pragma once

#include "jobs/tagworkspace.h"
#include "tags/dictionary.h"

namespace Portrait::Cli {

/// Prints a tag's rule error as "tag path:line:column: message", with the rule's line and a caret.
void printTagError(const Tags::TagRuleError &error, const Tags::TagDictionary &dictionary);
/// The same for a group whose expression failed.
void printGroupError(const Tags::GroupResult &group, const Tags::TagDictionary &dictionary);

} // namespace Portrait::Cli
