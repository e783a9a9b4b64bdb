// Model::KeyColumn: the customers' keys in one buffer, appended as SQLite, a test or the importer
// hands them over.
#include "model/keycolumn.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Portrait::Model::KeyColumn;

class TestKeyColumn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysInEveryEncodingReadBack()
    {
        KeyColumn keys;
        keys.reserve(2); // fewer than appended: the buffer must grow without losing a key
        const QByteArray chinese = u"会员-张三"_s.toUtf8();
        keys.append(QUtf8StringView(chinese.constData(), chinese.size()));
        keys.append(QUtf8StringView("C0001"));
        keys.append(u"Zoë 🎉"_s);
        keys.append(QLatin1StringView("caf\xe9"));
        keys.append(QString());
        keys.append(u"C0001"_s);
        const QStringList expected { u"会员-张三"_s, u"C0001"_s, u"Zoë 🎉"_s, u"café"_s, QString(), u"C0001"_s };
        QCOMPARE(keys.size(), expected.size());
        for (qsizetype row = 0; row < expected.size(); ++row) {
            QCOMPARE(keys.at(row), expected.at(row));
            QCOMPARE(keys.view(row), QStringView(expected.at(row)));
        }
        QCOMPARE(keys.toList(), expected);
        QCOMPARE(keys.value(-1), QString());
        QCOMPARE(keys.value(keys.size()), QString());
        QCOMPARE(KeyColumn(expected), keys);
    }

    void manyKeysStayApart()
    {
        KeyColumn keys;
        keys.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            keys.append(u"C%1"_s.arg(i));
        QCOMPARE(keys.size(), 100000);
        QCOMPARE(keys.at(0), u"C0"_s);
        QCOMPARE(keys.at(99999), u"C99999"_s);
        QCOMPARE(keys.at(12345), u"C12345"_s);
    }
};

QTEST_GUILESS_MAIN(TestKeyColumn)
#include "tst_keycolumn.moc"
