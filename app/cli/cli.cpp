#include "cli.h"

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

bool isSubcommand(const QStringList &arguments)
{
    return arguments.size() > 1 && !arguments.at(1).startsWith(u'-') && !arguments.at(1).contains(u'.');
}

int run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return 2;
}

} // namespace Portrait::Cli
