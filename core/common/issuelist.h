#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Portrait {

/// A non-fatal finding: shown in the GUI's issue list and printed by the CLI. Repeats of the same
/// text are folded into one entry with a count; the locator points at the first occurrence.
struct Issue
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString text;
    QString locator;
    qint64 count = 1;
};

class IssueList
{
public:
    void add(Issue::Severity severity, const QString &text, const QString &locator = {});
    void warn(const QString &text, const QString &locator = {}) { add(Issue::Severity::Warning, text, locator); }
    void info(const QString &text, const QString &locator = {}) { add(Issue::Severity::Info, text, locator); }
    void append(const IssueList &other);

    const QList<Issue> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    bool hasWarnings() const;

    /// "warning: text (N times) [locator]" per line, for terminals and logs.
    QString toText() const;

private:
    QList<Issue> m_items;
};

} // namespace Portrait
