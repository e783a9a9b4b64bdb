#include "io/valueparse.h"

#include <QDate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Io;

Q_DECLARE_METATYPE(Portrait::Io::DateOrder)

namespace {

int seconds(int h, int m, int s = 0)
{
    return h * 3600 + m * 60 + s;
}

} // namespace

class TestValueParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<DateOrder>("order");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("secondsOfDay");
        const QDate jan2(2024, 1, 2);
        const QDate feb1(2024, 2, 1);
        QTest::newRow("iso date") << "2024-01-02"_ba << DateOrder::Unknown << jan2 << -1;
        QTest::newRow("iso with seconds") << "2010-12-01 08:26:00"_ba << DateOrder::Unknown << QDate(2010, 12, 1) << seconds(8, 26);
        QTest::newRow("iso T minutes") << "2024-01-02T08:26"_ba << DateOrder::Unknown << jan2 << seconds(8, 26);
        QTest::newRow("iso T zulu millis") << "2024-01-02T23:59:59.250Z"_ba << DateOrder::Unknown << jan2 << seconds(23, 59, 59);
        QTest::newRow("slashes short") << "2024/1/2"_ba << DateOrder::DMY << jan2 << -1;
        QTest::newRow("dots") << "2024.1.2"_ba << DateOrder::MDY << jan2 << -1;
        QTest::newRow("chinese") << "2024年1月2日"_ba << DateOrder::Unknown << jan2 << -1;
        QTest::newRow("chinese no day sign") << "2024年1月2"_ba << DateOrder::Unknown << jan2 << -1;
        QTest::newRow("chinese with time") << "2024年1月2日 14:05"_ba << DateOrder::Unknown << jan2 << seconds(14, 5);
        QTest::newRow("chinese time signs") << "2024年1月2日14时5分"_ba << DateOrder::Unknown << jan2 << seconds(14, 5);
        QTest::newRow("chinese time with seconds") << "2024年01月02日 14点05分30秒"_ba << DateOrder::Unknown << jan2 << seconds(14, 5, 30);
        QTest::newRow("dmy slashes") << "2/1/2024"_ba << DateOrder::DMY << jan2 << -1;
        QTest::newRow("mdy slashes") << "2/1/2024"_ba << DateOrder::MDY << feb1 << -1;
        QTest::newRow("dmy dashes padded") << "02-01-2024"_ba << DateOrder::DMY << jan2 << -1;
        QTest::newRow("dmy with short time") << "02/01/2024 8:26"_ba << DateOrder::DMY << jan2 << seconds(8, 26);
        QTest::newRow("mdy with seconds") << "12/1/2010 08:26:00"_ba << DateOrder::MDY << QDate(2010, 12, 1) << seconds(8, 26);
        QTest::newRow("mdy with pm") << "12/1/2010 8:26 PM"_ba << DateOrder::MDY << QDate(2010, 12, 1) << seconds(20, 26);
        QTest::newRow("12 am is midnight") << "2024-01-02 12:10 AM"_ba << DateOrder::Unknown << jan2 << seconds(0, 10);
        QTest::newRow("unknown order reads dmy") << "2/1/2024"_ba << DateOrder::Unknown << jan2 << -1;
        QTest::newRow("unknown order falls to mdy") << "1/25/2024"_ba << DateOrder::Unknown << QDate(2024, 1, 25) << -1;
        QTest::newRow("spaces around") << "  2024-01-02  "_ba << DateOrder::Unknown << jan2 << -1;
        QTest::newRow("leap day") << "2024-02-29"_ba << DateOrder::Unknown << QDate(2024, 2, 29) << -1;
    }

    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(DateOrder, order);
        QFETCH(QDate, date);
        QFETCH(int, secondsOfDay);
        const std::optional<DateTimeValue> value = parseDateTime(text, order);
        QVERIFY(value.has_value());
        QCOMPARE(value->day, Model::Day(date.toJulianDay()));
        QCOMPARE(value->secondsOfDay, secondsOfDay);
    }

    void notDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<DateOrder>("order");
        QTest::newRow("feb 30") << "2024-02-30"_ba << DateOrder::Unknown;
        QTest::newRow("not a leap year") << "2023-02-29"_ba << DateOrder::Unknown;
        QTest::newRow("month 13") << "2024-13-01"_ba << DateOrder::Unknown;
        QTest::newRow("dmy month 13") << "1/13/2024"_ba << DateOrder::DMY;
        QTest::newRow("mdy month 13") << "13/1/2024"_ba << DateOrder::MDY;
        QTest::newRow("mixed separators") << "2024-01/02"_ba << DateOrder::Unknown;
        QTest::newRow("hour 24") << "2024-01-02 24:00"_ba << DateOrder::Unknown;
        QTest::newRow("single-digit minutes") << "2024-01-02 8:5"_ba << DateOrder::Unknown;
        QTest::newRow("trailing text") << "2024-01-02 noon"_ba << DateOrder::Unknown;
        QTest::newRow("number") << "20240102"_ba << DateOrder::Unknown;
        QTest::newRow("two-digit year") << "2/1/24"_ba << DateOrder::DMY;
        QTest::newRow("decimal") << "12.50"_ba << DateOrder::DMY;
        QTest::newRow("empty") << QByteArray() << DateOrder::Unknown;
        QTest::newRow("text") << "United Kingdom"_ba << DateOrder::Unknown;
    }

    void notDates()
    {
        QFETCH(QByteArray, text);
        QFETCH(DateOrder, order);
        QVERIFY(!parseDateTime(text, order).has_value());
    }

    void numbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << "6"_ba << 6.0;
        QTest::newRow("decimal") << "2.55"_ba << 2.55;
        QTest::newRow("three decimals") << "0.001"_ba << 0.001;
        QTest::newRow("negative") << "-80995"_ba << -80995.0;
        QTest::newRow("plus") << "+3.5"_ba << 3.5;
        QTest::newRow("leading dot") << ".5"_ba << 0.5;
        QTest::newRow("thousands") << "1,234,567.89"_ba << 1234567.89;
        QTest::newRow("thousands small") << "1,000"_ba << 1000.0;
        QTest::newRow("yen prefix") << "¥1,280.00"_ba << 1280.0;
        QTest::newRow("fullwidth yen") << "￥ 99"_ba << 99.0;
        QTest::newRow("dollar") << "$12.50"_ba << 12.5;
        QTest::newRow("negative dollar") << "-$12.50"_ba << -12.5;
        QTest::newRow("dollar negative") << "$-12.50"_ba << -12.5;
        QTest::newRow("pound") << "£3.39"_ba << 3.39;
        QTest::newRow("euro after") << "12.50 €"_ba << 12.5;
        QTest::newRow("yuan sign after") << "35.5元"_ba << 35.5;
        QTest::newRow("spaces") << "  42  "_ba << 42.0;
        QTest::newRow("parentheses negative") << "(12.50)"_ba << -12.5;
        QTest::newRow("parentheses with currency") << "($1,000)"_ba << -1000.0;
        QTest::newRow("float id") << "17850.0"_ba << 17850.0;
        QTest::newRow("leading zeros") << "007"_ba << 7.0;
        // How Chinese shop platforms' exports write money.
        QTest::newRow("rmb prefix") << "RMB 1,234.50"_ba << 1234.5;
        QTest::newRow("rmb suffix") << "88.00 RMB"_ba << 88.0;
        QTest::newRow("cny") << "CNY12"_ba << 12.0;
        QTest::newRow("renminbi") << "人民币66.6"_ba << 66.6;
        QTest::newRow("yuan with thousands") << "1,280元"_ba << 1280.0;
        QTest::newRow("accounting negative yuan") << "(12.00)元"_ba << -12.0;
        QTest::newRow("fullwidth digits") << "１２３.５０"_ba << 123.5;
        QTest::newRow("fullwidth everything") << "（１，２３４．００）"_ba << -1234.0;
        QTest::newRow("fullwidth yen and digits") << "￥８８"_ba << 88.0;
        QTest::newRow("ideographic space") << "\xE3\x80\x80４２"_ba << 42.0;
    }

    void numbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, value);
        const std::optional<double> parsed = parseNumber(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, value);
    }

    void notNumbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("bad grouping") << "1,23"_ba;
        QTest::newRow("decimal comma") << "12,50 €"_ba; // not twelve and a half, nor 1,250
        QTest::newRow("fullwidth letters") << "ＲＭＢ"_ba;
        QTest::newRow("rmb alone") << "RMB"_ba;
        QTest::newRow("fullwidth bad grouping") << "１，２３"_ba;
        QTest::newRow("group too long") << "1234,567"_ba;
        QTest::newRow("empty group") << "1,,234"_ba;
        QTest::newRow("leading comma") << ",123"_ba;
        QTest::newRow("text") << "WHITE METAL LANTERN"_ba;
        QTest::newRow("stock code") << "85123A"_ba;
        QTest::newRow("cancellation invoice") << "C536379"_ba;
        QTest::newRow("two dots") << "2024.1.2"_ba;
        QTest::newRow("exponent") << "1e5"_ba;
        QTest::newRow("inf") << "-inf"_ba;
        QTest::newRow("nan") << "nan"_ba;
        QTest::newRow("sign only") << "-"_ba;
        QTest::newRow("currency only") << "¥"_ba;
        QTest::newRow("two signs") << "--5"_ba;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("dot only") << "."_ba;
        QTest::newRow("date") << "2024-01-02"_ba;
    }

    void notNumbers()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parseNumber(text).has_value());
    }

    void ids_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("id");
        QTest::newRow("float id") << "17850.0"_ba << "17850"_ba;
        QTest::newRow("two zeros") << "17850.00"_ba << "17850"_ba;
        QTest::newRow("plain") << "17850"_ba << "17850"_ba;
        QTest::newRow("spaces") << " 13047 "_ba << "13047"_ba;
        QTest::newRow("leading zeros kept") << "007"_ba << "007"_ba;
        QTest::newRow("leading zeros and float") << "0012.0"_ba << "0012"_ba;
        QTest::newRow("real fraction kept") << "12.5"_ba << "12.5"_ba;
        QTest::newRow("text kept") << "C536379"_ba << "C536379"_ba;
        QTest::newRow("name kept") << "Abbey O'Reilly"_ba << "Abbey O'Reilly"_ba;
        QTest::newRow("trailing dot kept") << "12."_ba << "12."_ba;
        QTest::newRow("version-like kept") << "1.0.0"_ba << "1.0.0"_ba;
    }

    void ids()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, id);
        QCOMPARE(normalizeId(text).toByteArray(), id);
    }
};

QTEST_GUILESS_MAIN(TestValueParse)
#include "tst_valueparse.moc"
