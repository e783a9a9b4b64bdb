// The page-switching soak of tst_soak on the project issue 16 saw vanish once: the whole UCI
// Online Retail file (541,909 rows, ../shared/data/README.md §1) freshly imported, then opened and
// switched through. Customers and buyers are counted from the CSV itself.
#include "jobs/importjob.h"
#include "mainwindow.h"
#include "pages/segmentspage.h"
#include "project/projectfile.h"
#include "soakdriver.h"
#include "workbench/workbenchsession.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

/// The fields of one RFC 4180 record (the file's descriptions hold quoted commas and quotes).
QList<QByteArray> fields(const QByteArray &line)
{
    QList<QByteArray> out(1);
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quoted && c == '"' && i + 1 < line.size() && line.at(i + 1) == '"')
            out.last() += line.at(++i);
        else if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            out.append(QByteArray());
        else
            out.last() += c;
    }
    return out;
}

} // namespace

class TestSoakOnlineRetail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    SoakExpectation m_expected;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        const QString csv = m_dir.filePath(u"online_retail.csv"_s);
        QProcess xz;
        xz.setStandardOutputFile(csv);
        xz.start(u"xz"_s, { u"-dc"_s, QStringLiteral(PORTRAIT_SHARED_DATA_DIR "/online_retail/online_retail.csv.xz") });
        QVERIFY(xz.waitForFinished(120000) && xz.exitCode() == 0);

        // InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country; an
        // invoice number starting with C is a cancellation, the rest are purchases.
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.readLine();
        QSet<QByteArray> customers, buyers;
        while (!file.atEnd()) {
            const QList<QByteArray> row = fields(file.readLine().chopped(1));
            QCOMPARE(row.size(), 8);
            if (row.at(6).isEmpty())
                continue;
            customers.insert(row.at(6));
            if (!row.at(0).startsWith('C'))
                buyers.insert(row.at(6));
        }
        m_expected = { customers.size(), buyers.size() };

        m_project = m_dir.filePath(u"retail.portrait"_s);
        auto project = Project::ProjectFile::create(m_project, Project::ProjectFile::Lock::None);
        QVERIFY2(project, project ? "" : qPrintable(project.error().toString()));
        CancelToken cancel;
        auto report = Jobs::importFile(**project, csv, {}, nullProgress(), cancel);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    }

    void switchesPagesWithoutLosingState()
    {
        WarningTrap trap;
        Ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.openProject(m_project);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 60000);
        QCOMPARE(qsizetype(window.session()->frame()->size()), m_expected.customers);
        // Straight to Segments, as in the report, before the general walk.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QCOMPARE(window.pages()->currentWidget(), window.segmentsPage());

        SoakFigures figures;
        runSoak(window, m_expected, trap, 200, figures);
        QCOMPARE(figures.pageSwitches, 200);
    }
};

QTEST_MAIN(TestSoakOnlineRetail)
#include "tst_soak_onlineretail.moc"
