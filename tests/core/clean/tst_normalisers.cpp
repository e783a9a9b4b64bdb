// Each normaliser on real-world writings: the ones analysts meet in shop, CRM and survey exports.
#include "clean/normalisers.h"
#include "clean/textforms.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait::Clean;

Q_DECLARE_METATYPE(Portrait::Clean::Phone::Kind)
Q_DECLARE_METATYPE(Portrait::Clean::Flag)
Q_DECLARE_METATYPE(Portrait::Clean::Gender)

class TestNormalisers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phone_data();
    void phone();
    void landlinesKeptWhenAsked();
    void email_data();
    void email();
    void emailLowercasesLocalPartOnlyWhenAsked();
    void name_data();
    void name();
    void gender_data();
    void gender();
    void memberId_data();
    void memberId();
    void halfWidth();
};

void TestNormalisers::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Phone::Kind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Flag>("flag");
    using K = Phone::Kind;
    const QString m = u"13812345678"_s;
    QTest::newRow("plain") << u"13812345678"_s << K::Mobile << m << m << Flag::None;
    QTest::newRow("+86 spaced") << u"+86 138 1234 5678"_s << K::Mobile << m << m << Flag::None;
    QTest::newRow("(+86)") << u"(+86) 13812345678"_s << K::Mobile << m << m << Flag::None;
    QTest::newRow("86 glued") << u"8613812345678"_s << K::Mobile << m << m << Flag::None;
    QTest::newRow("0086") << u"0086-138-1234-5678"_s << K::Mobile << m << m << Flag::None;
    QTest::newRow("hyphens") << u"138-1234-5678"_s << K::Mobile << m << m << Flag::None;
    QTest::newRow("dots") << u"138.1234.5678"_s << K::Mobile << m << m << Flag::None;
    QTest::newRow("full-width") << u"１３８１２３４５６７８"_s << K::Mobile << m << m << Flag::None;
    QTest::newRow("ideographic space") << u"　138　1234　5678　"_s << K::Mobile << m << m << Flag::None;
    QTest::newRow("Chinese brackets") << u"（+86）138 1234 5678"_s << K::Mobile << m << m << Flag::None;
    QTest::newRow("trunk 0 before mobile") << u"013812345678"_s << K::Mobile << m << m << Flag::None;
    QTest::newRow("199 range") << u"199 0000 1111"_s << K::Mobile << u"19900001111"_s << u"19900001111"_s << Flag::None;
    QTest::newRow("Beijing landline") << u"010 6552 9988"_s << K::Landline << u"010-65529988"_s << u"01065529988"_s
                                      << Flag::None;
    QTest::newRow("Beijing via +86") << u"+86 10 6552 9988"_s << K::Landline << u"010-65529988"_s
                                     << u"01065529988"_s << Flag::None;
    QTest::newRow("Shenzhen brackets") << u"(0755)8612-3456"_s << K::Landline << u"0755-86123456"_s
                                       << u"075586123456"_s << Flag::None;
    QTest::newRow("Hangzhou 7 digits") << u"0571-8765432"_s << K::Landline << u"0571-8765432"_s << u"05718765432"_s
                                       << Flag::None;
    QTest::newRow("Shanghai extension") << u"021-64881234 转 806"_s << K::Landline << u"021-64881234-806"_s
                                        << u"02164881234"_s << Flag::None;
    QTest::newRow("ext.") << u"021 6488 1234 ext. 12"_s << K::Landline << u"021-64881234-12"_s << u"02164881234"_s
                          << Flag::None;
    QTest::newRow("no area code") << u"6552 9988"_s << K::Other << u"6552 9988"_s << QString() << Flag::PhoneNoAreaCode;
    QTest::newRow("400 service") << u"400-820-8820"_s << K::Other << u"400-820-8820"_s << QString()
                                 << Flag::PhoneServiceNumber;
    QTest::newRow("too short mobile") << u"1381234567"_s << K::Other << u"1381234567"_s << QString()
                                      << Flag::PhoneNotChinese;
    QTest::newRow("two numbers") << u"13812345678/13912345678"_s << K::Other << u"13812345678/13912345678"_s
                                 << QString() << Flag::PhoneNotChinese;
    QTest::newRow("words") << u"无"_s << K::Other << u"无"_s << QString() << Flag::PhoneNotChinese;
    QTest::newRow("US number") << u"+1 415 555 2671"_s << K::Other << u"+1 415 555 2671"_s << QString()
                               << Flag::PhoneNotChinese;
    QTest::newRow("empty") << u"  "_s << K::Empty << QString() << QString() << Flag::None;
}

void TestNormalisers::phone()
{
    QFETCH(QString, input);
    QFETCH(Phone::Kind, kind);
    QFETCH(QString, value);
    QFETCH(QString, key);
    QFETCH(Flag, flag);
    const Phone phone = normalisePhone(input);
    QCOMPARE(phone.kind, kind);
    QCOMPARE(phone.value, value);
    QCOMPARE(phone.key, key);
    QCOMPARE(phone.flag, flag);
}

void TestNormalisers::landlinesKeptWhenAsked()
{
    const Phone phone = normalisePhone(u"010 6552 9988"_s, false);
    QCOMPARE(phone.kind, Phone::Kind::Landline);
    QCOMPARE(phone.value, u"010 6552 9988"_s);
    QCOMPARE(phone.key, u"01065529988"_s);
    QCOMPARE(phone.flag, Flag::None);
    QCOMPARE(normalisePhone(u"+86 138 1234 5678"_s, false).value, u"13812345678"_s);
}

