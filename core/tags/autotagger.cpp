#include "autotagger.h"

#include "tags/evaluator.h"
#include "tags/parser.h"
#include "tags/typechecker.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

class AutoTagger
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Tags::AutoTagger)
};

/// A has_tag() call of a rule on another rule's tag.
struct Dependency
{
    int rule = 0;       ///< the tag needed
    SourcePos pos;      ///< where the rule names it
};

void collectDependencies(const Node &n, const QHash<QString, int> &ruleOf, QList<Dependency> &out)
{
    if (n.function == Function::HasTag) {
        if (const auto it = ruleOf.constFind(n.tagPath); it != ruleOf.constEnd())
            out.append({ *it, n.args[0]->pos });
    }
    for (const NodePtr &a : n.args)
        collectDependencies(*a, ruleOf, out);
}

CheckContext checkContext(const FeatureTable &features, const EvaluationContext &context, QStringList tagPaths)
{
    for (auto it = context.manualTags.constBegin(); it != context.manualTags.constEnd(); ++it) {
        if (!tagPaths.contains(it.key()))
            tagPaths.append(it.key());
    }
    return CheckContext { &features, context.segmentNames, tagPaths, context.asOf != Model::NoDay };
}

Result<NodePtr> checkedCopy(const TagRule &rule, const CheckContext &check)
{
    NodePtr ast;
    if (rule.ast) {
        ast = rule.ast->clone();
    } else {
        Result<NodePtr> parsed = parseExpression(rule.expression, rule.expressionPos);
        if (!parsed) {
            Error e = parsed.error();
            e.source = rule.source;
            return e;
        }
        ast = parsed.takeValue();
    }
    if (Status s = typeCheck(*ast, check); !s) {
        Error e = s.error();
        e.source = rule.source;
        return e;
    }
    return ast;
}

/// Kahn's algorithm, taking the earliest ready rule first so independent rules keep file order.
/// Returns the order, or the rules of one cycle (in dependency order) when there is one.
std::pair<QList<int>, QList<int>> topologicalOrder(const QList<QList<Dependency>> &deps)
{
    const qsizetype n = deps.size();
    QList<int> pending(n);
    QList<QList<int>> dependents(n);
    for (qsizetype r = 0; r < n; ++r) {
        pending[r] = int(deps[r].size());
        for (const Dependency &d : deps[r])
            dependents[d.rule].append(int(r));
    }
    QList<int> order;
    std::vector<bool> done(static_cast<size_t>(n));
    for (bool progressed = true; progressed;) {
        progressed = false;
        for (qsizetype r = 0; r < n; ++r) {
            if (done[size_t(r)] || pending[r] > 0)
                continue;
            done[size_t(r)] = true;
            order.append(int(r));
            for (int d : std::as_const(dependents[r]))
                --pending[d];
            progressed = true;
            break;
        }
    }
    if (order.size() == n)
        return { order, {} };
    // Every remaining rule waits on a remaining rule: walk those edges until one repeats.
    int at = 0;
    while (done[size_t(at)])
        ++at;
    QList<int> walk;
    while (!walk.contains(at)) {
        walk.append(at);
        for (const Dependency &d : deps[at]) {
            if (!done[size_t(d.rule)]) {
                at = d.rule;
                break;
            }
        }
    }
    return { {}, walk.mid(walk.indexOf(at)) };
}

/// Groups a topological order into waves: a rule's wave is one after its latest dependency's.
QList<QList<int>> waves(const QList<int> &order, const QList<QList<Dependency>> &deps)
{
    QList<int> waveOf(deps.size(), 0);
    QList<QList<int>> out;
    for (int r : order) {
        for (const Dependency &d : deps[r])
            waveOf[r] = std::max(waveOf[r], waveOf[d.rule] + 1);
        if (waveOf[r] >= out.size())
            out.resize(waveOf[r] + 1);
        out[waveOf[r]].append(r);
    }
    return out;
}

Error cycleError(const QList<TagRule> &rules, const QList<QList<Dependency>> &deps, QList<int> cycle)
{
    // Start the cycle at its first rule in the file, so the message is stable.
    std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
    QStringList names;
    for (int r : std::as_const(cycle))
        names.append(rules[r].path);
    names.append(rules[cycle.first()].path);
    const int first = cycle.first();
    const int next = cycle.size() > 1 ? cycle[1] : first;
    SourcePos pos { rules[first].line, 1 };
    for (const Dependency &d : deps[first]) {
        if (d.rule == next)
            pos = d.pos;
    }
    return Error { AutoTagger::tr("tags depend on each other in a cycle: %1").arg(names.join(u" → "_s)),
                   rules[first].source, pos.line, pos.column, {} };
}

} // namespace

const TagResult *TagAssignment::find(const QString &path) const
{
    for (const TagResult &t : tags) {
        if (t.path == path)
            return &t;
    }
    return nullptr;
}

Status checkRule(const TagRule &rule, const FeatureTable &features, const EvaluationContext &context,
                 const QStringList &otherTags)
{
    QStringList paths = otherTags;
    paths.append(rule.path);
    Result<NodePtr> ast = checkedCopy(rule, checkContext(features, context, paths));
    if (!ast)
        return ast.error();
    return {};
}

Result<TagAssignment> evaluateRules(const QList<TagRule> &rules, const FeatureTable &features,
                                    const EvaluationContext &context)
{
    QStringList paths;
    QHash<QString, int> ruleOf;
    for (const TagRule &r : rules) {
        ruleOf.insert(r.path, int(paths.size()));
        paths.append(r.path);
    }
    const CheckContext check = checkContext(features, context, paths);
    std::vector<NodePtr> asts;
    QList<QList<Dependency>> deps(rules.size());
    for (qsizetype r = 0; r < rules.size(); ++r) {
        Result<NodePtr> ast = checkedCopy(rules[r], check);
        if (!ast)
            return ast.error();
        collectDependencies(**ast, ruleOf, deps[r]);
        asts.push_back(ast.takeValue());
    }
    const auto [order, cycle] = topologicalOrder(deps);
    if (!cycle.isEmpty())
        return cycleError(rules, deps, cycle);

    std::vector<TagResult> results(size_t(rules.size()));
    std::vector<bool> ready(results.size());
    Evaluator evaluator(features, context.asOf, [&](const QString &path) -> const std::vector<quint8> * {
        if (const auto it = ruleOf.constFind(path); it != ruleOf.constEnd())
            return ready[size_t(*it)] ? &results[size_t(*it)].members : nullptr;
        const auto manual = context.manualTags.constFind(path);
        return manual != context.manualTags.constEnd() ? &*manual : nullptr;
    });
    // Rules in one wave depend only on earlier waves, so a wave's rules run in parallel; the
    // lookup only reads results of finished waves.
    TagAssignment out;
    for (const QList<int> &wave : waves(order, deps)) {
        QtConcurrent::blockingMap(wave, [&](int r) {
            TagResult &t = results[size_t(r)];
            t.path = rules[r].path;
            t.members = evaluator.evaluate(*asts[size_t(r)]);
            t.count = std::accumulate(t.members.begin(), t.members.end(), qint64(0));
        });
        for (int r : wave) {
            ready[size_t(r)] = true;
            out.evaluationOrder.append(rules[r].path);
        }
    }
    for (TagResult &t : results)
        out.tags.append(std::move(t));
    return out;
}

} // namespace Portrait::Tags
