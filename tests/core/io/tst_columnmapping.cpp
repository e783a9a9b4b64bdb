#include "io/columnmapping.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Io;

namespace {

using Pairs = QList<QPair<QString, QString>>; // role key -> header

QList<ColumnProfile> profilesOf(const QStringList &headers, const QList<ColumnType> &types)
{
    QList<ColumnProfile> profiles;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        ColumnProfile p;
        p.name = headers[i];
        p.type = i < types.size() ? types[i] : ColumnType::Text;
        profiles.append(p);
    }
    return profiles;
}

/// The mapping as sorted "role=header" lines, so a failed comparison shows what differs.
QStringList describe(const ColumnMapping &mapping, const QStringList &headers)
{
    QStringList lines;
    for (int r = 1; r < RoleCount; ++r) {
        const int c = mapping.column(Role(r));
        if (c >= 0)
            lines.append(roleKey(Role(r)) + u'=' + headers.value(c));
    }
    lines.sort();
    return lines;
}

QStringList describe(const Pairs &pairs)
{
    QStringList lines;
    for (const auto &[role, header] : pairs)
        lines.append(role + u'=' + header);
    lines.sort();
    return lines;
}

const QStringList onlineRetail { u"InvoiceNo"_s, u"StockCode"_s, u"Description"_s, u"Quantity"_s,
                                 u"InvoiceDate"_s, u"UnitPrice"_s, u"CustomerID"_s, u"Country"_s };

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleKeys()
    {
        QCOMPARE(roleKey(Role::CustomerId), u"customer_id"_s);
        QCOMPARE(roleKey(Role::PaymentMethod), u"payment_method"_s);
        QCOMPARE(roleKey(Role::Motivation), u"motivation"_s);
        for (int r = 1; r < RoleCount; ++r) {
            QCOMPARE(roleFromKey(roleKey(Role(r))), std::optional<Role>(Role(r)));
            QVERIFY(!roleLabel(Role(r)).isEmpty());
        }
        QCOMPARE(roleFromKey(u"Order-Date"), std::optional<Role>(Role::OrderDate));
        QVERIFY(!roleFromKey(u"nothing").has_value());
        QCOMPARE(roleLabel(Role::UnitPrice), u"Unit price"_s);
    }

    void propose_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QList<ColumnType>>("types");
        QTest::addColumn<Pairs>("expected");
        using T = ColumnType;
        QTest::newRow("online retail")
                << onlineRetail
                << QList<T> { T::Text, T::Text, T::Text, T::Integer, T::DateTime, T::Decimal, T::Integer, T::Text }
                << Pairs { { u"order_id"_s, u"InvoiceNo"_s }, { u"quantity"_s, u"Quantity"_s },
                           { u"order_date"_s, u"InvoiceDate"_s }, { u"unit_price"_s, u"UnitPrice"_s },
                           { u"customer_id"_s, u"CustomerID"_s }, { u"country"_s, u"Country"_s } };
        QTest::newRow("rfm orders")
                << QStringList { u"customer_id"_s, u"order_date"_s, u"revenue"_s, u"first_name"_s, u"last_name"_s, u"email"_s }
                << QList<T> { T::Text, T::Date, T::Integer, T::Text, T::Text, T::Text }
                << Pairs { { u"customer_id"_s, u"customer_id"_s }, { u"order_date"_s, u"order_date"_s },
                           { u"amount"_s, u"revenue"_s }, { u"name"_s, u"first_name"_s }, { u"email"_s, u"email"_s } };
        QTest::newRow("rfm customers")
                << QStringList { u"customer_id"_s, u"revenue"_s, u"most_recent_visit"_s, u"number_of_orders"_s,
                                 u"recency_days"_s, u"first_name"_s, u"last_name"_s, u"email"_s }
                << QList<T> { T::Integer, T::Integer, T::Date, T::Integer, T::Integer, T::Text, T::Text, T::Text }
                << Pairs { { u"customer_id"_s, u"customer_id"_s }, { u"amount"_s, u"revenue"_s },
                           { u"last_order_date"_s, u"most_recent_visit"_s }, { u"order_count"_s, u"number_of_orders"_s },
                           { u"recency_days"_s, u"recency_days"_s }, { u"name"_s, u"first_name"_s },
                           { u"email"_s, u"email"_s } };
        QTest::newRow("chinese shop export")
                << QStringList { u"会员编号"_s, u"订单号"_s, u"下单时间"_s, u"实付金额"_s, u"购买数量"_s, u"单价"_s,
                                 u"姓名"_s, u"手机号"_s, u"邮箱"_s, u"性别"_s, u"生日"_s, u"年龄"_s, u"省份"_s,
                                 u"城市"_s, u"国家"_s, u"来源渠道"_s, u"商品类别"_s, u"支付方式"_s, u"是否促销"_s,
                                 u"购买次数"_s, u"最近购买日期"_s, u"最近购买天数"_s, u"注册时间"_s, u"推荐意愿"_s,
                                 u"满意度"_s, u"购买动机"_s }
                << QList<T> { T::Text, T::Text, T::DateTime, T::Decimal, T::Integer, T::Decimal, T::Text, T::Text,
                              T::Text, T::Text, T::Date, T::Integer, T::Text, T::Text, T::Text, T::Text, T::Text,
                              T::Text, T::Text, T::Integer, T::Date, T::Integer, T::DateTime, T::Integer,
                              T::Integer, T::Text }
                << Pairs { { u"customer_id"_s, u"会员编号"_s }, { u"order_id"_s, u"订单号"_s },
                           { u"order_date"_s, u"下单时间"_s }, { u"amount"_s, u"实付金额"_s },
                           { u"quantity"_s, u"购买数量"_s }, { u"unit_price"_s, u"单价"_s }, { u"name"_s, u"姓名"_s },
                           { u"phone"_s, u"手机号"_s }, { u"email"_s, u"邮箱"_s }, { u"gender"_s, u"性别"_s },
                           { u"birth_date"_s, u"生日"_s }, { u"age"_s, u"年龄"_s }, { u"province"_s, u"省份"_s },
                           { u"city"_s, u"城市"_s }, { u"country"_s, u"国家"_s }, { u"channel"_s, u"来源渠道"_s },
                           { u"category"_s, u"商品类别"_s }, { u"payment_method"_s, u"支付方式"_s },
                           { u"promo_flag"_s, u"是否促销"_s }, { u"order_count"_s, u"购买次数"_s },
                           { u"last_order_date"_s, u"最近购买日期"_s }, { u"recency_days"_s, u"最近购买天数"_s },
                           { u"signup_date"_s, u"注册时间"_s }, { u"nps"_s, u"推荐意愿"_s },
                           { u"satisfaction"_s, u"满意度"_s }, { u"motivation"_s, u"购买动机"_s } };
        QTest::newRow("case spaces underscores")
                << QStringList { u"Customer ID"_s, u"ORDER_DATE"_s, u"Unit Price"_s, u"qty"_s }
                << QList<T> { T::Integer, T::Date, T::Decimal, T::Integer }
                << Pairs { { u"customer_id"_s, u"Customer ID"_s }, { u"order_date"_s, u"ORDER_DATE"_s },
                           { u"unit_price"_s, u"Unit Price"_s }, { u"quantity"_s, u"qty"_s } };
        QTest::newRow("exact beats partial")
                << QStringList { u"订单金额(元)"_s, u"支付金额"_s } << QList<T> { T::Decimal, T::Decimal }
                << Pairs { { u"amount"_s, u"支付金额"_s } };
        QTest::newRow("partial names")
                << QStringList { u"客户编号(会员)"_s, u"订单金额(元)"_s, u"Order Date (UTC)"_s }
                << QList<T> { T::Text, T::Decimal, T::DateTime }
                << Pairs { { u"customer_id"_s, u"客户编号(会员)"_s }, { u"amount"_s, u"订单金额(元)"_s },
                           { u"order_date"_s, u"Order Date (UTC)"_s } };
        QTest::newRow("date role needs a date column")
                << QStringList { u"date"_s, u"amount"_s } << QList<T> { T::Text, T::Decimal }
                << Pairs { { u"amount"_s, u"amount"_s } };
        QTest::newRow("type breaks the tie")
                << QStringList { u"Sales"_s, u"Total"_s } << QList<T> { T::Text, T::Decimal }
                << Pairs { { u"amount"_s, u"Total"_s } };
        QTest::newRow("nothing known") << QStringList { u"foo"_s, u"bar"_s } << QList<T> {} << Pairs {};
    }

    void propose()
    {
        QFETCH(QStringList, headers);
        QFETCH(QList<ColumnType>, types);
        QFETCH(Pairs, expected);
        const ColumnMapping mapping = proposeMapping(headers, profilesOf(headers, types));
        QCOMPARE(describe(mapping, headers), describe(expected));
    }

    void jsonRoundTrip()
    {
        ColumnMapping mapping;
        mapping.set(Role::CustomerId, 6);
        mapping.set(Role::OrderDate, 4);
        mapping.set(Role::Amount, 9); // beyond the headers: written as a number
        const QJsonObject json = mapping.toJson(onlineRetail);
        QCOMPARE(json.value(u"customer_id"_s).toString(), u"CustomerID"_s);
        QCOMPARE(json.value(u"order_date"_s).toString(), u"InvoiceDate"_s);
        QCOMPARE(json.value(u"amount"_s).toInt(), 10);
        QCOMPARE(json.size(), 3);
        QStringList wide = onlineRetail;
        wide << u"x"_s << u"y"_s << u"z"_s;
        const Result<ColumnMapping> back = ColumnMapping::fromJson(json, wide);
        QVERIFY(back.ok());
        QCOMPARE(back->roleColumn, mapping.roleColumn);
        QCOMPARE(back->roleOf(4), Role::OrderDate);
        QCOMPARE(back->roleOf(0), Role::None);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown role") << QJsonObject { { u"shoe_size"_s, u"Country"_s } } << u"shoe_size"_s;
        QTest::newRow("unknown header") << QJsonObject { { u"customer_id"_s, u"Kunde"_s } } << u"Kunde"_s;
        QTest::newRow("number out of range") << QJsonObject { { u"amount"_s, 42 } } << u"42"_s;
    }

    void jsonErrors()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, mentions);
        const Result<ColumnMapping> r = ColumnMapping::fromJson(json, onlineRetail);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void overrides()
    {
        ColumnMapping mapping = proposeMapping(onlineRetail, {});
        QCOMPARE(mapping.column(Role::OrderId), 0);
        const Status s = applyMappingOverrides(mapping, onlineRetail,
                                               { u"order_id="_s, u"amount=6"_s, u"category = stockcode"_s,
                                                 u"customer_id=CustomerID"_s });
        QVERIFY(s.ok());
        QVERIFY(!mapping.has(Role::OrderId));
        QCOMPARE(mapping.column(Role::Amount), 5);
        QCOMPARE(mapping.column(Role::Category), 1);
        QCOMPARE(mapping.column(Role::CustomerId), 6);
    }

    void overrideErrors_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("unknown role") << u"shoe_size=Country"_s << QStringList { u"shoe_size"_s, u"customer_id"_s, u"motivation"_s };
        QTest::newRow("no equals sign") << u"customer_id"_s << QStringList { u"role=column"_s };
        QTest::newRow("unknown column") << u"amount=Revenue"_s << QStringList { u"Revenue"_s, u"\"InvoiceNo\""_s, u"8"_s };
        QTest::newRow("column number too big") << u"amount=9"_s << QStringList { u"\"9\""_s, u"\"Country\""_s };
        QTest::newRow("column number zero") << u"amount=0"_s << QStringList { u"\"0\""_s };
    }

    void overrideErrors()
    {
        QFETCH(QString, item);
        QFETCH(QStringList, mentions);
        ColumnMapping mapping;
        const Status s = applyMappingOverrides(mapping, onlineRetail, { item });
        QVERIFY(!s.ok());
        for (const QString &m : mentions)
            QVERIFY2(s.error().message.contains(m), qPrintable(s.error().message));
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
