#pragma once

#include "model/customerframe.h"

#include <QList>
#include <QStringList>

#include <limits>

namespace Portrait::Jobs {

/// What the rows of a file, or a project's, look like where it matters for telling whether they
/// belong together: the order dates, the order amounts and the customer ids.
struct SourceProfile
{
    Model::Day firstOrderDay = Model::NoDay;
    Model::Day lastOrderDay = Model::NoDay;
    /// Orders with a purchase line, of identified customers.
    qint64 purchaseOrders = 0;
    /// The median (type 7) purchase amount of those orders; NaN without any.
    double medianOrderAmount = std::numeric_limits<double>::quiet_NaN();
    /// Distinct customer ids, as the project would store them ("17850.0" already "17850").
    QStringList customerKeys;
};

/// A reason to think a file belongs to another shop, period or currency than the project.
struct Mismatch
{
    enum class Kind { Dates, Customers, Amounts };
    Kind kind = Kind::Dates;
    QString text;   ///< what was measured, the rule it broke and what it may mean
};

/// The measurable rules of the import's mismatch warning (docs/import-safety.md):
/// - dates: the file's order dates and the project's have no day in common and lie more than
///   MaxDateGapDays apart (so next month's export does not warn);
/// - customers: not one of the file's customer ids is in the project, and the file has at least
///   MinCustomersForIdCheck of them (a handful of new sign-ups may well all be new);
/// - amounts: the median order amounts differ by a factor of AmountRatio or more (cents against
///   yuan, yen against dollars), each over at least MinOrdersForAmountCheck orders.
constexpr int MaxDateGapDays = 31;
constexpr int MinCustomersForIdCheck = 20;
constexpr double AmountRatio = 20.0;
constexpr int MinOrdersForAmountCheck = 5;

/// The order dates and amounts of a loaded project. customerKeys stays empty: findMismatches looks
/// the file's ids up in the frame itself.
SourceProfile orderProfileOf(const Model::CustomerFrame &frame);

/// The rules above applied to a file about to be imported and the project it would go into. An
/// empty project, or a file without orders, has nothing to mismatch on those counts.
QList<Mismatch> findMismatches(const SourceProfile &file, const Model::CustomerFrame &project);

} // namespace Portrait::Jobs
