// The bundled province and city table (resources/data/regions.tsv): complete, unique, and
// consistent with GB/T 2260's code structure; and the lookups the region step relies on.
#include "clean/regiontable.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Portrait::Clean::RegionTable;

class TestRegionTable : public QObject
{
    Q_OBJECT

private:
    const RegionTable &table() const { return *RegionTable::bundled(); }

private Q_SLOTS:
    void initTestCase()
    {
        const auto &bundled = RegionTable::bundled();
        QVERIFY2(bundled.ok(), bundled.ok() ? "" : qPrintable(bundled.error().toString()));
    }
    void allProvincialDivisions();
    void codesAndNamesUnique();
    void citiesUnderTheirProvince();
    void prefectureCounts_data();
    void prefectureCounts();
    void lookups_data();
    void lookups();
    void combinedPlaces();
    void damagedTableRefused();
};

void TestRegionTable::allProvincialDivisions()
{
    // The 34 provincial-level divisions: 23 provinces (Taiwan included), 5 autonomous regions, 4
    // municipalities and 2 special administrative regions.
    const QStringList expected { u"北京市"_s, u"天津市"_s, u"上海市"_s, u"重庆市"_s, u"河北省"_s, u"山西省"_s,
                                 u"辽宁省"_s, u"吉林省"_s, u"黑龙江省"_s, u"江苏省"_s, u"浙江省"_s, u"安徽省"_s,
                                 u"福建省"_s, u"江西省"_s, u"山东省"_s, u"河南省"_s, u"湖北省"_s, u"湖南省"_s,
                                 u"广东省"_s, u"海南省"_s, u"四川省"_s, u"贵州省"_s, u"云南省"_s, u"陕西省"_s,
                                 u"甘肃省"_s, u"青海省"_s, u"台湾省"_s, u"内蒙古自治区"_s, u"广西壮族自治区"_s,
                                 u"西藏自治区"_s, u"宁夏回族自治区"_s, u"新疆维吾尔自治区"_s, u"香港特别行政区"_s,
                                 u"澳门特别行政区"_s };
    QSet<QString> names;
    for (const Clean::Region &province : table().provinces())
        names.insert(province.name);
    QCOMPARE(table().provinces().size(), 34);
    QCOMPARE(names, QSet<QString>(expected.begin(), expected.end()));
}

void TestRegionTable::codesAndNamesUnique()
{
    QSet<QString> codes, provinceNames, cityNames, fullNames;
    for (const Clean::Region &province : table().provinces()) {
        QVERIFY2(!codes.contains(province.code), qPrintable(province.code));
        codes.insert(province.code);
        const QStringList names = QStringList(province.shortForms) << province.name;
        for (const QString &name : names) {
            QVERIFY2(!provinceNames.contains(name.toLower()), qPrintable(name));
            provinceNames.insert(name.toLower());
        }
        fullNames.insert(province.name);
    }
    for (const Clean::Region &city : table().cities()) {
        QVERIFY2(!codes.contains(city.code), qPrintable(city.code));
        codes.insert(city.code);
        const QStringList names = QStringList(city.shortForms) << city.name;
        for (const QString &name : names) {
            QVERIFY2(!cityNames.contains(name.toLower()), qPrintable(name));
            cityNames.insert(name.toLower());
        }
        // A full city name is nobody else's, except a municipality's, which is its own city.
        const bool municipality = city.code.endsWith(u"0100"_s) && fullNames.contains(city.name);
        QVERIFY2(municipality || !fullNames.contains(city.name), qPrintable(city.name));
        fullNames.insert(city.name);
    }
}

void TestRegionTable::citiesUnderTheirProvince()
{
    for (const Clean::Region &city : table().cities()) {
        QVERIFY(city.province >= 0);
        const Clean::Region &province = table().provinces().at(city.province);
        QCOMPARE(city.code.left(2), province.code.left(2));
        QVERIFY(province.code.endsWith(u"0000"_s));
        QVERIFY2(!city.code.endsWith(u"0000"_s), qPrintable(city.code));
    }
    // 333 prefecture-level divisions, and the four municipalities as their own city.
    QCOMPARE(table().cities().size(), 333 + 4);
}

void TestRegionTable::prefectureCounts_data()
{
    QTest::addColumn<QString>("province");
    QTest::addColumn<int>("cities");
    QTest::newRow("广东") << u"广东省"_s << 21;
    QTest::newRow("四川") << u"四川省"_s << 21;
    QTest::newRow("河南") << u"河南省"_s << 17;
    QTest::newRow("山东") << u"山东省"_s << 16;
    QTest::newRow("内蒙古") << u"内蒙古自治区"_s << 12;
    QTest::newRow("新疆") << u"新疆维吾尔自治区"_s << 14;
    QTest::newRow("海南") << u"海南省"_s << 4;
    QTest::newRow("宁夏") << u"宁夏回族自治区"_s << 5;
    QTest::newRow("香港") << u"香港特别行政区"_s << 0;
}

