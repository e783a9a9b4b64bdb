#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace Portrait::Io {

/// What an order of a shop-platform export is to the analysis. Only Purchase (and Refunded, a
/// purchase taken back in full) are purchases; the rest are counted and listed, never scored.
enum class OrderState { Purchase, Unpaid, Closed, Cancelled, Refunded };
constexpr int OrderStateCount = int(OrderState::Refunded) + 1;

/// "purchase", "unpaid", "closed", "cancelled", "refunded": stable keys for the project file.
QString orderStateKey(OrderState state);
std::optional<OrderState> orderStateFromKey(QStringView key);
/// Translated, for the Data page and the CLI.
QString orderStateLabel(OrderState state);

/// An order status as written (订单状态 / 交易状态) read with the vocabulary's status lists.
struct StatusReading
{
    OrderState state = OrderState::Purchase;
    bool known = false; ///< the value is in the lists (an unknown value reads as a purchase)
};
StatusReading readOrderStatus(QStringView text);

/// An after-sale status (售后状态 / 退款状态): refunded in full, no refund, or something else
/// (in progress, partial) that leaves the order as it is.
enum class RefundStatus { None, Full, Other };
RefundStatus readRefundStatus(QStringView text);

/// Platforms now export buyer ids with the middle hidden ("t**1", "1****5", "jd_****8"): such an id
/// stands for everyone whose id looks the same.
bool looksMaskedId(QByteArrayView id);

} // namespace Portrait::Io
