#pragma once

#include "model/keycolumn.h"
#include "model/textcolumn.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace Portrait::Model {

/// Days are QDate Julian day numbers throughout the core: cheap to compare and subtract.
using Day = qint32;
constexpr Day NoDay = 0;

/// A project's orders, one entry per order (lines sharing an order id already summed), columnar.
struct OrderTable
{
    std::vector<qint32> customer;      ///< index into CustomerFrame::ids
    std::vector<Day> day;              ///< order date
    std::vector<double> purchase;      ///< sum of the order's purchase lines (amount >= 0)
    std::vector<double> returned;      ///< sum of its return lines (<= 0): negative lines, cancellations
    std::vector<quint8> hasPurchase;   ///< 1 when at least one line is a purchase
    std::vector<qint16> channel;       ///< index into CustomerFrame::channels, -1 unknown
    std::vector<qint16> category;      ///< index into CustomerFrame::categories, -1 unknown
    std::vector<qint16> payment;       ///< index into CustomerFrame::paymentMethods, -1 unknown
    std::vector<qint8> promo;          ///< 1 on promotion, 0 not, -1 unknown

    qsizetype size() const { return qsizetype(customer.size()); }
    void reserve(qsizetype n);
    /// Keeps the first n orders.
    void resize(qsizetype n);
    void append(qint32 customerIndex, Day orderDay, double purchaseAmount, double returnedAmount, bool purchase);
    /// Sets the attributes of the order appended last.
    void setAttributes(qint16 channelIndex, qint16 categoryIndex, qint16 paymentIndex, qint8 promoFlag);
    /// Puts the orders in (customer, day) order, keeping the present order among equal keys.
    void sortByCustomerAndDay(qsizetype customerCount);
    /// Keeps only the orders for which keep(i) is true, in their order.
    template<typename Keep>
    void keepIf(Keep keep)
    {
        size_t kept = 0;
        for (size_t i = 0; i < customer.size(); ++i) {
            if (!keep(i))
                continue;
            if (kept != i)
                forEachColumn([i, kept](auto &column) { column[kept] = column[i]; });
            ++kept;
        }
        resize(qsizetype(kept));
    }
    /// Calls f on every column: what is done to one order is done to all of its columns.
    template<typename F>
    void forEachColumn(F &&f)
    {
        f(customer), f(day), f(purchase), f(returned), f(hasPurchase), f(channel), f(category), f(payment), f(promo);
    }
};

/// Totals a customers source may already carry (customer-level data, as R's rfm_table_customer
/// takes): used for customers that have no order rows.
struct CustomerTotals
{
    std::vector<qint32> orderCount;    ///< -1 when unknown
    std::vector<double> amount;        ///< NaN when unknown
    std::vector<Day> lastOrderDay;     ///< NoDay when unknown
};

/// Everything the in-memory analysis needs about the customers of a project. Built once by
/// Project::FrameLoader; scoring, segmenting and tagging recompute on it without touching SQLite.
struct CustomerFrame
{
    KeyColumn ids;
    TextColumn names;
    TextColumn genders { TextColumn::Sharing::Pooled };
    TextColumn provinces { TextColumn::Sharing::Pooled };
    TextColumn cities { TextColumn::Sharing::Pooled };
    TextColumn phones;
    TextColumn emails;
    std::vector<Day> birthDays;        ///< NoDay when unknown
    std::vector<qint16> ages;          ///< as given by a source, -1 when unknown
    std::vector<Day> signupDays;       ///< NoDay when unknown
    std::vector<qint8> latestNps;      ///< the latest survey answer's NPS 0–10, -1 when none
    std::vector<float> satisfaction;   ///< the latest survey answer's satisfaction, NaN when none
    QStringList channels;              ///< distinct values referenced by OrderTable::channel
    QStringList categories;
    QStringList paymentMethods;
    OrderTable orders;
    CustomerTotals totals;
    /// The former ids of customers others were merged into (duplicates resolved), by row: the
    /// customers page's search finds them and the card shows them. Most customers have none.
    QHash<qint32, QStringList> aliases;
    Day latestOrderDay = NoDay;        ///< over all orders and totals

    qsizetype size() const { return ids.size(); }
    /// Whole years of age on day asOf, from the birth date when there is one, else the age a source
    /// gave; -1 when neither is known.
    int ageAt(qint32 row, Day asOf) const;
    /// Appends a customer with empty attributes and unknown totals; returns its index.
    qint32 addCustomer(QAnyStringView id);
    /// Makes room for n customers in every column, so loading a large project does not regrow them.
    void reserve(qsizetype n);
};

} // namespace Portrait::Model
