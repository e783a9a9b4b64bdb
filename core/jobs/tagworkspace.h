#pragma once

#include "analytics/clustering.h"
#include "common/error.h"
#include "model/customerframe.h"
#include "rfm/metrics.h"
#include "rfm/rfmresult.h"
#include "tags/autotagger.h"
#include "tags/dictionary.h"
#include "tags/dictionarytagger.h"
#include "tags/featuretable.h"
#include "tags/governance.h"
#include "tags/groups.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace Portrait::Analytics {
struct LifetimeScores;
}

namespace Portrait::Jobs {

/// Everything the tags page and `portrait tag --governance` show for one frame and RFM run: the
/// features rules are written over, every dictionary tag, every group and the governance figures.
struct TagWorkspace
{
    /// Shared: the features only change with the data or the RFM settings, tags change often.
    std::shared_ptr<const Tags::FeatureTable> features;
    Tags::EvaluationContext context;
    Tags::DictionaryTagging tagging;
    QList<Tags::GroupResult> groups;
    Tags::TagGovernance governance;
};

/// What rules are checked against for an RFM run: its as-of date and its segment names.
Tags::EvaluationContext evaluationContext(const Rfm::RfmResult &rfm, bool chineseNames);

/// Computes the features (with `cluster` from clusters, the project's active clustering, if any,
/// and the lifetime features of `lifetime`, missing when it is null),
/// then tags them (retagged()). Fails only when the features cannot be computed; rule and group
/// errors are reported in the workspace.
Result<TagWorkspace> computeTagWorkspace(const Model::CustomerFrame &frame, const Rfm::RfmResult &rfm,
                                         const Rfm::MetricOptions &options, bool chineseNames,
                                         const Tags::TagDictionary &dictionary, const Tags::ManualTags &manual,
                                         const Analytics::Clustering *clusters = nullptr,
                                         const Analytics::LifetimeScores *lifetime = nullptr);

/// Tags, groups and governance over features computed before: after an edit of the dictionary or
/// of manual tags. `customerKeys` are the frame's ids (the features' rows).
TagWorkspace retagged(std::shared_ptr<const Tags::FeatureTable> features, const Tags::EvaluationContext &context,
                      const Model::KeyColumn &customerKeys, const Tags::TagDictionary &dictionary,
                      const Tags::ManualTags &manual);

} // namespace Portrait::Jobs
