// The cleaning's quality report in the main window, in English and Chinese: a project with a zero
// amount, an amount far beyond Q3 + 3 × IQR, an order dated after today, one dated before its
// customer signed up and a province no table knows lists each of them on the Issues page, with the
// counts a hand count gives and a button that opens the Clean page. And the Clean page's access
// keys are its own: none is a key of the window's menus or page tabs, and none is used twice.
#include "clean/cleanpage.h"
#include "jobs/importjob.h"
#include "../languagescope.h"
#include "mainwindow.h"
#include "pages/issuespage.h"
#include "project/projectfile.h"
#include "workbench/workbenchsession.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Fix = Jobs::DataFinding::Fix;

namespace {

// By hand: 24 ordinary orders of 50–96; O90 of 0 (zero amount), O91 of 90,000 (far beyond the
// fence), O92 dated 2099 (after today), O93 on 2024-03-02 by C002, who signed up on 2024-06-01.
QByteArray orders()
{
    QByteArray csv = "订单号,会员编号,下单时间,实付金额\n";
    for (int i = 0; i < 24; ++i) {
        csv += "O" + QByteArray::number(i) + ",C00" + QByteArray::number(1 + i % 4) + ",2024-0"
                + QByteArray::number(7 + i % 3) + "-1" + QByteArray::number(i % 10) + ","
                + QByteArray::number(50 + 2 * i) + "\n";
    }
    csv += "O90,C001,2024-07-20,0\nO91,C003,2024-08-02,90000\nO92,C004,2099-01-01,60\nO93,C002,2024-03-02,70\n";
    return csv;
}

// C004's province is nowhere in the region table; the others are short forms the table knows.
const QByteArray Customers = "会员编号,姓名,手机号,省份,城市,注册日期\n"
                             "C001,王芳,13812345678,广东,深圳,2024-01-01\n"
                             "C002,李雷,13900001111,内蒙古,呼和浩特,2024-06-01\n"
                             "C003,韩梅梅,13700002222,浙江,杭州,2024-01-01\n"
                             "C004,赵强,13600003333,火星,某市,2024-01-01\n";

qint64 countOf(const QList<Jobs::DataFinding> &findings, const QString &text)
{
    for (const Jobs::DataFinding &finding : findings) {
        if (finding.fix == Fix::OpenClean && finding.text.contains(text))
            return finding.count;
    }
    return -1;
}

// The access key of a text ("Appl&y" → Y), or 0.
QChar accessKey(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QChar() : QChar(key[0].key()).toUpper();
}

} // namespace

