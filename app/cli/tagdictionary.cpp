#include "tagdictionary.h"

#include "cliutil.h"
#include "savedlifetime.h"
#include "tagerrors.h"

#include "export/tagscsv.h"
#include "jobs/tagworkspace.h"
#include "project/frameloader.h"
#include "project/clusterstore.h"
#include "project/projectfile.h"
#include "project/tagstore.h"
#include "tags/diagnostic.h"
#include "tags/dictionaryjson.h"
#include "tags/rulesfile.h"
#include "tags/starterdictionary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct TagDictionaryCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::TagDictionaryCommand)
};

using Project::ProjectFile;

/// Manual assignments follow their tag to the new dictionary by path; tags that are gone lose theirs.
Tags::ManualTags remapManual(const Project::TagData &old, const Tags::TagDictionary &replacement)
{
    Tags::ManualTags out;
    for (auto it = old.manual.constBegin(); it != old.manual.constEnd(); ++it) {
        if (const Tags::TagNode *node = replacement.findByPath(old.dictionary.path(it.key())))
            out.insert(node->id, it.value());
    }
    return out;
}

int importDictionary(const DictionaryActions &actions)
{
    Result<Tags::TagDictionary> incoming = actions.starter ? Result<Tags::TagDictionary>(Tags::starterDictionary())
                                                           : Tags::loadDictionaryFile(actions.importFile);
    if (!incoming)
        return fail(incoming.error());
    auto project = ProjectFile::open(actions.project, ProjectFile::Lock::Exclusive);
    if (!project)
        return fail(project.error());
    auto current = Project::loadTagData(**project);
    if (!current)
        return fail(current.error());
    if (!current->dictionary.isEmpty() && !actions.replace) {
        return fail(Error { TagDictionaryCommand::tr("the project already has a tag dictionary (%1 tags); add "
                                                     "--replace to replace it")
                                    .arg(current->dictionary.size()),
                            (*project)->fileName(), 0, 0, {} });
    }
    const Project::TagData data { *incoming, remapManual(*current, *incoming) };
    if (Status status = Project::saveTagData(**project, data); !status)
        return fail(status.error());
    printLine(stderr, TagDictionaryCommand::tr("Imported %1 tags and %2 groups into %3.")
                              .arg(incoming->size())
                              .arg(incoming->groups().size())
                              .arg((*project)->fileName()));
    return Ok;
}

QString sourceName(Tags::TagSource source)
{
    switch (source) {
    case Tags::TagSource::Rule: return u"rule"_s;
    case Tags::TagSource::Manual: return u"manual"_s;
    case Tags::TagSource::None: break;
    }
    return u"-"_s;
}

QString flagNames(int flags)
{
    QStringList out;
    if (flags & Tags::FlagRuleError)
        out.append(u"rule-error"_s);
    if (flags & Tags::FlagEmpty)
        out.append(u"empty"_s);
    if (flags & Tags::FlagUnused)
        out.append(u"unused"_s);
    if (flags & Tags::FlagNotInGroup)
        out.append(u"not-in-group"_s);
    return out.join(u' ');
}

/// Tab-separated, one line per tag, for a terminal or a spreadsheet: stable column names.
void printGovernance(const Jobs::TagWorkspace &workspace)
{
    printLine(stdout, u"tag\tsource\tcustomers\tshare\trevenue_share\tflags"_s);
    for (const Tags::TagGovernanceRow &row : workspace.governance.rows) {
        printLine(stdout, u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(row.path, sourceName(row.source))
                                  .arg(row.count)
                                  .arg(row.share, 0, 'f', 4)
                                  .arg(row.revenueShare, 0, 'f', 4)
                                  .arg(flagNames(row.flags)));
    }
    for (const Tags::GroupResult &group : workspace.groups) {
        const double share = workspace.tagging.customers ? double(group.count) / double(workspace.tagging.customers) : 0;
        printLine(stdout, u"group:%1\tgroup\t%2\t%3\t\t%4"_s.arg(group.name)
                                  .arg(group.count)
                                  .arg(share, 0, 'f', 4)
                                  .arg(group.failed ? u"rule-error"_s : QString()));
    }
}

/// Rule and group errors as "tag path:line:column: message" with the rule line and a caret.
int printErrors(const Jobs::TagWorkspace &workspace, const Tags::TagDictionary &dictionary)
{
    int errors = 0;
    for (const Tags::TagRuleError &e : workspace.tagging.errors) {
        printTagError(e, dictionary);
        ++errors;
    }
    for (const Tags::GroupResult &g : workspace.groups) {
        if (!g.failed)
            continue;
        printGroupError(g, dictionary);
        ++errors;
    }
    return errors;
}

int tagWithDictionary(const DictionaryActions &actions)
{
    auto project = ProjectFile::open(actions.project, ProjectFile::Lock::None);
    if (!project)
        return fail(project.error());
    auto data = Project::loadTagData(**project);
    if (!data)
        return fail(data.error());
    if (data->dictionary.isEmpty()) {
        return fail(Error { TagDictionaryCommand::tr("the project has no tag dictionary: use --rules FILE, or "
                                                     "install one with --starter or --dictionary FILE.json"),
                            (*project)->fileName(), 0, 0, {} });
    }
    StderrProgress progress;
    CancelToken cancel;
    auto frame = Project::loadFrame(**project, progress, cancel);
    if (!frame)
        return fail(frame.error());
    auto rfm = Jobs::runRfmRequest(*frame, actions.request);
    if (!rfm)
        return fail(rfm.error());
    auto clusters = Project::loadActiveClustering(**project);
    if (!clusters)
        return fail(clusters.error());
    const auto lifetime = savedLifetime(**project, *frame);
    auto workspace = Jobs::computeTagWorkspace(*frame, *rfm, actions.request.metrics, rfm->scheme.preferChinese,
                                               data->dictionary, data->manual, *clusters ? &**clusters : nullptr,
                                               lifetime ? &lifetime->scores : nullptr);
    if (!workspace)
        return fail(workspace.error());
    const int errors = printErrors(*workspace, data->dictionary);
    if (actions.governance)
        printGovernance(*workspace);
    if (errors > 0)
        return Failed;   // nothing is written from a dictionary with broken rules
    if (!actions.out.isEmpty()) {
        Tags::TagAssignment assignment;
        for (const Tags::DictionaryTag &tag : workspace->tagging.tags) {
            if (!tag.members.empty())
                assignment.tags.append({ tag.path, tag.members, tag.count });
        }
        if (Status status = Export::writeTagsCsv(*frame, assignment, actions.out); !status)
            return fail(status.error());
        printLine(stderr, TagDictionaryCommand::tr("Wrote %1.").arg(actions.out));
    }
    return Ok;
}

} // namespace

int runDictionaryActions(const DictionaryActions &actions)
{
    if (actions.starter || !actions.importFile.isEmpty()) {
        if (const int code = importDictionary(actions); code != Ok)
            return code;
    }
    if (!actions.exportFile.isEmpty()) {
        auto project = ProjectFile::open(actions.project, ProjectFile::Lock::None);
        if (!project)
            return fail(project.error());
        auto data = Project::loadTagData(**project);
        if (!data)
            return fail(data.error());
        if (Status status = Tags::saveDictionaryFile(data->dictionary, actions.exportFile); !status)
            return fail(status.error());
        printLine(stderr, TagDictionaryCommand::tr("Wrote %1.").arg(actions.exportFile));
    }
    return actions.needsTagging() ? tagWithDictionary(actions) : Ok;
}

} // namespace Portrait::Cli
