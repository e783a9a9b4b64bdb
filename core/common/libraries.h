#pragma once

#include <QList>
#include <QString>

namespace Portrait {

/// A library or font Portrait is built with or ships, for the About box and the installers'
/// notices: its name, the version in use, its licence (SPDX identifier) and where it comes from.
struct ThirdPartyLibrary
{
    QString name;
    QString version;    ///< the version linked or found at run time; empty when it cannot be told
    QString licence;    ///< SPDX identifier, e.g. "LGPL-3.0-only"
    QString url;
    QString use;        ///< what Portrait uses it for (translated)
};

/// Everything linked into the application and the fonts the report asks for, in a stable order.
QList<ThirdPartyLibrary> thirdPartyLibraries();

} // namespace Portrait
