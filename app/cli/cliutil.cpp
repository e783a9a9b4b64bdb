#include "cliutil.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

void StderrProgress::setPhase(const QString &phase)
{
    printLine(stderr, phase + u"…"_s);
    m_total = 0;
    m_lastPercent = -1;
    m_clock.start();
}

void StderrProgress::setTotal(qint64 total)
{
    m_total = total;
}

void StderrProgress::setValue(qint64 value)
{
    if (m_total <= 0 || (m_clock.isValid() && m_clock.elapsed() < 500 && value < m_total))
        return;
    const int percent = int(value * 100 / m_total);
    if (percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    m_clock.restart();
    std::fprintf(stderr, "  %d%%\n", percent);
}

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fprintf(stream, "%s\n", bytes.constData());
    std::fflush(stream);
}

int fail(const Error &error)
{
    printLine(stderr, u"portrait: error: "_s + error.toString());
    return Failed;
}

int usageError(const QString &message, const QString &help)
{
    printLine(stderr, u"portrait: "_s + message);
    printLine(stderr, help);
    return Usage;
}

void printIssues(const IssueList &issues)
{
    if (!issues.isEmpty())
        std::fputs(issues.toText().toLocal8Bit().constData(), stderr);
}

int parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    // The first argument is the program, the second the subcommand: QCommandLineParser sees
    // the subcommand as a positional argument, which each command drops.
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), parser.helpText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(parser.helpText().toLocal8Bit().constData(), stdout);
        return Ok;
    }
    return -1;
}

Model::Day parseIsoDay(const QString &text, bool *ok)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    *ok = date.isValid();
    return date.isValid() ? Model::Day(date.toJulianDay()) : Model::NoDay;
}

QString isoDay(Model::Day day)
{
    return day == Model::NoDay ? u"-"_s : QDate::fromJulianDay(day).toString(Qt::ISODate);
}

} // namespace Portrait::Cli
