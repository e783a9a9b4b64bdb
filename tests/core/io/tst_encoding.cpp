#include "csvtestutil.h"

#include "io/encoding.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Io;
using namespace Portrait::Io::TestUtil;

namespace {

QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QByteArray utf16le(const QString &text)
{
    QStringEncoder encoder(QStringConverter::Utf16LE);
    return encoder.encode(text);
}

} // namespace

class TestEncoding : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QString m_chineseCsv = u"会员编号,订单金额,下单时间,城市\n0012,¥1,280.00,2024年1月2日 14:05,北京\n0013,35.5,2024年1月3日,上海\n"_s;

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("bomLength");
        QTest::newRow("ascii") << "id,amount\n1,2\n"_ba << true << "UTF-8"_ba << 0;
        QTest::newRow("utf-8 bom") << "\xEF\xBB\xBFid\n"_ba << true << "UTF-8"_ba << 3;
        QTest::newRow("utf-16le bom") << "\xFF\xFEi\0d\0"_ba << true << "UTF-16LE"_ba << 2;
        QTest::newRow("utf-16be bom") << "\xFE\xFF\0i\0d"_ba << true << "UTF-16BE"_ba << 2;
        QTest::newRow("utf-16le no bom") << utf16le(u"id,amount\n1,2\n"_s) << true << "UTF-16LE"_ba << 0;
        QTest::newRow("utf-8 chinese") << u"客户ID,金额\n"_s.toUtf8() << true << "UTF-8"_ba << 0;
        QTest::newRow("gb18030 chinese") << encode(u"客户ID,金额\n张三,12\n"_s, "GB18030") << true << "GB18030"_ba << 0;
        QTest::newRow("utf-8 cut at head end") << "name\n\xE5\xBC"_ba << false << "UTF-8"_ba << 0;
        QTest::newRow("utf-8 cut at file end") << "name\n\xE5\xBC"_ba << true << "GB18030"_ba << 0;
    }

    void detect()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, whole);
        QFETCH(QByteArray, name);
        QFETCH(int, bomLength);
        const EncodingGuess guess = detectEncoding(head, whole);
        QCOMPARE(guess.name, name);
        QCOMPARE(guess.bomLength, bomLength);
        QCOMPARE(guess.fromBom, bomLength > 0);
    }

    void aliases_data()
    {
        QTest::addColumn<QByteArray>("alias");
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("utf8") << "utf8"_ba << "UTF-8"_ba;
        QTest::newRow("UTF-8") << "UTF-8"_ba << "UTF-8"_ba;
        QTest::newRow("gbk") << "GBK"_ba << "GB18030"_ba;
        QTest::newRow("gb2312") << "gb2312"_ba << "GB18030"_ba;
        QTest::newRow("cp936") << "CP936"_ba << "GB18030"_ba;
        QTest::newRow("utf-16") << "utf-16"_ba << "UTF-16LE"_ba;
        QTest::newRow("utf16le") << "utf16le"_ba << "UTF-16LE"_ba;
        QTest::newRow("utf_16_be") << "utf_16_be"_ba << "UTF-16BE"_ba;
        QTest::newRow("unknown") << "latin9"_ba << QByteArray();
    }

    void aliases()
    {
        QFETCH(QByteArray, alias);
        QFETCH(QByteArray, name);
        QCOMPARE(canonicalEncodingName(alias), name);
        QCOMPARE(Utf8Transcoder(alias).isValid(), !name.isEmpty());
    }

    void strictUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("validLength");
        QTest::newRow("ascii") << "abcdefghijklmnop"_ba << int(Utf8Check::Status::Valid) << 16;
        QTest::newRow("pound sign") << "\xC2\xA3" "12"_ba << int(Utf8Check::Status::Valid) << 4;
        QTest::newRow("emoji") << "\xF0\x9F\x98\x80"_ba << int(Utf8Check::Status::Valid) << 4;
        QTest::newRow("overlong slash") << "ab\xC0\xAF"_ba << int(Utf8Check::Status::Invalid) << 2;
        QTest::newRow("overlong 3-byte") << "\xE0\x80\xAF"_ba << int(Utf8Check::Status::Invalid) << 0;
        QTest::newRow("surrogate") << "x\xED\xA0\x80"_ba << int(Utf8Check::Status::Invalid) << 1;
        QTest::newRow("above U+10FFFF") << "\xF4\x90\x80\x80"_ba << int(Utf8Check::Status::Invalid) << 0;
        QTest::newRow("latin-1 e acute") << "caf\xE9 au lait"_ba << int(Utf8Check::Status::Invalid) << 3;
        QTest::newRow("cut at end") << "12345678\xE4\xB8"_ba << int(Utf8Check::Status::Truncated) << 8;
    }

    void strictUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(int, validLength);
        const Utf8Check check = checkUtf8(bytes);
        QCOMPARE(int(check.status), status);
        QCOMPARE(check.validLength, validLength);
    }

    void transcodesAcrossEverySplit_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("UTF-8") << "UTF-8"_ba;
        QTest::newRow("GB18030") << "GB18030"_ba;
        QTest::newRow("UTF-16LE") << "UTF-16LE"_ba;
        QTest::newRow("UTF-16BE") << "UTF-16BE"_ba;
    }

    void transcodesAcrossEverySplit()
    {
        QFETCH(QByteArray, encoding);
        const QString text = u"会员编号,金额\n张三,¥12.50\n😀 ok\n"_s;
        const QByteArray bytes = encode(text, encoding.constData());
        QVERIFY(!bytes.isEmpty());
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            Utf8Transcoder transcoder(encoding);
            QVERIFY(transcoder.isValid());
            QByteArray out;
            transcoder.convert(QByteArrayView(bytes).first(split), out);
            transcoder.convert(QByteArrayView(bytes).sliced(split), out);
            transcoder.finish(out);
            QVERIFY2(!transcoder.hasError(), qPrintable(QString::number(split)));
            QCOMPARE(QString::fromUtf8(out), text);
        }
    }

    void utf8Errors_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QByteArray>("goodOutput");
        QTest::newRow("bad byte in second chunk") << "abc"_ba << "de\xFF"_ba << qint64(5) << "abcde"_ba;
        QTest::newRow("bad continuation across split") << "ab\xE4"_ba << "\x41xyz"_ba << qint64(2) << "ab"_ba;
        QTest::newRow("cut at end of stream") << "ab"_ba << "\xE4\xB8"_ba << qint64(2) << "ab"_ba;
    }

    void utf8Errors()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QFETCH(qint64, offset);
        QFETCH(QByteArray, goodOutput);
        Utf8Transcoder transcoder("utf8"_ba);
        QByteArray out;
        transcoder.convert(first, out);
        transcoder.convert(second, out);
        transcoder.finish(out);
        QVERIFY(transcoder.hasError());
        QCOMPARE(transcoder.errorOffset(), offset);
        QCOMPARE(out, goodOutput);
    }

    void readsGb18030WithoutBom()
    {
        const QString path = writeFile(m_dir, u"gbk.csv"_s, encode(m_chineseCsv, "GB18030"));
        for (qsizetype chunk : { qsizetype(0), qsizetype(1), qsizetype(5) }) {
            CsvOptions options;
            options.chunkSize = chunk;
            const ReadResult r = readAll(path, options);
            QVERIFY2(!r.failed, qPrintable(r.error.toString()));
            QCOMPARE(r.encoding, "GB18030"_ba);
            QCOMPARE(r.records.size(), 3);
            QCOMPARE(r.records[0], (QStringList { u"会员编号"_s, u"订单金额"_s, u"下单时间"_s, u"城市"_s }));
            QCOMPARE(r.records[1], (QStringList { u"0012"_s, u"¥1"_s, u"280.00"_s, u"2024年1月2日 14:05"_s, u"北京"_s }));
            QCOMPARE(r.records[2].last(), u"上海"_s);
        }
    }

    void declaredEncodingIsUsed()
    {
        CsvOptions options;
        options.encoding = "gbk"_ba;
        const ReadResult r = readAll(writeFile(m_dir, u"declared.csv"_s, encode(u"姓名\n李四\n"_s, "GB18030")), options);
        QVERIFY(!r.failed);
        QCOMPARE(r.encoding, "GB18030"_ba);
        QCOMPARE(r.records, (QList<QStringList> { { u"姓名"_s }, { u"李四"_s } }));
        options.encoding = "ebcdic"_ba;
        const ReadResult bad = readAll(writeFile(m_dir, u"declared.csv"_s, "a\n"_ba), options);
        QVERIFY(bad.failed);
        QVERIFY(bad.error.message.contains(u"ebcdic"_s));
    }

    void readsUtf16LeWithBomAndTabs()
    {
        const QString text = u"客户ID\t金额\t备注\r\n17850\t12.5\t\"含\t制表符\"\r\n13047\t3.39\t普通\r\n"_s;
        const QString path = writeFile(m_dir, u"utf16.csv"_s, "\xFF\xFE"_ba + utf16le(text));
        for (qsizetype chunk : { qsizetype(0), qsizetype(1), qsizetype(3) }) {
            CsvOptions options;
            options.chunkSize = chunk;
            const ReadResult r = readAll(path, options);
            QVERIFY2(!r.failed, qPrintable(r.error.toString()));
            QCOMPARE(r.encoding, "UTF-16LE"_ba);
            QCOMPARE(r.delimiter, '\t');
            QCOMPARE(r.records.size(), 3);
            QCOMPARE(r.records[0].first(), u"客户ID"_s); // no BOM left in the first name
            QCOMPARE(r.records[1], (QStringList { u"17850"_s, u"12.5"_s, u"含\t制表符"_s }));
        }
    }

    void utf8BomWinsOverDeclaredEncoding()
    {
        CsvOptions options;
        options.encoding = "GBK"_ba;
        const ReadResult r = readAll(writeFile(m_dir, u"bom.csv"_s, "\xEF\xBB\xBF"_ba + u"城市\n杭州\n"_s.toUtf8()), options);
        QVERIFY(!r.failed);
        QCOMPARE(r.encoding, "UTF-8"_ba);
        QCOMPARE(r.records, (QList<QStringList> { { u"城市"_s }, { u"杭州"_s } }));
    }

    void chunkBoundaryInsideMultibyteChar()
    {
        // "张" is 3 bytes in UTF-8: with 1- and 2-byte chunks every character is cut.
        const QByteArray bytes = u"名字,城市\n张三,北京\n"_s.toUtf8();
        const QString path = writeFile(m_dir, u"cut.csv"_s, bytes);
        for (qsizetype chunk : { qsizetype(1), qsizetype(2), qsizetype(4) }) {
            CsvOptions options;
            options.chunkSize = chunk;
            const ReadResult r = readAll(path, options);
            QVERIFY(!r.failed);
            QCOMPARE(r.records[1], (QStringList { u"张三"_s, u"北京"_s }));
        }
    }

    void invalidGb18030IsLocated()
    {
        // 0x81 followed by a newline is not a GB18030 character.
        QByteArray bytes = encode(u"名字,城市\n张三,北京\n"_s, "GB18030") + "x,\x81\nmore,rows\n"_ba;
        CsvOptions options;
        options.encoding = "GB18030"_ba;
        const ReadResult r = readAll(writeFile(m_dir, u"badgb.csv"_s, bytes), options);
        QVERIFY(r.failed);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.error.row, 3);
        QCOMPARE(r.error.column, 2);
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
