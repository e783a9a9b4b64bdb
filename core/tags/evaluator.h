#pragma once

#include "model/customerframe.h"
#include "tags/ast.h"
#include "tags/featuretable.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <vector>

namespace Portrait::Tags {

/// Evaluates checked expressions over whole columns of a FeatureTable: each node is computed
/// once for all customers into a vector (plus a missing mask), so the per-row work is tight loops
/// over plain arrays and never walks the AST.
///
/// Missing values use three-valued logic: arithmetic and comparisons with a missing value are
/// unknown; `not unknown` is unknown; `unknown and false` is false, `unknown or true` is true;
/// `is missing` is always known. A customer gets a tag only where the rule is definitely true.
/// Division by zero gives a missing value.
///
/// evaluate() may be called from several threads at once (the quantile cache is locked); the
/// TagLookup must then be safe to call concurrently.
class Evaluator
{
public:
    /// Members (1/0 per customer) of a tag by full path, for has_tag(); nullptr if unknown.
    using TagLookup = std::function<const std::vector<quint8> *(const QString &path)>;

    /// `asOf` is the day days_since() counts to.
    Evaluator(const FeatureTable &table, Model::Day asOf, TagLookup tags);
    ~Evaluator();

    /// 1 for each customer for whom the condition `root` (checked by typeCheck) is true.
    std::vector<quint8> evaluate(const Node &root);

    /// A node's result over all customers (internal; defined in evaluator.cpp).
    struct Value;

private:
    Value eval(const Node &n);
    Value evalCall(const Node &n);
    Value evalCompare(const Node &n);
    Value evalBetween(const Node &n);
    Value evalIsMissing(const Node &n);
    Value evalIn(const Node &n);
    Value evalTextMatch(const Node &n);
    Value evalLogic(const Node &n);
    Value textPredicate(const Value &a, const std::function<bool(const QString &)> &predicate, bool negated);
    Value textEquals(const Value &a, const Value &b, bool negated);
    Value feature(const Node &n) const;
    double quantile(const Node &n);

    const FeatureTable &m_table;
    Model::Day m_asOf;
    TagLookup m_tags;
    /// quantile(feature, p) per (column, p): rules often share thresholds.
    QHash<QPair<int, double>, double> m_quantiles;
    QMutex m_quantileMutex;
};

} // namespace Portrait::Tags
