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
int clusterCommand(const QStringList &arguments);
int snapshotCommand(const QStringList &arguments);
int migrateCommand(const QStringList &arguments);
int trendCommand(const QStringList &arguments);
int campaignCommand(const QStringList &arguments);
int cleanCommand(const QStringList &arguments);
int dedupeCommand(const QStringList &arguments);
int clvCommand(const QStringList &arguments);

} // namespace Portrait::Cli
