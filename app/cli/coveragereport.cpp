#include "coveragereport.h"

#include "cliutil.h"

#include "project/sourcecoverage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct CoverageReport {
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::CoverageReport)
};

constexpr int ExampleLimit = 5;

// " (A, B, C, …)": the first ids, and an ellipsis when there are more.
QString examplesOf(const Project::SourceCoverage::Group &group)
{
    if (group.examples.isEmpty())
        return {};
    QString text = u" ("_s + group.examples.join(u", "_s);
    if (group.count > group.examples.size())
        text += u", …"_s;
    return text + u')';
}

} // namespace

void printSourceCoverage(FILE *stream, Project::ProjectFile &project)
{
    using Project::CoverageKind;
    auto coverage = Project::sourceCoverage(project, ExampleLimit);
    if (!coverage) {
        printLine(
            stderr, CoverageReport::tr("warning: source coverage not available: %1").arg(coverage.error().message));
        return;
    }
    const Project::SourceCoverage &c = *coverage;
    if (c.kindsPresent() < 2)
        return;
    printLine(stream,
        CoverageReport::tr("source coverage: %1 customers; %2 in orders, %3 in customers sources, %4 in "
                           "surveys")
            .arg(c.customers)
            .arg(c.inKind[int(CoverageKind::Orders)])
            .arg(c.inKind[int(CoverageKind::Customers)])
            .arg(c.inKind[int(CoverageKind::Survey)]));
    printLine(stream,
        CoverageReport::tr("  in every kind of source: %1%2").arg(c.inAllKinds.count).arg(examplesOf(c.inAllKinds)));
    const QString onlyIn[] = { CoverageReport::tr("  only in orders: %1%2"),
        CoverageReport::tr("  only in customers sources: %1%2"), CoverageReport::tr("  only in surveys: %1%2") };
    for (int kind = 0; kind < Project::CoverageKindCount; ++kind) {
        if (!c.hasKind(CoverageKind(kind)))
            continue;
        const Project::SourceCoverage::Group &group = c.onlyInKind[kind];
        printLine(stream, onlyIn[kind].arg(group.count).arg(examplesOf(group)));
    }
    if (c.inNoKind > 0)
        printLine(stream, CoverageReport::tr("  with no order, customer record or survey answer: %1").arg(c.inNoKind));
}

} // namespace Portrait::Cli