void TestNormalisers::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("domain case") << u"Li.Na@QQ.COM"_s << u"Li.Na@qq.com"_s << true;
    QTest::newRow("trim") << u"  wang@163.com "_s << u"wang@163.com"_s << true;
    QTest::newRow("full-width at") << u"zhang＠sina.com"_s << u"zhang@sina.com"_s << true;
    QTest::newRow("full-width letters") << u"ｌｉｕ@１２６.ｃｏｍ"_s << u"liu@126.com"_s << true;
    QTest::newRow("ideographic full stop") << u"chen@qq。com"_s << u"chen@qq.com"_s << true;
    QTest::newRow("spaces around at") << u"zhao @ gmail.com"_s << u"zhao@gmail.com"_s << true;
    QTest::newRow("mailto") << u"mailto:Sun@Example.cn"_s << u"Sun@example.cn"_s << true;
    QTest::newRow("trailing semicolon") << u"hu@foxmail.com;"_s << u"hu@foxmail.com"_s << true;
    QTest::newRow("no at") << u"wang163.com"_s << u"wang163.com"_s << false;
    QTest::newRow("no dot") << u"wang@localhost"_s << u"wang@localhost"_s << false;
    QTest::newRow("two at") << u"a@b@c.com"_s << u"a@b@c.com"_s << false;
    QTest::newRow("two addresses") << u"a@b.com,c@d.com"_s << u"a@b.com,c@d.com"_s << false;
    QTest::newRow("domain dots") << u"x@qq..com"_s << u"x@qq..com"_s << false;
}

void TestNormalisers::email()
{
    QFETCH(QString, input);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const Email email = normaliseEmail(input);
    QCOMPARE(email.value, value);
    QCOMPARE(email.valid, valid);
    QCOMPARE(email.key, valid ? value.toLower() : QString());
}

void TestNormalisers::emailLowercasesLocalPartOnlyWhenAsked()
{
    QCOMPARE(normaliseEmail(u"Li.Na@QQ.com"_s, true).value, u"li.na@qq.com"_s);
    QCOMPARE(normaliseEmail(u"Li.Na@QQ.com"_s, false).value, u"Li.Na@qq.com"_s);
    // The key ignores case either way: mail servers in practice do.
    QCOMPARE(normaliseEmail(u"Li.Na@QQ.com"_s, false).key, u"li.na@qq.com"_s);
}

void TestNormalisers::name_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("spaces") << u"  王  芳 "_s << u"王芳"_s;
    QTest::newRow("ideographic space") << u"李　娜"_s << u"李娜"_s;
    QTest::newRow("full-width latin") << u"Ｊｏｈｎ　Ｓｍｉｔｈ"_s << u"John Smith"_s;
    QTest::newRow("latin spaces kept") << u"John   Smith"_s << u"John Smith"_s;
    QTest::newRow("transcribed dot") << u"阿卜杜•热合曼"_s << u"阿卜杜·热合曼"_s;
    QTest::newRow("katakana dot") << u"买买提・艾力"_s << u"买买提·艾力"_s;
    QTest::newRow("mixed") << u"张 三 Tom"_s << u"张三 Tom"_s;
    QTest::newRow("already clean") << u"欧阳娜娜"_s << u"欧阳娜娜"_s;
}

void TestNormalisers::name()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normaliseName(input), expected);
}

void TestNormalisers::gender_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Gender>("expected");
    for (const QString &male : { u"男"_s, u"男性"_s, u"先生"_s, u"M"_s, u"m"_s, u"Male"_s, u"MALE "_s, u"1"_s, u"Ｍ"_s })
        QTest::newRow(qPrintable(u"male "_s + male)) << male << Gender::Male;
    for (const QString &female : { u"女"_s, u"女士"_s, u"小姐"_s, u"F"_s, u"female"_s, u"2"_s, u" 女 "_s })
        QTest::newRow(qPrintable(u"female "_s + female)) << female << Gender::Female;
    for (const QString &unknown : { u"未知"_s, u"保密"_s, u"0"_s, u"9"_s, u"N/A"_s, u"-"_s })
        QTest::newRow(qPrintable(u"unknown "_s + unknown)) << unknown << Gender::Unknown;
    QTest::newRow("unrecognised") << u"男女"_s << Gender::Unrecognised;
    QTest::newRow("empty") << QString() << Gender::Empty;
}

void TestNormalisers::gender()
{
    QFETCH(QString, input);
    QFETCH(Gender, expected);
    QCOMPARE(parseGender(input), expected);
}

void TestNormalisers::memberId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case and separator") << u"vip-00123"_s << u"VIP123"_s;
    QTest::newRow("already plain") << u"VIP123"_s << u"VIP123"_s;
    QTest::newRow("full-width") << u"ＶＩＰ００１２３"_s << u"VIP123"_s;
    QTest::newRow("zero alone stays") << u"A0"_s << u"A0"_s;
    QTest::newRow("inner zeros stay") << u"C1002"_s << u"C1002"_s;
    QTest::newRow("numeric") << u"000 123"_s << u"123"_s;
    QTest::newRow("two runs") << u"A007-B0012"_s << u"A7B12"_s;
}

void TestNormalisers::memberId()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normaliseMemberId(input), expected);
}

void TestNormalisers::halfWidth()
{
    QCOMPARE(toHalfWidth(u"ＡＢＣ１２３！＠　"_s), u"ABC123!@ "_s);
    QCOMPARE(toHalfWidth(u"广东省"_s), u"广东省"_s);
    QVERIFY(hasFullWidth(u"１"_s));
    QVERIFY(!hasFullWidth(u"广东"_s));
    QCOMPARE(simplifySpaces(u" \t广东　 省\n"_s), u"广东 省"_s);
    QCOMPARE(lookupKey(u"Inner　Mongolia"_s), u"innermongolia"_s);
}

QTEST_APPLESS_MAIN(TestNormalisers)
#include "tst_normalisers.moc"
