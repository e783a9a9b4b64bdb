// Issue 16, item 6: the tags page for a newcomer, in English and Chinese. Without a project it says
// what to open; a project without tags is offered the starter dictionary with a preview of its tags
// and how many customers each would get; the starter's definitions, sources, refresh rules and notes
// read in the interface's language whichever language they were installed in, and the names in the
// English interface are the English ones; a field picker and value box beside the rule editor write
// a rule that works; the governance and overlap headers show every name whole; and the page says its
// edits are saved automatically (and they are) instead of offering a "Save to project" button.
#include "readability.h"

#include "mainwindow.h"
#include "welcome/welcomepage.h"
#include "tags/ruleeditor.h"
#include "tags/rulehelper.h"
#include "tags/starterdictionary.h"
#include "tags/tagform.h"
#include "tags/tagspage.h"
#include "tags/tagtreemodel.h"
#include "widgets/emptystate.h"
#include "workbench/workbenchsession.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Ui;

namespace {

QList<QPushButton *> visibleButtons(QWidget *parent)
{
    QList<QPushButton *> shown;
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->isVisible())
            shown.append(b);
    }
    return shown;
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &text)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

/// The starter's tag called `name` (its Chinese name).
const Tags::TagNode *starterTag(const Tags::TagDictionary &dictionary, const QString &name)
{
    for (const Tags::TagNode &node : dictionary.tags()) {
        if (node.name == name)
            return dictionary.find(node.id);
    }
    return nullptr;
}

} // namespace

