#pragma once

#include "common/currency.h"
#include "analytics/lifetimevalue.h"
#include "model/customerframe.h"
#include "rfm/rfmresult.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Portrait::Ui {

class OrderTimeline;

/// One tag of a customer and why it has it: the rule that set it, or "manual".
struct TagReason
{
    QString tag;
    QString reason;
};

/// A customer at a glance: attributes, the R/F/M values and scores with the cut points used and
/// the rule that placed the customer in its segment, the order timeline, preferences, NPS, tags.
/// Previous/next walk the list the card was opened from (the customers page's current order).
class CustomerCard : public QDialog
{
    Q_OBJECT

public:
    using TagSource = std::function<QList<TagReason>(qint32 frameRow)>;

    explicit CustomerCard(QWidget *parent = nullptr);

    void setContext(std::shared_ptr<const Model::CustomerFrame> frame, std::shared_ptr<const Rfm::RfmResult> result,
                    bool chineseNames, std::vector<qint32> rows);
    void setTagSource(TagSource source);
    /// The project's currency, written with spend and in the order table's headers.
    void setCurrency(Currency currency);
    /// The customer's cluster and why, as one sentence (empty for none).
    using ClusterSource = std::function<QString(qint32 frameRow)>;
    void setClusterSource(ClusterSource source);
    /// The lifetime model whose churn risk and CLV the card explains; null: none fitted.
    void setLifetime(std::shared_ptr<const Analytics::LifetimeResult> lifetime);
    /// The churn risk and value section, as shown.
    QString lifetimeText() const;
    /// Shows rows[position]; out-of-range positions are ignored.
    void showPosition(qsizetype position);
    qsizetype position() const { return m_position; }
    qint32 currentRow() const;
    /// The card's text sections, for tests and for copying.
    QString explanationText() const;
    /// The customer's tags with what set each ("… — set by hand"), as shown.
    QString tagText() const;
    /// The card's "who" section (phone and e-mail masked unless revealed), as shown.
    QString attributesText() const;
    QTableWidget *ordersTable() const { return m_orders; }
    /// The exact bounds behind a rule link of the explanation ("rule:3"); what its tooltip says.
    QString linkToolTip(const QString &link) const;

private:
    void refresh();
    void fillOrders(const Model::CustomerFrame &frame, qint32 row);
    void onLink(const QString &link);

    std::shared_ptr<const Model::CustomerFrame> m_frame;
    std::shared_ptr<const Rfm::RfmResult> m_result;
    bool m_chinese = false;
    Currency m_currency = Currency::None;
    std::vector<qint32> m_rows;
    qsizetype m_position = -1;
    Model::Day m_firstDay = Model::NoDay;
    TagSource m_tags;
    ClusterSource m_cluster;
    std::shared_ptr<const Analytics::LifetimeResult> m_lifetime;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_attributes = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_preferences = nullptr;
    QLabel *m_lifetimeText = nullptr;
    QLabel *m_tagList = nullptr;
    OrderTimeline *m_timeline = nullptr;
    QTabWidget *m_history = nullptr;
    QTableWidget *m_orders = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_counter = nullptr;
};

} // namespace Portrait::Ui
