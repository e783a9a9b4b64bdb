#include "io/orderstatus.h"

#include "io/vocabularydata.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

struct StateInfo
{
    const char *key;
    const char *label;
};

constexpr StateInfo States[OrderStateCount] = {
    { "purchase", QT_TRANSLATE_NOOP("Portrait::Io::OrderState", "purchase") },
    { "unpaid", QT_TRANSLATE_NOOP("Portrait::Io::OrderState", "unpaid") },
    { "closed", QT_TRANSLATE_NOOP("Portrait::Io::OrderState", "closed") },
    { "cancelled", QT_TRANSLATE_NOOP("Portrait::Io::OrderState", "cancelled") },
    { "refunded", QT_TRANSLATE_NOOP("Portrait::Io::OrderState", "refunded in full") },
};

} // namespace

QString orderStateKey(OrderState state)
{
    return QString::fromLatin1(States[int(state)].key);
}

std::optional<OrderState> orderStateFromKey(QStringView key)
{
    for (int s = 0; s < OrderStateCount; ++s) {
        if (key == QLatin1StringView(States[s].key))
            return OrderState(s);
    }
    return std::nullopt;
}

QString orderStateLabel(OrderState state)
{
    return QCoreApplication::translate("Portrait::Io::OrderState", States[int(state)].label);
}

StatusReading readOrderStatus(QStringView text)
{
    const QString key = normalizedHeader(text);
    if (key.isEmpty())
        return {};
    const auto it = vocabularyData().statuses.constFind(key);
    if (it == vocabularyData().statuses.constEnd())
        return {};
    const std::optional<OrderState> state = orderStateFromKey(*it);
    return StatusReading { state.value_or(OrderState::Purchase), true };
}

RefundStatus readRefundStatus(QStringView text)
{
    const QString key = normalizedHeader(text);
    if (key.isEmpty())
        return RefundStatus::None;
    const auto it = vocabularyData().refundStatuses.constFind(key);
    if (it == vocabularyData().refundStatuses.constEnd())
        return RefundStatus::Other;
    return *it == u"refunded"_s ? RefundStatus::Full : RefundStatus::None;
}

bool looksMaskedId(QByteArrayView id)
{
    return id.contains('*');
}

} // namespace Portrait::Io
