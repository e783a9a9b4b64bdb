#pragma once

#include "common/currency.h"
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
    /// Link targets in the card's text: reveal the phone and e-mail; a rule's exact bounds ("rule:3").
    static constexpr QLatin1StringView RevealLink { "reveal" };
    static constexpr QLatin1StringView RuleLinkPrefix { "rule:" };

    /// Name, id, gender, age, place, contact, signup; "—" for what the data does not have. Phone
    /// and e-mail are masked (with a link to show them) unless personalShown.
    static QString attributes(const Model::CustomerFrame &frame, qint32 row, Model::Day asOf,
                              bool personalShown = true);
    /// Values, scores with the interval that gives them, the rule that matched, the earlier rules
    /// that did not and why: "why is this customer here?". Rules are said in words ("last
    /// purchase recent; orders and spend low to middle"), each a link whose exact bounds
    /// ruleToolTip() gives.
    static QString explanation(const Rfm::RfmResult &result, qint32 row, bool chinese,
                               Currency currency = Currency::None);
    /// The words for the scores a rule accepts on one dimension: "low to middle", "any".
    static QString scoreWords(Rfm::Dimension d, int low, int high, int bins);
    /// A rule in words, per dimension: "last purchase: recent · orders and spend: low to middle".
    static QString ruleInWords(const Rfm::SegmentRule &rule, Rfm::SchemeBasis basis, int bins);
    /// The exact bounds of rule `rule` of scheme: "R 3 · FM 2–3", and what FM is when it applies.
    static QString ruleToolTip(const Rfm::SegmentScheme &scheme, int rule);
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
