#include "campaignjob.h"

#include "analytics/clustering.h"
#include "project/campaignstore.h"
#include "project/clusterstore.h"
#include "project/projectfile.h"
#include "project/tagstore.h"
#include "rfm/schemefile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Timeline {

namespace {

struct CampaignJob
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Timeline::CampaignJob)
};

Error failure(Project::ProjectFile &project, const QString &message)
{
    return Error { message, project.fileName(), 0, 0, {} };
}

QByteArray selectionJson(const CampaignRequest &request, const QString &clustering)
{
    QJsonObject object;
    object[u"segments"_s] = QJsonArray::fromStringList(request.segments);
    object[u"tags"_s] = QJsonArray::fromStringList(request.tags);
    object[u"groups"_s] = QJsonArray::fromStringList(request.groups);
    if (!request.clusters.isEmpty()) {
        object[u"clusters"_s] = QJsonArray::fromStringList(request.clusters);
        object[u"clustering"_s] = clustering;
    }
    if (!request.customers.isEmpty())
        object[u"picked_customers"_s] = int(request.customers.size());   // the members list them
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Per frame row: 1 for the customers picked by id. Every id must be the project's.
Result<std::vector<quint8>> pickedRows(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                       const QStringList &ids)
{
    // A few ids against a million customers: look the frame's ids up among the picked ones.
    QStringList wanted;
    for (const QString &id : ids)
        wanted.append(id.trimmed());
    QHash<QStringView, bool> found;
    found.reserve(wanted.size());
    for (const QString &id : std::as_const(wanted))
        found.insert(id, false);
    std::vector<quint8> keep(size_t(frame.size()), 0);
    for (qint32 row = 0; row < qint32(frame.size()); ++row) {
        if (const auto it = found.find(frame.ids.view(row)); it != found.end()) {
            keep[size_t(row)] = 1;
            it.value() = true;
        }
    }
    const auto unknown = std::find_if(found.cbegin(), found.cend(), [](bool seen) { return !seen; });
    if (const qsizetype missing = std::count(found.cbegin(), found.cend(), false); missing > 0) {
        return failure(project, CampaignJob::tr("%n picked customer(s) are not in the project, e.g. “%1”.", nullptr,
                                                int(missing))
                                        .arg(unknown.key().toString()));
    }
    return keep;
}

/// The clusters a request names, of the project's active clustering.
struct ClusterChoice
{
    QString clustering;                ///< its name
    std::vector<quint8> keep;          ///< per frame row: 1 in one of the clusters named
};

Result<ClusterChoice> chooseClusters(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                     const QStringList &names)
{
    auto loaded = Project::loadActiveClustering(project);
    if (!loaded)
        return loaded.error();
    if (!*loaded || qsizetype((*loaded)->assignment.size()) != frame.size())
        return failure(project, CampaignJob::tr("The project has no saved clusters to select by; make them on the "
                                                "Analytics page or with `portrait cluster --save NAME`."));
    const Analytics::Clustering &c = **loaded;
    std::vector<quint8> wanted(size_t(c.clusters.size()), 0);
    for (const QString &name : names) {
        const int cluster = c.findCluster(name.trimmed());
        if (cluster < 0) {
            return failure(project, CampaignJob::tr("Unknown cluster “%1”; the clusters of “%2” are: %3")
                                            .arg(name, c.name, c.clusterNames().join(u", "_s)));
        }
        wanted[size_t(cluster)] = 1;
    }
    ClusterChoice out;
    out.clustering = c.name;
    out.keep.assign(c.assignment.size(), 0);
    for (size_t row = 0; row < out.keep.size(); ++row)
        out.keep[row] = c.assignment[row] >= 0 && wanted[size_t(c.assignment[row])];
    return out;
}

Status checkRequest(Project::ProjectFile &project, const CampaignRequest &request)
{
    if (request.name.trimmed().isEmpty())
        return failure(project, CampaignJob::tr("A campaign needs a name."));
    if (!(request.controlPercent > 0 && request.controlPercent < 100))
        return failure(project, CampaignJob::tr("The control group must be more than 0 % and less than 100 % of "
                                                "each segment."));
    auto existing = Project::CampaignStore(project).load(request.name.trimmed());
    if (!existing)
        return existing.error();
    if (*existing)
        return failure(project, CampaignJob::tr("There is already a campaign named “%1”.").arg(request.name.trimmed()));
    return {};
}

/// The members' strata put in the scheme's rule order (a store hands them over as first met).
void orderStrata(CampaignMembers &members, const Rfm::SegmentScheme &scheme)
{
    QStringList ordered;
    for (int rule = 0; rule <= scheme.rules.size(); ++rule) {
        const QString name = scheme.displayName(rule, false);
        if (members.segmentNames.contains(name))
            ordered.append(name);
    }
    for (const QString &name : members.segmentNames) {
        if (!ordered.contains(name))
            ordered.append(name);   // a scheme edited since: keep the stratum all the same
    }
    std::vector<qint16> remap(size_t(members.segmentNames.size()));
    for (qsizetype i = 0; i < members.segmentNames.size(); ++i)
        remap[size_t(i)] = qint16(ordered.indexOf(members.segmentNames.at(i)));
    for (qint16 &segment : members.segment)
        segment = remap[size_t(segment)];
    members.segmentNames = ordered;
}

} // namespace

