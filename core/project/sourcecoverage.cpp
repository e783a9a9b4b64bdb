#include "sourcecoverage.h"

#include "projectfile.h"
#include "sqlite.h"

#include <algorithm>

namespace Portrait::Project {

namespace {

constexpr int bit(CoverageKind kind)
{
    return 1 << int(kind);
}

void addTo(SourceCoverage::Group &group, const Statement &row, int exampleLimit)
{
    ++group.count;
    if (group.examples.size() < exampleLimit)
        group.examples.append(row.text(0));
}

} // namespace

int SourceCoverage::kindsPresent() const
{
    return int(std::count_if(inKind.begin(), inKind.end(), [](qint64 n) { return n > 0; }));
}

Result<SourceCoverage> sourceCoverage(ProjectFile &project, int exampleLimit)
{
    // "In all kinds" means all the kinds this project has, so those are found first.
    Statement present(project.handle(),
        "SELECT EXISTS (SELECT 1 FROM orders), "
        "EXISTS (SELECT 1 FROM customers c JOIN sources s ON s.id = c.source_id "
        "WHERE s.kind = 'customers'), "
        "EXISTS (SELECT 1 FROM survey_answers)",
        project.fileName());
    if (!present.ok() || !present.step())
        return present.error();
    const int presentMask = (present.int64(0) ? bit(CoverageKind::Orders) : 0)
        | (present.int64(1) ? bit(CoverageKind::Customers) : 0) | (present.int64(2) ? bit(CoverageKind::Survey) : 0);

    // Both EXISTS probes use the (customer_id, …) indexes, so this stays one scan of customers.
    Statement rows(project.handle(),
        "SELECT c.customer_key, "
        "EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id), "
        "EXISTS (SELECT 1 FROM sources s WHERE s.id = c.source_id AND s.kind = 'customers'), "
        "EXISTS (SELECT 1 FROM survey_answers a WHERE a.customer_id = c.id) "
        "FROM customers c ORDER BY c.id",
        project.fileName());
    if (!rows.ok())
        return rows.error();
    SourceCoverage coverage;
    while (rows.step()) {
        const int mask = (rows.int64(1) ? bit(CoverageKind::Orders) : 0)
            | (rows.int64(2) ? bit(CoverageKind::Customers) : 0) | (rows.int64(3) ? bit(CoverageKind::Survey) : 0);
        ++coverage.customers;
        if (mask == 0)
            ++coverage.inNoKind;
        else if (mask == presentMask)
            addTo(coverage.inAllKinds, rows, exampleLimit);
        for (int kind = 0; kind < CoverageKindCount; ++kind) {
            if (mask & (1 << kind))
                ++coverage.inKind[kind];
            if (mask == (1 << kind))
                addTo(coverage.onlyInKind[kind], rows, exampleLimit);
        }
    }
    if (rows.failed())
        return rows.error();
    return coverage;
}

} // namespace Portrait::Project
