#pragma once

#include "jobs/rfmsettings.h"

class QComboBox;

namespace Portrait::Rfm {
struct RfmResult;
}

namespace Portrait::Ui {

/// Mean and median score two levels, the other methods three to five, and a scheme's rules are
/// written for one level count: a method or level count the scheme cannot use is greyed out (with
/// why) instead of leaving every page empty. A schemeBins of 0 (not known yet) offers everything.
/// The boxes' item data are method keys (Rfm::methodKey) and level counts.

/// The score levels the scheme in use is written for (an edited scheme's, a preset's, else the
/// result's); 0 while a scheme file has not been read.
int schemeLevels(const Jobs::RfmSettings &settings, const Rfm::RfmResult *result = nullptr);

/// Returns whether the method now chosen fits.
bool offerFittingMethods(QComboBox *methods, int schemeBins);
/// The two-level item stays greyed whatever the scheme: only choosing mean or median gives it.
void offerFittingLevels(QComboBox *levels, int schemeBins);

} // namespace Portrait::Ui
