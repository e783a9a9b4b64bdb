#include "purchasehistory.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Portrait::Analytics {

namespace {

/// Walks one customer's orders (a run of the sorted table) and collects its purchase days.
struct CustomerWalk
{
    Model::Day first = Model::NoDay;
    Model::Day last = Model::NoDay;
    qint32 repeats = 0;
    qint32 holdout = 0;
    double repeatSpend = 0;

    void addDay(Model::Day day, double spend, Model::Day calibrationEnd)
    {
        if (day > calibrationEnd) {
            if (first != Model::NoDay)
                ++holdout;
            return;
        }
        if (first == Model::NoDay) {
            first = day;
        } else {
            ++repeats;
            repeatSpend += spend;
        }
        last = day;
    }
};

} // namespace

qsizetype PurchaseHistory::repeatCustomers() const
{
    return qsizetype(std::count_if(repeatDays.begin(), repeatDays.end(), [](qint32 x) { return x > 0; }));
}

Model::Day lastPurchaseDay(const Model::CustomerFrame &frame)
{
    const Model::OrderTable &t = frame.orders;
    Model::Day last = Model::NoDay;
    for (size_t i = 0; i < t.customer.size(); ++i) {
        if (t.hasPurchase[i])
            last = std::max(last, t.day[i]);
    }
    return last;
}

PurchaseHistory purchaseHistory(const Model::CustomerFrame &frame, Model::Day calibrationEnd)
{
    PurchaseHistory h;
    h.holdoutEnd = lastPurchaseDay(frame);
    h.calibrationEnd = calibrationEnd == Model::NoDay ? h.holdoutEnd : calibrationEnd;
    const Model::OrderTable &t = frame.orders;
    const size_t n = t.customer.size();
    size_t i = 0;
    while (i < n) {
        const qint32 c = t.customer[i];
        CustomerWalk walk;
        // Orders of one customer, day by day: a day with a purchase is one purchase day, and its
        // spend nets every order of that day.
        while (i < n && t.customer[i] == c) {
            const Model::Day day = t.day[i];
            bool purchase = false;
            double spend = 0;
            for (; i < n && t.customer[i] == c && t.day[i] == day; ++i) {
                purchase = purchase || t.hasPurchase[i];
                spend += t.purchase[i] + t.returned[i];
            }
            if (purchase)
                walk.addDay(day, spend, h.calibrationEnd);
        }
        if (walk.first == Model::NoDay)
            continue;
        h.customer.push_back(c);
        h.repeatDays.push_back(walk.repeats);
        h.lastDay.push_back(walk.last - walk.first);
        h.observedDays.push_back(h.calibrationEnd + 1 - walk.first);
        h.meanRepeatSpend.push_back(walk.repeats > 0 ? walk.repeatSpend / walk.repeats
                                                     : std::numeric_limits<double>::quiet_NaN());
        h.holdoutDays.push_back(walk.holdout);
    }
    return h;
}

} // namespace Portrait::Analytics
