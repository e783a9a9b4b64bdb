#include "orderquality.h"

#include "project/cleanstore.h"
#include "project/projectfile.h"
#include "rfm/scoring.h"

#include <QCoreApplication>

namespace Portrait::Jobs {

namespace {

struct AmountOf
{
    qint64 orderRowId;
    double amount;
};

} // namespace

Result<Clean::OrderQuality> findOrderOutliers(Project::ProjectFile &project, const std::vector<Model::Day> &signupByRow,
                                              Model::Day today, const CancelToken &cancel)
{
    Clean::OrderQuality quality;
    quality.today = today;
    std::vector<AmountOf> purchases;
    qint64 seen = 0;
    const Status scanned = Project::scanOrders(project, [&](const Project::OrderRow &order) {
        ++quality.orders;
        const Clean::OrderFinding finding { order.rowId, {}, {}, order.day, order.purchase + order.returned };
        if (order.hasPurchase)
            purchases.push_back({ order.rowId, order.purchase });
        if (order.purchase == 0 && order.returned == 0)
            quality.zero.add(finding);
        if (order.day > today)
            quality.future.add(finding);
        const auto customer = size_t(order.customerRowId);
        if (customer < signupByRow.size() && signupByRow[customer] != Model::NoDay && order.day < signupByRow[customer])
            quality.beforeSignup.add(finding);
        return (++seen & 0xffff) != 0 || !cancel.isCancelled();
    });
    if (!scanned)
        return scanned.error();
    if (cancel.isCancelled())
        return Error { QCoreApplication::translate("Portrait::Jobs", "Cleaning was cancelled."), project.fileName(), 0, 0, {} };

    if (!purchases.empty()) {
        std::vector<double> amounts(purchases.size());
        for (size_t i = 0; i < purchases.size(); ++i)
            amounts[i] = purchases[i].amount;
        const std::vector<double> quartiles = Rfm::quantilesUnsorted(amounts, { 0.25, 0.75 });
        quality.q1 = quartiles[0];
        quality.q3 = quartiles[1];
        quality.upperFence = quality.q3 + 3 * (quality.q3 - quality.q1);
        for (const AmountOf &purchase : purchases) {
            if (purchase.amount > quality.upperFence)
                quality.high.add({ purchase.orderRowId, {}, {}, Model::NoDay, purchase.amount });
        }
    }
    for (Clean::OrderFindings *findings : { &quality.high, &quality.zero, &quality.future, &quality.beforeSignup }) {
        for (Clean::OrderFinding &example : findings->examples) {
            if (Status status = Project::describeOrder(project, example.orderRowId, example.order, example.customer, example.day);
                !status)
                return status.error();
        }
    }
    return quality;
}

} // namespace Portrait::Jobs
