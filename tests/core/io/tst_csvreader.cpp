#include "csvtestutil.h"

#include "io/csvreader.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Io;
using namespace Portrait::Io::TestUtil;

using Records = QList<QStringList>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Every case runs with the normal chunk size and with tiny chunks, so that chunk ends fall
    /// inside quotes, between CR and LF and inside multibyte characters.
    static QList<qsizetype> chunkSizes() { return { 0, 1, 2, 3, 7 }; }

private Q_SLOTS:
    void rfc4180_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::newRow("plain") << "id,amount\n1,2.5\n"_ba << Records { { u"id"_s, u"amount"_s }, { u"1"_s, u"2.5"_s } }
                               << QList<qint64> { 1, 2 };
        QTest::newRow("no final newline") << "a,b\n1,2"_ba << Records { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } }
                                          << QList<qint64> { 1, 2 };
        QTest::newRow("crlf") << "a,b\r\n1,2\r\n"_ba << Records { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } }
                              << QList<qint64> { 1, 2 };
        QTest::newRow("cr only") << "a,b\r1,2\r3,4"_ba
                                 << Records { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s }, { u"3"_s, u"4"_s } }
                                 << QList<qint64> { 1, 2, 3 };
        QTest::newRow("quoted comma") << "name,city\n\"Smith, John\",London\n"_ba
                                      << Records { { u"name"_s, u"city"_s }, { u"Smith, John"_s, u"London"_s } }
                                      << QList<qint64> { 1, 2 };
        QTest::newRow("escaped quotes") << "d,q\n\"RECORD FRAME 7\"\" SINGLE SIZE \",6\n"_ba
                                        << Records { { u"d"_s, u"q"_s }, { u"RECORD FRAME 7\" SINGLE SIZE "_s, u"6"_s } }
                                        << QList<qint64> { 1, 2 };
        QTest::newRow("only quotes") << "\"\"\"\"\"\",x\n"_ba << Records { { u"\"\""_s, u"x"_s } } << QList<qint64> { 1 };
        QTest::newRow("newline in quotes") << "note,n\n\"line one\nline two\",1\r\n\"a\r\nb\",2\nlast,3\n"_ba
                                           << Records { { u"note"_s, u"n"_s }, { u"line one\nline two"_s, u"1"_s },
                                                        { u"a\r\nb"_s, u"2"_s }, { u"last"_s, u"3"_s } }
                                           << QList<qint64> { 1, 2, 4, 6 };
        QTest::newRow("empty fields") << "a,b,c\n,,\n"_ba
                                      << Records { { u"a"_s, u"b"_s, u"c"_s }, { QString(), QString(), QString() } }
                                      << QList<qint64> { 1, 2 };
        QTest::newRow("trailing delimiter at eof") << "a,b,"_ba << Records { { u"a"_s, u"b"_s, QString() } }
                                                   << QList<qint64> { 1 };
        QTest::newRow("quoted empty") << "\"\",a\n"_ba << Records { { QString(), u"a"_s } } << QList<qint64> { 1 };
        QTest::newRow("blank lines skipped") << "a\n\n\r\nb\n\n"_ba << Records { { u"a"_s }, { u"b"_s } }
                                             << QList<qint64> { 1, 4 };
        QTest::newRow("ragged") << "a,b,c\n1,2\n3,4,5,6\n"_ba
                                << Records { { u"a"_s, u"b"_s, u"c"_s }, { u"1"_s, u"2"_s }, { u"3"_s, u"4"_s, u"5"_s, u"6"_s } }
                                << QList<qint64> { 1, 2, 3 };
        QTest::newRow("text after closing quote kept") << "\"ab\"c,d\n"_ba << Records { { u"abc"_s, u"d"_s } }
                                                       << QList<qint64> { 1 };
        QTest::newRow("quote inside plain field is text") << "5\" frame,x\n"_ba << Records { { u"5\" frame"_s, u"x"_s } }
                                                          << QList<qint64> { 1 };
        QTest::newRow("bom skipped") << "\xEF\xBB\xBFid,name\n1,张三\n"_ba
                                     << Records { { u"id"_s, u"name"_s }, { u"1"_s, u"张三"_s } } << QList<qint64> { 1, 2 };
        QTest::newRow("header only") << "customer_id,order_date,revenue\n"_ba
                                     << Records { { u"customer_id"_s, u"order_date"_s, u"revenue"_s } } << QList<qint64> { 1 };
        QTest::newRow("empty file") << QByteArray() << Records {} << QList<qint64> {};
        QTest::newRow("only newlines") << "\n\n"_ba << Records {} << QList<qint64> {};
    }

    void rfc4180()
    {
        QFETCH(QByteArray, input);
        QFETCH(Records, expected);
        QFETCH(QList<qint64>, lines);
        const QString path = writeFile(m_dir, u"rfc.csv"_s, input);
        for (qsizetype chunk : chunkSizes()) {
            CsvOptions options;
            options.chunkSize = chunk;
            const ReadResult r = readAll(path, options);
            QVERIFY2(!r.failed, qPrintable(r.error.toString()));
            QCOMPARE(r.records, expected);
            QCOMPARE(r.lines, lines);
        }
    }

    void sniffsDelimiter_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << "a,b,c\n1,2,3\n"_ba << ',';
        QTest::newRow("semicolon with decimal commas") << "kunde;betrag;datum\n17850;12,50;01.12.2010\n13047;3,39;02.12.2010\n"_ba << ';';
        QTest::newRow("tab with commas in text") << "id\tdesc\tqty\n1\tbig, red\t6\n2\tsmall, blue, round\t2\n"_ba << '\t';
        QTest::newRow("pipe") << "a|b\n1|2\n"_ba << '|';
        QTest::newRow("comma inside quotes ignored") << "\"a;b\",\"c;d\"\n\"1;2\",\"3;4\"\n"_ba << ',';
        QTest::newRow("single column") << "id\n1\n2\n"_ba << ',';
    }

    void sniffsDelimiter()
    {
        QFETCH(QByteArray, input);
        QFETCH(char, delimiter);
        QCOMPARE(sniffDelimiter(input), delimiter);
        const ReadResult r = readAll(writeFile(m_dir, u"sniff.csv"_s, input));
        QCOMPARE(r.delimiter, delimiter);
    }

    void explicitDelimiter()
    {
        CsvOptions options;
        options.delimiter = ';';
        const ReadResult r = readAll(writeFile(m_dir, u"explicit.csv"_s, "a,b;c\n"_ba), options);
        QCOMPARE(r.records, (Records { { u"a,b"_s, u"c"_s } }));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("goodRecords");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("unterminated quote") << "a,b,c\n1,\"never closed\n2,3,4\n"_ba << 1 << qint64(2) << 2;
        QTest::newRow("unterminated after multiline field") << "a,b\n\"x\ny\",1\n2,\"open"_ba << 2 << qint64(4) << 2;
        QTest::newRow("invalid utf-8 byte") << "a,b\nx,caf\xE9\n"_ba << 1 << qint64(2) << 2;
        QTest::newRow("invalid utf-8 after quoted newline") << "a,b\n\"p\nq\",r\xFF\n"_ba << 1 << qint64(3) << 2;
        QTest::newRow("overlong encoding") << "a,b,\xC0\xAF\n"_ba << 0 << qint64(1) << 3;
        QTest::newRow("cut multibyte at eof") << "a,b\n1,\xE5\xBC"_ba << 1 << qint64(2) << 2;
    }

    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, goodRecords);
        QFETCH(qint64, line);
        QFETCH(int, column);
        const QString path = writeFile(m_dir, u"bad.csv"_s, input);
        for (qsizetype chunk : chunkSizes()) {
            CsvOptions options;
            options.chunkSize = chunk;
            options.encoding = "UTF-8"_ba; // a bad byte must not make detection pick GB18030
            const ReadResult r = readAll(path, options);
            QVERIFY(r.failed);
            QCOMPARE(r.records.size(), goodRecords);
            QCOMPARE(r.error.row, line);
            QCOMPARE(r.error.column, column);
            QCOMPARE(r.error.source, u"bad.csv"_s);
            QVERIFY(!r.error.message.isEmpty());
        }
    }

    void missingFile()
    {
        CsvReader reader;
        const Status s = reader.open(m_dir.filePath(u"nothing-here.csv"_s));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().source, u"nothing-here.csv"_s);
        CsvRecord record;
        QVERIFY(!reader.next(record));
    }

    void rowNumbersAndChecksum()
    {
        const QByteArray input = "id\n\n1\n2\n"_ba;
        const QString path = writeFile(m_dir, u"rows.csv"_s, input);
        CsvReader reader;
        CsvOptions options;
        options.computeChecksum = true;
        QVERIFY(reader.open(path, options).ok());
        QCOMPARE(reader.fileSize(), input.size());
        CsvRecord record;
        QList<qint64> rows;
        while (reader.next(record))
            rows.append(record.row);
        QCOMPARE(rows, (QList<qint64> { 1, 2, 3 }));
        QCOMPARE(reader.bytesRead(), input.size());
        QCOMPARE(reader.checksum(), QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
    }

    void streamsAcrossChunks_data()
    {
        QTest::addColumn<qsizetype>("chunkSize");
        QTest::newRow("4 MiB chunks") << qsizetype(0);
        QTest::newRow("4093-byte chunks") << qsizetype(4093);
        QTest::newRow("65537-byte chunks") << qsizetype(65537);
    }

    void streamsAcrossChunks()
    {
        QFETCH(qsizetype, chunkSize);
        // 10,000 rows, ~600 bytes each: the file spans two 4 MiB chunks and the long quoted field
        // (commas, "" escapes, line breaks, Chinese text) makes the chunk ends fall inside quotes.
        QByteArray file = "row,note,amount,city\r\n"_ba;
        QList<QByteArray> notes;
        for (int i = 0; i < 10000; ++i) {
            QByteArray note = "客户 "_ba + QByteArray::number(i) + ", said \"\"ok\"\"\n" + QByteArray(i % 900, 'x') + "。";
            notes.append(note.replace("\"\"", "\""));
            file += QByteArray::number(i + 1) + ",\"" + "客户 "_ba + QByteArray::number(i) + ", said \"\"ok\"\"\n"
                    + QByteArray(i % 900, 'x') + "。\"," + QByteArray::number(i * 1.25) + ",上海\r\n";
        }
        QVERIFY(file.size() > 4 * 1024 * 1024);
        const QString path = writeFile(m_dir, u"big.csv"_s, file);
        CsvReader reader;
        CsvOptions options;
        options.chunkSize = chunkSize;
        options.computeChecksum = true;
        QVERIFY(reader.open(path, options).ok());
        CsvRecord record;
        QVERIFY(reader.next(record));
        qint64 expectedLine = 2;
        for (int i = 0; i < 10000; ++i) {
            QVERIFY2(reader.next(record), qPrintable(reader.error().toString()));
            QCOMPARE(record.fields.size(), size_t(4));
            QCOMPARE(record.fields[0], QByteArray::number(i + 1));
            QCOMPARE(record.fields[1], notes[i]);
            QCOMPARE(record.fields[2], QByteArray::number(i * 1.25));
            QCOMPARE(record.fields[3], "上海"_ba);
            QCOMPARE(record.line, expectedLine);
            expectedLine += 2;
        }
        QVERIFY(!reader.next(record));
        QVERIFY(!reader.failed());
        QCOMPARE(reader.bytesRead(), file.size());
        QCOMPARE(reader.checksum(), QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
