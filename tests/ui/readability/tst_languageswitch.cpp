// Issue 16, item 9: switching the language rebuilds the window (main.cpp), and the analyst finds
// the same page, the same customers selected and the same card open, now in the other language;
// the toolbar and the RFM page call each scheme by one name.
#include "readability.h"

#include "card/customercard.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "pages/customerspage.h"
#include "rfm/presets.h"
#include "rfm/rfmoptionspanel.h"
#include "rfm/rfmpage.h"
#include "workbench/workbenchsession.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Ui;

namespace {

QStringList selectedIds(MainWindow &window)
{
    const auto frame = window.session()->frame();
    const std::vector<qint32> &rows = window.customersPage()->model()->visibleRows();
    QStringList ids;
    for (const QModelIndex &index : window.customersPage()->table()->selectionModel()->selectedRows())
        ids.append(frame->ids.at(rows[size_t(index.row())]));
    ids.sort();
    return ids;
}

QStringList visibleIds(MainWindow &window)
{
    const auto frame = window.session()->frame();
    QStringList ids;
    for (const qint32 row : window.customersPage()->model()->visibleRows())
        ids.append(frame->ids.at(row));
    return ids;
}

bool open(MainWindow &window, const QString &path)
{
    window.openProject(path);
    return QTest::qWaitFor([&] { return !window.isLoading() && window.session()->result(); }, 20000);
}

/// As main.cpp rebuilds the window: the state is handed over before the project has loaded.
bool reopen(MainWindow &window, const QString &path, const MainWindow::ViewState &state)
{
    window.resize(1200, 700);
    window.show();
    window.openProject(path);
    window.restoreViewState(state);
    return QTest::qWaitFor([&] { return !window.isLoading() && window.session()->result(); }, 20000);
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_demoPath = m_dir.filePath(u"demo.portrait"_s);
        QVERIFY(Readability::demoProject(m_demoPath));
    }

    void pageSelectionAndCardSurviveTheSwitch()
    {
        MainWindow::ViewState state;
        QStringList chosen;
        QString cardId;
        {
            const Readability::Language ui(u"en"_s);
            MainWindow before;
            before.resize(1200, 700);
            before.show();
            QVERIFY(open(before, m_demoPath));
            before.pages()->setCurrentWidget(before.customersPage());
            QTableView *table = before.customersPage()->table();
            for (int row : { 2, 5, 9 })
                table->selectionModel()->select(table->model()->index(row, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
            chosen = selectedIds(before);
            QCOMPARE(chosen.size(), 3);
            before.showCustomerCard(5);
            QVERIFY(before.customerCard()->isVisible());
            cardId = before.session()->frame()->ids.at(before.customerCard()->currentRow());
            state = before.viewState();
            QCOMPARE(state.page, before.customersPage()->objectName());
            before.closeProject();
        }
        const Readability::Language ui(u"zh_CN"_s);
        MainWindow after;
        QVERIFY(reopen(after, m_demoPath, state));
        QCoreApplication::processEvents();
        QCOMPARE(after.pages()->currentWidget(), static_cast<QWidget *>(after.customersPage()));
        QCOMPARE(selectedIds(after), chosen);
        QVERIFY(after.customerCard()->isVisible());
        QCOMPARE(after.session()->frame()->ids.at(after.customerCard()->currentRow()), cardId);
        // …and it is the Chinese window.
        QVERIFY2(after.pages()->tabText(after.pages()->currentIndex()).contains(u"客户"_s),
                 qPrintable(after.pages()->tabText(after.pages()->currentIndex())));
        Readability::keepShot(&after, u"language-switch"_s);
        after.customerCard()->close();
        after.closeProject();
    }

    void customersFilterSurvivesTheSwitch()
    {
        MainWindow::ViewState state;
        QStringList shownBefore;
        QString searched;
        int segment = -2;
        {
            const Readability::Language ui(u"en"_s);
            MainWindow before;
            before.resize(1200, 700);
            before.show();
            QVERIFY(open(before, m_demoPath));
            CustomersPage *page = before.customersPage();
            before.pages()->setCurrentWidget(page);
            // The biggest segment, narrowed by a search: a filter the analyst built in two steps.
            const Rfm::RfmResult &result = *before.session()->result();
            std::vector<qsizetype> sizes(size_t(result.scheme.rules.size() + 1), 0);
            for (const qint16 s : result.segment) {
                if (s >= 0)
                    ++sizes[size_t(s)];
            }
            segment = int(std::max_element(sizes.begin(), sizes.end()) - sizes.begin());
            page->showSegment(segment);
            auto *search = page->findChild<QLineEdit *>(u"customerSearch"_s);
            QVERIFY(search);
            for (const QString &text : { u"88"_s, u"77"_s, u"66"_s, u"55"_s }) {
                search->setText(text);
                shownBefore = visibleIds(before);
                if (!shownBefore.isEmpty() && shownBefore.size() < sizes[size_t(segment)])
                    break;
            }
            QVERIFY(!shownBefore.isEmpty());
            QVERIFY(shownBefore.size() < sizes[size_t(segment)]);
            searched = search->text();
            state = before.viewState();
            before.closeProject();
        }
        const Readability::Language ui(u"zh_CN"_s);
        MainWindow after;
        QVERIFY(reopen(after, m_demoPath, state));
        QCoreApplication::processEvents();
        QCOMPARE(after.customersPage()->model()->filter().segment, segment);
        QCOMPARE(after.customersPage()->model()->filter().text, searched);
        QCOMPARE(visibleIds(after), shownBefore);
        after.closeProject();
    }

    void oneNamePerScheme_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }

    void oneNamePerScheme()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        MainWindow window;
        window.show();
        QVERIFY(open(window, m_demoPath));
        auto *toolbar = window.findChild<QComboBox *>(u"schemeBox"_s);
        QComboBox *page = window.rfmPage()->optionsPanel()->schemeBox();
        QVERIFY(toolbar && page);
        for (const QString &id : Rfm::presetIds()) {
            const int inToolbar = toolbar->findData(id), onPage = page->findData(id);
            QVERIFY(inToolbar >= 0 && onPage >= 0);
            QCOMPARE(toolbar->itemText(inToolbar), page->itemText(onPage));
        }
        // The scheme in use is called what the segments page and the report call it.
        QCOMPARE(toolbar->currentText(), window.session()->result()->scheme.displayTitle(window.session()->chineseNames()));
        window.closeProject();
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
