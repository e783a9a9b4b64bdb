#include "dbcredentials.h"

#include "dbconnection.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

const QString KeychainService = u"Portrait (customer profiling workbench)"_s;

struct Store {
    QMutex mutex;
    PasswordPrompt prompt;
    QHash<QString, QString> remembered;
};

Store& store()
{
    static Store instance;
    return instance;
}

// QtKeychain's jobs report through signals: a local event loop waits for one, in any thread.
// The timeout stops a keychain daemon that never answers from holding an import.
template <typename Job> bool runJob(Job& job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

enum class Origin { Uri, Remembered, Environment, Keychain, Prompt, None };

struct Found {
    QString password;
    Origin origin = Origin::None;
};

Found findPassword(const DbUri& uri, QStringList& notes)
{
    if (!uri.password.isEmpty())
        return { uri.password, Origin::Uri };
    {
        QMutexLocker lock(&store().mutex);
        const auto it = store().remembered.constFind(uri.credentialKey());
        if (it != store().remembered.constEnd())
            return { it.value(), Origin::Remembered };
    }
    if (qEnvironmentVariableIsSet("PORTRAIT_DB_PASSWORD"))
        return { qEnvironmentVariable("PORTRAIT_DB_PASSWORD"), Origin::Environment };
    if (DbCredentials::keychainEnabled()) {
        QString problem;
        if (auto saved = DbCredentials::readKeychain(uri, &problem))
            return { *saved, Origin::Keychain };
        if (!problem.isEmpty())
            notes.append(DbCredentials::tr("The OS keychain could not be read (%1); it was passed over.")
                             .arg(problem));
    }
    return { QString(), Origin::None };
}

std::optional<QString> ask(const DbUri& uri, const QString& reason)
{
    PasswordPrompt prompt;
    {
        QMutexLocker lock(&store().mutex);
        prompt = store().prompt;
    }
    if (!prompt)
        return std::nullopt;
    return prompt(uri, reason);
}

} // namespace

void DbCredentials::setPrompt(PasswordPrompt prompt)
{
    QMutexLocker lock(&store().mutex);
    store().prompt = std::move(prompt);
}

void DbCredentials::remember(const DbUri& uri, const QString& password)
{
    QMutexLocker lock(&store().mutex);
    store().remembered.insert(uri.credentialKey(), password);
}

void DbCredentials::forget(const DbUri& uri)
{
    QMutexLocker lock(&store().mutex);
    store().remembered.remove(uri.credentialKey());
}

bool DbCredentials::keychainEnabled()
{
    return qEnvironmentVariable("PORTRAIT_DB_KEYCHAIN").compare(u"off"_s, Qt::CaseInsensitive) != 0;
}

Status DbCredentials::saveToKeychain(const DbUri& uri, const QString& password)
{
    QKeychain::WritePasswordJob job(KeychainService);
    job.setKey(uri.credentialKey());
    job.setTextData(password);
    if (!runJob(job))
        return Error { tr("The OS keychain did not answer; the password was not saved."), uri.withoutPassword(), 0, 0,
            {} };
    if (job.error() != QKeychain::NoError)
        return Error { tr("The OS keychain refused to save the password: %1").arg(job.errorString()),
            uri.withoutPassword(), 0, 0, {} };
    return {};
}

std::optional<QString> DbCredentials::readKeychain(const DbUri& uri, QString* problem)
{
    QKeychain::ReadPasswordJob job(KeychainService);
    job.setKey(uri.credentialKey());
    if (!runJob(job)) {
        *problem = tr("it did not answer");
        return std::nullopt;
    }
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (job.error() != QKeychain::EntryNotFound)
        *problem = job.errorString();
    return std::nullopt;
}

Result<DbSession> connectDatabase(const QString& uriText)
{
    auto uri = DbUri::parse(uriText);
    if (!uri)
        return uri.error();
    DbSession session;
    Found found = findPassword(*uri, session.notes);
    if (found.origin == Origin::None) {
        if (auto typed = ask(*uri, {})) {
            found = { *typed, Origin::Prompt };
        }
    }
    DbFault fault = DbFault::Other;
    auto opened = DbConnection::open(*uri, found.password, &fault);
    if (!opened && fault == DbFault::Refused && found.origin != Origin::Prompt && found.origin != Origin::Uri) {
        // A remembered or saved password that no longer works: ask once before failing.
        if (auto typed = ask(*uri, opened.error().message)) {
            found = { *typed, Origin::Prompt };
            opened = DbConnection::open(*uri, found.password);
        }
    }
    if (!opened) {
        Error error = opened.error();
        if (fault == DbFault::Refused && found.origin == Origin::None) {
            error.message += u' '
                + DbCredentials::tr("No password was given: set PORTRAIT_DB_PASSWORD, save it in the keychain "
                                    "from the workbench's database form, or run the command in a terminal to be "
                                    "asked.");
        }
        // The keychain's trouble may be why no password was found: say so with the failure.
        for (const QString& note : std::as_const(session.notes))
            error.message += u' ' + note;
        return error;
    }
    if (found.origin == Origin::Prompt)
        DbCredentials::remember(*uri, found.password);
    session.connection = opened.takeValue();
    return session;
}

} // namespace Portrait::Io
