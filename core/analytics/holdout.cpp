#include "holdout.h"

#include <algorithm>
#include <cmath>

namespace Portrait::Analytics {

HoldoutCheck holdoutCheck(const PurchaseHistory &history, const std::vector<double> &predicted)
{
    HoldoutCheck check;
    check.firstDay = history.calibrationEnd + 1;
    check.lastDay = history.holdoutEnd;
    for (int k = 0; k < HoldoutRows; ++k)
        check.rows[size_t(k)].calibrationPurchases = k;
    for (size_t i = 0; i < history.customer.size(); ++i) {
        if (std::isnan(predicted[i])) {
            ++check.unpredicted;
            continue;
        }
        HoldoutRow &row = check.rows[size_t(std::min(history.repeatDays[i], HoldoutRows - 1))];
        ++row.customers;
        row.actual += history.holdoutDays[i];
        row.predicted += predicted[i];
        check.actual += history.holdoutDays[i];
        check.predicted += predicted[i];
    }
    return check;
}

} // namespace Portrait::Analytics
