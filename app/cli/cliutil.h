#pragma once

#include "common/error.h"
#include "common/issuelist.h"
#include "common/progress.h"
#include "model/customerframe.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace Portrait::Cli {

/// Progress on stderr: a line per phase, then a percentage at most twice a second.
class StderrProgress : public ProgressSink
{
public:
    void setPhase(const QString &phase) override;
    void setTotal(qint64 total) override;
    void setValue(qint64 value) override;

private:
    QElapsedTimer m_clock;
    qint64 m_total = 0;
    int m_lastPercent = -1;
};

/// Exit codes: 0 done, 1 the work failed (bad input, database error), 2 bad command line.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

void printLine(FILE *stream, const QString &text);
int fail(const Error &error);
int usageError(const QString &message, const QString &help);
void printIssues(const IssueList &issues);

/// Parses the subcommand's options. Returns -1 to go on, or the exit code when parsing ended the
/// command (an error, or --help).
int parseArguments(QCommandLineParser &parser, const QStringList &arguments);
/// "2006-12-31" → Julian day; NoDay with *ok = false when not a valid ISO date.
Model::Day parseIsoDay(const QString &text, bool *ok);
QString isoDay(Model::Day day);

} // namespace Portrait::Cli
