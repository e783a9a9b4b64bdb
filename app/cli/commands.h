#pragma once

#include <QStringList>

namespace Portrait::Cli {

// Each takes the whole argument list (program, subcommand, options) and returns the exit code.
int importCommand(const QStringList &arguments);
int rfmCommand(const QStringList &arguments);
int infoCommand(const QStringList &arguments);
int sampleCommand(const QStringList &arguments);
int inspectCommand(const QStringList &arguments);
int tagCommand(const QStringList &arguments);
int exportCommand(const QStringList &arguments);
int reportCommand(const QStringList &arguments);
int clvCommand(const QStringList &arguments);

} // namespace Portrait::Cli
