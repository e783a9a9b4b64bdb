#include "evaluator.h"

#include "tags/evaluatorvalue.h"

#include <QSet>

#include <algorithm>

// Text and list predicates of the Evaluator. Text columns are dictionary-encoded, so a
// predicate runs once per distinct value and rows only look their code up.

namespace Portrait::Tags {

/// Applies a text predicate to a text value: once per distinct value of a column, then by code.
Value Evaluator::textPredicate(const Value &a, const std::function<bool(const QString &)> &predicate, bool negated)
{
    const size_t rows = size_t(m_table.rowCount());
    if (a.scalar)
        return scalarNumber(FeatureType::Boolean, predicate(a.text) != negated);
    const QStringList &dictionary = m_table.textDictionary(a.textColumn);
    std::vector<quint8> hit(size_t(dictionary.size()));
    for (qsizetype d = 0; d < dictionary.size(); ++d)
        hit[size_t(d)] = predicate(dictionary[d]) != negated;
    const std::vector<qint32> &codes = m_table.textCodes(a.textColumn);
    std::vector<quint8> values(rows);
    for (size_t i = 0; i < rows; ++i)
        values[i] = codes[i] >= 0 && hit[size_t(codes[i])];
    Value v = boolColumn(std::move(values), {});
    v.miss = a.miss;
    v.missOwner = a.missOwner;
    return v;
}

Value Evaluator::textEquals(const Value &a, const Value &b, bool negated)
{
    if (a.scalar || b.scalar) {
        const Value &column = a.scalar ? b : a;
        const QString literal = a.scalar ? a.text : b.text;
        if (a.scalar && b.scalar)
            return scalarNumber(FeatureType::Boolean, (a.text == b.text) != negated);
        return textPredicate(column, [&literal](const QString &s) { return s == literal; }, negated);
    }
    // Two columns: translate one dictionary's codes into the other's once.
    const size_t rows = size_t(m_table.rowCount());
    const QStringList &da = m_table.textDictionary(a.textColumn);
    const QStringList &db = m_table.textDictionary(b.textColumn);
    std::vector<qint32> map(size_t(da.size()), -2);
    for (qsizetype i = 0; i < da.size(); ++i)
        map[size_t(i)] = qint32(db.indexOf(da[i]));
    const std::vector<qint32> &ca = m_table.textCodes(a.textColumn);
    const std::vector<qint32> &cb = m_table.textCodes(b.textColumn);
    std::vector<quint8> values(rows), missing(rows);
    for (size_t i = 0; i < rows; ++i) {
        missing[i] = ca[i] < 0 || cb[i] < 0;
        values[i] = !missing[i] && ((map[size_t(ca[i])] == cb[i]) != negated);
    }
    return boolColumn(std::move(values), std::move(missing));
}

Value Evaluator::evalIn(const Node &n)
{
    const size_t rows = size_t(m_table.rowCount());
    const Value a = eval(*n.args[0]);
    if (a.type == FeatureType::Text) {
        QSet<QString> set;
        for (size_t i = 1; i < n.args.size(); ++i)
            set.insert(n.args[i]->text);
        return textPredicate(a, [&set](const QString &s) { return set.contains(s); }, n.negated);
    }
    std::vector<double> set;
    for (size_t i = 1; i < n.args.size(); ++i)
        set.push_back(a.type == FeatureType::Boolean ? double(n.args[i]->boolean) : n.args[i]->constantValue);
    std::sort(set.begin(), set.end());
    std::vector<quint8> values(rows), missing(rows);
    for (size_t i = 0; i < rows; ++i) {
        missing[i] = a.missAt(i);
        const double x = a.type == FeatureType::Boolean ? double(a.boolAt(i)) : a.numAt(i);
        values[i] = !missing[i] && (std::binary_search(set.begin(), set.end(), x) != n.negated);
    }
    return boolColumn(std::move(values), std::move(missing));
}

Value Evaluator::evalTextMatch(const Node &n)
{
    const Value a = eval(*n.args[0]);
    const QString pattern = n.args[1]->text;
    if (n.kind == NodeKind::Contains)
        return textPredicate(a, [&](const QString &s) { return s.contains(pattern, Qt::CaseInsensitive); }, n.negated);
    return textPredicate(a, [&](const QString &s) { return s.startsWith(pattern, Qt::CaseInsensitive); }, n.negated);
}

} // namespace Portrait::Tags
