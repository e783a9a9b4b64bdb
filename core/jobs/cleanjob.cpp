#include "cleanjob.h"

#include "clean/cleaner.h"
#include "clean/regiontable.h"
#include "dedupejob.h"
#include "orderquality.h"
#include "project/cleanstore.h"
#include "project/projectfile.h"
#include "project/savepoint.h"

#include <QCoreApplication>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct CleanJob
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::CleanJob)
};

// Small enough that a part's strings stay in the processor's caches between reading, cleaning
// and writing them.
constexpr size_t ChunkSize = 1 << 12;

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

// into as a copy of from that reuses into's buffers (no sharing, so no allocation when the part's
// buffers are read into again).
void copyText(QString &into, const QString &from)
{
    into.resize(0);
    into.append(from.constData(), from.size());
}

void copyValues(Clean::CustomerValues &into, const Clean::CustomerValues &from)
{
    copyText(into.name, from.name);
    copyText(into.gender, from.gender);
    into.birthDay = from.birthDay;
    into.age = from.age;
    copyText(into.phone, from.phone);
    copyText(into.email, from.email);
    copyText(into.province, from.province);
    copyText(into.city, from.city);
}

/// One part of the customers: read (as UTF-8), then decoded and cleaned on the workers' threads
/// (and the changed values encoded), then written.
struct Part
{
    Project::RawCustomers raw;
    std::vector<Project::CustomerRow> rows;
    std::vector<Clean::CustomerValues> cleaned;
    std::vector<char> changed;
    std::vector<std::array<QByteArray, 6>> encoded; ///< the changed rows' text columns, as the writer takes them
};

/// A share of the cleaning: its own Cleaner (the caches are not shared) and counts, merged at the
/// end.
struct Worker
{
    Clean::Cleaner cleaner;
    Clean::ColumnCollector columns;

    void clean(Part &part, size_t begin, size_t end)
    {
        for (size_t i = begin; i < end; ++i) {
            Project::CustomerRow &row = part.rows[i];
            part.raw.decode(i, row);
            Clean::CustomerValues &out = part.cleaned[i];
            copyValues(out, row.values);
            cleaner.clean(out, row.key);
            columns.add(row.values, out);
            part.changed[i] = !(out == row.values);
            if (part.changed[i]) {
                const QString *texts[6] = { &out.name, &out.gender, &out.phone, &out.email, &out.province, &out.city };
                for (size_t t = 0; t < 6; ++t) {
                    part.encoded[i][t].resize(0);
                    Project::appendUtf8(part.encoded[i][t], *texts[t]);
                }
            }
        }
    }
};

/// Cleans a part on threads of its own while the caller reads and writes the project (SQLite is
/// used on the caller's thread alone).
class PartCleaner
{
public:
    explicit PartCleaner(std::vector<Worker> &workers) : m_workers(workers) {}
    ~PartCleaner() { wait(); }

    void start(Part &part)
    {
        const size_t n = part.raw.size(), shares = m_workers.size();
        part.rows.resize(n);
        part.cleaned.resize(n);
        part.changed.resize(n);
        part.encoded.resize(n);
        for (size_t w = 0; w < shares; ++w) {
            m_threads.emplace_back([this, &part, w, n, shares] {
                m_workers[w].clean(part, n * w / shares, n * (w + 1) / shares);
            });
        }
    }
    void wait()
    {
        for (std::thread &thread : m_threads)
            thread.join();
        m_threads.clear();
    }

private:
    std::vector<Worker> &m_workers;
    std::vector<std::thread> m_threads;
};

// Writes a cleaned part's changed values (replacing those stored before), forgets the stored
// values of customers the pipeline leaves as imported (when there may be any: removing), and
// notes the signup days.
Status finishPart(const Part &part, Project::CleanWriter *writer, bool removing, std::vector<Model::Day> &signupByRow)
{
    for (size_t i = 0; i < part.rows.size(); ++i) {
        const Project::CustomerRow &row = part.rows[i];
        if (size_t(row.rowId) < signupByRow.size())
            signupByRow[size_t(row.rowId)] = row.signupDay;
        if (writer && removing && !part.changed[i]) {
            if (Status status = writer->remove(row.rowId); !status)
                return status;
        }
        if (writer && part.changed[i]) {
            const auto &texts = part.encoded[i];
            const Clean::CustomerValues &values = part.cleaned[i];
            if (Status status = writer->write(row.rowId, values.birthDay, values.age,
                                              { texts[0], texts[1], texts[2], texts[3], texts[4], texts[5] });
                !status)
                return status;
        }
    }
    return {};
}

// Cleans every customer, writing the changed values when writer is given. While the workers
// clean one part, this thread writes the part before and reads the part after.
Status cleanAll(Project::ProjectFile &project, std::vector<Worker> &workers, Project::CleanWriter *writer,
                std::vector<Model::Day> &signupByRow, qint64 &customers, ProgressSink &progress, const CancelToken &cancel)
{
    Project::CustomerRowReader reader(project, Project::CustomerRowReader::Values::Imported);
    progress.setTotal(reader.rowBound());
    signupByRow.assign(size_t(std::max<qint64>(reader.rowBound(), 0)) + 1, Model::NoDay);
    // Values stored by an earlier run are replaced where the pipeline changes something, and
    // removed where it does not (cheaper than removing them all first: a table with a foreign
    // key is emptied row by row).
    bool removing = false;
    if (writer) {
        auto any = writer->hasAny();
        if (!any)
            return any.error();
        removing = *any;
    }
    Part parts[2];
    Part *current = &parts[0], *next = &parts[1];
    PartCleaner cleaning(workers);
    bool more = reader.next(current->raw, ChunkSize);
    if (more)
        cleaning.start(*current);
    while (more) {
        more = reader.next(next->raw, ChunkSize);
        cleaning.wait();
        if (more)
            cleaning.start(*next);
        if (Status status = finishPart(*current, writer, removing, signupByRow); !status)
            return status;
        customers += qint64(current->rows.size());
        progress.setValue(current->rows.back().rowId);
        if (cancel.isCancelled())
            return cancelled(project);
        std::swap(current, next);
    }
    if (writer) {
        if (Status status = writer->flush(); !status)
            return status;
    }
    return reader.status();
}

// As many cleaning threads as leave one core to the reading and writing, and at least two (the
// reading and writing thread waits for them most of the time).
size_t workerCount()
{
    return std::clamp<size_t>(std::thread::hardware_concurrency(), 3, 5) - 1;
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
    }
    progress.setPhase(CleanJob::tr("Cleaning customers"));
    std::vector<Worker> workers;
    for (size_t w = 0; w < workerCount(); ++w)
        workers.push_back({ Clean::Cleaner(pipeline, *regions, options.today), {} });
    Clean::QualityReport report;
    std::vector<Model::Day> signupByRow;
    if (Status status = cleanAll(project, workers, writer ? &*writer : nullptr, signupByRow, report.customers, progress, cancel);
        !status)
        return status.error();
    report.steps = workers[0].cleaner.takeReports();
    for (size_t w = 1; w < workers.size(); ++w) {
        workers[0].columns.merge(std::move(workers[w].columns));
        const QList<Clean::StepReport> other = workers[w].cleaner.takeReports();
        for (qsizetype i = 0; i < report.steps.size(); ++i)
            report.steps[i].merge(other.at(i));
    }
    report.columns = workers[0].columns.finish();

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
    if (Status status = writer.flush(); !status)
        return status;
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
