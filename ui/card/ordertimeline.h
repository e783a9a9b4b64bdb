#pragma once

#include "model/customerframe.h"

#include <QWidget>

namespace Portrait::Ui {

/// One customer's orders on a time axis: a dot per order sized by its amount, returns below the
/// line in red, the as-of day marked. Painted, so it costs nothing to show on every card.
class OrderTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit OrderTimeline(QWidget *parent = nullptr);

    struct Order
    {
        Model::Day day = Model::NoDay;
        double purchase = 0;
        double returned = 0;
    };

    /// orders in any order; firstDay..asOf is the axis (the project's span, so cards compare).
    void setOrders(QList<Order> orders, Model::Day firstDay, Model::Day asOf);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Order> m_orders;
    Model::Day m_first = Model::NoDay;
    Model::Day m_asOf = Model::NoDay;
    double m_largest = 0;
};

} // namespace Portrait::Ui
