// Model::TextColumn: what the frame's text attributes are stored in.
#include "model/textcolumn.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Portrait::Model::TextColumn;

class TestTextColumn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pooledKeepsEachValueOnce()
    {
        TextColumn cities(TextColumn::Sharing::Pooled);
        const QStringList given { u"杭州"_s, QString(), u"宁波"_s, u"杭州"_s, u""_s, u"宁波"_s, u"杭州"_s };
        for (const QString &city : given)
            cities.append(city);
        QCOMPARE(cities.size(), given.size());
        for (qsizetype row = 0; row < given.size(); ++row)
            QCOMPARE(cities.at(row), given.at(row));
        QCOMPARE(cities.values(), QStringList({ u"杭州"_s, u"宁波"_s }));
        QCOMPARE(cities.codes(), std::vector<qint32>({ 0, -1, 1, 0, -1, 1, 0 }));

        cities.set(1, u"宁波"_s);
        cities.set(0, QString());
        QCOMPARE(cities.at(1), u"宁波"_s);
        QVERIFY(cities.at(0).isEmpty());
        QCOMPARE(cities.values().size(), 2);
        QCOMPARE(cities.value(7), QString());
        QCOMPARE(cities.value(-1), QString());
    }

    void perRowRewritesItsOwnSlot()
    {
        TextColumn phones;
        phones.append(u"13800000001"_s);
        phones.append();
        phones.append(u"13800000001"_s); // the same text on another row is its own value
        QCOMPARE(phones.values().size(), 2);
        phones.set(0, u"13900000002"_s);
        QCOMPARE(phones.at(0), u"13900000002"_s);
        QCOMPARE(phones.at(2), u"13800000001"_s);
        QCOMPARE(phones.values().size(), 2); // rewritten in place, not appended
        phones.set(1, u"13700000003"_s);
        QCOMPARE(phones.at(1), u"13700000003"_s);
        QVERIFY(phones.at(0) != phones.at(1));
    }
};

QTEST_GUILESS_MAIN(TestTextColumn)
#include "tst_textcolumn.moc"
