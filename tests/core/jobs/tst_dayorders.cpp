// The orders a database day row stands for: keys CUSTOMER@YYYY-MM-DD#N written as Qt's ISO date
// writes the day (over four centuries, leap days included), purchase orders numbered before the
// return orders, and the day's sums on its first order only.
#include "io/dbrows.h"
#include "jobs/dayorders.h"

#include <QDate>
#include <QTest>

using namespace Portrait;

class TestDayOrders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keyWritesTheDateAsQtDoes()
    {
        const QDate first(1900, 1, 1);
        const QDate last(2300, 12, 31);
        for (qint64 day = first.toJulianDay(); day <= last.toJulianDay(); day += 13) {
            const QByteArray expected = "c7@" + QDate::fromJulianDay(day).toString(Qt::ISODate).toLatin1() + "#12";
            QCOMPARE(Jobs::dayOrderKey("c7", Model::Day(day), 12, false), expected);
        }
        const auto leap = Model::Day(QDate(2024, 2, 29).toJulianDay());
        QCOMPARE(Jobs::dayOrderKey("A-1", leap, 3, true), QByteArray("A-1@2024-02-29#r3"));
        const auto early = Model::Day(QDate(987, 6, 5).toJulianDay());
        QCOMPARE(Jobs::dayOrderKey("x", early, 1, false), QByteArray("x@0987-06-05#1"));
    }

    void firstOrderCarriesTheDay()
    {
        Io::DbDayRow row;
        row.customer = "42";
        row.day = Model::Day(QDate(2023, 5, 17).toJulianDay());
        row.lines = 5;
        row.purchaseOrders = 2;
        row.returnOrders = 1;
        row.purchase = 120.5;
        row.returned = -20.0;
        row.promoOrders = 1;
        row.promoKnownOrders = 2;
        row.channel = QStringLiteral("app");
        row.firstSeconds = 3600;
        const QList<Project::OrderRecord> orders = Jobs::dayOrders(row, 9);
        QCOMPARE(orders.size(), 3);
        QCOMPARE(orders.at(0).orderKey, QByteArray("42@2023-05-17#1"));
        QCOMPARE(orders.at(1).orderKey, QByteArray("42@2023-05-17#2"));
        QCOMPARE(orders.at(2).orderKey, QByteArray("42@2023-05-17#r1"));
        QCOMPARE(orders.at(0).purchase, 120.5);
        QCOMPARE(orders.at(0).returned, -20.0);
        QCOMPARE(orders.at(0).lineCount, 5);
        QCOMPARE(orders.at(0).secondsOfDay, 3600);
        QCOMPARE(orders.at(1).purchase, 0.0);
        QCOMPARE(orders.at(1).secondsOfDay, -1);
        QVERIFY(orders.at(1).hasPurchase);
        QVERIFY(!orders.at(2).hasPurchase);
        QCOMPARE(orders.at(0).promo, 1);
        QCOMPARE(orders.at(1).promo, 0);
        QCOMPARE(orders.at(2).promo, -1);
        for (const Project::OrderRecord& order : orders) {
            QCOMPARE(order.customerId, 9);
            QCOMPARE(order.channel, QStringLiteral("app"));
        }
    }
};

QTEST_GUILESS_MAIN(TestDayOrders)
#include "tst_dayorders.moc"
