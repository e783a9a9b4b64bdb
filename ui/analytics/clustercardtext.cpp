#include "clustercardtext.h"

#include "analytics/clusterprofile.h"
#include "jobs/clusterfeaturechoice.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

QString clusterCardSentence(const Analytics::Clustering *clustering, const Rfm::RfmResult &result, qint32 row,
                            bool chinese)
{
    const auto c = size_t(row);
    if (!clustering || row < 0 || c >= clustering->assignment.size() || clustering->assignment[c] < 0)
        return {};
    // The card knows the customer's RFM values; other features are left out of "this customer: …".
    std::vector<double> values;
    const bool scored = c < result.metrics.scored.size() && result.metrics.scored[c];
    for (const Analytics::FeatureTransform &t : clustering->transforms) {
        double value = std::nan("");
        if (scored && t.feature == u"recency_days"_s)
            value = result.metrics.recency[c];
        else if (scored && t.feature == u"frequency"_s)
            value = result.metrics.frequency[c];
        else if (scored && t.feature == u"monetary"_s)
            value = result.metrics.monetary[c];
        values.push_back(value);
    }
    return Analytics::membershipSentence(*clustering, clustering->assignment[c], values, clustering->distance[c],
                                         Jobs::featureTitles(chinese));
}

} // namespace Portrait::Ui
