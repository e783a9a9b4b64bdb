// `portrait report` on the demo project: writes a multi-page PDF headless; a bad scheme or a
// missing option is a usage error that writes nothing.
#include "clirunner.h"
#include "jobs/rfmsettings.h"
#include "project/projectfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    static qsizetype pageCount(const QByteArray &pdf)
    {
        return QString::fromLatin1(pdf).count(QRegularExpression(u"/Type\\s*/Page(?![s\\w])"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(u"demo.portrait"_s);
        const CliRun sample = runPortrait({ u"sample"_s, u"--out"_s, m_project });
        QVERIFY2(sample.exitCode == 0, sample.err.constData());
    }

    void writesTheReport_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("english shop11") << QStringList {};
        QTest::newRow("chinese cn8") << QStringList { u"--lang"_s, u"zh_CN"_s, u"--scheme"_s, u"cn8"_s };
        QTest::newRow("rfm10 as of") << QStringList { u"--scheme"_s, u"rfm10"_s, u"--as-of"_s, u"2024-06-30"_s,
                                                      u"--method"_s, u"ntile"_s };
    }

    void writesTheReport()
    {
        QFETCH(QStringList, options);
        const QString out = m_dir.filePath(u"report-%1.pdf"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        const CliRun run = runPortrait(QStringList { u"report"_s, u"--project"_s, m_project, u"--out"_s, out } + options);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pdf.size() > 20'000, QByteArray::number(pdf.size()).constData());
        // Title, findings, ten charts, the segment table, method, data quality.
        QCOMPARE(pageCount(pdf), 15);
        QVERIFY(run.err.contains("15"));
    }

    // The title given is the document's title (the PDF's metadata, and the first page's heading).
    void titleAndSubtitleFromTheCommandLine()
    {
        const QString out = m_dir.filePath(u"titled.pdf"_s);
        const CliRun run = runPortrait({ u"report"_s, u"--project"_s, m_project, u"--out"_s, out, u"--title"_s,
                                         u"Quarterly review"_s, u"--subtitle"_s, u"North region"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        const auto utf16 = [](const QString &text) {
            QByteArray bytes;
            for (QChar c : text)
                bytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            return bytes;
        };
        QVERIFY2(pdf.contains(utf16(u"Quarterly review"_s)), "the PDF's title is the one given");
        QCOMPARE(runPortrait({ u"report"_s, u"--project"_s, m_project, u"--out"_s, out, u"--title"_s }).exitCode, 2);
    }

    // Without scoring options the report is scored as the workbench last saved it; an option given
    // replaces the saved choice. A damaged saved value is reported and the defaults are used.
    void usesTheScoringSavedInTheProject()
    {
        const QString project = m_dir.filePath(u"saved.portrait"_s);
        QVERIFY(QFile::copy(m_project, project));
        {
            auto file = Portrait::Project::ProjectFile::open(project, Portrait::Project::ProjectFile::Lock::None);
            QVERIFY(file);
            Portrait::Jobs::RfmSettings settings;
            settings.request.scheme = m_dir.filePath(u"gone.json"_s); // a scheme file that moved
            QVERIFY(Portrait::Jobs::saveRfmSettings(**file, settings));
        }
        const QString out = m_dir.filePath(u"saved.pdf"_s);
        // The saved (missing) scheme file is what is used, so it fails and says why…
        CliRun run = runPortrait({ u"report"_s, u"--project"_s, project, u"--out"_s, out });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("gone.json"), run.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        // …and a scheme given on the command line takes precedence.
        run = runPortrait({ u"report"_s, u"--project"_s, project, u"--out"_s, out, u"--scheme"_s, u"cn8"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("saved in the workbench"));
        QVERIFY(QFileInfo::exists(out));
    }

    void badCommandLinesWriteNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("unknown scheme") << QStringList { u"--scheme"_s, u"nosuchscheme"_s };
        QTest::newRow("bad method") << QStringList { u"--method"_s, u"thresholds"_s };
        QTest::newRow("bad date") << QStringList { u"--as-of"_s, u"30/06/2024"_s };
        QTest::newRow("bad language") << QStringList { u"--lang"_s, u"fr"_s };
    }

    void badCommandLinesWriteNothing()
    {
        QFETCH(QStringList, options);
        const QString out = m_dir.filePath(u"bad.pdf"_s);
        const CliRun run = runPortrait(QStringList { u"report"_s, u"--project"_s, m_project, u"--out"_s, out } + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }

    void needsProjectAndOut()
    {
        QCOMPARE(runPortrait({ u"report"_s, u"--out"_s, m_dir.filePath(u"x.pdf"_s) }).exitCode, 2);
        QCOMPARE(runPortrait({ u"report"_s, u"--project"_s, m_project }).exitCode, 2);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.pdf"_s)));
    }

    void missingProjectFails()
    {
        const QString out = m_dir.filePath(u"none.pdf"_s);
        const CliRun run = runPortrait({ u"report"_s, u"--project"_s, m_dir.filePath(u"absent.portrait"_s), u"--out"_s, out });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
