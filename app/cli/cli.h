#pragma once

#include <QStringList>

namespace Portrait::Cli {

/// What the command line asks for. The window opens only with no argument or an existing file;
/// anything else is a subcommand or refused, so a mistyped command never leaves a script waiting on
/// a window.
enum class Launch {
    Window,        ///< no argument, or an existing file to open in the window
    Command,       ///< a subcommand, help or --version: run headless
    Refused,       ///< neither: run() prints the commands and returns the usage exit code
};

Launch launchFor(const QStringList &arguments);

/// Runs a subcommand; returns the process exit code. Results go to files, progress and the
/// one-line reason of a failure to stderr.
int run(const QStringList &arguments);

} // namespace Portrait::Cli
