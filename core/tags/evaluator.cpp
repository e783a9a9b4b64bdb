#include "evaluator.h"

#include "rfm/scoring.h"
#include "tags/evaluatorvalue.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace Portrait::Tags {

namespace {

/// Sets out's missing mask to the union of a's and b's: borrowed when only one side can be
/// missing (the common "feature op constant" case), so no per-node copy of a 1M-byte mask.
void unionMissing(const Value &a, const Value &b, size_t rows, Value &out)
{
    std::shared_ptr<std::vector<quint8>> mask;
    if ((a.scalar && a.scalarMissing) || (b.scalar && b.scalarMissing)) {
        mask = std::make_shared<std::vector<quint8>>(rows, 1);
    } else if (a.miss && b.miss) {
        mask = std::make_shared<std::vector<quint8>>(rows);
        for (size_t i = 0; i < rows; ++i)
            (*mask)[i] = a.miss[i] | b.miss[i];
    } else {
        const Value &source = a.miss ? a : b;
        out.miss = source.miss;
        out.missOwner = source.missOwner;
        return;
    }
    out.miss = mask->data();
    out.missOwner = std::move(mask);
}

/// Applies f to every row of two Number/Date values; produces numbers (Arithmetic) or
/// booleans (comparisons) of type `out`. Scalar with scalar stays scalar.
template<typename F>
Value numericBinary(const Value &a, const Value &b, FeatureType out, size_t rows, F f)
{
    if (a.scalar && b.scalar) {
        const auto r = f(a.num, b.num);
        Value v = scalarNumber(out, double(r), a.scalarMissing || b.scalarMissing);
        return v;
    }
    Value v;
    v.type = out;
    unionMissing(a, b, rows, v);
    const bool isBool = out == FeatureType::Boolean;
    if (isBool)
        v.ownBools.resize(rows);
    else
        v.ownNums.resize(rows);
    // Separate loops per shape, so each is a branch-free loop the compiler can vectorize.
    if (a.scalar) {
        for (size_t i = 0; i < rows; ++i)
            isBool ? void(v.ownBools[i] = f(a.num, b.nums[i])) : void(v.ownNums[i] = double(f(a.num, b.nums[i])));
    } else if (b.scalar) {
        for (size_t i = 0; i < rows; ++i)
            isBool ? void(v.ownBools[i] = f(a.nums[i], b.num)) : void(v.ownNums[i] = double(f(a.nums[i], b.num)));
    } else {
        for (size_t i = 0; i < rows; ++i)
            isBool ? void(v.ownBools[i] = f(a.nums[i], b.nums[i])) : void(v.ownNums[i] = double(f(a.nums[i], b.nums[i])));
    }
    if (!isBool) {
        // Division by zero and overflow give missing values, not infinities that compare true.
        std::shared_ptr<std::vector<quint8>> mask;   // a fresh copy: the current one may be shared
        for (size_t i = 0; i < rows; ++i) {
            if (!std::isfinite(v.ownNums[i])) {
                if (!mask) {
                    mask = std::make_shared<std::vector<quint8>>(rows);
                    if (v.miss)
                        std::copy(v.miss, v.miss + rows, mask->begin());
                }
                (*mask)[i] = 1;
                v.ownNums[i] = 0;
            }
        }
        if (mask) {
            v.miss = mask->data();
            v.missOwner = std::move(mask);
        }
    } else if (v.miss) {
        for (size_t i = 0; i < rows; ++i)
            v.ownBools[i] &= quint8(!v.miss[i]);
    }
    v.nums = v.ownNums.data();
    v.bools = v.ownBools.data();
    return v;
}

Value compareNumbers(const Value &a, const Value &b, Op op, size_t rows)
{
    switch (op) {
    case Op::Eq: return numericBinary(a, b, FeatureType::Boolean, rows, [](double x, double y) { return quint8(x == y); });
    case Op::Ne: return numericBinary(a, b, FeatureType::Boolean, rows, [](double x, double y) { return quint8(x != y); });
    case Op::Lt: return numericBinary(a, b, FeatureType::Boolean, rows, [](double x, double y) { return quint8(x < y); });
    case Op::Le: return numericBinary(a, b, FeatureType::Boolean, rows, [](double x, double y) { return quint8(x <= y); });
    case Op::Gt: return numericBinary(a, b, FeatureType::Boolean, rows, [](double x, double y) { return quint8(x > y); });
    default: return numericBinary(a, b, FeatureType::Boolean, rows, [](double x, double y) { return quint8(x >= y); });
    }
}

} // namespace

Value scalarNumber(FeatureType type, double v, bool missing)
{
    Value out;
    out.type = type;
    out.scalar = true;
    out.num = v;
    out.scalarMissing = missing || !std::isfinite(v);
    return out;
}