Result<CampaignDraft> draftCampaign(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                    const Jobs::RfmSettings &settings, const CampaignRequest &request)
{
    if (Status s = checkRequest(project, request); !s)
        return s.error();
    auto spec = scoringSpec(settings);
    if (!spec)
        return spec.error();
    auto tags = Project::loadTagData(project);
    if (!tags)
        return tags.error();
    const Model::Day asOf = request.asOf != Model::NoDay ? request.asOf : Rfm::defaultAsOf(frame);
    const bool needTags = !request.tags.isEmpty() || !request.groups.isEmpty();
    auto scored = scoreAndTag(frame, *spec, asOf, needTags ? *tags : Project::TagData {});
    if (!scored)
        return scored.error();
    auto rows = selectCustomers(*scored, *tags, request.segments, request.tags, request.groups);
    if (!rows)
        return rows.error();
    ClusterChoice clusters;
    if (!request.clusters.isEmpty()) {
        auto chosen = chooseClusters(project, frame, request.clusters);
        if (!chosen)
            return chosen.error();
        clusters = chosen.takeValue();
        std::erase_if(*rows, [&](qint32 row) { return !clusters.keep[size_t(row)]; });
    }
    if (!request.customers.isEmpty()) {
        auto picked = pickedRows(project, frame, request.customers);
        if (!picked)
            return picked.error();
        std::erase_if(*rows, [&](qint32 row) { return !(*picked)[size_t(row)]; });
    }
    if (rows->empty())
        return failure(project, CampaignJob::tr("No scored customer matches the selection."));

    CampaignDraft draft;
    draft.scored = scored.takeValue();
    draft.rows = rows.takeValue();
    const Rfm::RfmResult &rfm = *draft.scored.rfm;
    Campaign &c = draft.campaign;
    c.name = request.name.trimmed();
    c.asOf = asOf;
    c.createdAt = QDateTime::currentDateTime();
    c.controlPercent = request.controlPercent;
    c.seed = request.seed;
    c.selectionJson = selectionJson(request, clusters.clustering);
    Jobs::RfmSettings used = settings;
    used.request.metrics.asOf = asOf;
    c.settingsJson = Jobs::rfmSettingsToJson(used);
    c.schemeJson = Rfm::schemeToJson(rfm.scheme);
    // Strata: the segments, every one of the scheme, so an index is a rule index.
    for (int rule = 0; rule <= rfm.scheme.rules.size(); ++rule)
        c.members.segmentNames.append(rfm.scheme.displayName(rule, false));
    for (const qint32 row : draft.rows) {
        c.members.keys.append(frame.ids.view(row));
        c.members.segment.push_back(rfm.segment[size_t(row)]);
    }
    c.members.control = drawControl(c.members.segment, int(c.members.segmentNames.size()), c.controlPercent, c.seed);
    for (size_t i = 0; i < draft.rows.size(); ++i)
        (c.members.control[i] ? draft.controlRows : draft.treatedRows).push_back(draft.rows[i]);
    return draft;
}

Result<EvaluatedCampaign> evaluateRecordedCampaign(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                                   const QString &name, std::optional<int> windowDays)
{
    if (windowDays && *windowDays <= 0)
        return failure(project, CampaignJob::tr("The evaluation window must be at least one day."));
    auto loaded = Project::CampaignStore(project).load(name.trimmed());
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return failure(project, CampaignJob::tr("The project has no campaign named “%1”.").arg(name));
    EvaluatedCampaign out;
    out.campaign = std::move(**loaded);
    auto scheme = Rfm::schemeFromJson(out.campaign.schemeJson, project.fileName());
    if (!scheme)
        return scheme.error();
    out.scheme = scheme.takeValue();
    auto settings = Jobs::rfmSettingsFromJson(out.campaign.settingsJson, project.fileName());
    if (!settings)
        return settings.error();
    orderStrata(out.campaign.members, out.scheme);
    out.evaluation = evaluateCampaign(frame, out.campaign.members, out.campaign.asOf,
                                      windowDays.value_or(DefaultWindowDays), settings->request.metrics.returns);
    return out;
}

} // namespace Portrait::Timeline
