#include "dburi.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

constexpr QStringView PostgresSchemes[] = { u"postgresql", u"postgres" };
constexpr QStringView MySqlSchemes[] = { u"mysql", u"mariadb" };

std::optional<DbDialect> dialectOf(QStringView scheme)
{
    for (QStringView s : PostgresSchemes) {
        if (scheme.compare(s, Qt::CaseInsensitive) == 0)
            return DbDialect::PostgreSql;
    }
    for (QStringView s : MySqlSchemes) {
        if (scheme.compare(s, Qt::CaseInsensitive) == 0)
            return DbDialect::MySql;
    }
    return std::nullopt;
}

Result<int> seconds(const QUrlQuery& query, const QString& key, const QString& uriText)
{
    if (!query.hasQueryItem(key))
        return 0;
    bool ok = false;
    const int value = query.queryItemValue(key).toInt(&ok);
    if (!ok || value < 0)
        return Error { DbUri::tr("%1 must be a whole number of seconds.").arg(key), uriText, 0, 0, {} };
    return value;
}

} // namespace

bool isDatabaseUri(QStringView text)
{
    const qsizetype colon = text.indexOf(u"://");
    return colon > 0 && dialectOf(text.first(colon)).has_value();
}

Result<DbUri> DbUri::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto dialect = dialectOf(url.scheme());
    if (!url.isValid() || !dialect) {
        return Error { tr("Not a database address: write postgresql://user@host:port/database or "
                          "mysql://user@host:port/database."),
            isDatabaseUri(text) ? text.section(u'@', -1) : text, 0, 0, {} };
    }
    DbUri uri;
    uri.dialect = *dialect;
    uri.user = url.userName(QUrl::FullyDecoded);
    uri.password = url.password(QUrl::FullyDecoded);
    uri.host = url.host(QUrl::FullyDecoded);
    uri.port = url.port(-1);
    uri.database = url.path(QUrl::FullyDecoded).mid(1);
    const QString shown = uri.withoutPassword();
    if (uri.database.isEmpty() || uri.database.contains(u'/'))
        return Error { tr("The address names no database: add /DATABASE after the host."), shown, 0, 0, {} };

    const QUrlQuery query(url);
    const QStringList known { u"host"_s, u"socket"_s, u"sslmode"_s, u"connect_timeout"_s, u"statement_timeout"_s };
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key))
            return Error { tr("Unknown option “%1”; the options are %2.").arg(key, known.join(u", "_s)), shown, 0, 0,
                {} };
    }
    // libpq's convention: host=/folder names the socket folder; a host name there is a host.
    const QString hostOption = query.queryItemValue(u"host"_s, QUrl::FullyDecoded);
    if (hostOption.startsWith(u'/'))
        uri.socket = hostOption;
    else if (!hostOption.isEmpty())
        uri.host = hostOption;
    if (query.hasQueryItem(u"socket"_s))
        uri.socket = query.queryItemValue(u"socket"_s, QUrl::FullyDecoded);
    uri.sslMode = query.queryItemValue(u"sslmode"_s, QUrl::FullyDecoded);
    auto connectTimeout = seconds(query, u"connect_timeout"_s, shown);
    auto statementTimeout = seconds(query, u"statement_timeout"_s, shown);
    if (!connectTimeout)
        return connectTimeout.error();
    if (!statementTimeout)
        return statementTimeout.error();
    uri.connectTimeoutSeconds = *connectTimeout;
    uri.statementTimeoutSeconds = *statementTimeout;
    return uri;
}

QString DbUri::withoutPassword() const
{
    QUrl url;
    url.setScheme(dialect == DbDialect::PostgreSql ? u"postgresql"_s : u"mysql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (!socket.isEmpty())
        query.addQueryItem(dialect == DbDialect::PostgreSql ? u"host"_s : u"socket"_s, socket);
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (connectTimeoutSeconds > 0)
        query.addQueryItem(u"connect_timeout"_s, QString::number(connectTimeoutSeconds));
    if (statementTimeoutSeconds > 0)
        query.addQueryItem(u"statement_timeout"_s, QString::number(statementTimeoutSeconds));
    url.setQuery(query);
    QString shown = url.toString();
    // QUrl writes "postgresql:/db" without a host; the authority is kept for a readable address.
    if (host.isEmpty() && user.isEmpty() && !shown.contains(u"://"))
        shown.replace(url.scheme() + u":/"_s, url.scheme() + u":///"_s);
    return shown;
}

QString DbUri::productName() const
{
    return dialect == DbDialect::PostgreSql ? u"PostgreSQL"_s : u"MariaDB/MySQL"_s;
}

QString DbUri::credentialKey() const
{
    DbUri key = *this;
    key.password.clear();
    key.sslMode.clear();
    key.connectTimeoutSeconds = 0;
    key.statementTimeoutSeconds = 0;
    return key.withoutPassword();
}

} // namespace Portrait::Io
