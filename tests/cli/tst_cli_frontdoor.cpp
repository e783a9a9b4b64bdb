// The command line's front door: what opens the window, what runs headless, what is refused.
#include "cli.h"
#include "clirunner.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliFrontDoor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void launchDecision_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expected");
        const QString file = m_dir.filePath(u"orders.csv"_s);
        writeFile(file, "customer_id,order_date,amount\n1,2024-01-01,5\n");
        const auto window = int(Portrait::Cli::Launch::Window), command = int(Portrait::Cli::Launch::Command),
                   refused = int(Portrait::Cli::Launch::Refused);
        QTest::newRow("nothing") << QStringList { u"portrait"_s } << window;
        QTest::newRow("existing file") << QStringList { u"portrait"_s, file } << window;
        QTest::newRow("subcommand") << QStringList { u"portrait"_s, u"rfm"_s, u"--project"_s, file } << command;
        QTest::newRow("version") << QStringList { u"portrait"_s, u"--version"_s } << command;
        QTest::newRow("help command") << QStringList { u"portrait"_s, u"help"_s, u"rfm"_s } << command;
        QTest::newRow("typo") << QStringList { u"portrait"_s, u"clusterr"_s, u"--project"_s, file } << refused;
        QTest::newRow("missing file") << QStringList { u"portrait"_s, m_dir.filePath(u"gone.portrait"_s) } << refused;
        QTest::newRow("file and more") << QStringList { u"portrait"_s, file, u"--project"_s } << refused;
        QTest::newRow("unknown option") << QStringList { u"portrait"_s, u"--frobnicate"_s } << refused;
        QTest::newRow("a folder") << QStringList { u"portrait"_s, m_dir.path() } << refused;
    }

    void launchDecision()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, expected);
        QCOMPARE(int(Portrait::Cli::launchFor(arguments)), expected);
    }

    void refusedArgumentsExitTwoAtOnce_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("typo") << QStringList { u"clusterr"_s, u"--project"_s, u"P.portrait"_s };
        QTest::newRow("missing file") << QStringList { m_dir.filePath(u"gone.portrait"_s) };
        QTest::newRow("unknown option") << QStringList { u"--frobnicate"_s };
        QTest::newRow("help for no command") << QStringList { u"help"_s, u"clusterr"_s };
    }

    void refusedArgumentsExitTwoAtOnce()
    {
        QFETCH(QStringList, arguments);
        QElapsedTimer clock;
        clock.start();
        // Killed after 10 s if it opened a window instead: the old behaviour hung scripts.
        const CliRun run = runPortrait(arguments, 10000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(!run.timedOut, "portrait did not return: it opened the window");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(elapsed < 1000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        // The refusal lists the commands, so the analyst sees what was meant.
        const QString err = QString::fromUtf8(run.err);
        for (const QString &command : { u"import"_s, u"rfm"_s, u"export"_s, u"sample"_s })
            QVERIFY2(err.contains(u"portrait "_s + command), qPrintable(err));
        QVERIFY(run.out.isEmpty());
    }

    void versionIsTheProjectVersion()
    {
        const CliRun run = runPortrait({ u"--version"_s }, 10000);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), u"portrait "_s + QStringLiteral(PORTRAIT_PROJECT_VERSION));
    }

    void helpCommandIsTheCommandsHelp()
    {
        for (const QString &command : { u"import"_s, u"export"_s, u"tag"_s }) {
            const CliRun viaHelp = runPortrait({ u"help"_s, command }, 10000);
            const CliRun direct = runPortrait({ command, u"--help"_s }, 10000);
            QCOMPARE(viaHelp.exitCode, 0);
            QCOMPARE(direct.exitCode, 0);
            QVERIFY(viaHelp.out.contains("--project"));
            QCOMPARE(viaHelp.out, direct.out);
        }
        const CliRun general = runPortrait({ u"--help"_s }, 10000);
        QCOMPARE(general.exitCode, 0);
        QVERIFY(general.out.contains("portrait import"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliFrontDoor)
#include "tst_cli_frontdoor.moc"