void TestRegionTable::prefectureCounts()
{
    QFETCH(QString, province);
    QFETCH(int, cities);
    const int index = table().findProvince(province);
    QVERIFY(index >= 0);
    const auto count = std::count_if(table().cities().begin(), table().cities().end(),
                                     [&](const Clean::Region &city) { return city.province == index; });
    QCOMPARE(int(count), cities);
}

void TestRegionTable::lookups_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("code");
    QTest::newRow("广东") << u"广东"_s << u"广东省"_s << QString() << u"440000"_s;
    QTest::newRow("广东省 padded") << u" 广东省 "_s << u"广东省"_s << QString() << u"440000"_s;
    QTest::newRow("广东 省") << u"广东 省"_s << u"广东省"_s << QString() << u"440000"_s;
    QTest::newRow("内蒙古") << u"内蒙古"_s << u"内蒙古自治区"_s << QString() << u"150000"_s;
    QTest::newRow("广西") << u"广西"_s << u"广西壮族自治区"_s << QString() << u"450000"_s;
    QTest::newRow("pinyin") << u"guangdong"_s << u"广东省"_s << QString() << u"440000"_s;
    QTest::newRow("Inner Mongolia") << u"Inner Mongolia"_s << u"内蒙古自治区"_s << QString() << u"150000"_s;
    QTest::newRow("北京 as a place") << u"北京"_s << u"北京市"_s << u"北京市"_s << u"110100"_s;
    QTest::newRow("深圳") << u"深圳"_s << u"广东省"_s << u"深圳市"_s << u"440300"_s;
    QTest::newRow("深圳市") << u"深圳市"_s << u"广东省"_s << u"深圳市"_s << u"440300"_s;
    QTest::newRow("杭州") << u"杭州"_s << u"浙江省"_s << u"杭州市"_s << u"330100"_s;
    QTest::newRow("吉林 as a city") << u"吉林市"_s << u"吉林省"_s << u"吉林市"_s << u"220200"_s;
    QTest::newRow("延边州") << u"延边州"_s << u"吉林省"_s << u"延边朝鲜族自治州"_s << u"222400"_s;
    QTest::newRow("海南州 is in 青海") << u"海南州"_s << u"青海省"_s << u"海南藏族自治州"_s << u"632500"_s;
    QTest::newRow("阿里") << u"阿里地区"_s << u"西藏自治区"_s << u"阿里地区"_s << u"542500"_s;
    QTest::newRow("兴安盟") << u"兴安盟"_s << u"内蒙古自治区"_s << u"兴安盟"_s << u"152200"_s;
}

void TestRegionTable::lookups()
{
    QFETCH(QString, text);
    QFETCH(QString, province);
    QFETCH(QString, city);
    QFETCH(QString, code);
    const RegionTable::Place place = table().parsePlace(text);
    QVERIFY(place.province >= 0);
    QCOMPARE(table().provinces().at(place.province).name, province);
    if (city.isEmpty()) {
        QCOMPARE(place.city, -1);
        QCOMPARE(table().provinces().at(place.province).code, code);
    } else {
        QVERIFY(place.city >= 0);
        QCOMPARE(table().cities().at(place.city).name, city);
        QCOMPARE(table().cities().at(place.city).code, code);
    }
}

void TestRegionTable::combinedPlaces()
{
    const auto names = [&](const QString &text) {
        const RegionTable::Place place = table().parsePlace(text);
        return QStringList { place.province >= 0 ? table().provinces().at(place.province).name : QString(),
                             place.city >= 0 ? table().cities().at(place.city).name : QString() };
    };
    QCOMPARE(names(u"广东省深圳市"_s), (QStringList { u"广东省"_s, u"深圳市"_s }));
    QCOMPARE(names(u"浙江 杭州"_s), (QStringList { u"浙江省"_s, u"杭州市"_s }));
    QCOMPARE(names(u"内蒙古包头市"_s), (QStringList { u"内蒙古自治区"_s, u"包头市"_s }));
    QCOMPARE(names(u"北京市朝阳区"_s), (QStringList { u"北京市"_s, QString() }));
    QCOMPARE(names(u"火星"_s), (QStringList { QString(), QString() }));
}

void TestRegionTable::damagedTableRefused()
{
    const QByteArray header = "code\tname\tshort\n";
    auto twice = RegionTable::parse(header + "440000\t广东省\t广东\n440300\t深圳市\t深圳\n440400\t深圳市\t\n", u"t.tsv"_s);
    QVERIFY(!twice);
    QCOMPARE(twice.error().row, 4);
    auto orphan = RegionTable::parse(header + "440000\t广东省\t广东\n330100\t杭州市\t杭州\n", u"t.tsv"_s);
    QVERIFY(!orphan);
    QVERIFY(orphan.error().message.contains(u"杭州市"_s));
    auto badCode = RegionTable::parse(header + "44000\t广东省\t广东\n", u"t.tsv"_s);
    QVERIFY(!badCode);
}

QTEST_APPLESS_MAIN(TestRegionTable)
#include "tst_regiontable.moc"
