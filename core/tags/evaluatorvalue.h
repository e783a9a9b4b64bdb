#pragma once

// Internal to the evaluator: the per-node result shared by evaluator.cpp and evaluatortext.cpp.

#include "tags/evaluator.h"

#include <memory>
#include <vector>

namespace Portrait::Tags {

/// A node's result: a scalar or a column. Columns borrow the FeatureTable's arrays where they
/// can (pointers), else own their data (vectors; moving a vector keeps its buffer, so the
/// pointers stay valid when a Value is moved). Boolean values are 0 wherever they are missing.
struct Evaluator::Value
{
    FeatureType type = FeatureType::Boolean;
    bool scalar = false;
    bool scalarMissing = false;
    double num = 0;                    ///< scalar Number/Date
    QString text;                      ///< scalar Text
    int textColumn = -1;               ///< column Text: the table column
    const double *nums = nullptr;      ///< column Number/Date
    const quint8 *bools = nullptr;     ///< column Boolean
    const quint8 *miss = nullptr;      ///< column: 1 = missing; nullptr = none missing
    std::vector<double> ownNums;
    std::vector<quint8> ownBools;
    /// Keeps `miss` alive when a node computed it; shared, as "feature op constant" passes its
    /// operand's mask on instead of copying 1M bytes. Null when `miss` is the table's.
    std::shared_ptr<const std::vector<quint8>> missOwner;

    Value() = default;
    Value(Value &&) = default;
    Value &operator=(Value &&) = default;

    double numAt(size_t i) const { return scalar ? num : nums[i]; }
    quint8 missAt(size_t i) const { return scalar ? scalarMissing : (miss ? miss[i] : 0); }
    quint8 boolAt(size_t i) const { return scalar ? quint8(num != 0 && !scalarMissing) : bools[i]; }
};

using Value = Evaluator::Value;

/// A scalar Number, Date or Boolean (v != 0); NaN or infinity is missing.
Value scalarNumber(FeatureType type, double v, bool missing = false);
/// A column Boolean from per-row values (0 where missing) and a missing mask (empty: none).
Value boolColumn(std::vector<quint8> values, std::vector<quint8> missing);

} // namespace Portrait::Tags
