#pragma once

#include <QString>

namespace Portrait::Cli {

/// Lets database connections ask for a missing or refused password on the terminal (echo off),
/// when stdin is one; scripts give it in PORTRAIT_DB_PASSWORD instead.
void installTerminalPasswordPrompt();

/// Whether a command line FILE argument names a database server (postgresql://, mysql://).
bool namesDatabase(const QString& fileArgument);

} // namespace Portrait::Cli
