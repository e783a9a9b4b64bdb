#include "cleanreport.h"

#include "cliutil.h"

#include "project/cleanstore.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct CleanReportText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::CleanReport)
};

QString topList(const QList<QPair<QString, qint64>> &values)
{
    QStringList parts;
    for (const auto &[value, count] : values)
        parts.append(u"%1 %2"_s.arg(value).arg(count));
    return parts.join(u", "_s);
}

QString changedFields(const Clean::StepReport &step)
{
    QStringList parts;
    for (Clean::Field field : Clean::AllFields) {
        if (const qint64 count = step.changed[size_t(field)]; count > 0)
            parts.append(u"%1 %2"_s.arg(Clean::fieldKey(field)).arg(count));
    }
    return parts.isEmpty() ? CleanReportText::tr("nothing") : parts.join(u", "_s);
}

} // namespace

void printQualityReport(FILE *stream, const Clean::QualityReport &report)
{
    printLine(stream, CleanReportText::tr("customers: %1").arg(report.customers));
    for (const Clean::StepReport &step : report.steps) {
        printLine(stream, CleanReportText::tr("step %1: changed %2; flagged %3")
                                  .arg(Clean::stepKey(step.step.kind), changedFields(step))
                                  .arg(step.flaggedTotal()));
        for (int f = 1; f < Clean::FlagCount; ++f) {
            if (const qint64 count = step.flagged[size_t(f)]; count > 0)
                printLine(stream, u"  %1: %2"_s.arg(Clean::flagText(Clean::Flag(f))).arg(count));
        }
        if (!step.unknownProvinces.isEmpty() || !step.unknownCities.isEmpty()) {
            QStringList unknown;
            for (const auto *values : { &step.unknownProvinces, &step.unknownCities }) {
                for (auto it = values->cbegin(); it != values->cend() && unknown.size() < 10; ++it)
                    unknown.append(u"%1 (%2)"_s.arg(it.key()).arg(it.value()));
            }
            printLine(stream, CleanReportText::tr("  not in the region table: %1").arg(unknown.join(u", "_s)));
        }
    }
    const QLocale c = QLocale::c();
    for (const Clean::ColumnQuality &column : report.columns) {
        const double total = double(std::max<qint64>(report.customers, 1));
        printLine(stream, CleanReportText::tr("column %1: missing %2% → %3%, distinct %4 → %5")
                                  .arg(Clean::fieldKey(column.field), c.toString(100.0 * double(column.missingBefore) / total, 'f', 1),
                                       c.toString(100.0 * double(column.missingAfter) / total, 'f', 1))
                                  .arg(column.distinctBefore)
                                  .arg(column.distinctAfter));
    }
    const Clean::OrderQuality &orders = report.orders;
    printLine(stream, CleanReportText::tr("orders: %1; above %2 (Q3 + 3 × IQR): %3; zero amounts: %4; dated after "
                                          "today: %5; before the customer's signup: %6")
                              .arg(orders.orders)
                              .arg(c.toString(orders.upperFence, 'f', 2))
                              .arg(orders.high.count)
                              .arg(orders.zero.count)
                              .arg(orders.future.count)
                              .arg(orders.beforeSignup.count));
}

void printCleaningSummary(FILE *stream, Project::ProjectFile &project)
{
    auto summary = Project::summarizeCleaning(project);
    if (!summary) {
        printLine(stderr, CleanReportText::tr("warning: %1").arg(summary.error().toString()));
        return;
    }
    const Project::CleaningSummary &s = *summary;
    QStringList steps;
    if (s.pipeline) {
        for (const Clean::Step &step : s.pipeline->steps)
            steps.append(Clean::stepKey(step.kind));
    }
    printLine(stream, s.pipeline ? CleanReportText::tr("cleaning: %1 (%2 customers with cleaned values)")
                                           .arg(steps.isEmpty() ? CleanReportText::tr("no steps") : steps.join(u", "_s))
                                           .arg(s.cleanedCustomers)
                                 : CleanReportText::tr("cleaning: none (values as imported)"));
    if (s.merges > 0 || s.accepted > 0 || s.rejected > 0) {
        printLine(stream, CleanReportText::tr("duplicates: %1 merges, %2 aliases; decisions: %3 accepted, %4 rejected")
                                  .arg(s.merges)
                                  .arg(s.aliases)
                                  .arg(s.accepted)
                                  .arg(s.rejected));
    }
    if (!s.provinces.isEmpty())
        printLine(stream, CleanReportText::tr("provinces: %1").arg(topList(s.provinces)));
    if (!s.cities.isEmpty())
        printLine(stream, CleanReportText::tr("cities: %1").arg(topList(s.cities)));
}

} // namespace Portrait::Cli
