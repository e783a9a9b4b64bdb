#include "dbprompt.h"

#include "cliutil.h"

#include "io/dbcredentials.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace Portrait::Cli {

namespace {

struct PasswordPromptText {
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::PasswordPrompt)
};

std::optional<QString> readPassword(const Io::DbUri& uri, const QString& reason)
{
    if (!reason.isEmpty())
        printLine(stderr, reason);
    std::fputs(qPrintable(PasswordPromptText::tr("Password for %1: ").arg(uri.withoutPassword())), stderr);
    std::fflush(stderr);
#if defined(Q_OS_UNIX)
    termios saved {};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
#if defined(Q_OS_UNIX)
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
#endif
    std::fputc('\n', stderr);
    if (c == EOF && line.empty())
        return std::nullopt;
    return QString::fromStdString(line);
}

} // namespace

void installTerminalPasswordPrompt()
{
#if defined(Q_OS_UNIX)
    if (isatty(STDIN_FILENO))
        Io::DbCredentials::setPrompt(readPassword);
#else
    Io::DbCredentials::setPrompt(readPassword);
#endif
}

bool namesDatabase(const QString& fileArgument)
{
    return Io::isDatabaseUri(fileArgument);
}

} // namespace Portrait::Cli
