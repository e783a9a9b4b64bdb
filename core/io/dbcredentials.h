#pragma once

#include "common/error.h"
#include "io/dbconnection.h"
#include "io/dburi.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Portrait::Io {

/// Asks the analyst for the password of uri (the CLI on its terminal, the workbench in a
/// dialog); nullopt when they declined or cannot be asked. reason says why the last one failed.
using PasswordPrompt = std::function<std::optional<QString>(const DbUri& uri, const QString& reason)>;

/// Where database passwords come from. They are never written to a project: in this order, the
/// URI itself, what was typed earlier in this session, the PORTRAIT_DB_PASSWORD environment
/// variable, the OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows Credential
/// Store) and last a prompt. A keychain that cannot be read is a note, not an error.
class DbCredentials {
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::DbCredentials)

public:
    /// The prompt used from now on, for every thread (empty: nobody can be asked).
    static void setPrompt(PasswordPrompt prompt);
    /// Keeps a password for uri for this run of the program only.
    static void remember(const DbUri& uri, const QString& password);
    static void forget(const DbUri& uri);
    /// Saves the password in the OS keychain; an Error says why it could not.
    static Status saveToKeychain(const DbUri& uri, const QString& password);
    /// Reads it from the OS keychain; nullopt with *problem set when the keychain failed, without
    /// when it simply holds none.
    static std::optional<QString> readKeychain(const DbUri& uri, QString* problem);
    /// Whether the keychain is tried at all (tests and CI turn it off with
    /// PORTRAIT_DB_KEYCHAIN=off, where no secret service runs).
    static bool keychainEnabled();
};

/// An open read-only session and what was noted on the way (e.g. an unreadable keychain).
struct DbSession {
    std::unique_ptr<DbConnection> connection;
    QStringList notes;
};

/// Parses uriText and connects, the password found as DbCredentials describes: when the server
/// refuses a password that was not typed just now, the prompt is asked (once) before giving up.
Result<DbSession> connectDatabase(const QString& uriText);

} // namespace Portrait::Io
