// The Issues page as the analyst reads it, in English and Chinese: each finding with its
// severity, its count and one button that deals with it (none clipped, none over the text);
// return-only orders, cancellation rows and customers with negative net spend are among them, with
// the counts a hand count of the file gives; and the buttons do what they say.
#include "export/exportdialog.h"
#include "jobs/importjob.h"
#include "languagescope.h"
#include "mainwindow.h"
#include "models/sourcesmodel.h"
#include "pages/datapage.h"
#include "pages/issuespage.h"
#include "project/projectfile.h"
#include "workbench/workbenchsession.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Fix = Jobs::DataFinding::Fix;

namespace {

// By hand: B buys 50 and cancels 80 (net −30), C only returns 20 (net −20); A returns part of
// a purchase in an order of its own. Return-only orders O2, C4, O5; one cancellation row; one
// row without customer; one unreadable amount; 30 ordinary customers around them.
QByteArray shop()
{
    QByteArray csv = "order_id,customer_id,order_date,amount\n"
                     "O1,A,2024-03-01,100\nO2,A,2024-03-05,-30\nO3,B,2024-03-02,50\nC4,B,2024-03-06,80\n"
                     "O5,C,2024-03-03,-20\nO8,,2024-03-04,15\nO9,E,2024-03-07,lots\n";
    for (int i = 0; i < 30; ++i)
        csv += "N" + QByteArray::number(i) + ",K" + QByteArray::number(i) + ",2024-02-"
                + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "," + QByteArray::number(20 + i * 7) + "\n";
    return csv;
}

int rowOf(const Ui::IssuesPage &page, const QString &text)
{
    for (int i = 0; i < int(page.findings().size()); ++i) {
        if (page.findings().at(i).text.contains(text))
            return i;
    }
    return -1;
}

QPushButton *fixButton(const Ui::IssuesPage &page, int row)
{
    return page.findChild<QPushButton *>(u"fix%1"_s.arg(row));
}

} // namespace

class TestIssuesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_csv;

    QString project(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto created = Project::ProjectFile::create(path, Project::ProjectFile::Lock::None);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        CancelToken cancel;
        if (auto report = Jobs::importFile(**created, m_csv, {}, nullProgress(), cancel); !report)
            qFatal("%s", qPrintable(report.error().toString()));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_csv = m_dir.filePath(u"shop.csv"_s);
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(shop());
    }

    void severitiesAndFixesAsShown_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }

    void severitiesAndFixesAsShown()
    {
        QFETCH(QString, language);
        LanguageScope scope(language);
        Ui::MainWindow window;
        window.resize(1200, 760);
        window.show();
        window.openProject(project(language + u".portrait"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        Ui::IssuesPage *page = window.issuesPage();
        window.pages()->setCurrentWidget(page);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();

        // What the hand count says (English texts, found before the page is translated below).
        const QList<Jobs::DataFinding> &findings = page->findings();
        const auto count = [&](Jobs::DataFinding::Fix fix, qint64 expected) {
            return std::count_if(findings.begin(), findings.end(), [&](const Jobs::DataFinding &f) {
                return f.fix == fix && f.count == expected;
            });
        };
        QVERIFY(count(Fix::ExcludeReturns, 3) == 1);   // return-only orders
        QVERIFY(count(Fix::ExcludeReturns, 2) == 1);   // negative net spend: B and C
        QVERIFY(count(Fix::ExcludeReturns, 1) == 1);   // the cancellation row
        QVERIFY(count(Fix::ShowSource, 1) == 2);       // the rejected row, the row without customer
        QCOMPARE(page->issueCount(), int(findings.size()));
        QVERIFY(window.pages()->tabText(window.pages()->indexOf(page)).contains(QString::number(findings.size())));

        QTableView *view = page->view();
        const QHeaderView *header = view->horizontalHeader();
        for (int row = 0; row < page->issueCount(); ++row) {
            const QModelIndex severity = view->model()->index(row, Ui::IssuesPage::Severity);
            const QModelIndex text = view->model()->index(row, Ui::IssuesPage::Text);
            QVERIFY(!severity.data().toString().isEmpty());
            QVERIFY(!severity.data(Qt::DecorationRole).isNull());
            // The text column shows every line of its finding.
            const QRect cell = view->visualRect(text);
            // As the item delegate lays text out: inside a margin of the focus frame plus one pixel.
            const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
            const QRect needed = view->fontMetrics().boundingRect(QRect(0, 0, cell.width() - 2 * margin, 10000),
                                                                  Qt::TextWordWrap, text.data().toString());
            QVERIFY2(cell.height() >= needed.height(),
                     qPrintable(u"%1 < %2: "_s.arg(cell.height()).arg(needed.height()) + text.data().toString()));
            if (language != u"en"_s) {
                QVERIFY2(hasChinese(severity.data().toString()), qPrintable(severity.data().toString()));
                QVERIFY2(hasChinese(text.data().toString()), qPrintable(text.data().toString()));
            }
            QPushButton *button = fixButton(*page, row);
            if (findings.at(row).fix == Fix::None) {
                QVERIFY(!button);
                continue;
            }
            QVERIFY(button);
            QVERIFY2(showsWholeText(button), qPrintable(button->text()));
            // Beside the text, inside the list, within its own row.
            const QRect at(button->mapTo(view->viewport(), QPoint(0, 0)), button->size());
            QVERIFY(at.left() >= header->sectionViewportPosition(Ui::IssuesPage::Fix));
            QVERIFY(view->viewport()->rect().contains(at) || at.top() > view->viewport()->height());
            QVERIFY(at.top() >= view->visualRect(text).top() - 1 && at.bottom() <= view->visualRect(text).bottom() + 1);
            if (language != u"en"_s)
                QVERIFY2(hasChinese(button->text()), qPrintable(button->text()));
        }
        Shots::save(&window, u"issues"_s);
    }

    void fixesDoWhatTheySay()
    {
        Ui::MainWindow window;
        window.resize(1200, 760);
        window.show();
        window.openProject(project(u"fixes.portrait"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        Ui::IssuesPage *page = window.issuesPage();
        window.pages()->setCurrentWidget(page);

        // Show Rows: the Data page with the source and its rejected row.
        const int rejected = rowOf(*page, u"rows rejected"_s);
        QVERIFY(rejected >= 0);
        fixButton(*page, rejected)->click();
        QCOMPARE(window.pages()->currentWidget(), window.dataPage());
        // The source is the project's only one, so its rows may have loaded when it opened.
        QTRY_COMPARE(window.dataPage()->rejectedModel()->rowCount(), 1);
        QCOMPARE(window.dataPage()->rejectedModel()->index(0, 3).data().toString(), u"lots"_s);

        // Exclude Returns: one undo step; then the negative spend no longer moves a score.
        window.pages()->setCurrentWidget(page);
        int negative = rowOf(*page, u"returned more than they bought"_s);
        QCOMPARE(page->findings().at(negative).severity, Issue::Severity::Warning);
        fixButton(*page, negative)->click();
        QCOMPARE(window.session()->settings().request.metrics.returns, Rfm::ReturnsMode::Exclude);
        QCOMPARE(window.session()->undoStack()->count(), 1);
        negative = rowOf(*page, u"returned more than they bought"_s);
        QCOMPARE(page->findings().at(negative).severity, Issue::Severity::Info);
        QCOMPARE(page->findings().at(negative).fix, Fix::ExportCustomers);
        window.session()->undoStack()->undo();
        QCOMPARE(window.session()->settings().request.metrics.returns, Rfm::ReturnsMode::Net);
        window.session()->undoStack()->redo();

        // Export List…: the two customers, B and C, in a list to hand on.
        negative = rowOf(*page, u"returned more than they bought"_s);
        fixButton(*page, negative)->click();
        Ui::ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Ui::ExportDialog *>()) && dialog->isVisible());
        const QString out = m_dir.filePath(u"to-check.csv"_s);
        dialog->setFilePath(out);
        QSignalSpy exported(dialog, &Ui::ExportDialog::exported);
        dialog->startExport();
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), 10000);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split(u'\n');
        lines.removeFirst();   // the header
        QCOMPARE(lines.size(), 2);
        QStringList ids;
        for (const QString &line : lines)
            ids.append(line.section(u',', 0, 0).remove(u'"').remove(QChar(0xfeff)).trimmed());
        ids.sort();
        QCOMPARE(ids, QStringList({ u"B"_s, u"C"_s }));
    }
};

QTEST_MAIN(TestIssuesPage)
#include "tst_issuespage.moc"
