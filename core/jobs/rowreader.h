#pragma once

#include "io/columnmapping.h"
#include "io/typedetect.h"
#include "io/valueparse.h"
#include "project/records.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Portrait::Jobs {

/// Turns the fields of one CSV record into typed values by role, and says why a field is
/// rejected. Shared by the importers of each source kind.
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::RowReader)

public:
    RowReader(const Io::ColumnMapping &mapping, const QList<Io::ColumnProfile> &columns);

    /// Selects the record to read; false (with rejection()) when its field count is wrong or a
    /// mapped column whose type the analyst set holds a value of another type.
    bool setRecord(const std::vector<QByteArrayView> &fields, qint64 row);

    bool has(Io::Role role) const { return m_mapping.has(role); }
    /// The raw (trimmed) field of a role; empty when unmapped.
    QByteArrayView field(Io::Role role) const;
    QString text(Io::Role role) const;
    /// normalizeId() of the field: "17850.0" → "17850"; as written when the analyst set the
    /// column to text.
    QByteArrayView id(Io::Role role) const;

    /// Typed reads: nullopt when the field is empty; false return + rejection() when it is bad.
    bool number(Io::Role role, std::optional<double> &out);
    bool date(Io::Role role, std::optional<Io::DateTimeValue> &out);
    bool flag(Io::Role role, int &out);

    /// Marks the row rejected because a required role is empty.
    void reject(Io::Role role, const QString &reason);
    const Project::RejectedRow &rejection() const { return m_rejection; }

private:
    bool checkFixedTypes();

    const Io::ColumnMapping &m_mapping;
    const QList<Io::ColumnProfile> &m_columns;
    const std::vector<QByteArrayView> *m_fields = nullptr;
    std::vector<int> m_fixedColumns; ///< mapped columns held to a set non-text type
    Project::RejectedRow m_rejection;
    qint64 m_row = 0;
};

} // namespace Portrait::Jobs
