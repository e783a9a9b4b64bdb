#include "groups.h"

#include "tags/evaluator.h"
#include "tags/parser.h"
#include "tags/typechecker.h"

#include <QSet>

#include <numeric>

namespace Portrait::Tags {

namespace {

void collectTagPaths(const Node &n, QStringList &out)
{
    if (n.function == Function::HasTag && !out.contains(n.tagPath))
        out.append(n.tagPath);
    for (const NodePtr &a : n.args)
        collectTagPaths(*a, out);
}

Result<NodePtr> compile(const QString &expression, const FeatureTable &features, const EvaluationContext &context,
                        const DictionaryTagging &tagging, const QString &excludedPath)
{
    Result<NodePtr> ast = parseExpression(expression);
    if (!ast)
        return ast;
    QStringList paths = tagging.paths();
    if (!excludedPath.isEmpty())
        paths.removeAll(excludedPath);
    const CheckContext check { &features, context.segmentNames, paths, context.asOf != Model::NoDay };
    if (Status s = typeCheck(**ast, check); !s)
        return s.error();
    return ast;
}

std::vector<quint8> evaluate(const Node &root, const FeatureTable &features, const EvaluationContext &context,
                             const DictionaryTagging &tagging)
{
    Evaluator evaluator(features, context.asOf,
                        [&tagging](const QString &path) { return tagging.members(path); });
    return evaluator.evaluate(root);
}

} // namespace

Result<std::vector<quint8>> evaluateCondition(const QString &expression, const FeatureTable &features,
                                              const EvaluationContext &context, const DictionaryTagging &tagging,
                                              const QString &excludedPath)
{
    Result<NodePtr> ast = compile(expression, features, context, tagging, excludedPath);
    if (!ast)
        return ast.error();
    return evaluate(**ast, features, context, tagging);
}

QList<GroupResult> evaluateGroups(const TagDictionary &dictionary, const FeatureTable &features,
                                  const EvaluationContext &context, const DictionaryTagging &tagging)
{
    QList<GroupResult> out;
    for (const TagGroup &group : dictionary.groups()) {
        GroupResult result;
        result.name = group.name;
        Result<NodePtr> ast = compile(group.expression, features, context, tagging, {});
        if (!ast) {
            result.failed = true;
            result.error = ast.error();
            result.error.source = group.name;
        } else {
            collectTagPaths(**ast, result.tagPaths);
            result.members = evaluate(**ast, features, context, tagging);
            result.count = countMembers(result.members);
        }
        out.append(std::move(result));
    }
    return out;
}

std::vector<qint32> memberRows(const std::vector<quint8> &members)
{
    std::vector<qint32> rows;
    rows.reserve(size_t(countMembers(members)));
    for (size_t i = 0; i < members.size(); ++i) {
        if (members[i])
            rows.push_back(qint32(i));
    }
    return rows;
}

qint64 countMembers(const std::vector<quint8> &members)
{
    return std::accumulate(members.begin(), members.end(), qint64(0));
}

} // namespace Portrait::Tags
