#include "dictionarytagger.h"

#include "tags/parser.h"
#include "tags/typechecker.h"

#include <QSet>

#include <numeric>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

class DictionaryTagger
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Tags::DictionaryTagger)
};

void collectTagPaths(const Node &n, QSet<QString> &out)
{
    if (n.function == Function::HasTag)
        out.insert(n.tagPath);
    for (const NodePtr &a : n.args)
        collectTagPaths(*a, out);
}

/// A rule of the dictionary on its way to evaluation.
struct PendingRule
{
    int tag = 0;                 ///< index into DictionaryTagging::tags
    TagRule rule;
    QSet<QString> uses;          ///< paths its has_tag() calls name
    bool failed = false;
};

std::vector<quint8> manualMembers(const QSet<QString> &keys, const QHash<QStringView, qint32> &rowOf, qsizetype rows,
                                  qint64 &unknown)
{
    std::vector<quint8> members(static_cast<size_t>(rows));
    for (const QString &key : keys) {
        const auto it = rowOf.constFind(QStringView(key));
        if (it == rowOf.constEnd())
            ++unknown;
        else
            members[size_t(*it)] = 1;
    }
    return members;
}

/// Parses and checks each rule alone; failures are recorded on the rule.
void checkRules(QList<PendingRule> &rules, const CheckContext &check, DictionaryTagging &out)
{
    for (PendingRule &p : rules) {
        Result<NodePtr> ast = parseExpression(p.rule.expression);
        Status status = ast ? typeCheck(**ast, check) : Status(ast.error());
        if (!status) {
            Error e = status.error();
            e.source = p.rule.path;
            out.errors.append({ out.tags[p.tag].id, p.rule.path, e });
            p.failed = true;
            continue;
        }
        collectTagPaths(**ast, p.uses);
    }
}

/// Fails every rule that (directly or through others) uses the tag of a failed rule.
void propagateFailures(QList<PendingRule> &rules, DictionaryTagging &out)
{
    for (bool changed = true; changed;) {
        changed = false;
        QSet<QString> failedPaths;
        for (const PendingRule &p : std::as_const(rules)) {
            if (p.failed)
                failedPaths.insert(p.rule.path);
        }
        for (PendingRule &p : rules) {
            if (p.failed)
                continue;
            for (const QString &used : std::as_const(p.uses)) {
                if (!failedPaths.contains(used))
                    continue;
                const QString message = DictionaryTagger::tr("uses tag \"%1\", whose rule has an error").arg(used);
                out.errors.append({ out.tags[p.tag].id, p.rule.path, Error { message, p.rule.path, 0, 0, {} } });
                p.failed = true;
                changed = true;
                break;
            }
        }
    }
}

} // namespace

void DictionaryTagging::reindex()
{
    m_byId.clear();
    m_byPath.clear();
    for (int i = 0; i < tags.size(); ++i) {
        m_byId.insert(tags[i].id, i);
        m_byPath.insert(tags[i].path, i);
    }
}

const DictionaryTag *DictionaryTagging::find(qint64 id) const
{
    const int i = m_byId.value(id, -1);
    return i < 0 ? nullptr : &tags[i];
}

const DictionaryTag *DictionaryTagging::findPath(const QString &path) const
{
    const int i = m_byPath.value(path, -1);
    return i < 0 ? nullptr : &tags[i];
}

const std::vector<quint8> *DictionaryTagging::members(const QString &path) const
{
    const DictionaryTag *tag = findPath(path);
    return tag && !tag->members.empty() ? &tag->members : nullptr;
}

QStringList DictionaryTagging::paths() const
{
    QStringList out;
    for (const DictionaryTag &t : tags)
        out.append(t.path);
    return out;
}

