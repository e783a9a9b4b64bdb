#include "io/orderstatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait::Io;

Q_DECLARE_METATYPE(Portrait::Io::OrderState)
Q_DECLARE_METATYPE(Portrait::Io::RefundStatus)

class TestOrderStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<OrderState>("state");
        QTest::addColumn<bool>("known");
        QTest::newRow("taobao unpaid") << u"等待买家付款"_s << OrderState::Unpaid << true;
        QTest::newRow("taobao closed") << u"交易关闭"_s << OrderState::Closed << true;
        QTest::newRow("taobao paid, punctuation") << u"买家已付款，等待卖家发货"_s << OrderState::Purchase << true;
        QTest::newRow("taobao shipped, ascii comma") << u"卖家已发货,等待买家确认"_s << OrderState::Purchase << true;
        QTest::newRow("success") << u" 交易成功 "_s << OrderState::Purchase << true;
        QTest::newRow("jd unpaid") << u"等待付款"_s << OrderState::Unpaid << true;
        QTest::newRow("jd cancelled") << u"已取消"_s << OrderState::Cancelled << true;
        QTest::newRow("jd done") << u"完成"_s << OrderState::Purchase << true;
        QTest::newRow("douyin unpaid") << u"待支付"_s << OrderState::Unpaid << true;
        QTest::newRow("youzan closed") << u"已关闭"_s << OrderState::Closed << true;
        QTest::newRow("pdd refunded") << u"未发货，退款成功"_s << OrderState::Refunded << true;
        QTest::newRow("meituan refunded") << u"已退款"_s << OrderState::Refunded << true;
        QTest::newRow("meituan partly refunded") << u"部分退款"_s << OrderState::Purchase << true;
        QTest::newRow("unknown") << u"等待外星人签收"_s << OrderState::Purchase << false;
        QTest::newRow("empty") << QString() << OrderState::Purchase << false;
    }

    void statuses()
    {
        QFETCH(QString, text);
        QFETCH(OrderState, state);
        QFETCH(bool, known);
        const StatusReading reading = readOrderStatus(text);
        QCOMPARE(reading.state, state);
        QCOMPARE(reading.known, known);
    }

    void refundStatuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<RefundStatus>("status");
        QTest::newRow("refunded") << u"退款成功"_s << RefundStatus::Full;
        QTest::newRow("none, pdd") << u"无售后或售后取消"_s << RefundStatus::None;
        QTest::newRow("closed") << u"售后关闭"_s << RefundStatus::None;
        QTest::newRow("empty") << QString() << RefundStatus::None;
        QTest::newRow("in progress") << u"售后处理中"_s << RefundStatus::Other;
        QTest::newRow("partial") << u"部分退款"_s << RefundStatus::Other;
    }

    void refundStatuses()
    {
        QFETCH(QString, text);
        QFETCH(RefundStatus, status);
        QCOMPARE(readRefundStatus(text), status);
    }

    void stateKeysRoundTrip()
    {
        for (int s = 0; s < OrderStateCount; ++s) {
            QCOMPARE(orderStateFromKey(orderStateKey(OrderState(s))), OrderState(s));
            QVERIFY(!orderStateLabel(OrderState(s)).isEmpty());
        }
        QVERIFY(!orderStateFromKey(u"paid"_s));
    }

    void maskedIds_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<bool>("masked");
        QTest::newRow("taobao") << "t**1"_ba << true;
        QTest::newRow("numeric") << "1****5"_ba << true;
        QTest::newRow("jd") << "jd_****8"_ba << true;
        QTest::newRow("name") << "小鹿**"_ba << true;
        QTest::newRow("plain id") << "17850"_ba << false;
        QTest::newRow("nickname") << "咖啡控小王"_ba << false;
        QTest::newRow("jd account") << "jd_4a7b1c"_ba << false;
    }

    void maskedIds()
    {
        QFETCH(QByteArray, id);
        QFETCH(bool, masked);
        QCOMPARE(looksMaskedId(id), masked);
    }
};

QTEST_GUILESS_MAIN(TestOrderStatus)
#include "tst_orderstatus.moc"
