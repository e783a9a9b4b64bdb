#pragma once

#include "model/customerframe.h"

#include <limits>
#include <vector>

namespace Portrait::Rfm {

/// From this many customers metrics and cut points are computed on two threads: below it a
/// second thread costs more than it saves.
constexpr size_t ParallelFrom = 200'000;

enum class FrequencyMode { Orders, Days };
enum class MonetaryMode { Sum, Average };
enum class ReturnsMode { Net, Exclude };

/// How raw recency/frequency/monetary values are taken from the orders (DESIGN §3).
struct MetricOptions
{
    Model::Day asOf = Model::NoDay;   ///< NoDay: the day after the latest order
    int windowDays = 0;               ///< 0: all orders up to asOf; else only the last N days
    FrequencyMode frequency = FrequencyMode::Orders;
    MonetaryMode monetary = MonetaryMode::Sum;
    ReturnsMode returns = ReturnsMode::Net;
};

/// One value per customer of the frame, in frame order. Customers without a purchase in the
/// window (nothing at all, or only returns) have scored = 0 and are left out of every score.
struct RfmMetrics
{
    Model::Day asOf = Model::NoDay;
    std::vector<double> recency;      ///< whole days from the last purchase to asOf
    std::vector<double> frequency;    ///< distinct orders (or distinct purchase days)
    std::vector<double> monetary;     ///< net amount (or average per order)
    std::vector<quint8> scored;
    qsizetype scoredCount = 0;

    qsizetype size() const { return qsizetype(scored.size()); }
};

/// Default as-of date of a frame: the day after its latest order.
Model::Day defaultAsOf(const Model::CustomerFrame &frame);

/// The orders options count for a scoring as of asOf (a real day, not NoDay): those of the days
/// [from, asOf].
struct MetricWindow
{
    Model::Day asOf = Model::NoDay;
    Model::Day from = std::numeric_limits<Model::Day>::min();
    MetricOptions options;

    MetricWindow(const MetricOptions &options, Model::Day asOf);
};

/// One customer's raw metrics. Scored when lastPurchase is a day: a customer with nothing in the
/// window, or only returns, is not (its monetary still sums the returns).
struct CustomerMetrics
{
    Model::Day lastPurchase = Model::NoDay;
    double frequency = 0;
    double monetary = 0;

    bool scored() const { return lastPurchase != Model::NoDay; }
};

/// Measures customer from its orders [firstOrder, lastOrder) of frame.orders, sorted by day, and its
/// totals: what computeMetrics gives that customer. Lets incremental work (the timeline) measure
/// only the customers whose orders changed, by the very same rules.
CustomerMetrics measureCustomer(const Model::CustomerFrame &frame, const MetricWindow &window, size_t customer,
                                size_t firstOrder, size_t lastOrder);

/// Requires frame.orders sorted by (customer, day), as FrameLoader delivers them.
RfmMetrics computeMetrics(const Model::CustomerFrame &frame, const MetricOptions &options);

} // namespace Portrait::Rfm
