#include "cleanjob.h"

#include "clean/cleaner.h"
#include "clean/regiontable.h"
#include "dedupejob.h"
#include "orderquality.h"
#include "project/cleanstore.h"
#include "project/projectfile.h"
#include "project/savepoint.h"

#include <QCoreApplication>

#include <thread>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct CleanJob
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::CleanJob)
};

constexpr size_t ChunkSize = 1 << 15;

Error cancelled(const Project::ProjectFile &project)
{
    return Error { CleanJob::tr("Cleaning was cancelled."), project.fileName(), 0, 0, {} };
}

bool needsRegions(const Clean::Pipeline &pipeline)
{
    return std::any_of(pipeline.steps.begin(), pipeline.steps.end(),
                       [](const Clean::Step &step) { return step.kind == Clean::StepKind::Region; });
}

Result<const Clean::RegionTable *> regionsFor(const Clean::Pipeline &pipeline)
{
    if (!needsRegions(pipeline))
        return static_cast<const Clean::RegionTable *>(nullptr);
    const auto &table = Clean::RegionTable::bundled();
    if (!table)
        return table.error();
    return &*table;
}

/// One half of the cleaning: its own Cleaner (the caches are not shared) and counts, merged at
/// the end. Two of them clean the two halves of each part on two threads.
struct Worker
{
    Clean::Cleaner cleaner;
    Clean::ColumnCollector columns;

    void clean(const std::vector<Project::CustomerRow> &rows, std::vector<Clean::CustomerValues> &out, size_t begin,
               size_t end)
    {
        for (size_t i = begin; i < end; ++i) {
            out[i] = rows[i].values;
            cleaner.clean(out[i], rows[i].key);
            columns.add(rows[i].values, out[i]);
        }
    }
};

// Cleans every customer, writing the changed values when writer is given.
Status cleanAll(Project::ProjectFile &project, Worker (&workers)[2], Project::CleanWriter *writer,
                std::vector<Model::Day> &signupByRow, qint64 &customers, ProgressSink &progress, const CancelToken &cancel)
{
    Project::CustomerRowReader reader(project, Project::CustomerRowReader::Values::Imported);
    progress.setTotal(reader.rowBound());
    signupByRow.assign(size_t(std::max<qint64>(reader.rowBound(), 0)) + 1, Model::NoDay);
    std::vector<Project::CustomerRow> rows;
    std::vector<Clean::CustomerValues> cleaned;
    while (reader.next(rows, ChunkSize)) {
        cleaned.resize(rows.size());
        const size_t half = rows.size() / 2;
        std::thread first([&] { workers[0].clean(rows, cleaned, 0, half); });
        workers[1].clean(rows, cleaned, half, rows.size());
        first.join();
        for (size_t i = 0; i < rows.size(); ++i) {
            if (size_t(rows[i].rowId) < signupByRow.size())
                signupByRow[size_t(rows[i].rowId)] = rows[i].signupDay;
            if (writer && !(cleaned[i] == rows[i].values)) {
                if (Status status = writer->write(rows[i].rowId, cleaned[i]); !status)
                    return status;
            }
        }
        customers += qint64(rows.size());
        progress.setValue(rows.back().rowId);
        if (cancel.isCancelled())
            return cancelled(project);
    }
    return reader.status();
}

} // namespace

Result<Clean::QualityReport> runCleaning(Project::ProjectFile &project, const Clean::Pipeline &pipeline,
                                         const CleanOptions &options, ProgressSink &progress, const CancelToken &cancel)
{
    auto regions = regionsFor(pipeline);
    if (!regions)
        return regions.error();
    std::optional<Project::Savepoint> savepoint;
    std::optional<Project::CleanWriter> writer;
    if (options.apply) {
        savepoint.emplace(project.handle(), project.fileName());
        if (!savepoint->ok())
            return savepoint->error();
        writer.emplace(project);
        if (Status status = writer->clearAll(); !status)
            return status.error();
    }
    progress.setPhase(CleanJob::tr("Cleaning customers"));
    Worker workers[2] { { Clean::Cleaner(pipeline, *regions, options.today), {} },
                        { Clean::Cleaner(pipeline, *regions, options.today), {} } };
    Clean::QualityReport report;
    std::vector<Model::Day> signupByRow;
    if (Status status = cleanAll(project, workers, writer ? &*writer : nullptr, signupByRow, report.customers, progress, cancel);
        !status)
        return status.error();
    workers[0].columns.merge(std::move(workers[1].columns));
    report.columns = workers[0].columns.finish();
    report.steps = workers[0].cleaner.takeReports();
    const QList<Clean::StepReport> second = workers[1].cleaner.takeReports();
    for (qsizetype i = 0; i < report.steps.size(); ++i)
        report.steps[i].merge(second.at(i));

    progress.setPhase(CleanJob::tr("Checking orders"));
    auto orders = findOrderOutliers(project, signupByRow, options.today, cancel);
    if (!orders)
        return orders.error();
    report.orders = orders.takeValue();
    if (options.apply) {
        if (Status status = Project::savePipeline(project, pipeline); !status)
            return status.error();
        if (Status status = savepoint->release(); !status)
            return status.error();
        report.applied = true;
    }
    return report;
}

Status forgetCleaning(Project::ProjectFile &project)
{
    Project::Savepoint savepoint(project.handle(), project.fileName());
    if (!savepoint.ok())
        return savepoint.error();
    if (Status status = Project::CleanWriter(project).clearAll(); !status)
        return status;
    if (Status status = Project::savePipeline(project, std::nullopt); !status)
        return status;
    return savepoint.release();
}

Result<Clean::QualityReport> qualityReport(Project::ProjectFile &project, ProgressSink &progress,
                                           const CancelToken &cancel)
{
    auto stored = Project::loadPipeline(project);
    if (!stored)
        return stored.error();
    return runCleaning(project, stored->value_or(Clean::Pipeline()), CleanOptions(), progress, cancel);
}

Status recleanCustomers(Project::ProjectFile &project, const std::vector<qint64> &rowIds, Model::Day today)
{
    auto stored = Project::loadPipeline(project);
    if (!stored)
        return stored.error();
    if (!*stored || rowIds.empty())
        return {};
    auto regions = regionsFor(**stored);
    if (!regions)
        return regions.error();
    Clean::Cleaner cleaner(**stored, *regions, today);
    Project::CustomerRowReader reader(project, Project::CustomerRowReader::Values::Imported, rowIds);
    Project::CleanWriter writer(project);
    std::vector<Project::CustomerRow> rows;
    while (reader.next(rows, ChunkSize)) {
        for (const Project::CustomerRow &row : rows) {
            Clean::CustomerValues values = row.values;
            cleaner.clean(values, row.key);
            Status status = values == row.values ? writer.clear(row.rowId) : writer.write(row.rowId, values);
            if (!status)
                return status;
        }
    }
    return reader.status();
}

Status replayCleaning(Project::ProjectFile &project, ProgressSink &progress, const CancelToken &cancel)
{
    auto stored = Project::loadPipeline(project);
    if (!stored)
        return stored.error();
    auto replayed = replayDecisions(project);
    if (!replayed)
        return replayed.error();
    if (!*stored)
        return {};
    auto report = runCleaning(project, **stored, CleanOptions { true }, progress, cancel);
    return report ? Status() : Status(report.error());
}

} // namespace Portrait::Jobs
