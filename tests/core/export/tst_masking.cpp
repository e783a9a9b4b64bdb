#include "export/formulaguard.h"
#include "export/masking.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait::Export;

class TestMasking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mobile") << u"13812345678"_s << u"138****5678"_s;
        QTest::newRow("spaces kept") << u"138 1234 5678"_s << u"138 **** 5678"_s;
        QTest::newRow("dashes kept") << u"138-1234-5678"_s << u"138-****-5678"_s;
        QTest::newRow("+86 spaced") << u"+86 138 1234 5678"_s << u"+86 138 **** 5678"_s;
        QTest::newRow("+86 glued") << u"+8613812345678"_s << u"+86138****5678"_s;
        QTest::newRow("+86-") << u"+86-13812345678"_s << u"+86-138****5678"_s;
        QTest::newRow("0086") << u"008613812345678"_s << u"0086138****5678"_s;
        QTest::newRow("86 before a mobile") << u"8613812345678"_s << u"86138****5678"_s;
        QTest::newRow("landline with area code") << u"010-62345678"_s << u"010-****5678"_s;
        QTest::newRow("landline alone") << u"62345678"_s << u"****5678"_s;
        QTest::newRow("seven digits") << u"6234567"_s << u"***4567"_s;
        QTest::newRow("short") << u"12345"_s << u"*****"_s;
        QTest::newRow("one digit") << u"7"_s << u"*"_s;
        QTest::newRow("twelve digits") << u"138123456789"_s << u"138*****6789"_s;
        QTest::newRow("foreign") << u"+1 415 555 0100"_s << u"+1 41* *** 0100"_s;
        QTest::newRow("surrounding spaces") << u"  13812345678 "_s << u"138****5678"_s;
        QTest::newRow("no digits") << u"unknown"_s << u"***"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << u"   "_s << QString();
    }

    void phone()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(maskPhone(input), expected);
    }

    void email_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"alice@example.com"_s << u"a***@example.com"_s;
        QTest::newRow("one letter") << u"a@example.com"_s << u"a***@example.com"_s;
        QTest::newRow("numeric qq") << u"123456789@qq.com"_s << u"1***@qq.com"_s;
        QTest::newRow("two @") << u"\"a@b\"@example.com"_s << u"\"***@example.com"_s;
        QTest::newRow("no local part") << u"@example.com"_s << u"***@example.com"_s;
        QTest::newRow("no @") << u"alice"_s << u"a***"_s;
        QTest::newRow("chinese local part") << u"张三@例子.cn"_s << u"张***@例子.cn"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void email()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(maskEmail(input), expected);
    }

    void idNumber_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("18 digits") << u"110101199003071234"_s << u"110101********1234"_s;
        QTest::newRow("check digit X") << u"11010119900307123X"_s << u"110101********123X"_s;
        QTest::newRow("old 15 digits") << u"110101900307123"_s << u"110101*****7123"_s;
        QTest::newRow("ten characters") << u"1234567890"_s << u"**********"_s;
        QTest::newRow("short") << u"1234"_s << u"****"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void idNumber()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(maskIdNumber(input), expected);
    }

    void name_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two characters") << u"张三"_s << u"张*"_s;
        QTest::newRow("three characters") << u"王小明"_s << u"王**"_s;
        QTest::newRow("compound surname") << u"欧阳娜娜"_s << u"欧***"_s;
        QTest::newRow("one character") << u"张"_s << u"张"_s;
        QTest::newRow("latin") << u"John Smith"_s << u"J*** S****"_s;
        QTest::newRow("latin, double space") << u"Ana  Li"_s << u"A**  L*"_s;
        QTest::newRow("hyphen is one word") << u"Mary-Jane Lee"_s << u"M******** L**"_s;
        QTest::newRow("middle dot") << u"阿依·买买提"_s << u"阿*****"_s;
        // 𠀾 lies outside the BMP (a surrogate pair): it stays whole or becomes one star.
        QTest::newRow("surrogate first") << u"𠀾明"_s << u"𠀾*"_s;
        QTest::newRow("surrogate later") << u"李𠀾"_s << u"李*"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void name()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(maskName(input), expected);
    }

    void formulas_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("=") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
        QTest::newRow("+") << u"+1"_s << u"'+1"_s;
        QTest::newRow("-") << u"-2"_s << u"'-2"_s;
        QTest::newRow("@") << u"@x"_s << u"'@x"_s;
        QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("CR") << u"\rx"_s << u"'\rx"_s;
        QTest::newRow("inside is fine") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void formulas()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(defuseFormula(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