DictionaryTagging tagCustomers(const TagDictionary &dictionary, const ManualTags &manual,
                               const Model::KeyColumn &customerKeys, const FeatureTable &features,
                               const EvaluationContext &context)
{
    DictionaryTagging out;
    out.customers = features.rowCount();
    QHash<QStringView, qint32> rowOf; // views into customerKeys, which outlives it
    if (!manual.isEmpty()) {
        rowOf.reserve(customerKeys.size());
        for (qsizetype i = 0; i < customerKeys.size() && i < features.rowCount(); ++i)
            rowOf.insert(customerKeys.view(i), qint32(i));
    }

    // Tags without a rule are known to has_tag() as "manual" tags: with their assignments, or
    // with no members (an empty vector reads as nobody).
    EvaluationContext evaluation = context;
    evaluation.manualTags.clear();
    QList<PendingRule> rules;
    for (const TagNode &node : dictionary.tags()) {
        DictionaryTag tag { node.id, dictionary.path(node.id), TagSource::None, {}, 0, false };
        if (node.hasRule()) {
            tag.source = TagSource::Rule;
            TagRule rule;
            rule.path = tag.path;
            rule.levels = tag.path.split(u'/');
            rule.expression = node.rule;
            rule.source = tag.path;
            rules.append({ int(out.tags.size()), rule, {}, false });
        } else if (const auto it = manual.constFind(node.id); it != manual.constEnd() && !it->isEmpty()) {
            tag.source = TagSource::Manual;
            tag.members = manualMembers(*it, rowOf, out.customers, out.unknownManualCustomers);
            tag.count = std::accumulate(tag.members.begin(), tag.members.end(), qint64(0));
        }
        out.tags.append(tag);
    }
    out.reindex();
    QHash<QString, int> tagIndex;
    for (int i = 0; i < out.tags.size(); ++i)
        tagIndex.insert(out.tags[i].path, i);
    for (const DictionaryTag &t : std::as_const(out.tags)) {
        if (t.source != TagSource::Rule)
            evaluation.manualTags.insert(t.path, t.members);
    }

    const CheckContext check { &features, context.segmentNames, out.paths(), context.asOf != Model::NoDay };
    checkRules(rules, check, out);
    propagateFailures(rules, out);
    // evaluateRules stops at the first error, which can only be a has_tag cycle now: take the
    // rule it names out (with its dependents) and run again.
    for (qsizetype attempt = 0; attempt <= rules.size(); ++attempt) {
        QList<TagRule> ready;
        for (const PendingRule &p : std::as_const(rules)) {
            if (!p.failed)
                ready.append(p.rule);
            else
                evaluation.manualTags.insert(p.rule.path, {});   // known to has_tag(), nobody has it
        }
        Result<TagAssignment> assignment = evaluateRules(ready, features, evaluation);
        if (assignment) {
            for (TagResult &result : assignment->tags) {
                DictionaryTag &tag = out.tags[tagIndex.value(result.path)];
                tag.members = std::move(result.members);
                tag.count = result.count;
            }
            out.evaluationOrder = assignment->evaluationOrder;
            break;
        }
        const Error error = assignment.error();
        bool matched = false;
        for (PendingRule &p : rules) {
            if (!p.failed && p.rule.path == error.source) {
                out.errors.append({ out.tags[p.tag].id, p.rule.path, error });
                p.failed = matched = true;
            }
        }
        if (!matched)
            break;   // cannot happen: every error of evaluateRules names its rule
        propagateFailures(rules, out);
    }
    for (const PendingRule &p : std::as_const(rules)) {
        if (p.failed)
            out.tags[p.tag].failed = true;
    }
    return out;
}

QList<CustomerTagReason> tagsOfCustomer(const TagDictionary &dictionary, const DictionaryTagging &tagging,
                                        qsizetype row)
{
    QList<CustomerTagReason> out;
    if (row < 0 || row >= tagging.customers)
        return out;
    for (const DictionaryTag &tag : tagging.tags) {
        if (!tag.has(row))
            continue;
        const TagNode *node = dictionary.find(tag.id);
        out.append({ tag.id, tag.path, tag.source, tag.source == TagSource::Rule && node ? node->rule : QString() });
    }
    return out;
}

} // namespace Portrait::Tags
