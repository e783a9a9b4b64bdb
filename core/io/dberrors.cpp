// How server errors read to an analyst: each names the server and, where one was being read, the
// table, and says what to do. Part of DbConnection.
#include "dbconnection.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

using Fault = DbFault;

QString serverText(const QSqlError& error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    // libpq prefixes "FATAL:  " or "ERROR:  " and may add lines; one line reads better.
    for (const QString& prefix : { u"FATAL:"_s, u"ERROR:"_s })
        text.replace(prefix, QString());
    return text.simplified();
}

bool mentions(const QString& text, std::initializer_list<const char16_t*> parts)
{
    for (const char16_t* part : parts) {
        if (text.contains(QStringView(part), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Fault postgresFault(const QSqlError& error, const QString& text, bool connecting)
{
    const QString state = error.nativeErrorCode();
    if (connecting) {
        if (mentions(text,
                { u"password authentication failed", u"no password supplied", u"authentication failed", u"role \"",
                    u"pg_hba.conf" }))
            return Fault::Refused;
        if (mentions(text, { u"database \"" }) && mentions(text, { u"does not exist" }))
            return Fault::NoDatabase;
        return Fault::Unreachable;
    }
    if (state == u"57014"_s)
        return mentions(text, { u"statement timeout" }) ? Fault::Timeout : Fault::Cancelled;
    if (state == u"42P01"_s)
        return Fault::NoTable;
    if (state.startsWith(u"08"_s) || state.startsWith(u"57P"_s)
        || mentions(text,
            { u"server closed the connection", u"terminating connection", u"no connection to the server",
                u"connection to server was lost" }))
        return Fault::Lost;
    return Fault::Other;
}

Fault mysqlFault(const QSqlError& error, bool connecting)
{
    const int code = error.nativeErrorCode().toInt();
    switch (code) {
    case 1044:
    case 1045:
    case 1698:
        return Fault::Refused;
    case 1049:
        return Fault::NoDatabase;
    case 1146:
        return Fault::NoTable;
    case 1969: // MariaDB max_statement_time
    case 3024: // MySQL max_execution_time
        return Fault::Timeout;
    case 1317:
        return Fault::Cancelled;
    case 1927:
    case 2006:
    case 2013:
    case 4031:
        return connecting ? Fault::Unreachable : Fault::Lost;
    case 2002:
    case 2003:
    case 2005:
        return Fault::Unreachable;
    default:
        return connecting ? Fault::Unreachable : Fault::Other;
    }
}

} // namespace

Error DbConnection::cancelledError(const DbContext& context) const
{
    const QString table = context.table.isEmpty() ? tr("the database") : quotedName(context.table);
    return Error { tr("Reading %1 from %2 was cancelled; the project is unchanged.").arg(table, server()), server(), 0,
        0, {} };
}

Error DbConnection::error(const QSqlError& error, const DbContext& context, DbFault* faultOut) const
{
    const QString text = serverText(error);
    // Not isOpen(): the PostgreSQL driver reports a lost connection as closed. A session that has
    // an id was opened, so a failure now is a loss, not "cannot reach".
    const bool connecting = m_sessionId == 0;
    Fault fault = m_uri.dialect == DbDialect::PostgreSql ? postgresFault(error, text, connecting)
                                                         : mysqlFault(error, connecting);
    if (m_cancelled.load() && (fault == Fault::Cancelled || fault == Fault::Other || fault == Fault::Lost))
        fault = Fault::Cancelled;
    if (faultOut)
        *faultOut = fault;
    if (fault == Fault::Cancelled)
        return cancelledError(context);
    const QString product = m_uri.productName();
    const QString table = context.table.isEmpty() ? QString() : quotedName(context.table);
    QString message;
    switch (fault) {
    case Fault::Unreachable:
        message = tr("Cannot reach the %1 server %2: %3. Check the host, port or socket and that the server "
                     "is running.")
                      .arg(product, server(), text);
        break;
    case Fault::Refused:
        message = tr("The %1 server %2 refused user “%3”: wrong password or no access (%4).")
                      .arg(product, server(), m_uri.user, text);
        break;
    case Fault::NoDatabase:
        message = tr("The %1 server %2 has no database “%3” (%4).").arg(product, server(), m_uri.database, text);
        break;
    case Fault::NoTable:
        message = tr("The %1 server %2 has no table %3 (%4).").arg(product, server(), table, text);
        break;
    case Fault::Lost:
        message = tr("The connection to the %1 server %2 was lost while reading %3: %4. The project is unchanged.")
                      .arg(product, server(), table, text);
        break;
    case Fault::Timeout:
        message = tr("The %1 server %2 stopped reading %3 after the statement timeout of %n second(s) "
                     "(statement_timeout in the address): %4. The project is unchanged.",
            nullptr, m_uri.statementTimeoutSeconds)
                      .arg(product, server(), table, text);
        break;
    case Fault::Cancelled:
    case Fault::Other:
        message = table.isEmpty() ? tr("The %1 server %2 reported: %3").arg(product, server(), text)
                                  : tr("The %1 server %2 could not read %3: %4").arg(product, server(), table, text);
        break;
    }
    return Error { message, server(), 0, 0, {} };
}

} // namespace Portrait::Io
