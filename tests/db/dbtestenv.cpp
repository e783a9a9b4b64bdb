#include "dbtestenv.h"

#include <QFile>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace DbTest {

namespace {

const char *const Variables[] = { "PORTRAIT_TEST_PG_SOCKET_DIR", "PORTRAIT_TEST_PG_LOG",   "PORTRAIT_TEST_PG_ADMIN",
                                  "PORTRAIT_TEST_MYSQL_SOCKET",  "PORTRAIT_TEST_MYSQL_LOG", "PORTRAIT_TEST_MYSQL_ADMIN",
                                  "PORTRAIT_TEST_DB_USER",       "PORTRAIT_TEST_DB_PASSWORD", "PORTRAIT_TEST_DB_NAME" };

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

bool postgres(Server server)
{
    return server == Server::Postgres;
}

QString connectionName(Server server)
{
    return (postgres(server) ? u"dbtest-admin-pg-"_s : u"dbtest-admin-my-"_s)
        + QString::number(quintptr(QThread::currentThreadId()));
}

QString adminProblem(Server server)
{
    QSqlDatabase db = admin(server);
    if (db.isOpen())
        return {};
    return serverName(server) + u": "_s + db.lastError().text();
}

} // namespace

QString missingServers()
{
    QStringList unset;
    for (const char *name : Variables) {
        if (!qEnvironmentVariableIsSet(name))
            unset.append(QString::fromLatin1(name));
    }
    QString problem;
    if (!unset.isEmpty())
        problem = unset.join(u", "_s) + u" not set"_s;
    else if (QString pg = adminProblem(Server::Postgres); !pg.isEmpty())
        problem = pg;
    else if (QString my = adminProblem(Server::MariaDb); !my.isEmpty())
        problem = my;
    if (problem.isEmpty())
        return {};
    return u"The database tests need the local test servers (%1). Start them with "
           "`bash scripts/dbservers.sh start DIR && source DIR/env` (stop: `bash scripts/dbservers.sh stop DIR`); "
           "`bash scripts/test.sh` does this by itself."_s.arg(problem);
}

QString serverName(Server server)
{
    return postgres(server) ? u"PostgreSQL"_s : u"MariaDB"_s;
}

QString uri(Server server, const QString &extraQuery)
{
    const QString user = env("PORTRAIT_TEST_DB_USER");
    const QString database = env("PORTRAIT_TEST_DB_NAME");
    QString text = postgres(server)
        ? u"postgresql://%1@/%2?host=%3"_s.arg(user, database, env("PORTRAIT_TEST_PG_SOCKET_DIR"))
        : u"mysql://%1@localhost/%2?socket=%3"_s.arg(user, database, env("PORTRAIT_TEST_MYSQL_SOCKET"));
    if (!extraQuery.isEmpty())
        text += u'&' + extraQuery;
    return text;
}

QString password()
{
    return env("PORTRAIT_TEST_DB_PASSWORD");
}

void useEnvironmentPassword()
{
    qputenv("PORTRAIT_DB_PASSWORD", password().toUtf8());
    qputenv("PORTRAIT_DB_KEYCHAIN", "off");
}

QSqlDatabase admin(Server server)
{
    const QString name = connectionName(server);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(postgres(server) ? u"QPSQL"_s : u"QMYSQL"_s, name);
    db.setDatabaseName(env("PORTRAIT_TEST_DB_NAME"));
    if (postgres(server)) {
        db.setHostName(env("PORTRAIT_TEST_PG_SOCKET_DIR"));
        db.setUserName(env("PORTRAIT_TEST_PG_ADMIN"));
    } else {
        db.setHostName(u"localhost"_s);
        db.setUserName(env("PORTRAIT_TEST_MYSQL_ADMIN"));
        db.setConnectOptions(u"UNIX_SOCKET="_s + env("PORTRAIT_TEST_MYSQL_SOCKET"));
    }
    db.open();
    return db;
}

bool exec(Server server, const QString &sql)
{
    QSqlQuery query(admin(server));
    if (query.exec(sql))
        return true;
    qWarning("%s: %s\n  in: %s", qPrintable(serverName(server)), qPrintable(query.lastError().text()),
             qPrintable(sql.left(300)));
    return false;
}

bool createTable(Server server, const QString &table, const QString &columnsSql, const QList<QVariantList> &rows)
{
    if (!exec(server, u"DROP TABLE IF EXISTS "_s + table)
        || !exec(server, u"CREATE TABLE "_s + table + u" ("_s + columnsSql + u')'))
        return false;
    // Many rows per INSERT, each value formatted (escaped) by the driver: thousands of lines load
    // in a second.
    QSqlDriver *driver = admin(server).driver();
    QSqlField field(u"v"_s, QMetaType(QMetaType::QString));
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < rows.size(); start += Chunk) {
        QStringList values;
        for (qsizetype i = start; i < std::min(rows.size(), start + Chunk); ++i) {
            QStringList fields;
            for (const QVariant &value : rows.at(i)) {
                field.setValue(value.isNull() ? QVariant() : QVariant(value.toString()));
                fields.append(driver->formatValue(field));
            }
            values.append(u'(' + fields.join(u", "_s) + u')');
        }
        if (!exec(server, u"INSERT INTO "_s + table + u" VALUES "_s + values.join(u", "_s)))
            return false;
    }
    return grantRead(server, table);
}

bool grantRead(Server server, const QString &table)
{
    const QString user = env("PORTRAIT_TEST_DB_USER");
    const QString grantee = postgres(server) ? user : u"'"_s + user + u"'@'localhost'"_s;
    return exec(server, u"GRANT SELECT ON "_s + table + u" TO "_s + grantee);
}

qint64 logMark(Server server)
{
    QFile log(env(postgres(server) ? "PORTRAIT_TEST_PG_LOG" : "PORTRAIT_TEST_MYSQL_LOG"));
    return log.size();
}

QByteArray logSince(Server server, qint64 mark)
{
    QFile log(env(postgres(server) ? "PORTRAIT_TEST_PG_LOG" : "PORTRAIT_TEST_MYSQL_LOG"));
    if (!log.open(QIODevice::ReadOnly) || !log.seek(mark))
        return {};
    return log.readAll();
}

QString dumpTable(Server server, const QString &table, const QString &path)
{
    QProcess dump;
    if (postgres(server)) {
        dump.start(u"pg_dump"_s, { u"--host"_s, env("PORTRAIT_TEST_PG_SOCKET_DIR"), u"--username"_s,
                                   env("PORTRAIT_TEST_PG_ADMIN"), u"--no-owner"_s, u"--no-privileges"_s,
                                   u"--table"_s, table, u"--file"_s, path, env("PORTRAIT_TEST_DB_NAME") });
    } else {
        dump.start(u"mariadb-dump"_s, { u"--no-defaults"_s, u"--socket"_s, env("PORTRAIT_TEST_MYSQL_SOCKET"),
                                        u"--user"_s, env("PORTRAIT_TEST_MYSQL_ADMIN"), u"--result-file"_s, path,
                                        env("PORTRAIT_TEST_DB_NAME"), table });
    }
    if (!dump.waitForFinished(120000) || dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0)
        return u"%1 failed: %2"_s.arg(dump.program(), QString::fromUtf8(dump.readAllStandardError()));
    return {};
}

} // namespace DbTest
