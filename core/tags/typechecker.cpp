#include "typechecker.h"

#include "tags/diagnostic.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

using Failure = std::optional<Error>;

class TypeChecker
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Tags::TypeChecker)

public:
    explicit TypeChecker(const CheckContext &context) : m_context(context) { }

    Failure check(Node &n);
    Failure expectCondition(const Node &n, const QString &where);

private:
    static Error at(SourcePos pos, const QString &message) { return Error { message, {}, pos.line, pos.column, {} }; }
    static QString typeName(FeatureType t);
    static QString withSuggestion(QString message, const QString &suggestion);
    QString shown(const Node &n) const;

    Failure checkFeature(Node &n);
    Failure checkCall(Node &n);
    Failure checkArgs(Node &n, qsizetype count);
    Failure checkArithmetic(Node &n);
    Failure checkCompare(Node &n);
    Failure checkIn(Node &n);
    Failure checkBetween(Node &n);
    Failure checkTextMatch(Node &n);
    Failure coerceDate(Node &n);
    Failure unify(Node &a, Node &b, SourcePos opPos, const QString &op);
    Failure checkSegmentValue(const Node &feature, const Node &value);

    const CheckContext &m_context;
};

QString TypeChecker::typeName(FeatureType t)
{
    switch (t) {
    case FeatureType::Number: return tr("a number");
    case FeatureType::Text: return tr("text");
    case FeatureType::Date: return tr("a date");
    case FeatureType::Boolean: return tr("a condition (true/false)");
    }
    return {};
}

QString TypeChecker::withSuggestion(QString message, const QString &suggestion)
{
    if (!suggestion.isEmpty())
        message += tr("; did you mean \"%1\"?").arg(suggestion);
    return message;
}

/// How a node is named in messages: the feature or function, else its kind of value.
QString TypeChecker::shown(const Node &n) const
{
    if (n.kind == NodeKind::Feature)
        return u'"' + m_context.table->info(n.column).name + u"\" ("_s + typeName(n.type) + u')';
    if (n.kind == NodeKind::Call)
        return n.text + u"(…) ("_s + typeName(n.type) + u')';
    return typeName(n.type);
}

Failure TypeChecker::expectCondition(const Node &n, const QString &where)
{
    if (n.type == FeatureType::Boolean)
        return std::nullopt;
    QString message = tr("expected a condition %1, but %2 is %3").arg(where, n.kind == NodeKind::Feature ? n.text : tr("this"),
                                                                     typeName(n.type));
    if (n.kind == NodeKind::Feature && n.type == FeatureType::Number)
        message += tr(" (e.g. %1 > 0)").arg(n.text);
    return at(n.pos, message);
}

Failure TypeChecker::check(Node &n)
{
    for (NodePtr &a : n.args) {
        if (n.kind == NodeKind::Call)
            break;   // calls check their own arguments: has_tag takes a tag name, not an expression
        if (Failure f = check(*a))
            return f;
    }
    switch (n.kind) {
    case NodeKind::Number:
        n.type = FeatureType::Number;
        n.constant = true;
        n.constantValue = n.number;
        return std::nullopt;
    case NodeKind::String:
        n.type = FeatureType::Text;
        n.constant = true;
        return std::nullopt;
    case NodeKind::Boolean:
        n.type = FeatureType::Boolean;
        n.constant = true;
        return std::nullopt;
    case NodeKind::Feature:
        return checkFeature(n);
    case NodeKind::Call:
        return checkCall(n);
    case NodeKind::Negate:
        if (n.args[0]->type != FeatureType::Number)
            return at(n.pos, tr("\"-\" needs a number, not %1").arg(shown(*n.args[0])));
        n.type = FeatureType::Number;
        n.constant = n.args[0]->constant;
        n.constantValue = -n.args[0]->constantValue;
        return std::nullopt;
    case NodeKind::Not:
        n.type = FeatureType::Boolean;
        return expectCondition(*n.args[0], tr("after \"not\""));
    case NodeKind::And:
    case NodeKind::Or: {
        n.type = FeatureType::Boolean;
        const QString where = tr("on both sides of \"%1\"").arg(n.kind == NodeKind::And ? u"and"_s : u"or"_s);
        if (Failure f = expectCondition(*n.args[0], where))
            return f;
        return expectCondition(*n.args[1], where);
    }
    case NodeKind::Arithmetic:
        return checkArithmetic(n);
    case NodeKind::Compare:
        return checkCompare(n);
    case NodeKind::In:
        return checkIn(n);
    case NodeKind::Between:
        return checkBetween(n);
    case NodeKind::Contains:
    case NodeKind::StartsWith:
        return checkTextMatch(n);
    case NodeKind::IsMissing:
        n.type = FeatureType::Boolean;
        return std::nullopt;
    }
    return std::nullopt;
}

