#include "exportaudience.h"

#include "cliutil.h"
#include "tagerrors.h"

#include "jobs/tagworkspace.h"
#include "project/clusterstore.h"
#include "project/projectfile.h"
#include "project/tagstore.h"
#include "tags/diagnostic.h"
#include "tags/rulesfile.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct ExportAudience
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::ExportAudience)
};

/// A name the project does not have: an error of the command line, not of the data.
int unknownName(const QString &message)
{
    printLine(stderr, u"portrait: error: "_s + message);
    return Usage;
}

QString didYouMean(const QString &suggestion)
{
    return suggestion.isEmpty() ? QString() : ExportAudience::tr("; did you mean \"%1\"?").arg(suggestion);
}

/// The likely meant path: a near-miss of a full path, or the one path that ends in the name given
/// (an analyst often types just "高价值").
QString suggestPath(const QString &given, const Tags::TagDictionary &dictionary)
{
    QStringList paths;
    QStringList endingInGiven;
    for (const Tags::TagNode &node : dictionary.tags()) {
        const QString path = dictionary.path(node.id);
        paths.append(path);
        if (node.name == given.trimmed())
            endingInGiven.append(path);
    }
    if (endingInGiven.size() == 1)
        return endingInGiven.first();
    return Tags::closestMatch(given, paths);
}

/// Prints the rule errors of tag `id` (and of what it uses) as `portrait tag` does.
int failTag(const Jobs::TagWorkspace &workspace, const Tags::TagDictionary &dictionary, qint64 id)
{
    for (const Tags::TagRuleError &e : workspace.tagging.errors) {
        if (e.id == id)
            printTagError(e, dictionary);
    }
    return Failed;
}

/// Narrows `audience` to the customers with the tag at `path`; returns an exit code on error.
int keepTag(const QString &path, const Jobs::TagWorkspace &workspace, const Tags::TagDictionary &dictionary,
            std::vector<quint8> &audience)
{
    const Tags::TagNode *node = dictionary.findByPath(path);
    if (!node)
        return unknownName(ExportAudience::tr("unknown tag \"%1\"%2").arg(path, didYouMean(suggestPath(path, dictionary))));
    if (dictionary.hasChildren(node->id)) {
        // A category is never set itself; name the tags it holds.
        QStringList children;
        for (qint64 child : dictionary.children(node->id))
            children.append(dictionary.path(child));
        return unknownName(ExportAudience::tr("\"%1\" is a category, not a tag a customer has; name one of its tags: %2")
                                   .arg(dictionary.path(node->id), children.join(u", "_s)));
    }
    const Tags::DictionaryTag *tag = workspace.tagging.find(node->id);
    if (!tag)
        return Failed;   // cannot happen: every tag of the dictionary is tagged
    if (tag->failed)
        return failTag(workspace, dictionary, node->id);
    for (size_t row = 0; row < audience.size(); ++row)
        audience[row] = audience[row] && tag->has(qsizetype(row));
    return Ok;
}

int keepGroup(const QString &name, const Jobs::TagWorkspace &workspace, const Tags::TagDictionary &dictionary,
              std::vector<quint8> &audience)
{
    const auto group = std::find_if(workspace.groups.begin(), workspace.groups.end(),
                                    [&name](const Tags::GroupResult &g) { return g.name == name.trimmed(); });
    if (group == workspace.groups.end()) {
        QStringList names;
        for (const Tags::GroupResult &g : workspace.groups)
            names.append(g.name);
        const QString known = names.isEmpty() ? ExportAudience::tr("; the project has no groups")
                                              : didYouMean(Tags::closestMatch(name, names));
        return unknownName(ExportAudience::tr("unknown group \"%1\"%2").arg(name, known));
    }
    if (group->failed) {
        printGroupError(*group, dictionary);
        return Failed;
    }
    // A tag whose rule failed reads as "nobody has it": the group's count would be wrong, not short.
    for (const QString &path : group->tagPaths) {
        const Tags::DictionaryTag *tag = workspace.tagging.findPath(path);
        if (tag && tag->failed)
            return failTag(workspace, dictionary, tag->id);
    }
    for (size_t row = 0; row < audience.size(); ++row)
        audience[row] = audience[row] && group->members[row];
    return Ok;
}

} // namespace

std::optional<std::vector<quint8>> selectAudience(Project::ProjectFile &project, const Model::CustomerFrame &frame,
                                                  const Rfm::RfmResult &rfm, const Rfm::MetricOptions &options,
                                                  const AudienceFilter &filter,
                                                  const Analytics::LifetimeScores *lifetime, int *exitCode)
{
    auto data = Project::loadTagData(project);
    if (!data) {
        *exitCode = fail(data.error());
        return std::nullopt;
    }
    if (data->dictionary.isEmpty()) {
        const QString what = filter.tags.isEmpty() ? ExportAudience::tr("unknown group \"%1\"").arg(filter.groups.first())
                                                   : ExportAudience::tr("unknown tag \"%1\"").arg(filter.tags.first());
        *exitCode = unknownName(ExportAudience::tr("%1: the project has no tag dictionary; install one with "
                                                   "`portrait tag --starter` or `--dictionary FILE.json`")
                                        .arg(what));
        return std::nullopt;
    }
    // The same tagging as `portrait tag --out`: segment names as the scheme prefers them.
    auto clusters = Project::loadActiveClustering(project);
    if (!clusters) {
        *exitCode = fail(clusters.error());
        return std::nullopt;
    }
    auto workspace = Jobs::computeTagWorkspace(frame, rfm, options, rfm.scheme.preferChinese, data->dictionary,
                                               data->manual, *clusters ? &**clusters : nullptr, lifetime);
    if (!workspace) {
        *exitCode = fail(workspace.error());
        return std::nullopt;
    }
    std::vector<quint8> audience(size_t(frame.size()), 1);
    for (const QString &path : filter.tags) {
        if (const int code = keepTag(path, *workspace, data->dictionary, audience); code != Ok) {
            *exitCode = code;
            return std::nullopt;
        }
    }
    for (const QString &name : filter.groups) {
        if (const int code = keepGroup(name, *workspace, data->dictionary, audience); code != Ok) {
            *exitCode = code;
            return std::nullopt;
        }
    }
    return audience;
}

} // namespace Portrait::Cli
