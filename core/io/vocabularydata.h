#pragma once

// The parsed platform vocabulary (resources/data/platform_vocabulary.json), shared by the mapping
// proposal, the order-status reading and the address parser. Internal to core/io.
#include "io/columnmapping.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace Portrait::Io {

/// A name of a role and its place in the role's list (0 = most preferred).
struct RoleName
{
    Role role = Role::None;
    int rank = 0;
};

struct VocabularyPlatform
{
    QString id;
    int minSignature = 3;
    QSet<QString> signature;                   ///< normalised header names
    QHash<QString, QList<RoleName>> names;     ///< normalised header name → roles
};

struct VocabularyData
{
    QHash<QString, QList<RoleName>> common;
    std::vector<VocabularyPlatform> platforms;
    QHash<QString, QString> statuses;          ///< normalised status → class key (unpaid, closed, …)
    QHash<QString, QString> refundStatuses;    ///< normalised after-sale status → refunded / none
    QList<QPair<QString, QStringList>> provinces; ///< short name → full names, longest first
    QSet<QString> municipalities;
    QString error;                             ///< why the file could not be read; empty when it was
};

/// Read once, on first use, from the bundled file; never fails (error says what went wrong).
const VocabularyData &vocabularyData();

} // namespace Portrait::Io