Failure TypeChecker::checkFeature(Node &n)
{
    n.column = m_context.table ? m_context.table->indexOf(n.text) : -1;
    if (n.column >= 0) {
        n.type = m_context.table->info(n.column).type;
        return std::nullopt;
    }
    if (functionNames().contains(n.text.toLower()))
        return at(n.pos, tr("%1 is a function: write %1(…)").arg(n.text));
    QStringList names;
    if (m_context.table) {
        for (const FeatureInfo &f : m_context.table->infos())
            names << f.name << f.nameZh;
    }
    const QString suggestion = closestMatch(n.text, names);
    return at(n.pos, withSuggestion(tr("unknown feature \"%1\"").arg(n.text), suggestion));
}

Failure TypeChecker::checkArgs(Node &n, qsizetype count)
{
    if (qsizetype(n.args.size()) != count)
        return at(n.pos, tr("%1() takes %n argument(s), not %2", nullptr, int(count)).arg(n.text).arg(n.args.size()));
    for (NodePtr &a : n.args) {
        if (Failure f = check(*a))
            return f;
    }
    return std::nullopt;
}

Failure TypeChecker::checkCall(Node &n)
{
    const QString name = n.text.toLower();
    if (name == u"has_tag") {
        if (n.args.size() != 1 || n.args[0]->kind != NodeKind::String)
            return at(n.pos, tr("has_tag() takes one tag name in quotes: has_tag(\"高价值\")"));
        Result<QString> path = resolveTagPath(n.args[0]->text, m_context.tagPaths);
        if (!path)
            return at(n.args[0]->pos, path.error().message);
        n.function = Function::HasTag;
        n.tagPath = *path;
        n.type = FeatureType::Boolean;
        return std::nullopt;
    }
    if (name == u"quantile") {
        if (Failure f = checkArgs(n, 2))
            return f;
        if (n.args[0]->type != FeatureType::Number)
            return at(n.args[0]->pos, tr("quantile() needs a number feature, not %1").arg(shown(*n.args[0])));
        const Node &p = *n.args[1];
        if (p.type != FeatureType::Number || !p.constant || p.constantValue < 0 || p.constantValue > 1)
            return at(p.pos, tr("the second argument of quantile() is a share from 0 to 1, e.g. 0.8"));
        n.function = Function::Quantile;
        n.type = FeatureType::Number;
        return std::nullopt;
    }
    if (name == u"days_since") {
        if (Failure f = checkArgs(n, 1))
            return f;
        if (Failure f = coerceDate(*n.args[0]))
            return f;
        if (n.args[0]->type != FeatureType::Date)
            return at(n.args[0]->pos, tr("days_since() needs a date, not %1").arg(shown(*n.args[0])));
        if (!m_context.hasAsOf)
            return at(n.pos, tr("days_since() needs an as-of date, and the project has none"));
        n.function = Function::DaysSince;
        n.type = FeatureType::Number;
        return std::nullopt;
    }
    if (name == u"date") {
        if (n.args.size() != 1 || n.args[0]->kind != NodeKind::String)
            return at(n.pos, tr("date() takes one date in quotes: date(\"2024-01-01\")"));
        if (Failure f = coerceDate(*n.args[0]))
            return f;
        n.function = Function::Date;
        n.type = FeatureType::Date;
        n.constant = true;
        n.constantValue = n.args[0]->constantValue;
        return std::nullopt;
    }
    return at(n.pos, withSuggestion(tr("unknown function \"%1\"").arg(n.text), closestMatch(n.text, functionNames())));
}

Failure TypeChecker::checkArithmetic(Node &n)
{
    Node &a = *n.args[0];
    Node &b = *n.args[1];
    if (a.type == FeatureType::Date && b.kind == NodeKind::String) {
        if (Failure f = coerceDate(b))
            return f;
    } else if (b.type == FeatureType::Date && a.kind == NodeKind::String) {
        if (Failure f = coerceDate(a))
            return f;
    }
    const bool additive = n.op == Op::Add || n.op == Op::Sub;
    if (a.type == FeatureType::Number && b.type == FeatureType::Number)
        n.type = FeatureType::Number;
    else if (additive && a.type == FeatureType::Date && b.type == FeatureType::Number)
        n.type = FeatureType::Date;   // a date plus or minus days
    else if (n.op == Op::Add && a.type == FeatureType::Number && b.type == FeatureType::Date)
        n.type = FeatureType::Date;
    else if (n.op == Op::Sub && a.type == FeatureType::Date && b.type == FeatureType::Date)
        n.type = FeatureType::Number;   // days between two dates
    else
        return at(n.opPos, tr("cannot calculate with %1 and %2 here").arg(shown(a), shown(b)));
    return std::nullopt;
}

Failure TypeChecker::coerceDate(Node &n)
{
    if (n.kind != NodeKind::String)
        return std::nullopt;
    const QDate d = QDate::fromString(n.text, u"yyyy-MM-dd"_s);
    if (!d.isValid())
        return at(n.pos, tr("expected a date as \"YYYY-MM-DD\", e.g. \"2024-01-31\"; found \"%1\"").arg(n.text));
    n.type = FeatureType::Date;
    n.constant = true;
    n.constantValue = double(d.toJulianDay());
    return std::nullopt;
}

