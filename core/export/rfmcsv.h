#pragma once

#include "common/error.h"
#include "model/customerframe.h"
#include "rfm/rfmresult.h"

namespace Portrait::Export {

/// Writes rfm.csv as DESIGN §5 documents it: customer_id, recency_days, frequency, monetary,
/// r_score, f_score, m_score, rfm_code, rfm_score, segment; UTF-8, one row per customer, monetary
/// with 2 decimals. Unscored customers (nothing but returns) are listed with empty scores.
/// Written atomically: the file appears whole or not at all.
Status writeRfmCsv(const Model::CustomerFrame &frame, const Rfm::RfmResult &result, const QString &path,
                   bool chineseNames);

} // namespace Portrait::Export
