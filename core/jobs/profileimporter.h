#pragma once

#include "common/error.h"
#include "importmismatch.h"
#include "project/records.h"

#include <QByteArray>
#include <QList>

namespace Portrait::Project {
class ProjectWriter;
}

namespace Portrait::Jobs {

class RowReader;

/// Rows of a customers source (attributes, optionally customer-level totals) or a survey
/// source (NPS, satisfaction, motivation), kept until the write.
class ProfileImporter
{
public:
    enum class Kind { Customers, Survey };

    ProfileImporter(Kind kind, Model::Day recencyAsOf) : m_kind(kind), m_recencyAsOf(recencyAsOf) { }

    bool addRow(RowReader &row, Project::SourceRecord &counts);
    Status write(Project::ProjectWriter &writer, qint64 sourceId, Project::SourceRecord &counts) const;
    qint64 customersInFile() const;
    /// The distinct customer ids read so far (a customers or survey source has no orders).
    SourceProfile profile() const;

private:
    bool readCustomer(RowReader &row, Project::CustomerRecord &record);
    bool readAnswer(RowReader &row, Project::AnswerRecord &answer);

    Kind m_kind;
    Model::Day m_recencyAsOf;
    QList<QByteArray> m_keys;
    QList<Project::CustomerRecord> m_customers;
    QList<Project::AnswerRecord> m_answers;
};

} // namespace Portrait::Jobs
