#include "lifetimefeatures.h"

#include "analytics/lifetimevalue.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace Portrait::Analytics {

namespace {

class LifetimeFeatures
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Analytics::LifetimeFeatures)
};

} // namespace

QList<Tags::FeatureInfo> lifetimeFeatures()
{
    using T = Tags::FeatureType;
    return {
        { u"p_alive"_s, u"存活概率"_s, T::Number,
          LifetimeFeatures::tr("Probability, 0–1, that the customer is still buying (BG/NBD churn model), at the "
                               "calibration end of the lifetime model fitted on the Analytics page. Missing "
                               "without a fitted model and for customers without a purchase in its calibration "
                               "period.") },
        { u"expected_purchases_90d"_s, u"预计90天购买次数"_s, T::Number,
          LifetimeFeatures::tr("Purchase days the BG/NBD model expects in the 90 days after its calibration end. "
                               "Missing as for p_alive.") },
        { u"clv"_s, u"客户终身价值"_s, T::Number,
          LifetimeFeatures::tr("Customer lifetime value: expected spend over the model's horizon (12 months by "
                               "default), discounted monthly; BG/NBD purchases times Gamma-Gamma spend per "
                               "purchase. Missing as for p_alive, and when the spend model was refused.") },
    };
}

Status addLifetimeFeatures(Tags::FeatureTable &table, const LifetimeScores *scores)
{
    const auto rows = size_t(table.rowCount());
    const std::vector<double> missing(rows, std::numeric_limits<double>::quiet_NaN());
    const QList<Tags::FeatureInfo> infos = lifetimeFeatures();
    const std::vector<double> *columns[] = { scores ? &scores->pAlive : &missing,
                                             scores ? &scores->expectedPurchases90d : &missing,
                                             scores ? &scores->clv : &missing };
    for (int i = 0; i < infos.size(); ++i) {
        if (Status s = table.setNumbers(infos.at(i), *columns[i]); !s)
            return s;
    }
    return {};
}

} // namespace Portrait::Analytics
