#pragma once

#include "analytics/lifetimevalue.h"
#include "model/customerframe.h"
#include "rfm/rfmresult.h"

#include <QCoreApplication>
#include <QString>

namespace Portrait::Ui {

/// The rich-text sections of a customer card. Kept apart from the dialog so tests can read what
/// the card says about a customer.
class CardText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::CardText)

public:
    /// Name, id, gender, age, place, contact, signup; "—" for what the data does not have.
    static QString attributes(const Model::CustomerFrame &frame, qint32 row, Model::Day asOf);
    /// Values, scores with the interval that gives them, the rule that matched, the earlier rules
    /// that did not and why: "why is this customer here?".
    static QString explanation(const Rfm::RfmResult &result, qint32 row, bool chinese);
    /// Channel, category and payment method shares over the customer's orders, promo share,
    /// NPS and satisfaction — only what the data has.
    static QString preferences(const Model::CustomerFrame &frame, qint32 row);
    /// Churn risk and value: P(alive), expected purchases in 90 days and CLV, one sentence each;
    /// lifetime may be null (no model fitted yet).
    static QString lifetime(const Analytics::LifetimeResult *lifetime, qint32 row);
};

/// Frame indices [first, last) of a customer's orders; the table is sorted by customer.
std::pair<size_t, size_t> orderRange(const Model::OrderTable &orders, qint32 customer);

} // namespace Portrait::Ui
