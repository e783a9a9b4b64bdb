#include "io/platformvocabulary.h"
#include "platformexports.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Io;

namespace {

QStringList headersOf(const QByteArray &csv)
{
    // The exports' header lines have no quoted fields.
    return QString::fromUtf8(csv.left(csv.indexOf('\n'))).split(u',');
}

/// Columns a little like the type detector makes them: the roles' type checks need dates as dates.
QList<ColumnProfile> profilesFor(const QStringList &headers, const QStringList &dateColumns)
{
    QList<ColumnProfile> profiles;
    for (const QString &header : headers) {
        ColumnProfile profile;
        profile.name = header;
        profile.type = dateColumns.contains(header) ? ColumnType::DateTime : ColumnType::Text;
        profiles.append(profile);
    }
    return profiles;
}

QString columnOf(const ColumnMapping &mapping, Role role, const QStringList &headers)
{
    const int column = mapping.column(role);
    return column < 0 ? QString() : headers.at(column);
}

using Expected = QList<QPair<Role, QString>>;

} // namespace

class TestPlatformVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPlatformIsKnown()
    {
        QStringList expected;
        for (const PlatformExport &e : platformExports())
            expected.append(QString::fromLatin1(e.platform));
        QCOMPARE(platformIds(), expected);
        for (const QString &id : platformIds())
            QVERIFY2(platformName(id) != id, qPrintable(id)); // each has a display name
    }

    void presetMappings_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<Expected>("expected");
        // What a person reading each export maps by hand: the paid amount, not the list price;
        // the creation time and the payment time apart; no role for a column that plays none.
        QTest::newRow("taobao") << u"taobao"_s << QStringList { u"订单创建时间"_s, u"订单付款时间"_s }
                                << Expected { { Role::CustomerId, u"买家会员名"_s }, { Role::OrderId, u"订单编号"_s },
                                              { Role::OrderDate, u"订单创建时间"_s }, { Role::PaidDate, u"订单付款时间"_s },
                                              { Role::Amount, u"买家实际支付金额"_s }, { Role::RefundAmount, u"退款金额"_s },
                                              { Role::OrderStatus, u"订单状态"_s }, { Role::Address, u"收货地址"_s },
                                              { Role::Phone, u"联系手机"_s }, { Role::Product, u"宝贝标题"_s },
                                              { Role::Province, QString() } };
        QTest::newRow("jd") << u"jd"_s << QStringList { u"下单时间"_s, u"付款确认时间"_s, u"订单完成时间"_s }
                            << Expected { { Role::CustomerId, u"下单帐号"_s }, { Role::OrderId, u"订单号"_s },
                                          { Role::OrderDate, u"下单时间"_s }, { Role::PaidDate, u"付款确认时间"_s },
                                          { Role::Amount, u"应付金额"_s }, { Role::Quantity, u"订购数量"_s },
                                          { Role::PaymentMethod, u"支付方式"_s }, { Role::Address, u"客户地址"_s },
                                          { Role::Channel, u"订单来源"_s }, { Role::RefundAmount, QString() } };
        QTest::newRow("pinduoduo") << u"pinduoduo"_s << QStringList { u"拼单成功时间"_s, u"订单成交时间"_s }
                                   << Expected { { Role::CustomerId, QString() }, { Role::OrderId, u"订单号"_s },
                                                 { Role::OrderDate, u"订单成交时间"_s },
                                                 { Role::PaidDate, u"拼单成功时间"_s },
                                                 { Role::Amount, u"用户实付金额(元)"_s },
                                                 { Role::PromoFlag, u"店铺优惠折扣(元)"_s },
                                                 { Role::RefundStatus, u"售后状态"_s }, { Role::Province, u"省"_s },
                                                 { Role::City, u"市"_s }, { Role::Phone, u"手机"_s } };
        QTest::newRow("youzan") << u"youzan"_s << QStringList { u"订单创建时间"_s, u"买家付款时间"_s, u"交易成功时间"_s }
                                << Expected { { Role::CustomerId, u"买家昵称"_s }, { Role::OrderDate, u"订单创建时间"_s },
                                              { Role::PaidDate, u"买家付款时间"_s }, { Role::Amount, u"订单实付金额"_s },
                                              { Role::RefundAmount, u"订单退款金额"_s },
                                              { Role::PromoFlag, u"订单优惠金额"_s },
                                              { Role::Province, u"收货人省份"_s }, { Role::City, u"收货人城市"_s },
                                              { Role::Phone, u"买家手机号"_s } };
        QTest::newRow("weidian") << u"weidian"_s << QStringList { u"下单时间"_s, u"付款时间"_s }
                                 << Expected { { Role::CustomerId, u"买家昵称"_s }, { Role::OrderId, u"订单编号"_s },
                                               { Role::PaidDate, u"付款时间"_s }, { Role::Amount, u"实收款"_s },
                                               { Role::RefundStatus, u"退款状态"_s },
                                               { Role::RefundAmount, u"退款金额"_s }, { Role::PromoFlag, u"优惠金额"_s },
                                               { Role::Phone, u"收货人手机"_s }, { Role::Address, u"收货地址"_s } };
        QTest::newRow("wechat") << u"wechat"_s << QStringList { u"下单时间"_s, u"支付时间"_s }
                                << Expected { { Role::CustomerId, u"用户昵称"_s }, { Role::OrderDate, u"下单时间"_s },
                                              { Role::PaidDate, u"支付时间"_s }, { Role::Amount, u"实付金额"_s },
                                              { Role::RefundStatus, u"售后状态"_s },
                                              { Role::Province, u"省份"_s }, { Role::Channel, u"带货账号"_s } };
        QTest::newRow("douyin") << u"douyin"_s << QStringList { u"订单提交时间"_s, u"支付完成时间"_s }
                                << Expected { { Role::CustomerId, u"用户ID"_s }, { Role::OrderId, u"主订单编号"_s },
                                              { Role::OrderDate, u"订单提交时间"_s },
                                              { Role::PaidDate, u"支付完成时间"_s },
                                              { Role::Amount, u"订单应付金额"_s }, { Role::Product, u"选购商品"_s },
                                              { Role::Phone, u"收件人手机号"_s }, { Role::Channel, u"流量来源"_s } };
        QTest::newRow("meituan") << u"meituan"_s << QStringList { u"下单时间"_s }
                                 << Expected { { Role::CustomerId, u"用户ID"_s }, { Role::OrderDate, u"下单时间"_s },
                                               { Role::PaidDate, QString() }, { Role::Amount, u"用户实付"_s },
                                               { Role::PromoFlag, u"商家活动支出"_s }, { Role::Channel, u"门店名称"_s },
                                               { Role::Phone, u"顾客电话"_s } };
    }

    void presetMappings()
    {
        QFETCH(QString, platform);
        QFETCH(QStringList, dates);
        QFETCH(Expected, expected);
        QStringList headers;
        for (const PlatformExport &e : platformExports()) {
            if (QString::fromLatin1(e.platform) == platform)
                headers = headersOf(e.csv);
        }
        QVERIFY(!headers.isEmpty());
        QCOMPARE(recognisePlatform(headers), platform);
        const PlatformProposal proposal = proposePlatformMapping(headers, profilesFor(headers, dates));
        QCOMPARE(proposal.problem, QString());
        QCOMPARE(proposal.platform, platform);
        for (const auto &[role, column] : expected)
            QCOMPARE(columnOf(proposal.mapping, role, headers), column);
    }

    void anonymisedReportIsTmallWithoutCustomer()
    {
        const QStringList headers = headersOf(anonymisedTmallReport());
        const PlatformProposal proposal =
                proposePlatformMapping(headers, profilesFor(headers, { u"订单创建时间"_s, u"订单付款时间"_s }));
        QCOMPARE(proposal.platform, u"taobao"_s);
        QVERIFY(!proposal.mapping.has(Role::CustomerId));
        QCOMPARE(columnOf(proposal.mapping, Role::Amount, headers), u"买家实际支付金额"_s);
        QCOMPARE(columnOf(proposal.mapping, Role::OrderDate, headers), u"订单创建时间"_s);
        QCOMPARE(columnOf(proposal.mapping, Role::PaidDate, headers), u"订单付款时间"_s);
        QCOMPARE(columnOf(proposal.mapping, Role::RefundAmount, headers), u"退款金额"_s);
        QCOMPARE(columnOf(proposal.mapping, Role::Address, headers), u"收货地址"_s);
    }

    void otherFilesAreNoPlatform_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::newRow("online retail") << QStringList { u"InvoiceNo"_s,   u"StockCode"_s, u"Description"_s,
                                                        u"Quantity"_s,    u"InvoiceDate"_s, u"UnitPrice"_s,
                                                        u"CustomerID"_s, u"Country"_s };
        QTest::newRow("crm export") << QStringList { u"订单号"_s, u"客户ID"_s, u"下单时间"_s, u"金额"_s, u"渠道"_s };
        // Two of Taobao's signature columns are not enough to call it a Taobao report.
        QTest::newRow("two signatures") << QStringList { u"订单编号"_s, u"买家会员名"_s, u"订单创建时间"_s, u"金额"_s };
    }

    void otherFilesAreNoPlatform()
    {
        QFETCH(QStringList, headers);
        QCOMPARE(recognisePlatform(headers), QString());
    }

    void commonNamesHelpUnknownFiles()
    {
        // Not a known platform's export, but its columns carry platform names.
        const QStringList headers { u"订单编号"_s, u"买家昵称"_s, u"下单时间"_s, u"付款时间"_s, u"实付金额"_s,
                                    u"商品总价"_s, u"交易状态"_s, u"售后金额"_s, u"收货人所在地"_s };
        const PlatformProposal proposal =
                proposePlatformMapping(headers, profilesFor(headers, { u"下单时间"_s, u"付款时间"_s }));
        QCOMPARE(proposal.platform, QString());
        QCOMPARE(columnOf(proposal.mapping, Role::CustomerId, headers), u"买家昵称"_s);
        QCOMPARE(columnOf(proposal.mapping, Role::OrderDate, headers), u"下单时间"_s);
        QCOMPARE(columnOf(proposal.mapping, Role::PaidDate, headers), u"付款时间"_s);
        QCOMPARE(columnOf(proposal.mapping, Role::Amount, headers), u"实付金额"_s);
        QCOMPARE(columnOf(proposal.mapping, Role::OrderStatus, headers), u"交易状态"_s);
        QCOMPARE(columnOf(proposal.mapping, Role::RefundAmount, headers), u"售后金额"_s);
        QCOMPARE(columnOf(proposal.mapping, Role::Address, headers), u"收货人所在地"_s);
    }

    void paymentTimeAloneIsTheOrderDate()
    {
        const QStringList headers { u"会员名"_s, u"付款时间"_s, u"实收款"_s };
        const PlatformProposal proposal = proposePlatformMapping(headers, profilesFor(headers, { u"付款时间"_s }));
        QCOMPARE(columnOf(proposal.mapping, Role::OrderDate, headers), u"付款时间"_s);
        QVERIFY(!proposal.mapping.has(Role::PaidDate));
    }

    void aTextColumnIsNoDate()
    {
        // 订单付款时间 that holds no dates is not the payment time.
        const QStringList headers { u"订单编号"_s, u"订单付款时间"_s, u"订单创建时间"_s };
        const PlatformProposal proposal = proposePlatformMapping(headers, profilesFor(headers, { u"订单创建时间"_s }));
        QVERIFY(!proposal.mapping.has(Role::PaidDate));
        QCOMPARE(columnOf(proposal.mapping, Role::OrderDate, headers), u"订单创建时间"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlatformVocabulary)
#include "tst_platformvocabulary.moc"
