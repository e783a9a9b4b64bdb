#pragma once

#include "common/error.h"
#include "tags/dictionary.h"

#include <QByteArray>
#include <QString>

namespace Portrait::Tags {

/// The dictionary as JSON (docs/tags.md): {"format": "portrait-tag-dictionary", "version": 1,
/// "tags": [{"name", "name_en", "definition", "data_source", "refresh_rule", "owner_note", "rule",
/// "children": [...]}], "groups": [{"name", "expression", "description"}]}. Ids are not written:
/// the nesting is the tree. Manual assignments are customer data and stay in the project.
QByteArray dictionaryToJson(const TagDictionary &dictionary);
/// Reads and validates a dictionary; `source` names the input in errors.
Result<TagDictionary> dictionaryFromJson(const QByteArray &json, const QString &source = {});

/// The same with files; saving is atomic (a failed save leaves the old file).
Result<TagDictionary> loadDictionaryFile(const QString &path);
Status saveDictionaryFile(const TagDictionary &dictionary, const QString &path);

} // namespace Portrait::Tags
