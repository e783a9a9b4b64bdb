#include "cliutil.h"
#include "commands.h"

#include "export/csvfield.h"
#include "jobs/dedupejob.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Portrait::Cli {

namespace {

struct DedupeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Cli::DedupeCommand)
};

// groups.csv: group,customer_id,key,value, one row per customer of a candidate group.
Status writeReview(const QString &path, const QList<Clean::CandidateGroup> &groups)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { DedupeCommand::tr("cannot write the review file: %1").arg(file.errorString()), path, 0, 0, {} };
    file.write("group,customer_id,key,value\n");
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (const Clean::CandidateMember &member : groups.at(g).members) {
            file.write(QByteArray::number(g + 1) + ',' + Export::csvField(member.customer) + ','
                       + Export::csvField(Clean::matchKeyName(member.key)) + ',' + Export::csvField(member.value) + '\n');
        }
    }
    if (!file.commit())
        return Error { DedupeCommand::tr("cannot write the review file: %1").arg(file.errorString()), path, 0, 0, {} };
    return {};
}

} // namespace

int dedupeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(DedupeCommand::tr("Find customers entered more than once; merge the exact-key "
                                                       "groups with --apply."));
    const QCommandLineOption project(u"project"_s, DedupeCommand::tr("The .portrait project."), u"P"_s);
    const QCommandLineOption keys(u"keys"_s,
                                  DedupeCommand::tr("What duplicates share: phone, email, external_id, name+city "
                                                    "(comma-separated; default phone,email,external_id)."),
                                  u"KEYS"_s, u"phone,email,external_id"_s);
    const QCommandLineOption review(u"review"_s, DedupeCommand::tr("Write the candidate groups here "
                                                                   "(group,customer_id,key,value)."),
                                    u"groups.csv"_s);
    const QCommandLineOption apply(u"apply"_s, DedupeCommand::tr("Merge the exact-key groups and record them; "
                                                                 "without it nothing changes."));
    parser.addOptions({ project, keys, review, apply });
    if (int code = parseArguments(parser, arguments); code >= 0)
        return code;
    if (!parser.isSet(project))
        return usageError(DedupeCommand::tr("dedupe needs --project."), parser.helpText());
    auto matchKeys = Clean::parseMatchKeys(parser.value(keys));
    if (!matchKeys)
        return usageError(u"--keys: "_s + matchKeys.error().message, parser.helpText());
    auto opened = Project::ProjectFile::open(parser.value(project), Project::ProjectFile::Lock::None);
    if (!opened)
        return fail(opened.error());

    StderrProgress progress;
    CancelToken cancel;
    auto found = Jobs::findDuplicates(**opened, *matchKeys, progress, cancel);
    if (!found)
        return fail(found.error());
    const QList<Clean::CandidateGroup> &groups = found->groups;
    QList<Clean::CandidateGroup> exact;
    qint64 customers = 0;
    for (const Clean::CandidateGroup &group : groups) {
        customers += group.members.size();
        if (group.exact)
            exact.append(group);
    }
    printLine(stdout, DedupeCommand::tr("candidate groups: %1 (%2 by exact keys), %3 customers")
                              .arg(groups.size())
                              .arg(exact.size())
                              .arg(customers));
    if (found->suppressed > 0)
        printLine(stdout, DedupeCommand::tr("left out: %1 groups rejected before").arg(found->suppressed));
    for (const Clean::SharedValue &shared : found->shared) {
        printLine(stdout, DedupeCommand::tr("not used: %1 %2 is shared by %3 customers")
                                  .arg(Clean::matchKeyName(shared.key), shared.value)
                                  .arg(shared.customers));
    }
    if (parser.isSet(review)) {
        if (Status status = writeReview(parser.value(review), groups); !status)
            return fail(status.error());
    }
    if (!parser.isSet(apply))
        return Ok;
    auto batch = Jobs::resolveGroups(**opened, exact, {}, cancel);
    if (!batch)
        return fail(batch.error());
    printLine(stdout, DedupeCommand::tr("merged: %1 customers into %2").arg(batch->customersMerged).arg(batch->merges.size()));
    return Ok;
}

} // namespace Portrait::Cli
