#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Portrait {

/// A data set bundled with Portrait (resources/, compiled in as ":/portrait/data/NAME"): the
/// region table, header vocabularies and the like. Missing data is an error naming it, not a
/// crash: a build that left a file out says which.
Result<QByteArray> bundledData(const QString &name);
/// The bundled data sets whose names match a wildcard pattern ("schemes/*.json"), sorted.
QStringList bundledDataNames(const QString &pattern);

} // namespace Portrait