/// Brings two operands to one type (text in quotes becomes a date next to a date), or fails.
Failure TypeChecker::unify(Node &a, Node &b, SourcePos opPos, const QString &op)
{
    if (a.type == FeatureType::Date) {
        if (Failure f = coerceDate(b))
            return f;
    } else if (b.type == FeatureType::Date) {
        if (Failure f = coerceDate(a))
            return f;
    }
    if (a.type != b.type)
        return at(opPos, tr("cannot compare %1 with %2 using %3").arg(shown(a), shown(b), op));
    return std::nullopt;
}

Failure TypeChecker::checkSegmentValue(const Node &feature, const Node &value)
{
    if (feature.kind != NodeKind::Feature || m_context.segmentNames.isEmpty() || value.kind != NodeKind::String
        || m_context.table->info(feature.column).name != u"segment")
        return std::nullopt;
    if (m_context.segmentNames.contains(value.text))
        return std::nullopt;
    return at(value.pos, withSuggestion(tr("unknown segment \"%1\"").arg(value.text),
                                        closestMatch(value.text, m_context.segmentNames)));
}

Failure TypeChecker::checkCompare(Node &n)
{
    Node &a = *n.args[0];
    Node &b = *n.args[1];
    static const char16_t *const ops[] = { u"", u"+", u"-", u"*", u"/", u"=", u"!=", u"<", u"<=", u">", u">=" };
    const QString op = QString::fromUtf16(ops[int(n.op)]);
    if (Failure f = unify(a, b, n.opPos, op))
        return f;
    const bool equality = n.op == Op::Eq || n.op == Op::Ne;
    if (!equality && (a.type == FeatureType::Text || a.type == FeatureType::Boolean))
        return at(n.opPos, tr("%1 can only be compared with = or !=").arg(typeName(a.type)));
    n.type = FeatureType::Boolean;
    if (Failure f = checkSegmentValue(a, b))
        return f;
    return checkSegmentValue(b, a);
}

Failure TypeChecker::checkIn(Node &n)
{
    Node &a = *n.args[0];
    for (size_t i = 1; i < n.args.size(); ++i) {
        Node &v = *n.args[i];
        if (!v.constant)
            return at(v.pos, tr("the list after \"in\" may hold only values, such as \"北京\" or 3"));
        if (Failure f = unify(a, v, v.pos, u"in"_s))
            return f;
        if (Failure f = checkSegmentValue(a, v))
            return f;
    }
    n.type = FeatureType::Boolean;
    return std::nullopt;
}

Failure TypeChecker::checkBetween(Node &n)
{
    Node &a = *n.args[0];
    for (size_t i = 1; i < 3; ++i) {
        if (Failure f = unify(a, *n.args[i], n.args[i]->pos, u"between"_s))
            return f;
    }
    if (a.type != FeatureType::Number && a.type != FeatureType::Date)
        return at(n.opPos, tr("\"between\" needs numbers or dates, not %1").arg(shown(a)));
    n.type = FeatureType::Boolean;
    return std::nullopt;
}

Failure TypeChecker::checkTextMatch(Node &n)
{
    const QString op = n.kind == NodeKind::Contains ? u"contains"_s : u"starts with"_s;
    if (n.args[0]->type != FeatureType::Text)
        return at(n.opPos, tr("\"%1\" needs text on its left, not %2").arg(op, shown(*n.args[0])));
    if (n.args[1]->kind != NodeKind::String)
        return at(n.args[1]->pos, tr("\"%1\" needs text in quotes on its right").arg(op));
    n.type = FeatureType::Boolean;
    return std::nullopt;
}

} // namespace

QStringList functionNames()
{
    return { u"has_tag"_s, u"quantile"_s, u"days_since"_s, u"date"_s };
}

Result<QString> resolveTagPath(const QString &name, const QStringList &tagPaths)
{
    const QString wanted = name.trimmed();
    if (tagPaths.contains(wanted))
        return wanted;
    QStringList matches;
    for (const QString &path : tagPaths) {
        if (path.endsWith(u'/' + wanted))
            matches.append(path);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return Error { TypeChecker::tr("\"%1\" names several tags; write the full path, e.g. \"%2\"")
                           .arg(wanted, matches.first()), {}, 0, 0, {} };
    QStringList candidates = tagPaths;
    for (const QString &path : tagPaths)
        candidates.append(path.section(u'/', -1));
    QString message = TypeChecker::tr("unknown tag \"%1\"").arg(wanted);
    const QString suggestion = closestMatch(wanted, candidates);
    if (!suggestion.isEmpty())
        message += TypeChecker::tr("; did you mean \"%1\"?").arg(suggestion);
    return Error { message, {}, 0, 0, {} };
}

Status typeCheck(Node &root, const CheckContext &context)
{
    TypeChecker checker(context);
    if (Failure f = checker.check(root))
        return *f;
    if (Failure f = checker.expectCondition(root, TypeChecker::tr("for the whole rule")))
        return *f;
    return {};
}

} // namespace Portrait::Tags
