#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// Runs the portrait executable headless and keeps what it printed.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool timedOut = false;   ///< killed after the timeout: it never returned on its own
};

CliRun runPortrait(const QStringList &arguments, int timeoutMs = 600000);

/// Parses a CSV file written by portrait (simple quoting only) into rows of fields.
QList<QStringList> readCsv(const QString &path);

/// Writes text to a file as UTF-8 (or the bytes given).
void writeFile(const QString &path, const QByteArray &bytes);
