#pragma once

#include "trend.h"

#include "common/error.h"
#include "jobs/rfmsettings.h"
#include "model/customerframe.h"
#include "project/tagstore.h"
#include "rfm/rfmresult.h"
#include "tags/dictionarytagger.h"
#include "tags/groups.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace Portrait::Project {
class ProjectFile;
}

namespace Portrait::Timeline {

/// The scoring the timeline uses in a project: the workbench's saved settings, or, when none were
/// saved, the defaults of `portrait rfm`. A damaged saved value is reported in *problem (if given)
/// and the defaults are used.
Jobs::RfmSettings projectSettings(Project::ProjectFile &project, QString *problem = nullptr);

/// settings resolved for scoring at any date: the scheme read (an edited one, a preset or a file),
/// the method and levels decided for it, hand-set cut lines and tiers kept.
Result<ScoringSpec> scoringSpec(const Jobs::RfmSettings &settings);

/// The tags of a scoring, computed as `portrait tag` computes them over that result (as of its
/// date, segment names as the scheme prefers them).
struct TaggedResult
{
    std::shared_ptr<const Rfm::RfmResult> rfm;
    Tags::DictionaryTagging tagging;
    QList<Tags::GroupResult> groups;
};

/// Scores frame as of asOf and, when the dictionary is not empty, tags it.
Result<TaggedResult> scoreAndTag(const Model::CustomerFrame &frame, const ScoringSpec &spec, Model::Day asOf,
                                 const Project::TagData &tags);

/// The customers a selection keeps, as frame rows ascending: scored, in one of segments (any when
/// empty; English or Chinese names), with every tag of tagPaths and in every group of groups.
/// Errors name an unknown segment, tag or group (with the closest name) or one whose rule fails.
Result<std::vector<qint32>> selectCustomers(const TaggedResult &scored, const Project::TagData &tags,
                                            const QStringList &segments, const QStringList &tagPaths,
                                            const QStringList &groups);

} // namespace Portrait::Timeline
