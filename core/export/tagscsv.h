#pragma once

#include "common/error.h"
#include "model/customerframe.h"
#include "tags/autotagger.h"

namespace Portrait::Export {

/// Writes tags.csv: `customer_id,tag`, one row per customer and tag (the tag's full path), in
/// frame order then rule order; UTF-8, written atomically.
Status writeTagsCsv(const Model::CustomerFrame &frame, const Tags::TagAssignment &tags, const QString &path);

} // namespace Portrait::Export
