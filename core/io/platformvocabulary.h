#pragma once

#include "io/columnmapping.h"

#include <QString>
#include <QStringList>

namespace Portrait::Io {

/// What the platform vocabulary makes of a file's columns.
struct PlatformProposal
{
    QString platform;      ///< "taobao", "jd", …; empty when no platform's export was recognised
    ColumnMapping mapping;
    QString problem;       ///< the vocabulary could not be read (the built-in names were used): why
};

/// Proposes roles with the shop platforms' vocabulary (resources/data/platform_vocabulary.json) on
/// top of the built-in names: a recognised platform's own column names first, then the names
/// common to the platforms, then the English and Chinese names of proposeMapping(). A payment time
/// with no creation time beside it is the order date.
PlatformProposal proposePlatformMapping(const QStringList &headers, const QList<ColumnProfile> &profiles);

/// The platform whose export these headers are (at least its min_signature signature columns; the
/// most of them wins), or empty.
QString recognisePlatform(const QStringList &headers);

/// Every platform of the vocabulary, in the file's order.
QStringList platformIds();

/// Translated display name ("Taobao / Tmall"); the id itself for one the vocabulary added later.
QString platformName(QStringView id);

} // namespace Portrait::Io
