#pragma once

#include "common/error.h"

struct sqlite3;

namespace Portrait::Project {

/// A transaction of its own (BEGIN IMMEDIATE) when none is open, a SAVEPOINT nested in the
/// caller's (an import's) otherwise. Rolled back on destruction unless released, so work that fails halfway leaves
/// the project, or the enclosing transaction, as it was.
class Savepoint
{
public:
    Savepoint(sqlite3 *db, const QString &fileName);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool ok() const { return m_open; }
    const Error &error() const { return m_error; }
    Status release();

private:
    sqlite3 *m_db;
    QString m_fileName;
    Error m_error;
    bool m_outermost;
    bool m_open = false;
};

} // namespace Portrait::Project
