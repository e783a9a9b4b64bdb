#include "io/addressregion.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait::Io;

class TestAddressRegion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("city");
        QTest::newRow("taobao spaced") << u"浙江省 杭州市 西湖区 文三路90号"_s << u"浙江"_s << u"杭州"_s;
        QTest::newRow("jd run together") << u"广东深圳市南山区科技园1号"_s << u"广东"_s << u"深圳"_s;
        QTest::newRow("municipality spaced") << u"北京 北京市 朝阳区 建国路8号"_s << u"北京"_s << u"北京"_s;
        QTest::newRow("municipality run together") << u"重庆重庆市渝中区解放碑1号"_s << u"重庆"_s << u"重庆"_s;
        QTest::newRow("autonomous region") << u"广西壮族自治区南宁市青秀区民族大道1号"_s << u"广西"_s << u"南宁"_s;
        QTest::newRow("inner mongolia short") << u"内蒙古 呼和浩特市 新城区"_s << u"内蒙古"_s << u"呼和浩特"_s;
        QTest::newRow("prefecture") << u"吉林省延边朝鲜族自治州延吉市"_s << u"吉林"_s << u"延边朝鲜族自治州"_s;
        QTest::newRow("province and city only") << u"浙江 杭州"_s << u"浙江"_s << u"杭州"_s;
        QTest::newRow("city of the same name") << u"吉林省吉林市船营区"_s << u"吉林"_s << u"吉林"_s;
        QTest::newRow("heilongjiang before a shorter name") << u"黑龙江省哈尔滨市道里区"_s << u"黑龙江"_s << u"哈尔滨"_s;
        QTest::newRow("market street is no city") << u"浙江杭州西湖区某某市场路1号"_s << u"浙江"_s << QString();
        QTest::newRow("no province") << u"杭州市西湖区文三路"_s << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(QString, province);
        QFETCH(QString, city);
        const Region region = regionFromAddress(address);
        QCOMPARE(region.province, province);
        QCOMPARE(region.city, city);
    }

    void columnsInShortForm()
    {
        QCOMPARE(shortRegion(u"江苏省", u"南京市").province, u"江苏"_s);
        QCOMPARE(shortRegion(u"江苏省", u"南京市").city, u"南京"_s);
        QCOMPARE(shortRegion(u"新疆维吾尔自治区", u"乌鲁木齐市").province, u"新疆"_s);
        QCOMPARE(shortRegion(u"Bavaria", u"Munich").province, u"Bavaria"_s);
    }
};

QTEST_GUILESS_MAIN(TestAddressRegion)
#include "tst_addressregion.moc"
