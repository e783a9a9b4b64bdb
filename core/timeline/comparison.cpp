#include "comparison.h"

#include "timelinescoring.h"

#include "project/projectfile.h"
#include "project/snapshotstore.h"
#include "project/tagstore.h"

#include <QCoreApplication>
#include <QDate>

#include <future>

using namespace Qt::StringLiterals;

namespace Portrait::Timeline {

namespace {

struct ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Timeline::Comparison)
};

struct Side
{
    SegmentSide segments;
    TagSide tags;
};

Result<Side> dateSide(const Model::CustomerFrame &frame, const ScoringSpec &spec, Model::Day day, bool withTags,
                      const Project::TagData &tagData)
{
    const QString label = QDate::fromJulianDay(day).toString(Qt::ISODate);
    if (!withTags) {
        auto rfm = scoreFromScratch(frame, spec, day);
        if (!rfm)
            return rfm.error();
        return Side { sideOf(*rfm, label), {} };
    }
    auto scored = scoreAndTag(frame, spec, day, tagData);
    if (!scored)
        return scored.error();
    return Side { sideOf(*scored->rfm, label), tagSideOf(scored->tagging) };
}

Result<Side> snapshotSide(Project::SnapshotStore &store, qint64 id, CustomerUniverse &universe,
                          const CancelToken &cancel)
{
    auto snapshot = store.load(id, cancel);
    if (!snapshot)
        return snapshot.error();
    return Side { sideOf(*snapshot, universe), tagSideOf(*snapshot, universe) };
}

Result<Side> namedSide(Project::ProjectFile &project, const Model::CustomerFrame &frame, const ScoringSpec &spec,
                       const QString &text, bool withTags, CustomerUniverse &universe, const CancelToken &cancel)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (date.isValid()) {
        Project::TagData tags;
        if (withTags) {
            auto loaded = Project::loadTagData(project);
            if (!loaded)
                return loaded.error();
            tags = loaded.takeValue();
        }
        return dateSide(frame, spec, Model::Day(date.toJulianDay()), withTags, tags);
    }
    Project::SnapshotStore store(project);
    auto found = store.find(text.trimmed());
    if (!found)
        return found.error();
    if (!*found) {
        return Error { ComparisonText::tr("“%1” is neither a date (YYYY-MM-DD) nor a snapshot of the project.").arg(text),
                       project.fileName(), 0, 0, {} };
    }
    return snapshotSide(store, (*found)->id, universe, cancel);
}

Comparison finish(std::shared_ptr<CustomerUniverse> universe, Side from, Side to, bool withTags)
{
    Comparison c;
    c.universe = std::move(universe);
    c.from = std::move(from.segments);
    c.to = std::move(to.segments);
    c.from.resize(c.universe->size());
    c.to.resize(c.universe->size());
    c.migration = computeMigration(c.from, c.to);
    c.withTags = withTags;
    if (withTags) {
        c.fromTags = std::move(from.tags);
        c.toTags = std::move(to.tags);
        c.fromTags.resize(c.universe->size());
        c.toTags.resize(c.universe->size());
        c.tagFlows = computeTagFlows(c.fromTags, c.toTags);
    }
    return c;
}


/// Two dates without tags, scored side by side on two threads: each scoring reads the frame only,
/// and the wall time halves on the two cores an analyst's laptop has at the least.
Result<std::pair<Side, Side>> twoDates(const Model::CustomerFrame &frame, const ScoringSpec &spec, Model::Day from,
                                       Model::Day to)
{
    auto before = std::async(std::launch::async, [&] { return dateSide(frame, spec, from, false, {}); });
    auto after = dateSide(frame, spec, to, false, {});
    auto first = before.get();
    if (!first)
        return first.error();
    if (!after)
        return after.error();
    return std::pair(first.takeValue(), after.takeValue());
}

std::optional<Model::Day> dateOf(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional(Model::Day(date.toJulianDay())) : std::nullopt;
}

} // namespace

Result<Comparison> compareSides(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                const ScoringSpec &spec, const QString &from, const QString &to, bool withTags,
                                ProgressSink &progress, const CancelToken &cancel)
{
    auto universe = std::make_shared<CustomerUniverse>(frame.ids);
    const auto fromDay = dateOf(from), toDay = dateOf(to);
    if (fromDay && toDay && !withTags) {
        progress.setPhase(ComparisonText::tr("Scoring as of %1 and %2").arg(from, to));
        auto sides = twoDates(frame, spec, *fromDay, *toDay);
        if (!sides)
            return sides.error();
        return finish(std::move(universe), std::move(sides->first), std::move(sides->second), false);
    }
    progress.setPhase(ComparisonText::tr("Reading %1").arg(from));
    auto before = namedSide(project, frame, spec, from, withTags, *universe, cancel);
    if (!before)
        return before.error();
    progress.setPhase(ComparisonText::tr("Reading %1").arg(to));
    auto after = namedSide(project, frame, spec, to, withTags, *universe, cancel);
    if (!after)
        return after.error();
    if (cancel.isCancelled())
        return Error { ComparisonText::tr("The comparison was cancelled."), project.fileName(), 0, 0, {} };
    return finish(std::move(universe), before.takeValue(), after.takeValue(), withTags);
}

Result<std::optional<Comparison>> compareLatestSnapshots(Project::ProjectFile &project,
                                                         const Model::CustomerFrame &frame, ProgressSink &progress,
                                                         const CancelToken &cancel)
{
    Project::SnapshotStore store(project);
    auto all = store.list();
    if (!all)
        return all.error();
    if (all->size() < 2)
        return std::optional<Comparison>();
    QList<SnapshotInfo> byTaken = *all;
    std::sort(byTaken.begin(), byTaken.end(), [](const SnapshotInfo &a, const SnapshotInfo &b) { return a.id < b.id; });
    const SnapshotInfo &previous = byTaken.at(byTaken.size() - 2);
    const SnapshotInfo &latest = byTaken.last();
    auto universe = std::make_shared<CustomerUniverse>(frame.ids);
    progress.setPhase(ComparisonText::tr("Reading %1").arg(previous.name));
    auto before = snapshotSide(store, previous.id, *universe, cancel);
    if (!before)
        return before.error();
    progress.setPhase(ComparisonText::tr("Reading %1").arg(latest.name));
    auto after = snapshotSide(store, latest.id, *universe, cancel);
    if (!after)
        return after.error();
    return std::optional(finish(std::move(universe), before.takeValue(), after.takeValue(), true));
}

} // namespace Portrait::Timeline
