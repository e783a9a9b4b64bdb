#pragma once

#include "rfm/segmentscheme.h"

#include <QStringList>
#include <QStringView>

namespace Portrait::Rfm {

/// The built-in schemes of DESIGN §3: "cn8", "rfm10", "shop11", in that order.
QStringList presetIds();

/// The preset with that id (case-insensitive); a default-constructed scheme (empty id) if there
/// is none.
///  - cn8: the eight Chinese customer types over 2-level scores (method Mean); names are the
///    Chinese ones in nameZh with an English gloss in name, and preferChinese is set.
///  - rfm10: the R package rfm's test scheme, in its order (rule 9 can never fire; kept so).
///  - shop11: R against FM (SchemeBasis::RecencyVsFM), 11 rules tiling the 25 R × FM cells.
SegmentScheme presetScheme(QStringView id);

} // namespace Portrait::Rfm
