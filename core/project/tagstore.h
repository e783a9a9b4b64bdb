#pragma once

#include "common/error.h"
#include "tags/dictionary.h"

namespace Portrait::Project {

class ProjectFile;

/// The tags a project keeps: the dictionary (with its groups) and the tags set by hand.
struct TagData
{
    Tags::TagDictionary dictionary;
    Tags::ManualTags manual;
};

/// Reads the dictionary, groups and manual assignments (customer keys) of a project. The
/// dictionary is checked as it is read: a file edited by hand into an invalid tree is an error.
Result<TagData> loadTagData(ProjectFile &project);

/// Replaces the project's dictionary, groups and manual assignments in one transaction: all or
/// nothing. Manual assignments to customers the project does not have are an error.
Status saveTagData(ProjectFile &project, const TagData &data);

/// Replaces the dictionary and groups, keeping the manual assignments of the tags that remain
/// (by id), in one transaction.
Status saveDictionary(ProjectFile &project, const Tags::TagDictionary &dictionary);

} // namespace Portrait::Project
