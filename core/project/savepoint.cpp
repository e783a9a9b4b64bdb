#include "savepoint.h"

#include "sqlite.h"

namespace Portrait::Project {

Savepoint::Savepoint(sqlite3 *db, const QString &fileName)
    : m_db(db)
    , m_fileName(fileName)
    , m_outermost(sqlite3_get_autocommit(db) != 0)
{
    // Outermost, it takes the write lock at once, as Transaction does, rather than upgrading to
    // it halfway through.
    Status status = exec(db, m_outermost ? "BEGIN IMMEDIATE" : "SAVEPOINT portrait_clean", fileName);
    m_open = status.ok();
    if (!m_open)
        m_error = status.error();
}

Savepoint::~Savepoint()
{
    if (m_open) {
        sqlite3_exec(m_db, m_outermost ? "ROLLBACK" : "ROLLBACK TO portrait_clean; RELEASE portrait_clean", nullptr,
                     nullptr, nullptr);
    }
}

Status Savepoint::release()
{
    Status status = exec(m_db, m_outermost ? "COMMIT" : "RELEASE portrait_clean", m_fileName);
    if (status)
        m_open = false;
    return status;
}

} // namespace Portrait::Project