class TestTagsReadability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::shared_ptr<LoadedProject> m_demo;
    int m_copies = 0;

    QString copyOfDemo()
    {
        const QString path = m_dir.filePath(u"copy-%1.portrait"_s.arg(++m_copies));
        return QFile::copy(m_demoPath, path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_demoPath = m_dir.filePath(u"demo.portrait"_s);
        m_demo = Readability::demoProject(m_demoPath);
        QVERIFY(m_demo);
    }

    void freshProjectIsOfferedTheStarterWithAPreview_data() { Readability::addLanguages(); }
    void freshProjectIsOfferedTheStarterWithAPreview()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        const bool chinese = language != u"en"_s;
        MainWindow window;
        window.resize(1200, 700);
        window.show();
        TagsPage *page = window.tagsPage();
        window.pages()->setCurrentWidget(page);
        // No project: the welcome screen stands in for the pages.
        QVERIFY(page->isShowingEmptyState());
        QVERIFY(window.welcomePage()->isVisible());
        Readability::keepShot(&window, u"tags-no-project"_s);

        // The demo has no tags: the starter is offered, with its tags and their customers.
        window.openProject(copyOfDemo());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page->isShowingEmptyState() && page->starterPreview()->isVisible(), 10000);
        QCOMPARE(visibleButtons(page->emptyState()).size(), 2);
        const Tags::TagDictionary starter = Tags::starterDictionary();
        const Tags::TagNode *male = starterTag(starter, u"男"_s);
        QVERIFY(male);
        // English names in the English interface, Chinese ones in the Chinese.
        const QString maleName = chinese ? u"男"_s : u"Male"_s;
        QTreeWidget *preview = page->starterPreview();
        QTRY_VERIFY_WITH_TIMEOUT(findItem(preview, maleName) && !findItem(preview, maleName)->text(1).isEmpty(), 20000);
        QVERIFY(findItem(preview, chinese ? u"基础属性"_s : u"Basic attributes"_s));
        // The count is what the data says: customers whose gender is 男.
        qint64 men = 0;
        for (qint32 i = 0; i < m_demo->frame.size(); ++i)
            men += m_demo->frame.genders.value(i) == u"男"_s ? 1 : 0;
        QVERIFY(men > 0);
        QCOMPARE(findItem(preview, maleName)->text(1), QLocale().toString(men));
        QCOMPARE(findItem(preview, maleName)->text(2), male->definition);
        Readability::keepShot(&window, u"tags-starter-offer"_s);

        // Taking it shows the tags; undoing it offers it again.
        QPushButton *use = visibleButtons(page->emptyState()).first();
        use->click();
        QVERIFY(!page->isShowingEmptyState());
        QCOMPARE(page->dictionary().size(), starter.size());
        QCOMPARE(page->treeModel()->index(0, TagTreeModel::NameColumn).data().toString(),
                 chinese ? u"基础属性"_s : u"Basic attributes"_s);
        page->undoStack()->undo();
        QVERIFY(page->isShowingEmptyState());
        page->undoStack()->redo();
        QVERIFY(!page->isShowingEmptyState());
        window.close();
    }

    void starterTextsFollowTheInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("installedIn");
        QTest::addColumn<QString>("shownIn");
        QTest::newRow("installed in English, shown in Chinese") << u"en"_s << u"zh_CN"_s;
        QTest::newRow("installed in Chinese, shown in English") << u"zh_CN"_s << u"en"_s;
    }
    void starterTextsFollowTheInterfaceLanguage()
    {
        QFETCH(QString, installedIn);
        QFETCH(QString, shownIn);
        Tags::TagDictionary installed;
        {
            const Readability::Language ui(installedIn);
            installed = Tags::starterDictionary();
        }
        // One definition the analyst rewrote stays as written.
        const Tags::TagNode *frequent = starterTag(installed, u"高频"_s);
        QVERIFY(frequent);
        Tags::TagNode rewritten = *frequent;
        rewritten.definition = u"Our own words: five orders or more."_s;
        QVERIFY(installed.updateTag(rewritten));

        const Readability::Language ui(shownIn);
        const Tags::TagDictionary expected = Tags::starterDictionary();
        TagsPage page;
        page.resize(1200, 700);
        page.setTagData({ installed, {} });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (const QString &name : { u"男"_s, u"高价值"_s, u"重点客户"_s }) {
            const Tags::TagNode *want = starterTag(expected, name);
            QVERIFY(want);
            page.selectTag(want->id);
            const Tags::TagNode shown = page.tagForm()->editedNode();
            QCOMPARE(shown.definition, want->definition);
            QCOMPARE(shown.dataSource, want->dataSource);
            QCOMPARE(shown.refreshRule, want->refreshRule);
            QCOMPARE(shown.ownerNote, want->ownerNote);
            if (shownIn == u"en"_s)
                QVERIFY2(shown.definition.at(0).unicode() < 0x80, qPrintable(shown.definition));
            else
                QVERIFY2(shown.definition != Tags::starterDictionaryInEnglish().find(want->id)->definition,
                         qPrintable(shown.definition));
        }
        page.selectTag(rewritten.id);
        QCOMPARE(page.tagForm()->editedNode().definition, rewritten.definition);
        // Showing is not editing: nothing to apply, nothing to save.
        QVERIFY(!page.tagForm()->isDirty());
        QVERIFY(page.tagData().dictionary == installed);
        Readability::keepShot(&page, u"tags-form-"_s + installedIn);
    }

    void fieldPickerAndValuesWriteARuleThatWorks_data() { Readability::addLanguages(); }
    void fieldPickerAndValuesWriteARuleThatWorks()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        WorkbenchSession session;
        session.setProject(m_demo, RfmSettings {});
        TagsPage page;
        page.resize(1200, 760);
        page.setTagData({ Tags::starterDictionary(), {} });
        page.setData(session.frame(), session.result(), true);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.workspace() && page.workspace()->features, 20000);
        const Tags::TagNode *online = starterTag(page.dictionary(), u"线上"_s);
        QVERIFY(online);
        page.selectTag(online->id);
        RuleHelper *helper = page.tagForm()->ruleHelper();
        QVERIFY(helper->isVisible() && helper->isEnabled());
        Readability::keepShot(&page, u"tags-rule-helper"_s);
        QComboBox *field = helper->fieldBox();
        // Every feature the rules know is offered.
        const Tags::FeatureTable &features = *page.workspace()->features;
        QCOMPARE(field->count(), features.columnCount());
        field->setCurrentIndex(field->findData(u"top_channel"_s));
        QVERIFY(field->currentIndex() >= 0);
        // The values customers have, the most common first (counted here from the feature column).
        const int column = features.indexOf(u"top_channel"_s);
        QHash<QString, qint64> perChannel;
        for (qsizetype row = 0; row < features.rowCount(); ++row) {
            if (!features.isMissing(column, row))
                ++perChannel[features.displayValue(column, row)];
        }
        QVERIFY(perChannel.size() >= 2);
        QComboBox *value = helper->valueBox();
        QCOMPARE(value->count(), perChannel.size());
        const QString top = value->itemText(0);
        for (auto it = perChannel.cbegin(); it != perChannel.cend(); ++it)
            QVERIFY2(perChannel.value(top) >= it.value(), qPrintable(it.key()));
        // Typing part of a value completes it.
        value->setCurrentText(top);
        page.tagForm()->ruleEditor()->textEdit()->clear();
        helper->insertButton()->click();
        const QString rule = page.tagForm()->ruleEditor()->text();
        QCOMPARE(rule, u"top_channel = \"%1\""_s.arg(top));
        RuleEditor *editor = page.tagForm()->ruleEditor();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isEvaluating() && editor->count() >= 0 && editor->error().message.isEmpty()
                                         && editor->count() == perChannel.value(top),
                                 10000);
        // A number: its quartiles are offered, and `field >= value` checks.
        field->setCurrentIndex(field->findData(u"monetary"_s));
        QVERIFY(value->count() >= 2);
        QCOMPARE(helper->insertion(), u"monetary"_s);
        value->setCurrentIndex(0);
        QVERIFY(helper->insertion().startsWith(u"monetary >= "_s));
    }

    void governanceHeadersAreWhole_data() { Readability::addLanguages(); }
    void governanceHeadersAreWhole()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        WorkbenchSession session;
        session.setProject(m_demo, RfmSettings {});
        TagsPage page;
        page.resize(1200, 760);
        page.setTagData({ Tags::starterDictionary(), {} });
        page.setData(session.frame(), session.result(), true);
        page.show();
        page.tabs()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(page.workspace() && page.overlapView()->model()->columnCount() > 3, 20000);
        QCoreApplication::processEvents();
        Readability::keepShot(&page, u"tags-governance"_s);
        for (QTableView *view : { page.overlapView(), page.governanceView() }) {
            QHeaderView *header = view->horizontalHeader();
            QVERIFY(header->count() > 0);
            for (int section = 0; section < header->count(); ++section) {
                const QString text = view->model()->headerData(section, Qt::Horizontal).toString();
                // The words and the style's margins on both sides.
                const int needed = QFontMetrics(header->font()).horizontalAdvance(text)
                        + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
                QVERIFY2(header->sectionSize(section) >= needed,
                         qPrintable(u"%1: %2 px of %3"_s.arg(text).arg(header->sectionSize(section)).arg(needed)));
            }
        }
    }

    void editsSaySavedAutomaticallyAndAre_data() { Readability::addLanguages(); }
    void editsSaySavedAutomaticallyAndAre()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        const QString path = copyOfDemo();
        TagsPage page;
        QSignalSpy loaded(&page, &TagsPage::tagDataLoaded);
        page.setProjectPath(path);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        // No button that pretends saving waits for it.
        for (QToolBar *bar : page.findChildren<QToolBar *>()) {
            for (QAction *action : bar->actions())
                QVERIFY2(!action->text().contains(u"Save"_s) && !action->text().contains(u"保存"_s),
                         qPrintable(action->text()));
        }
        const QString saved = page.saveStateText();
        QVERIFY(!saved.isEmpty());
        QSignalSpy written(&page, &TagsPage::saved);
        // The demo has no tags: the offer's first button installs the starter.
        QPushButton *use = nullptr;
        for (QPushButton *b : page.emptyState()->findChildren<QPushButton *>())
            use = !use && b->isVisibleTo(&page) ? b : use;
        QVERIFY(use);
        use->click();
        QCOMPARE(page.dictionary().size(), Tags::starterDictionary().size());
        QVERIFY(page.saveStateText() != saved);   // "Saving…"
        QTRY_VERIFY_WITH_TIMEOUT(written.count() >= 1 && !page.isModified(), 10000);
        QCOMPARE(page.saveStateText(), saved);
        // And it is in the project: another page reads it back.
        TagsPage reader;
        QSignalSpy read(&reader, &TagsPage::tagDataLoaded);
        reader.setProjectPath(path);
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 10000);
        QCOMPARE(reader.dictionary().size(), page.dictionary().size());
    }
};

QTEST_MAIN(TestTagsReadability)
#include "tst_tagsreadability.moc"
