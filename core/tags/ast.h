#pragma once

#include "tags/featuretable.h"
#include "tags/lexer.h"

#include <QString>

#include <memory>
#include <vector>

namespace Portrait::Tags {

enum class NodeKind {
    Number,       ///< number literal
    String,       ///< text literal (a date where a date is expected)
    Boolean,      ///< true / false
    Feature,      ///< a feature by name
    Call,         ///< name(args…)
    Negate,       ///< -a
    Not,          ///< not a
    Arithmetic,   ///< a op b, op in + - * /
    Compare,      ///< a op b, op in = != < <= > >=
    And, Or,
    In,           ///< a in (list…): args[0] = a, args[1..] = the list
    Between,      ///< a between lo and hi: args = a, lo, hi (inclusive)
    Contains,     ///< a contains b
    StartsWith,   ///< a starts with b
    IsMissing     ///< a is missing
};

/// The operator of an Arithmetic or Compare node.
enum class Op { None, Add, Sub, Mul, Div, Eq, Ne, Lt, Le, Gt, Ge };

/// What the type checker resolved a Call to.
enum class Function { None, HasTag, Quantile, DaysSince, Date };

/// One node of a parsed rule expression. The parser fills the syntax; typeCheck() fills the
/// "checked" members, which the evaluator relies on.
struct Node
{
    NodeKind kind = NodeKind::Number;
    Op op = Op::None;
    SourcePos pos;                 ///< where the node's text starts
    SourcePos opPos;               ///< the operator or keyword, for errors about it
    bool negated = false;          ///< not in / not between / not contains / not starts with / is not missing
    double number = 0;             ///< Number literal
    bool boolean = false;          ///< Boolean literal
    QString text;                  ///< String value, Feature or Call name
    std::vector<std::unique_ptr<Node>> args;
    int depth = 1;                 ///< height of the subtree, bounded by the parser

    // Checked:
    FeatureType type = FeatureType::Number;
    int column = -1;               ///< Feature: its column in the FeatureTable
    Function function = Function::None;
    bool constant = false;         ///< value known without data: literals and date("…")
    double constantValue = 0;      ///< constant Number or Date (Julian day) value
    QString tagPath;               ///< HasTag: the full path of the tag it names

    std::unique_ptr<Node> clone() const;
};

using NodePtr = std::unique_ptr<Node>;

/// The tree as an S-expression, e.g. "(and (> recency_days 180) (>= frequency 3))": for tests,
/// the fuzzer and debugging.
QString dump(const Node &node);

} // namespace Portrait::Tags
