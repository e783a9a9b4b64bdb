#include "common/bundled.h"
#include "tags/dictionary.h"
#include "tags/dictionaryjson.h"
#include "tags/starterdictionary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Tags;

namespace {

TagNode named(const QString &name, const QString &nameEn = {}, const QString &rule = {})
{
    TagNode node;
    node.name = name;
    node.nameEn = nameEn;
    node.rule = rule;
    return node;
}

QStringList childNames(const TagDictionary &d, qint64 parent)
{
    QStringList out;
    for (qint64 id : d.children(parent))
        out.append(d.find(id)->name);
    return out;
}

/// Everything but the ids, which JSON does not carry: paths, order and every field, and the groups.
QStringList content(const TagDictionary &d)
{
    QStringList out;
    for (const TagNode &t : d.tags()) {
        out.append(QStringList { d.path(t.id), t.nameEn, t.definition, t.dataSource, t.refreshRule, t.ownerNote, t.rule }
                           .join(u'|'));
    }
    for (const TagGroup &g : d.groups())
        out.append(QStringList { g.name, g.expression, g.description }.join(u'|'));
    return out;
}

} // namespace

class TestTagDictionary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsATreeOfThreeLevels()
    {
        TagDictionary d;
        const qint64 behaviour = d.addTag(0, named(u"行为特征"_s, u"Behaviour"_s)).value();
        const qint64 buying = d.addTag(behaviour, named(u"消费行为"_s)).value();
        const qint64 frequent = d.addTag(buying, named(u"高频"_s, {}, u"frequency >= 5"_s)).value();
        const qint64 rare = d.addTag(buying, named(u"低频"_s)).value();
        QCOMPARE(d.level(frequent), 3);
        QCOMPARE(d.path(frequent), u"行为特征/消费行为/高频"_s);
        QCOMPARE(d.displayPath(frequent, false), u"Behaviour › 消费行为 › 高频"_s);
        QCOMPARE(d.findByPath(u"行为特征 / 消费行为/低频"_s)->id, rare);
        QVERIFY(!d.findByPath(u"行为特征/高频"_s));
        QVERIFY(d.find(frequent)->hasRule());

        // A fourth level is refused, and the dictionary is left as it was.
        const Result<qint64> fourth = d.addTag(frequent, named(u"超高频"_s));
        QVERIFY(!fourth);
        QVERIFY2(fourth.error().message.contains(u"at most 3 levels"_s), qPrintable(fourth.error().message));
        QCOMPARE(d.size(), 4);

        // Inserting at a row keeps sibling order.
        const qint64 middle = d.addTag(buying, named(u"中频"_s), 1).value();
        QCOMPARE(childNames(d, buying), QStringList({ u"高频"_s, u"中频"_s, u"低频"_s }));
        QCOMPARE(d.row(middle), 1);
        QVERIFY(d.validate());
    }

    void refusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("nameEn");
        QTest::addColumn<QString>("expected");
        QTest::newRow("duplicate") << u"高频"_s << QString() << u"already a tag \"高频\" under \"行为特征\""_s;
        QTest::newRow("duplicate of an English name") << u"Frequent"_s << QString() << u"already a tag \"高频\""_s;
        QTest::newRow("English duplicate") << u"常客"_s << u"Frequent"_s << u"already a tag \"高频\""_s;
        QTest::newRow("empty") << u"  "_s << QString() << u"cannot be empty"_s;
        QTest::newRow("slash") << u"高/低"_s << QString() << u"cannot contain \"/\""_s;
        QTest::newRow("spaces") << u" 高频 "_s << QString() << u"start or end with a space"_s;
        QTest::newRow("too long") << QString(101, u'长') << QString() << u"at most 100 characters"_s;
    }

    void refusesBadNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, nameEn);
        QFETCH(QString, expected);
        TagDictionary d;
        const qint64 top = d.addTag(0, named(u"行为特征"_s)).value();
        QVERIFY(d.addTag(top, named(u"高频"_s, u"Frequent"_s)));
        const Result<qint64> added = d.addTag(top, named(name, nameEn));
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(expected), qPrintable(added.error().message));
        QCOMPARE(d.size(), 2);
        // The same name is fine under another parent.
        const qint64 other = d.addTag(0, named(u"态度"_s)).value();
        QVERIFY(d.addTag(other, named(u"高频"_s)));
    }

    void renamesMovesAndRemoves()
    {
        TagDictionary d;
        const qint64 a = d.addTag(0, named(u"A"_s)).value();
        const qint64 b = d.addTag(0, named(u"B"_s)).value();
        const qint64 a1 = d.addTag(a, named(u"a1"_s)).value();
        const qint64 a11 = d.addTag(a1, named(u"a11"_s)).value();
        const qint64 b1 = d.addTag(b, named(u"b1"_s)).value();

        QVERIFY(d.renameTag(a1, u"x"_s));
        QCOMPARE(d.path(a11), u"A/x/a11"_s);
        QVERIFY(!d.renameTag(b, u"A"_s));

        // a1 (with its child) fits under B, next to b1, but not under b1: that would be 4 levels.
        QVERIFY(!d.moveTag(a1, b1));
        QVERIFY(!d.moveTag(a, a11));   // under itself
        QVERIFY(d.moveTag(a1, b, 0));
        QCOMPARE(childNames(d, b), QStringList({ u"x"_s, u"b1"_s }));
        QCOMPARE(d.path(a11), u"B/x/a11"_s);
        QCOMPARE(d.level(a11), 3);

        const QList<qint64> removed = d.removeTag(a1);
        QCOMPARE(removed, QList<qint64>({ a1, a11 }));
        QVERIFY(!d.find(a11));
        // An undone delete gets its id back.
        QCOMPARE(d.addTag(b, [&] { TagNode n = named(u"x"_s); n.id = a1; return n; }(), 0).value(), a1);
        // A taken id is not reused.
        TagNode clash = named(u"y"_s);
        clash.id = b1;
        QVERIFY(d.addTag(b, clash).value() != b1);
        QVERIFY(d.validate());
    }

    void groupsHaveUniqueNames()
    {
        TagDictionary d;
        QVERIFY(d.setGroup({ u"高价值沉睡"_s, u"has_tag(\"高价值\")"_s, {} }));
        QVERIFY(d.setGroup({ u"高价值沉睡"_s, u"has_tag(\"沉睡\")"_s, u"edited"_s }));   // replaces
        QCOMPARE(d.groups().size(), 1);
        QCOMPARE(d.groups().first().expression, u"has_tag(\"沉睡\")"_s);
        QVERIFY(d.setGroup({ u"口碑"_s, u"true"_s, {} }));
        QVERIFY(!d.replaceGroup(u"口碑"_s, { u"高价值沉睡"_s, u"true"_s, {} }));
        QVERIFY(d.replaceGroup(u"口碑"_s, { u"口碑传播者"_s, u"true"_s, {} }));
        QVERIFY(d.findGroup(u"口碑传播者"_s));
        QVERIFY(!d.setGroup({ u""_s, u"true"_s, {} }));
        QVERIFY(d.removeGroup(u"口碑传播者"_s));
        QCOMPARE(d.groups().size(), 1);
    }

    void starterFollowsTheTagSystem()
    {
        const TagDictionary d = starterDictionary();
        QVERIFY(d.validate());
        QCOMPARE(childNames(d, 0), QStringList({ u"基础属性"_s, u"行为特征"_s, u"需求偏好"_s, u"价值等级"_s, u"态度"_s }));
        const TagNode *promo = d.findByPath(u"行为特征/消费行为/促销敏感"_s);
        QVERIFY(promo);
        QCOMPARE(promo->rule, u"promo_share >= 0.6"_s);
        QVERIFY(d.findByPath(u"行为特征/活跃度/流失风险"_s));
        QVERIFY(d.findByPath(u"基础属性/地域"_s));
        QVERIFY(d.findByPath(u"需求偏好/支付偏好"_s));
        QCOMPARE(d.findByPath(u"价值等级/高价值"_s)->rule, u"value_tier = \"高\""_s);
        QVERIFY(d.findByPath(u"态度/NPS/贬损者"_s));
        QVERIFY(!d.findByPath(u"价值等级/重点客户"_s)->hasRule());   // the manual example
        int leaves = 0;
        for (const TagNode &t : d.tags()) {
            QVERIFY2(!t.nameEn.isEmpty(), qPrintable(t.name));
            QVERIFY2(!t.definition.isEmpty() && !t.dataSource.isEmpty() && !t.refreshRule.isEmpty()
                             && !t.ownerNote.isEmpty(),
                     qPrintable(t.name));
            if (!d.hasChildren(t.id)) {
                ++leaves;
                QVERIFY2(d.level(t.id) >= 2, qPrintable(t.name));
            }
        }
        // "Start with 20-30 tags" (seeds/004): the starter stays near that.
        QVERIFY2(leaves >= 20 && leaves <= 50, qPrintable(QString::number(leaves)));
        QCOMPARE(d.groups().size(), 3);
    }

    void starterIsBundledData()
    {
        // The bundled file is what `portrait tag --export-dictionary` writes for it: an analyst's copy
        // of the starter is the same file.
        const Result<QByteArray> file = bundledData(u"starter_dictionary.json"_s);
        QVERIFY2(file, qPrintable(file.ok() ? QString() : file.error().message));
        const TagDictionary english = starterDictionaryInEnglish();
        QVERIFY(!english.isEmpty());
        QCOMPARE(dictionaryToJson(english), *file);
        QCOMPARE(starterDictionary(u"en"_s), english);
        QCOMPARE(starterDictionary(u"xx_YY"_s), english);   // no bundled texts: English
        QCOMPARE(starterDictionaryLanguages().first(), u"en"_s);
    }

    void starterIsTranslatedCompletely()
    {
        const TagDictionary english = starterDictionaryInEnglish();
        QSet<QString> englishTexts;
        for (const TagNode &t : english.tags()) {
            for (const QString &text : { t.definition, t.dataSource, t.refreshRule, t.ownerNote })
                englishTexts.insert(text);
        }
        for (const TagGroup &g : english.groups())
            englishTexts.insert(g.description);
        englishTexts.remove(QString());

        const QStringList languages = starterDictionaryLanguages().mid(1);
        QVERIFY(languages.contains(u"zh_CN"_s));
        for (const QString &language : languages) {
            const TagDictionary translated = starterDictionary(language);
            QCOMPARE(translated.size(), english.size());
            const QList<TagNode> e = english.tags();
            const QList<TagNode> t = translated.tags();
            for (qsizetype i = 0; i < e.size(); ++i) {
                // Names, display names and rules are the same in every language: rules and has_tag() use them.
                QCOMPARE(translated.path(t[i].id), english.path(e[i].id));
                QCOMPARE(t[i].nameEn, e[i].nameEn);
                QCOMPARE(t[i].rule, e[i].rule);
                for (const auto &[shown, source] : { std::pair { t[i].definition, e[i].definition },
                                                     std::pair { t[i].dataSource, e[i].dataSource },
                                                     std::pair { t[i].refreshRule, e[i].refreshRule },
                                                     std::pair { t[i].ownerNote, e[i].ownerNote } }) {
                    QVERIFY2(shown != source, qPrintable(language + u": "_s + source));
                }
            }
            QCOMPARE(translated.groups().size(), english.groups().size());
            for (qsizetype i = 0; i < english.groups().size(); ++i) {
                QCOMPARE(translated.groups()[i].name, english.groups()[i].name);
                QCOMPARE(translated.groups()[i].expression, english.groups()[i].expression);
                QVERIFY(translated.groups()[i].description != english.groups()[i].description);
            }

            // The language's file translates exactly the English texts: none missing, none left over
            // from an older wording.
            const Result<QByteArray> file = bundledData(u"starter_dictionary."_s + language + u".json"_s);
            QVERIFY(file);
            const QJsonObject root = QJsonDocument::fromJson(*file).object();
            QCOMPARE(root.value(u"language"_s).toString(), language);
            const QStringList keys = root.value(u"texts"_s).toObject().keys();
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()), englishTexts);
        }
    }

    void jsonRoundTrip()
    {
        TagDictionary d = starterDictionary();
        QVERIFY(d.moveTag(d.findByPath(u"态度"_s)->id, 0, 0));   // order matters and is kept
        const QByteArray json = dictionaryToJson(d);
        QVERIFY(json.contains("\"format\": \"portrait-tag-dictionary\""));
        QVERIFY(json.contains("\"children\""));
        const Result<TagDictionary> back = dictionaryFromJson(json);
        QVERIFY2(back, qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(content(*back), content(d));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"dict.json"_s);
        QVERIFY(saveDictionaryFile(d, path));
        const Result<TagDictionary> loaded = loadDictionaryFile(path);
        QVERIFY(loaded);
        QCOMPARE(content(*loaded), content(d));
        QCOMPARE(loaded->findByPath(u"行为特征/消费行为/促销敏感"_s)->nameEn, u"Promotion-sensitive"_s);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << u"not a valid JSON file"_s;
        QTest::newRow("other format") << QByteArray(R"({"format": "x", "tags": []})") << u"not a Portrait tag dictionary"_s;
        QTest::newRow("newer") << QByteArray(R"({"format": "portrait-tag-dictionary", "version": 9})") << u"newer Portrait"_s;
        QTest::newRow("four levels")
                << QByteArray(R"({"format": "portrait-tag-dictionary", "tags": [{"name": "a", "children": [{"name": "b",
                   "children": [{"name": "c", "children": [{"name": "d"}]}]}]}]})")
                << u"tag \"a/b/c/d\": tags have at most 3 levels"_s;
        QTest::newRow("siblings") << QByteArray(R"({"format": "portrait-tag-dictionary", "tags": [{"name": "a"}, {"name": "a"}]})")
                                  << u"already a tag \"a\" at the top level"_s;
        QTest::newRow("group twice")
                << QByteArray(R"({"format": "portrait-tag-dictionary", "groups": [{"name": "g", "expression": "true"},
                   {"name": "g", "expression": "false"}]})")
                << u"already a group \"g\""_s;
    }

    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<TagDictionary> d = dictionaryFromJson(json, u"dict.json"_s);
        QVERIFY(!d);
        QVERIFY2(d.error().message.contains(expected), qPrintable(d.error().message));
        QCOMPARE(d.error().source, u"dict.json"_s);
    }
};

QTEST_GUILESS_MAIN(TestTagDictionary)
#include "tst_tagdictionary.moc"
