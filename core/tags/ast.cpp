#include "ast.h"

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

std::unique_ptr<Node> Node::clone() const
{
    auto copy = std::make_unique<Node>();
    copy->kind = kind;
    copy->op = op;
    copy->pos = pos;
    copy->opPos = opPos;
    copy->negated = negated;
    copy->number = number;
    copy->boolean = boolean;
    copy->text = text;
    copy->depth = depth;
    copy->type = type;
    copy->column = column;
    copy->function = function;
    copy->constant = constant;
    copy->constantValue = constantValue;
    copy->tagPath = tagPath;
    copy->args.reserve(args.size());
    for (const NodePtr &a : args)
        copy->args.push_back(a->clone());
    return copy;
}

namespace {

QString kindName(const Node &n)
{
    static const char16_t *const ops[] = { u"", u"+", u"-", u"*", u"/", u"=", u"!=", u"<", u"<=", u">", u">=" };
    const QString no = n.negated ? u"not-"_s : QString();
    switch (n.kind) {
    case NodeKind::Negate: return u"-"_s;
    case NodeKind::Not: return u"not"_s;
    case NodeKind::Arithmetic:
    case NodeKind::Compare: return QString::fromUtf16(ops[int(n.op)]);
    case NodeKind::And: return u"and"_s;
    case NodeKind::Or: return u"or"_s;
    case NodeKind::In: return no + u"in"_s;
    case NodeKind::Between: return no + u"between"_s;
    case NodeKind::Contains: return no + u"contains"_s;
    case NodeKind::StartsWith: return no + u"starts-with"_s;
    case NodeKind::IsMissing: return n.negated ? u"is-not-missing"_s : u"is-missing"_s;
    case NodeKind::Call: return n.text;
    default: return {};
    }
}

} // namespace

QString dump(const Node &n)
{
    switch (n.kind) {
    case NodeKind::Number: return QString::number(n.number, 'g', 15);
    case NodeKind::String: return u'"' + n.text + u'"';
    case NodeKind::Boolean: return n.boolean ? u"true"_s : u"false"_s;
    case NodeKind::Feature: return n.text;
    default: break;
    }
    QString out = u'(' + kindName(n);
    for (const NodePtr &a : n.args)
        out += u' ' + dump(*a);
    return out + u')';
}

} // namespace Portrait::Tags
