#pragma once

#include "analytics/clustering.h"
#include "rfm/rfmresult.h"

#include <QString>

namespace Portrait::Ui {

/// The customer card's line on the workbench's clustering: which cluster the customer at frame
/// row is in and one sentence why (Analytics::membershipSentence, with the customer's own
/// recency, frequency and monetary). Empty when the customer is in none or there is no clustering.
QString clusterCardSentence(const Analytics::Clustering *clustering, const Rfm::RfmResult &result, qint32 row,
                            bool chinese);

} // namespace Portrait::Ui
