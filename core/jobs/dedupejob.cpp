#include "dedupejob.h"

#include "clean/regiontable.h"
#include "cleanjob.h"
#include "project/cleanstore.h"
#include "project/mergestore.h"
#include "project/projectfile.h"
#include "project/savepoint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <thread>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct DedupeJob
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::DedupeJob)
};

Error cancelled(const Project::ProjectFile &project)
{
    return Error { DedupeJob::tr("Finding duplicates was cancelled."), project.fileName(), 0, 0, {} };
}

QByteArray evidenceJson(const Clean::CandidateGroup &group)
{
    QJsonArray links;
    for (const Clean::Link &link : group.links) {
        links.append(QJsonObject { { u"a"_s, group.members.at(link.a).customer },
                                   { u"b"_s, group.members.at(link.b).customer },
                                   { u"key"_s, Clean::matchKeyName(link.key) },
                                   { u"value"_s, link.value } });
    }
    return QJsonDocument(links).toJson(QJsonDocument::Compact);
}

// The group's members as they are now: their row ids, provided every one is still the customer
// the review saw (same id, same key).
Result<QList<qint64>> currentMembers(Project::ProjectFile &project, const Clean::CandidateGroup &group)
{
    QList<qint64> ids;
    for (const Clean::CandidateMember &member : group.members) {
        auto id = Project::resolveCustomer(project, member.customer, false);
        if (!id)
            return id.error();
        if (*id != member.rowId)
            return QList<qint64>();
        ids.append(*id);
    }
    return ids;
}

} // namespace

Result<Clean::DuplicateReport> findDuplicates(Project::ProjectFile &project, const QList<Clean::MatchKey> &keys,
                                              ProgressSink &progress, const CancelToken &cancel)
{
    const auto &regions = Clean::RegionTable::bundled();
    if (!regions)
        return regions.error();
    auto decisions = Project::loadDecisions(project);
    if (!decisions)
        return decisions.error();
    QList<QSet<QString>> rejected;
    for (const Project::DedupeDecision &decision : *decisions) {
        if (!decision.accepted)
            rejected.append(QSet<QString>(decision.customers.begin(), decision.customers.end()));
    }
    progress.setPhase(DedupeJob::tr("Reading customers"));
    Project::CustomerRowReader reader(project, Project::CustomerRowReader::Values::Current);
    progress.setTotal(reader.rowBound());
    Clean::DuplicateFinder finder(keys, &*regions);
    finder.reserve(qsizetype(reader.rowBound()));
    // This thread reads a part while another decodes the part before and works out its keys.
    struct Part
    {
        Project::RawCustomers raw;
        std::vector<Project::CustomerRow> rows;
        std::vector<QStringList> keys;
    };
    Part parts[2];
    Part *current = &parts[0], *next = &parts[1];
    std::thread worker;
    const auto startKeys = [&](Part &part) {
        part.rows.resize(part.raw.size());
        part.keys.resize(part.raw.size());
        worker = std::thread([&finder, &part] {
            for (size_t i = 0; i < part.raw.size(); ++i) {
                part.raw.decode(i, part.rows[i]);
                part.keys[i] = finder.keysOf(part.rows[i].key, part.rows[i].values);
            }
        });
    };
    const auto joinWorker = [&] {
        if (worker.joinable())
            worker.join();
    };
    constexpr size_t PartSize = 1 << 12;
    bool more = reader.next(current->raw, PartSize);
    if (more)
        startKeys(*current);
    while (more) {
        more = reader.next(next->raw, PartSize);
        joinWorker();
        for (size_t i = 0; i < current->rows.size(); ++i)
            finder.addKeys(current->rows[i].rowId, current->rows[i].key, current->keys[i]);
        progress.setValue(current->rows.back().rowId);
        if (more)
            startKeys(*next);
        if (cancel.isCancelled()) {
            joinWorker();
            return cancelled(project);
        }
        std::swap(current, next);
    }
    joinWorker();
    if (!reader.status())
        return reader.status().error();
    progress.setPhase(DedupeJob::tr("Grouping duplicates"));
    return finder.find(rejected);
}

Result<MergeBatch> resolveGroups(Project::ProjectFile &project, const QList<Clean::CandidateGroup> &accepted,
                                 const QList<Clean::CandidateGroup> &rejected, const CancelToken &cancel)
{
    Project::Savepoint savepoint(project.handle(), project.fileName());
    if (!savepoint.ok())
        return savepoint.error();
    MergeBatch batch;
    std::vector<qint64> survivors;
    for (const Clean::CandidateGroup &group : accepted) {
        auto ids = currentMembers(project, group);
        if (!ids)
            return ids.error();
        if (ids->size() < 2)
            continue;
        auto decision = Project::addDecision(project, { 0, true, group.customers(), evidenceJson(group), {} });
        if (!decision)
            return decision.error();
        batch.decisions.append(*decision);
        auto merge = Project::mergeCustomers(project, ids->first(), ids->mid(1), *decision);
        if (!merge)
            return merge.error();
        batch.merges.append(*merge);
        batch.customersMerged += ids->size() - 1;
        survivors.push_back(ids->first());
        if (cancel.isCancelled())
            return cancelled(project);
    }
    for (const Clean::CandidateGroup &group : rejected) {
        auto decision = Project::addDecision(project, { 0, false, group.customers(), evidenceJson(group), {} });
        if (!decision)
            return decision.error();
        batch.decisions.append(*decision);
    }
    if (Status status = recleanCustomers(project, survivors); !status)
        return status.error();
    if (Status status = savepoint.release(); !status)
        return status.error();
    return batch;
}

Status undoBatch(Project::ProjectFile &project, const MergeBatch &batch)
{
    Project::Savepoint savepoint(project.handle(), project.fileName());
    if (!savepoint.ok())
        return savepoint.error();
    for (auto it = batch.merges.crbegin(); it != batch.merges.crend(); ++it) {
        if (Status status = Project::undoMerge(project, *it); !status)
            return status;
    }
    for (qint64 decision : batch.decisions) {
        if (Status status = Project::removeDecision(project, decision); !status)
            return status;
    }
    return savepoint.release();
}

Result<qint64> replayDecisions(Project::ProjectFile &project)
{
    auto decisions = Project::loadDecisions(project);
    if (!decisions)
        return decisions.error();
    qint64 merged = 0;
    for (const Project::DedupeDecision &decision : *decisions) {
        if (!decision.accepted)
            continue;
        // The survivor is the first customer of the decision still there (or the one it went into).
        qint64 survivor = 0;
        QList<qint64> back;
        for (const QString &customer : decision.customers) {
            auto id = Project::resolveCustomer(project, customer, survivor == 0);
            if (!id)
                return id.error();
            if (survivor == 0)
                survivor = *id;
            else if (*id > 0 && *id != survivor)
                back.append(*id);
        }
        if (survivor == 0 || back.isEmpty())
            continue;
        auto merge = Project::mergeCustomers(project, survivor, back, decision.id);
        if (!merge)
            return merge.error();
        merged += back.size();
    }
    return merged;
}

} // namespace Portrait::Jobs
