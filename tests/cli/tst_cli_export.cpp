#include "clirunner.h"

#include "io/xlsxreader.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Columns of the default export (customer list), by position.
constexpr int IdColumn = 0, NameColumn = 1, PhoneColumn = 6, EmailColumn = 7, SegmentColumn = 16;

// readCsv keeps the byte-order mark on the first header field; the lists start with one.
QList<QStringList> readList(const QString &path)
{
    QList<QStringList> rows = readCsv(path);
    if (!rows.isEmpty() && !rows.first().isEmpty() && rows.first().first().startsWith(QChar(0xFEFF)))
        rows.first().first().remove(0, 1);
    return rows;
}

// "Champions\t954\t19.1%..." lines of `portrait rfm` without --out: segment → customers.
QHash<QString, int> segmentCounts(const QByteArray &summary)
{
    QHash<QString, int> counts;
    const QStringList lines = QString::fromUtf8(summary).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() >= 2)
            counts.insert(fields.at(0), fields.at(1).toInt());
    }
    return counts;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"demo.portrait"_s);
        const CliRun sample = runPortrait({ u"sample"_s, u"--out"_s, m_project });
        QVERIFY2(sample.exitCode == 0, sample.err.constData());
    }

    void masksByDefault()
    {
        const QString out = m_dir.filePath(u"all.csv"_s);
        const CliRun run = runPortrait({ u"export"_s, u"--project"_s, m_project, u"--out"_s, out });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("Wrote 5000 customers"), run.err.constData());
        QVERIFY(run.err.contains("masked"));

        const QList<QStringList> rows = readList(out);
        QCOMPARE(rows.size(), 5001);
        QCOMPARE(rows.first().at(PhoneColumn), u"Phone"_s);
        const QRegularExpression maskedPhone(u"^1\\d\\d\\*\\*\\*\\*\\d{4}$"_s);
        const QRegularExpression maskedEmail(u"^.\\*\\*\\*@[^*]+$"_s);
        int phones = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), 18);
            if (row.at(PhoneColumn).isEmpty())
                continue;
            ++phones;
            QVERIFY2(maskedPhone.match(row.at(PhoneColumn)).hasMatch(), qPrintable(row.at(PhoneColumn)));
            QVERIFY2(row.at(EmailColumn).isEmpty() || maskedEmail.match(row.at(EmailColumn)).hasMatch(),
                     qPrintable(row.at(EmailColumn)));
            QVERIFY2(row.at(NameColumn).contains(u'*'), qPrintable(row.at(NameColumn)));
        }
        QVERIFY(phones > 4000);
    }

    void noMaskWritesThePhones()
    {
        const QString masked = m_dir.filePath(u"masked.csv"_s), plain = m_dir.filePath(u"plain.csv"_s);
        QCOMPARE(runPortrait({ u"export"_s, u"--project"_s, m_project, u"--out"_s, masked }).exitCode, 0);
        const CliRun run = runPortrait({ u"export"_s, u"--project"_s, m_project, u"--out"_s, plain, u"--no-mask"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("NOT masked"));

        const QList<QStringList> maskedRows = readList(masked), plainRows = readList(plain);
        QCOMPARE(plainRows.size(), maskedRows.size());
        const QRegularExpression mobile(u"^1\\d{10}$"_s);
        for (qsizetype r = 1; r < plainRows.size(); ++r) {
            const QStringList &p = plainRows.at(r), &m = maskedRows.at(r);
            QCOMPARE(p.at(IdColumn), m.at(IdColumn));
            if (p.at(PhoneColumn).isEmpty())
                continue;
            QVERIFY2(mobile.match(p.at(PhoneColumn)).hasMatch(), qPrintable(p.at(PhoneColumn)));
            // The masked phone is this phone with its middle four digits hidden.
            QCOMPARE(m.at(PhoneColumn), p.at(PhoneColumn).left(3) + u"****"_s + p.at(PhoneColumn).right(4));
            QVERIFY(!p.at(NameColumn).contains(u'*'));
        }
    }

    // The list of a segment holds exactly the customers `portrait rfm` counts in it, by the
    // English or the Chinese name, and for two segments their sum.
    void segmentCountsMatchRfm()
    {
        const CliRun rfm = runPortrait({ u"rfm"_s, u"--project"_s, m_project });
        QVERIFY2(rfm.exitCode == 0, rfm.err.constData());
        const QHash<QString, int> counts = segmentCounts(rfm.out);
        QVERIFY(counts.value(u"Champions"_s) > 0);
        QVERIFY(counts.value(u"At Risk"_s) > 0);

        const QString champions = m_dir.filePath(u"champions.csv"_s);
        CliRun run = runPortrait({ u"export"_s, u"--project"_s, m_project, u"--segment"_s, u"Champions"_s,
                                   u"--out"_s, champions });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QList<QStringList> rows = readList(champions);
        QCOMPARE(rows.size() - 1, counts.value(u"Champions"_s));
        for (const QStringList &row : rows.mid(1))
            QCOMPARE(row.at(SegmentColumn), u"Champions"_s);

        const QString two = m_dir.filePath(u"two.csv"_s);
        run = runPortrait({ u"export"_s, u"--project"_s, m_project, u"--segment"_s, u"冠军客户"_s, u"--segment"_s,
                            u"at risk"_s, u"--out"_s, two });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(readList(two).size() - 1, counts.value(u"Champions"_s) + counts.value(u"At Risk"_s));
    }

    void xlsxOfASegment()
    {
        const QString out = m_dir.filePath(u"champions.xlsx"_s);
        const CliRun run = runPortrait({ u"export"_s, u"--project"_s, m_project, u"--segment"_s, u"Champions"_s,
                                         u"--chinese-names"_s, u"--out"_s, out });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        Portrait::Io::XlsxReader reader;
        QVERIFY(reader.open(out).ok());
        Portrait::Io::CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(QString::fromUtf8(record.fields.at(PhoneColumn)), u"手机号"_s);
        int rows = 0;
        const QRegularExpression maskedPhone(u"^1\\d\\d\\*\\*\\*\\*\\d{4}$"_s);
        while (reader.next(record)) {
            ++rows;
            QCOMPARE(QString::fromUtf8(record.fields.at(SegmentColumn)), u"冠军客户"_s);
            const QString phone = QString::fromUtf8(record.fields.at(PhoneColumn));
            QVERIFY2(phone.isEmpty() || maskedPhone.match(phone).hasMatch(), qPrintable(phone));
        }
        QVERIFY(!reader.failed());
        const QString csv = m_dir.filePath(u"champions-count.csv"_s);
        QCOMPARE(runPortrait({ u"export"_s, u"--project"_s, m_project, u"--segment"_s, u"Champions"_s, u"--out"_s,
                               csv })
                         .exitCode,
                 0);
        QCOMPARE(rows, readList(csv).size() - 1);
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown segment") << QStringList { u"--segment"_s, u"Nobody"_s, u"--out"_s, u"@/x.csv"_s }
                                         << QByteArray("the segments of shop11 are: Champions,");
        QTest::newRow("no extension") << QStringList { u"--out"_s, u"@/x.txt"_s }
                                      << QByteArray("Name the file .csv or .xlsx, or give --format.");
        QTest::newRow("bad tier") << QStringList { u"--tier"_s, u"gold"_s, u"--out"_s, u"@/x.csv"_s }
                                  << QByteArray("--tier must be high, middle or low.");
        QTest::newRow("encoding for xlsx") << QStringList { u"--encoding"_s, u"gb18030"_s, u"--out"_s, u"@/x.xlsx"_s }
                                           << QByteArray("--encoding applies to CSV files only.");
        QTest::newRow("unknown column")
                << QStringList { u"--columns"_s, u"phone,shoe_size"_s, u"--out"_s, u"@/x.csv"_s }
                << QByteArray("Unknown column \"shoe_size\"");
        QTest::newRow("no out") << QStringList {} << QByteArray("export needs --project and --out.");
    }

    void badCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        for (QString &argument : arguments) {
            if (argument.startsWith(u'@'))
                argument = m_dir.path() + argument.mid(1);
        }
        const CliRun run = runPortrait(QStringList { u"export"_s, u"--project"_s, m_project } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.csv"_s)));
    }

    void tierAndColumnsInGb18030()
    {
        const QString out = m_dir.filePath(u"high.csv"_s);
        const CliRun run = runPortrait({ u"export"_s, u"--project"_s, m_project, u"--tier"_s, u"high"_s,
                                         u"--columns"_s, u"customer_id,tier,phone"_s, u"--encoding"_s,
                                         u"gb18030"_s, u"--chinese-names"_s, u"--out"_s, out });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xBF\xCD\xBB\xA7 ID,")); // 客户 ID in GB18030, no BOM
        QVERIFY(bytes.contains(",\xB8\xDF,"));              // 高
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
