#include "issuelist.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait {

void IssueList::add(Issue::Severity severity, const QString &text, const QString &locator)
{
    auto same = std::find_if(m_items.begin(), m_items.end(),
                             [&](const Issue &issue) { return issue.severity == severity && issue.text == text; });
    if (same != m_items.end()) {
        ++same->count;
        return;
    }
    m_items.append(Issue { severity, text, locator, 1 });
}

void IssueList::append(const IssueList &other)
{
    for (const Issue &issue : other.m_items) {
        auto same = std::find_if(m_items.begin(), m_items.end(), [&](const Issue &mine) {
            return mine.severity == issue.severity && mine.text == issue.text;
        });
        if (same != m_items.end())
            same->count += issue.count;
        else
            m_items.append(issue);
    }
}

bool IssueList::hasWarnings() const
{
    return std::any_of(m_items.begin(), m_items.end(),
                       [](const Issue &issue) { return issue.severity != Issue::Severity::Info; });
}

QString IssueList::toText() const
{
    QString out;
    for (const Issue &issue : m_items) {
        switch (issue.severity) {
        case Issue::Severity::Info:
            out += u"note: "_s;
            break;
        case Issue::Severity::Warning:
            out += u"warning: "_s;
            break;
        case Issue::Severity::Error:
            out += u"error: "_s;
            break;
        }
        out += issue.text;
        if (issue.count > 1)
            out += u" (" + QString::number(issue.count) + u" times)";
        if (!issue.locator.isEmpty())
            out += u" [" + issue.locator + u']';
        out += u'\n';
    }
    return out;
}

} // namespace Portrait