/// A column Boolean from per-row values and a missing mask (moved in).
Value boolColumn(std::vector<quint8> values, std::vector<quint8> missing)
{
    Value v;
    v.type = FeatureType::Boolean;
    v.ownBools = std::move(values);
    v.bools = v.ownBools.data();
    if (!missing.empty()) {
        auto mask = std::make_shared<const std::vector<quint8>>(std::move(missing));
        v.miss = mask->data();
        v.missOwner = std::move(mask);
    }
    return v;
}

Evaluator::Evaluator(const FeatureTable &table, Model::Day asOf, TagLookup tags)
    : m_table(table), m_asOf(asOf), m_tags(std::move(tags))
{
}

Evaluator::~Evaluator() = default;

std::vector<quint8> Evaluator::evaluate(const Node &root)
{
    const size_t rows = size_t(m_table.rowCount());
    Value v = eval(root);
    if (v.scalar)
        return std::vector<quint8>(rows, v.boolAt(0));
    if (!v.ownBools.empty() && v.bools == v.ownBools.data())
        return std::move(v.ownBools);   // already 0 where unknown
    return std::vector<quint8>(v.bools, v.bools + rows);
}

Value Evaluator::feature(const Node &n) const
{
    Value v;
    v.type = n.type;
    v.miss = m_table.missing(n.column).data();
    switch (n.type) {
    case FeatureType::Number:
    case FeatureType::Date:
        v.nums = m_table.numbers(n.column).data();
        break;
    case FeatureType::Text:
        v.textColumn = n.column;
        break;
    case FeatureType::Boolean:
        v.bools = m_table.booleans(n.column).data();
        break;
    }
    return v;
}

Value Evaluator::eval(const Node &n)
{
    const size_t rows = size_t(m_table.rowCount());
    if (n.constant && n.type != FeatureType::Text && n.type != FeatureType::Boolean)
        return scalarNumber(n.type, n.constantValue);
    switch (n.kind) {
    case NodeKind::String: {
        Value v;
        v.type = n.type;
        v.scalar = true;
        v.text = n.text;
        return v;
    }
    case NodeKind::Boolean:
        return scalarNumber(FeatureType::Boolean, n.boolean ? 1 : 0);
    case NodeKind::Feature:
        return feature(n);
    case NodeKind::Call:
        return evalCall(n);
    case NodeKind::Negate: {
        const Value a = eval(*n.args[0]);
        return numericBinary(a, scalarNumber(FeatureType::Number, 0), FeatureType::Number, rows,
                             [](double x, double) { return -x; });
    }
    case NodeKind::Arithmetic: {
        const Value a = eval(*n.args[0]);
        const Value b = eval(*n.args[1]);
        switch (n.op) {
        case Op::Add: return numericBinary(a, b, n.type, rows, [](double x, double y) { return x + y; });
        case Op::Sub: return numericBinary(a, b, n.type, rows, [](double x, double y) { return x - y; });
        case Op::Mul: return numericBinary(a, b, n.type, rows, [](double x, double y) { return x * y; });
        default: return numericBinary(a, b, n.type, rows, [](double x, double y) { return x / y; });
        }
    }
    case NodeKind::Compare:
        return evalCompare(n);
    case NodeKind::In:
        return evalIn(n);
    case NodeKind::Between:
        return evalBetween(n);
    case NodeKind::Contains:
    case NodeKind::StartsWith:
        return evalTextMatch(n);
    case NodeKind::IsMissing:
        return evalIsMissing(n);
    case NodeKind::Not:
    case NodeKind::And:
    case NodeKind::Or:
        return evalLogic(n);
    case NodeKind::Number:
        break;
    }
    return scalarNumber(n.type, n.constantValue);
}

Value Evaluator::evalBetween(const Node &n)
{
    const size_t rows = size_t(m_table.rowCount());
    const Value a = eval(*n.args[0]);
    const Value lo = eval(*n.args[1]);
    const Value hi = eval(*n.args[2]);
    if (!a.scalar && lo.scalar && hi.scalar && !lo.scalarMissing && !hi.scalarMissing) {
        // The usual "feature between two constants": one pass instead of two comparisons.
        std::vector<quint8> values(rows);
        for (size_t i = 0; i < rows; ++i)
            values[i] = quint8((a.nums[i] >= lo.num && a.nums[i] <= hi.num) != n.negated);
        if (a.miss) {
            for (size_t i = 0; i < rows; ++i)
                values[i] &= quint8(!a.miss[i]);
        }
        Value v = boolColumn(std::move(values), {});
        v.miss = a.miss;
        v.missOwner = a.missOwner;
        return v;
    }
    const Value ge = compareNumbers(a, lo, Op::Ge, rows);
    const Value le = compareNumbers(a, hi, Op::Le, rows);
    std::vector<quint8> values(rows), missing(rows);
    for (size_t i = 0; i < rows; ++i) {
        missing[i] = a.missAt(i) | lo.missAt(i) | hi.missAt(i);
        values[i] = quint8(!missing[i] && (ge.boolAt(i) && le.boolAt(i)) != n.negated);
    }
    return boolColumn(std::move(values), std::move(missing));
}