class TestCleanIssues : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString project(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto created = Project::ProjectFile::create(path, Project::ProjectFile::Lock::None);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
        CancelToken cancel;
        if (auto report = Jobs::importFile(**created, m_dir.filePath(u"orders.csv"_s), {}, nullProgress(), cancel); !report)
            qFatal("%s", qPrintable(report.error().toString()));
        Jobs::ImportOptions customers;
        customers.kind = Jobs::SourceKind::Customers;
        if (auto report = Jobs::importFile(**created, m_dir.filePath(u"customers.csv"_s), customers, nullProgress(), cancel);
            !report)
            qFatal("%s", qPrintable(report.error().toString()));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        for (const auto &[name, data] : { std::pair { u"orders.csv"_s, orders() }, std::pair { u"customers.csv"_s, Customers } }) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        }
    }

    void qualityFindingsOnTheIssuesPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }

    void qualityFindingsOnTheIssuesPage()
    {
        QFETCH(QString, language);
        const QString path = project(language + u".portrait"_s); // made before the translations load
        LanguageScope scope(language);
        Ui::MainWindow window;
        window.resize(1200, 760);
        window.show();
        window.openProject(path);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        Ui::IssuesPage *page = window.issuesPage();
        window.pages()->setCurrentWidget(page);
        const auto cleaning = [&] {
            return std::count_if(page->findings().begin(), page->findings().end(),
                                 [](const Jobs::DataFinding &f) { return f.fix == Fix::OpenClean; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(cleaning() >= 5, 20000);

        if (language == u"en"_s) {
            QCOMPARE(countOf(page->findings(), u"Orders with a zero amount"_s), 1);
            QCOMPARE(countOf(page->findings(), u"Q3 + 3 × IQR"_s), 1);
            QCOMPARE(countOf(page->findings(), u"Orders dated after today"_s), 1);
            QCOMPARE(countOf(page->findings(), u"before the customer signed up"_s), 1);
            QCOMPARE(countOf(page->findings(), u"province not in the region table"_s), 1);
            // The examples the texts give are the orders and the customer counted.
            for (const auto &[what, example] : { std::pair { u"zero amount"_s, u"O90"_s }, std::pair { u"IQR"_s, u"O91"_s },
                                                 std::pair { u"after today"_s, u"O92"_s },
                                                 std::pair { u"signed up"_s, u"O93"_s },
                                                 std::pair { u"province not in"_s, u"火星"_s } }) {
                const auto finding = std::find_if(page->findings().begin(), page->findings().end(),
                                                  [&](const Jobs::DataFinding &f) { return f.text.contains(what); });
                QVERIFY(finding != page->findings().end());
                QVERIFY2(finding->text.contains(example), qPrintable(finding->text));
            }
        } else {
            for (const Jobs::DataFinding &finding : page->findings())
                QVERIFY2(hasChinese(finding.text), qPrintable(finding.text));
        }
        QCOMPARE(page->issueCount(), int(page->findings().size()));
        QVERIFY(window.pages()->tabText(window.pages()->indexOf(page)).contains(QString::number(page->findings().size())));
        Shots::save(&window, u"issues-cleaning"_s);

        // Every quality finding's button opens the Clean page.
        int row = -1;
        for (int i = 0; i < int(page->findings().size()) && row < 0; ++i) {
            if (page->findings().at(i).fix == Fix::OpenClean)
                row = i;
        }
        auto *button = page->findChild<QPushButton *>(u"fix%1"_s.arg(row));
        QVERIFY(button);
        QVERIFY2(showsWholeText(button), qPrintable(button->text()));
        if (language != u"en"_s)
            QVERIFY2(hasChinese(button->text()), qPrintable(button->text()));
        button->click();
        QCOMPARE(window.pages()->currentWidget()->objectName(), u"cleanPage"_s);
        auto *clean = qobject_cast<Ui::CleanPage *>(window.pages()->currentWidget());
        QVERIFY(clean);
        QTRY_VERIFY_WITH_TIMEOUT(!clean->isBusy(), 20000);
        Shots::save(&window, u"clean"_s);
    }

    void accessKeysDoNotCollide_data()
    {
        qualityFindingsOnTheIssuesPage_data();
    }

    void accessKeysDoNotCollide()
    {
        QFETCH(QString, language);
        LanguageScope scope(language);
        Ui::MainWindow window;
        window.show();
        QWidget *clean = window.pages()->findChild<QWidget *>(u"cleanPage"_s);
        QVERIFY(clean);
        window.pages()->setCurrentWidget(clean);

        // The window's keys: its menus, its toolbar's labels and its page tabs (the other pages'
        // keys are not live while the Clean page is shown).
        QMap<QChar, QString> window_;
        const auto addWindowKey = [&](const QString &text) {
            if (const QChar key = accessKey(text); !key.isNull())
                window_.insert(key, text);
        };
        for (QAction *menu : window.menuBar()->actions())
            addWindowKey(menu->text());
        for (int i = 0; i < window.pages()->count(); ++i)
            addWindowKey(window.pages()->tabText(i));
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->buddy() && !window.pages()->isAncestorOf(label))
                addWindowKey(label->text());
        }
        QVERIFY(window_.size() >= 10);

        // The page's: its buttons, check boxes, labels with a buddy and inner tabs.
        QStringList texts;
        for (QAbstractButton *button : clean->findChildren<QAbstractButton *>())
            texts.append(button->text());
        for (QLabel *label : clean->findChildren<QLabel *>()) {
            if (label->buddy())
                texts.append(label->text());
        }
        for (QTabBar *bar : clean->findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i)
                texts.append(bar->tabText(i));
        }
        QMap<QChar, QString> page;
        for (const QString &text : std::as_const(texts)) {
            const QChar key = accessKey(text);
            if (key.isNull())
                continue;
            QVERIFY2(!window_.contains(key), qPrintable(u"%1 takes Alt+%2 of %3"_s.arg(text, key, window_.value(key))));
            QVERIFY2(!page.contains(key), qPrintable(u"%1 and %2 share Alt+%3"_s.arg(text, page.value(key), key)));
            page.insert(key, text);
        }
        // The page's main actions have keys: preview, apply, undo, add a step, find duplicates.
        QVERIFY2(page.size() >= 5, qPrintable(QStringList(page.values()).join(u", "_s)));
    }
};

QTEST_MAIN(TestCleanIssues)
#include "tst_cleanissues.moc"
