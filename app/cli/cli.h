#pragma once

#include <QStringList>

namespace Portrait::Cli {

/// True when the arguments name a subcommand, so the program runs headless.
bool isSubcommand(const QStringList &arguments);

/// Runs a subcommand; returns the process exit code. Results go to files, progress and the
/// one-line reason of a failure to stderr.
int run(const QStringList &arguments);

} // namespace Portrait::Cli