Value Evaluator::evalIsMissing(const Node &n)
{
    const size_t rows = size_t(m_table.rowCount());
    const Value a = eval(*n.args[0]);
    std::vector<quint8> values(rows);
    for (size_t i = 0; i < rows; ++i)
        values[i] = quint8(a.missAt(i) != n.negated);
    return boolColumn(std::move(values), {});
}

Value Evaluator::evalCall(const Node &n)
{
    const size_t rows = size_t(m_table.rowCount());
    switch (n.function) {
    case Function::HasTag: {
        const std::vector<quint8> *members = m_tags ? m_tags(n.tagPath) : nullptr;
        if (!members || members->size() != rows)
            return boolColumn(std::vector<quint8>(rows), {});
        Value v;
        v.type = FeatureType::Boolean;
        v.bools = members->data();
        return v;
    }
    case Function::Quantile:
        return scalarNumber(FeatureType::Number, quantile(n));
    case Function::DaysSince: {
        const Value a = eval(*n.args[0]);
        return numericBinary(scalarNumber(FeatureType::Number, m_asOf), a, FeatureType::Number, rows,
                             [](double asOf, double day) { return asOf - day; });
    }
    case Function::Date:
    case Function::None:
        break;
    }
    return scalarNumber(n.type, n.constantValue);
}

/// Type-7 quantile (R's default, numpy's linear) over the non-missing values; NaN if none.
double Evaluator::quantile(const Node &n)
{
    const double p = n.args[1]->constantValue;
    const QPair<int, double> key { n.args[0]->kind == NodeKind::Feature ? n.args[0]->column : -1, p };
    if (key.first >= 0) {
        const QMutexLocker lock(&m_quantileMutex);
        if (auto it = m_quantiles.constFind(key); it != m_quantiles.constEnd())
            return *it;
    }
    const Value a = eval(*n.args[0]);
    const size_t rows = size_t(m_table.rowCount());
    std::vector<double> xs;
    xs.reserve(rows);
    for (size_t i = 0; i < rows; ++i) {
        if (!a.missAt(i))
            xs.push_back(a.numAt(i));
    }
    const double q = Rfm::quantileUnsorted(xs, p);
    if (key.first >= 0) {
        const QMutexLocker lock(&m_quantileMutex);
        m_quantiles.insert(key, q);
    }
    return q;
}

Value Evaluator::evalCompare(const Node &n)
{
    const size_t rows = size_t(m_table.rowCount());
    const Value a = eval(*n.args[0]);
    const Value b = eval(*n.args[1]);
    if (a.type == FeatureType::Text)
        return textEquals(a, b, n.op == Op::Ne);
    if (a.type != FeatureType::Boolean)
        return compareNumbers(a, b, n.op, rows);
    if (a.scalar && b.scalar)
        return scalarNumber(FeatureType::Boolean, (a.boolAt(0) == b.boolAt(0)) != (n.op == Op::Ne),
                            a.scalarMissing || b.scalarMissing);
    std::vector<quint8> values(rows), missing(rows);
    for (size_t i = 0; i < rows; ++i) {
        missing[i] = a.missAt(i) | b.missAt(i);
        values[i] = !missing[i] && ((a.boolAt(i) == b.boolAt(i)) != (n.op == Op::Ne));
    }
    return boolColumn(std::move(values), std::move(missing));
}

/// Kleene logic on (value, missing) pairs where value is 0 wherever missing.
Value Evaluator::evalLogic(const Node &n)
{
    const size_t rows = size_t(m_table.rowCount());
    const Value a = eval(*n.args[0]);
    std::vector<quint8> values(rows), missing(rows);
    if (n.kind == NodeKind::Not) {
        for (size_t i = 0; i < rows; ++i) {
            missing[i] = a.missAt(i);
            values[i] = !a.boolAt(i) && !missing[i];
        }
        return boolColumn(std::move(values), std::move(missing));
    }
    const Value b = eval(*n.args[1]);
    if (n.kind == NodeKind::And) {
        // Unknown unless a side is known false: ma|mb, and neither side known false.
        for (size_t i = 0; i < rows; ++i) {
            const quint8 va = a.boolAt(i), vb = b.boolAt(i), ma = a.missAt(i), mb = b.missAt(i);
            values[i] = va & vb;
            missing[i] = (ma | mb) & (ma | va) & (mb | vb);
        }
    } else {
        for (size_t i = 0; i < rows; ++i) {
            const quint8 va = a.boolAt(i), vb = b.boolAt(i), ma = a.missAt(i), mb = b.missAt(i);
            values[i] = va | vb;
            missing[i] = (ma | mb) & quint8(!(va | vb));
        }
    }
    return boolColumn(std::move(values), std::move(missing));
}

} // namespace Portrait::Tags
