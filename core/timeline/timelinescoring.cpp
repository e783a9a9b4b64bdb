#include "timelinescoring.h"

#include "export/customerlist.h"
#include "jobs/rfmjob.h"
#include "jobs/tagworkspace.h"
#include "project/projectfile.h"
#include "tags/diagnostic.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Timeline {

namespace {

struct SelectionText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Timeline::Selection)
};

Error selectionError(const QString &message)
{
    return Error { message, {}, 0, 0, {} };
}

QString didYouMean(const QString &given, const QStringList &names)
{
    const QString match = Tags::closestMatch(given, names);
    return match.isEmpty() ? QString() : SelectionText::tr("; did you mean “%1”?").arg(match);
}

Status keepSegments(const Rfm::RfmResult &rfm, const QStringList &segments, std::vector<quint8> &keep)
{
    if (segments.isEmpty())
        return {};
    std::vector<quint8> wanted(size_t(rfm.scheme.rules.size() + 1), 0);
    QStringList names;
    for (int rule = 0; rule <= rfm.scheme.rules.size(); ++rule)
        names << rfm.scheme.displayName(rule, rfm.scheme.preferChinese);
    for (const QString &name : segments) {
        const auto segment = Export::findSegment(rfm.scheme, name);
        if (!segment) {
            return selectionError(SelectionText::tr("Unknown segment “%1”; the segments of %2 are: %3")
                                          .arg(name, rfm.scheme.id, names.join(u", "_s)));
        }
        wanted[size_t(*segment)] = 1;
    }
    for (size_t i = 0; i < keep.size(); ++i)
        keep[i] = keep[i] && rfm.segment[i] >= 0 && wanted[size_t(rfm.segment[i])];
    return {};
}

Status keepTags(const TaggedResult &scored, const QStringList &paths, std::vector<quint8> &keep)
{
    for (const QString &path : paths) {
        const Tags::DictionaryTag *tag = scored.tagging.findPath(path.trimmed());
        if (!tag) {
            return selectionError(
                    SelectionText::tr("Unknown tag “%1”%2").arg(path, didYouMean(path, scored.tagging.paths())));
        }
        if (tag->failed)
            return selectionError(SelectionText::tr("The rule of tag “%1” has an error; fix it first.").arg(path));
        for (size_t i = 0; i < keep.size(); ++i)
            keep[i] = keep[i] && tag->has(qsizetype(i));
    }
    return {};
}

Status keepGroups(const TaggedResult &scored, const QStringList &groups, std::vector<quint8> &keep)
{
    QStringList names;
    for (const Tags::GroupResult &g : scored.groups)
        names.append(g.name);
    for (const QString &name : groups) {
        const qsizetype at = names.indexOf(name.trimmed());
        if (at < 0)
            return selectionError(SelectionText::tr("Unknown group “%1”%2").arg(name, didYouMean(name, names)));
        const Tags::GroupResult &group = scored.groups.at(at);
        if (group.failed)
            return selectionError(SelectionText::tr("Group “%1” has an error: %2").arg(name, group.error.message));
        for (size_t i = 0; i < keep.size(); ++i)
            keep[i] = keep[i] && group.members[i];
    }
    return {};
}

} // namespace

Jobs::RfmSettings projectSettings(Project::ProjectFile &project, QString *problem)
{
    auto saved = Jobs::loadRfmSettings(project);
    if (!saved) {
        if (problem)
            *problem = saved.error().toString();
        return {};
    }
    return saved->value_or(Jobs::RfmSettings {});
}

Result<ScoringSpec> scoringSpec(const Jobs::RfmSettings &settings)
{
    ScoringSpec spec;
    if (settings.editedScheme) {
        spec.scheme = *settings.editedScheme;
    } else {
        auto scheme = Jobs::resolveScheme(settings.request.scheme);
        if (!scheme)
            return scheme.error();
        spec.scheme = scheme.takeValue();
    }
    spec.metrics = settings.request.metrics;
    spec.metrics.asOf = Model::NoDay;
    spec.scoring = Jobs::scoringFor(settings.request, spec.scheme);
    spec.cuts = settings.cuts;
    spec.tiers = settings.tiers;
    return spec;
}

Result<TaggedResult> scoreAndTag(const Model::CustomerFrame &frame, const ScoringSpec &spec, Model::Day asOf,
                                 const Project::TagData &tags)
{
    auto rfm = scoreFromScratch(frame, spec, asOf);
    if (!rfm)
        return rfm.error();
    TaggedResult out;
    out.rfm = std::make_shared<const Rfm::RfmResult>(rfm.takeValue());
    if (tags.dictionary.isEmpty())
        return out;
    Rfm::MetricOptions options = spec.metrics;
    options.asOf = out.rfm->metrics.asOf;
    auto workspace = Jobs::computeTagWorkspace(frame, *out.rfm, options, out.rfm->scheme.preferChinese,
                                               tags.dictionary, tags.manual);
    if (!workspace)
        return workspace.error();
    out.tagging = std::move(workspace->tagging);
    out.groups = std::move(workspace->groups);
    return out;
}

Result<std::vector<qint32>> selectCustomers(const TaggedResult &scored, const Project::TagData &tags,
                                            const QStringList &segments, const QStringList &tagPaths,
                                            const QStringList &groups)
{
    if ((!tagPaths.isEmpty() || !groups.isEmpty()) && tags.dictionary.isEmpty())
        return selectionError(SelectionText::tr("The project has no tag dictionary: there are no tags or groups "
                                                "to select by."));
    const Rfm::RfmResult &rfm = *scored.rfm;
    std::vector<quint8> keep(rfm.segment.size(), 0);
    for (size_t i = 0; i < keep.size(); ++i)
        keep[i] = rfm.segment[i] >= 0;
    if (Status s = keepSegments(rfm, segments, keep); !s)
        return s.error();
    if (Status s = keepTags(scored, tagPaths, keep); !s)
        return s.error();
    if (Status s = keepGroups(scored, groups, keep); !s)
        return s.error();
    return Tags::memberRows(keep);
}

} // namespace Portrait::Timeline
