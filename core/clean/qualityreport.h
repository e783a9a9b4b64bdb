#pragma once

#include "cleaner.h"
#include "common/issuelist.h"
#include "customervalues.h"

#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace Portrait::Clean {

/// One customer attribute before and after cleaning.
struct ColumnQuality
{
    Field field = Field::Name;
    qint64 missingBefore = 0;
    qint64 missingAfter = 0;
    qint64 distinctBefore = 0;
    qint64 distinctAfter = 0;
};

/// An order the report lists. The order and customer ids are filled in for the listed examples.
struct OrderFinding
{
    qint64 orderRowId = 0;
    QString order;
    QString customer;
    Model::Day day = Model::NoDay;
    double amount = 0;
};

/// Orders of one kind of outlier: how many, and the first ones.
struct OrderFindings
{
    static constexpr qsizetype ExampleLimit = 100;
    qint64 count = 0;
    QList<OrderFinding> examples;

    void add(const OrderFinding &finding);
};

/// Outliers among the orders: listed, never dropped (the orders stay in the analysis).
struct OrderQuality
{
    qint64 orders = 0;
    double q1 = 0;             ///< of the purchase amounts of orders with a purchase
    double q3 = 0;
    double upperFence = 0;     ///< Q3 + 3 · IQR
    Model::Day today = Model::NoDay;
    OrderFindings high;        ///< purchase amount beyond the fence
    OrderFindings zero;        ///< nothing bought, nothing returned
    OrderFindings future;      ///< order date after today
    OrderFindings beforeSignup; ///< order date before the customer's signup date
};

/// What `portrait clean` found and did: per column missing shares and distinct values before and
/// after, per step the values changed and flagged (with samples), and the order outliers.
struct QualityReport
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Clean::QualityReport)

public:
    qint64 customers = 0;
    QList<ColumnQuality> columns;
    QList<StepReport> steps;
    OrderQuality orders;
    bool applied = false;      ///< written to the project (not a dry run)

    /// report.json (docs/cleaning.md).
    QByteArray toJson() const;
    /// The findings as issues for the Issues page: flagged values per reason, unknown regions,
    /// order outliers.
    QList<Issue> toIssues() const;
};

/// Counts missing and distinct values of every field before and after cleaning, over customers
/// fed one at a time (or in parts, merged).
class ColumnCollector
{
public:
    void add(const CustomerValues &before, const CustomerValues &after);
    void merge(ColumnCollector &&other);
    QList<ColumnQuality> finish();

private:
    std::array<qint64, FieldCount> m_missingBefore {};
    std::array<qint64, FieldCount> m_missingAfter {};
    /// Per field, 64-bit hashes of the values given, deduplicated now and then: distinct hashes
    /// count distinct values (a collision among a million values is a one in ten million chance),
    /// and a column of few values (gender, province) stays small.
    struct Distinct
    {
        std::vector<quint64> hashes;
        size_t sorted = 0; ///< hashes before this are sorted and unique
        size_t compactAt = 1 << 16;
        void add(quint64 hash);
        void compact();
    };
    std::array<Distinct, FieldCount> m_before;
    std::array<Distinct, FieldCount> m_after;
};

} // namespace Portrait::Clean
