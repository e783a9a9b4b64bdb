#include "tagworkspace.h"

#include "jobs/clusterfeaturechoice.h"
#include "analytics/lifetimefeatures.h"
#include "jobs/customerfeatures.h"

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

Tags::EvaluationContext evaluationContext(const Rfm::RfmResult &rfm, bool chineseNames)
{
    Tags::EvaluationContext context;
    context.asOf = rfm.metrics.asOf;
    for (int rule = 0; rule <= rfm.scheme.rules.size(); ++rule)
        context.segmentNames.append(rfm.scheme.displayName(rule, chineseNames));
    return context;
}

Result<TagWorkspace> computeTagWorkspace(const Model::CustomerFrame &frame, const Rfm::RfmResult &rfm,
                                         const Rfm::MetricOptions &options, bool chineseNames,
                                         const Tags::TagDictionary &dictionary, const Tags::ManualTags &manual,
                                         const Analytics::Clustering *clusters,
                                         const Analytics::LifetimeScores *lifetime)
{
    Result<Tags::FeatureTable> features = computeCustomerFeatures(frame, rfm, options, chineseNames);
    if (!features)
        return features.error();
    if (Status status = addClusterFeature(*features, clusters); !status)
        return status.error();
    if (Status s = Analytics::addLifetimeFeatures(*features, lifetime); !s)
        return s.error();
    return retagged(std::make_shared<const Tags::FeatureTable>(features.takeValue()), evaluationContext(rfm, chineseNames),
                    frame.ids, dictionary, manual);
}

TagWorkspace retagged(std::shared_ptr<const Tags::FeatureTable> features, const Tags::EvaluationContext &context,
                      const Model::KeyColumn &customerKeys, const Tags::TagDictionary &dictionary,
                      const Tags::ManualTags &manual)
{
    TagWorkspace workspace;
    workspace.features = std::move(features);
    workspace.context = context;
    const Tags::FeatureTable &table = *workspace.features;
    workspace.tagging = Tags::tagCustomers(dictionary, manual, customerKeys, table, context);
    workspace.groups = Tags::evaluateGroups(dictionary, table, context, workspace.tagging);
    const int monetary = table.indexOf(u"monetary"_s);
    std::vector<double> revenue;
    if (monetary >= 0) {
        revenue = table.numbers(monetary);
        const std::vector<quint8> &missing = table.missing(monetary);
        for (size_t i = 0; i < revenue.size(); ++i) {
            if (missing[i])
                revenue[i] = 0;
        }
    }
    workspace.governance = Tags::computeGovernance(dictionary, workspace.tagging, workspace.groups, revenue);
    return workspace;
}

} // namespace Portrait::Jobs
