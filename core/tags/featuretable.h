#pragma once

#include "common/error.h"
#include "model/customerframe.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Portrait::Tags {

enum class FeatureType { Number, Text, Date, Boolean };

/// What a feature is, for the rule checker and for the analyst's feature list.
struct FeatureInfo
{
    QString name;          ///< ASCII name used in rules: "recency_days"
    QString nameZh;        ///< 中文名, also accepted in rules: "最近购买间隔天数"
    FeatureType type = FeatureType::Number;
    QString definition;    ///< exactly how the value is computed
};

/// The documented features the project provides, in display order.
QList<FeatureInfo> standardFeatures();
/// The standard feature called `name`; an empty FeatureInfo if there is none.
FeatureInfo standardFeature(const QString &name);

/// Features by name, one row per customer of the frame (same order), stored column-wise.
/// Every value has a missing flag: a feature that cannot be computed for a customer is missing,
/// never zero, so that rules do not silently treat "unknown" as "none".
///
/// Storage per type: Number as double; Date as double Julian day (so date arithmetic is number
/// arithmetic); Text dictionary-encoded (code per row into a list of distinct values, -1 missing)
/// so text predicates run once per distinct value; Boolean as 0/1 bytes.
class FeatureTable
{
public:
    explicit FeatureTable(qsizetype rows = 0);

    qsizetype rowCount() const { return m_rows; }
    int columnCount() const { return int(m_columns.size()); }
    /// Column of a feature by its name or 中文名 (ASCII case-insensitive); -1 if none.
    int indexOf(const QString &name) const;
    const FeatureInfo &info(int column) const { return m_columns[size_t(column)].info; }
    QList<FeatureInfo> infos() const;

    // Builders: add the column, or replace the one with the same name. The size must equal
    // rowCount(); info.type is set from the builder used.
    /// NaN values are missing too.
    Status setNumbers(FeatureInfo info, std::vector<double> values, std::vector<quint8> missing = {});
    /// Model::NoDay is missing.
    Status setDates(FeatureInfo info, const std::vector<Model::Day> &days);
    /// Empty strings are missing.
    Status setTexts(FeatureInfo info, const QStringList &values);
    /// codes index `dictionary`; -1 is missing.
    Status setTextCodes(FeatureInfo info, std::vector<qint32> codes, QStringList dictionary);
    Status setBooleans(FeatureInfo info, std::vector<quint8> values, std::vector<quint8> missing = {});

    // Column data, valid for the column's type.
    const std::vector<double> &numbers(int column) const { return m_columns[size_t(column)].numbers; }
    const std::vector<qint32> &textCodes(int column) const { return m_columns[size_t(column)].codes; }
    const QStringList &textDictionary(int column) const { return m_columns[size_t(column)].dictionary; }
    const std::vector<quint8> &booleans(int column) const { return m_columns[size_t(column)].booleans; }
    /// 1 = missing, one per row, for every type.
    const std::vector<quint8> &missing(int column) const { return m_columns[size_t(column)].missing; }
    bool isMissing(int column, qsizetype row) const { return missing(column)[size_t(row)] != 0; }
    /// The value as text ("" when missing; dates as YYYY-MM-DD): for previews and tests.
    QString displayValue(int column, qsizetype row) const;

private:
    struct Column
    {
        FeatureInfo info;
        std::vector<double> numbers;
        std::vector<qint32> codes;
        QStringList dictionary;
        std::vector<quint8> booleans;
        std::vector<quint8> missing;
    };

    Status checkSize(const FeatureInfo &info, size_t size) const;
    void store(Column column);

    qsizetype m_rows = 0;
    std::vector<Column> m_columns;
};

} // namespace Portrait::Tags
