#include "mainwindow.h"
#include "tags/governancemodel.h"
#include "tags/groupbuilder.h"
#include "tags/overlapmodel.h"
#include "tags/ruleeditor.h"
#include "tags/tagform.h"
#include "tags/tagspage.h"
#include "tags/tagtreemodel.h"

#include "common/progress.h"
#include "jobs/rfmjob.h"
#include "jobs/sampleproject.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "project/tagstore.h"
#include "tags/groups.h"
#include "tags/starterdictionary.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Ui::TagsPage;

class TestTagsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    QString m_starterProject;   ///< the demo project with the starter dictionary saved in it
    int m_copies = 0;
    std::shared_ptr<const Model::CustomerFrame> m_frame;
    std::shared_ptr<const Rfm::RfmResult> m_rfm;

    /// A page on the demo project's 5,000 customers with the starter dictionary, tags computed.
    std::unique_ptr<TagsPage> makePage()
    {
        auto page = std::make_unique<TagsPage>();
        page->resize(1200, 760);
        QSignalSpy computed(page.get(), &TagsPage::workspaceChanged);
        page->setTagData({ Tags::starterDictionary(), {} });
        page->setData(m_frame, m_rfm, true);
        // Features first, then the tags of the dictionary (the retag timer may add one more round).
        [&] { QTRY_VERIFY_WITH_TIMEOUT(page->workspace() && page->workspace()->tagging.tags.size()
                                               == page->dictionary().size(), 20000); }();
        return page;
    }

    void typeRule(Ui::RuleEditor *editor, const QString &text)
    {
        editor->textEdit()->selectAll();
        QTest::keyClick(editor->textEdit(), Qt::Key_Delete);
        // Keys one by one; Chinese arrives as an input method commits it, as inserted text.
        for (const QChar c : text) {
            if (c == u'\n')
                QTest::keyClick(editor->textEdit(), Qt::Key_Return);
            else if (c.unicode() < 0x80)
                QTest::keyClick(editor->textEdit(), char(c.unicode()));
            else
                editor->textEdit()->insertPlainText(QString(c));
        }
    }

    /// A copy of m_starterProject of its own, for a test that writes to it.
    QString freshProject()
    {
        const QString path = m_dir.filePath(u"copy-%1.portrait"_s.arg(++m_copies));
        [&] { QVERIFY(QFile::copy(m_starterProject, path)); }();
        return path;
    }

    static Project::TagData readTags(const QString &path)
    {
        auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        if (!project)
            qFatal("%s", qPrintable(project.error().toString()));
        auto data = Project::loadTagData(**project);
        if (!data)
            qFatal("%s", qPrintable(data.error().toString()));
        return data.takeValue();
    }

    /// Renames the tag at `path` as the tree's editor does (one undo step) and waits for the step.
    static void renameInTree(TagsPage &page, const QString &path, const QString &name)
    {
        const int steps = page.undoStack()->count();
        page.treeModel()->setData(page.treeModel()->indexOf(page.dictionary().findByPath(path)->id), name);
        QTRY_COMPARE(page.undoStack()->count(), steps + 1);
        QVERIFY(page.isModified());
    }

    static QAction *closeProjectAction(Ui::MainWindow &window)
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == u"&Close Project"_s)
                return action;
        }
        return nullptr;
    }

    void saveShot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTRAIT_SHOTS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->show();
        QTest::qWait(50);
        QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The main window remembers recent projects: not in the analyst's settings.
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_projectPath = m_dir.filePath(u"demo.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(m_projectPath, nullProgress()));
        m_starterProject = m_dir.filePath(u"starter.portrait"_s);
        QVERIFY(QFile::copy(m_projectPath, m_starterProject));
        {
            auto starter = Project::ProjectFile::open(m_starterProject, Project::ProjectFile::Lock::None);
            QVERIFY(starter);
            QVERIFY(Project::saveTagData(**starter, { Tags::starterDictionary(), {} }));
        }
        auto project = Project::ProjectFile::open(m_projectPath, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        CancelToken cancel;
        auto frame = Project::loadFrame(**project, nullProgress(), cancel);
        QVERIFY(frame);
        auto rfm = Jobs::runRfmRequest(*frame, Jobs::RfmRequest {});
        QVERIFY(rfm);
        m_frame = std::make_shared<const Model::CustomerFrame>(frame.takeValue());
        m_rfm = std::make_shared<const Rfm::RfmResult>(rfm.takeValue());
    }

    void modelsPassTheTester()
    {
        auto page = makePage();
        QAbstractItemModelTester tree(page->treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester governance(page->governanceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester overlap(page->overlapModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->treeModel()->rowCount(), 5);
        QVERIFY(page->governanceModel()->rowCount() > 30);
        QCOMPARE(page->overlapModel()->rowCount(), page->overlapModel()->columnCount());
        page->selectTag(page->dictionary().findByPath(u"行为特征/消费行为/高频"_s)->id);
        saveShot(page.get(), u"tags-tree-zh"_s);
        page->tabs()->setCurrentIndex(1);
        saveShot(page.get(), u"tags-governance-zh"_s);
        // English display names: the tree, the governance table and the overlap headers follow.
        page->setData(m_frame, m_rfm, false);
        QCOMPARE(page->treeModel()->data(page->treeModel()->index(0, 0)).toString(), u"Basic attributes"_s);
        QTRY_COMPARE(page->governanceModel()->data(page->governanceModel()->index(0, 0)).toString(),
                     u"Basic attributes › Gender › Male"_s);
        saveShot(page.get(), u"tags-governance-en"_s);
    }

    void typedRuleIsCountedAfterTheDebounce()
    {
        auto page = makePage();
        const qint64 id = page->dictionary().findByPath(u"行为特征/消费行为/促销敏感"_s)->id;
        page->selectTag(id);
        Ui::RuleEditor *editor = page->tagForm()->ruleEditor();
        QCOMPARE(editor->text(), u"promo_share >= 0.6"_s);
        QTRY_VERIFY(!editor->isEvaluating() && editor->count() >= 0);
        QSignalSpy evaluated(editor, &Ui::RuleEditor::evaluated);
        typeRule(editor, u"promo_share >= 0.3 and frequency >= 2"_s);
        // Many keystrokes, no evaluation yet: it waits until typing stops.
        QCOMPARE(evaluated.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 5000);
        QTest::qWait(2 * Ui::RuleEditor::DebounceMs);
        QCOMPARE(evaluated.count(), 1);

        // The evaluator, run directly on the same features, agrees.
        const auto workspace = page->workspace();
        auto expected = Tags::evaluateCondition(u"promo_share >= 0.3 and frequency >= 2"_s, *workspace->features,
                                                workspace->context, workspace->tagging);
        QVERIFY(expected);
        const qint64 count = Tags::countMembers(*expected);
        QVERIFY(count > 0 && count < m_frame->size());
        QCOMPARE(evaluated.first().at(0).toLongLong(), count);
        QCOMPARE(evaluated.first().at(1).toLongLong(), m_frame->size());
        QVERIFY2(editor->statusLabel()->text().startsWith(QLocale().toString(count) + u" customers ("_s),
                 qPrintable(editor->statusLabel()->text()));
        QVERIFY(page->tagForm()->applyButton()->isEnabled());
        saveShot(page.get(), u"tags-rule-count"_s);

        // Apply makes it the tag's rule (one undo step) and recomputes the tag.
        page->tagForm()->applyButton()->click();
        QCOMPARE(page->dictionary().find(id)->rule, u"promo_share >= 0.3 and frequency >= 2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page->workspace()->tagging.find(id)->count, count, 10000);
    }

    void invalidRuleShowsWhereTheErrorIs()
    {
        auto page = makePage();
        page->selectTag(page->dictionary().findByPath(u"行为特征/消费行为/高频"_s)->id);
        Ui::RuleEditor *editor = page->tagForm()->ruleEditor();
        QSignalSpy evaluated(editor, &Ui::RuleEditor::evaluated);
        typeRule(editor, u"frequency >= 3 and\nmonetray > 100"_s);
        QTRY_COMPARE_WITH_TIMEOUT(evaluated.count(), 1, 5000);
        QCOMPARE(evaluated.first().at(0).toLongLong(), -1);
        QCOMPARE(editor->error().row, 2);
        QCOMPARE(editor->error().column, 1);
        QVERIFY(editor->error().message.contains(u"did you mean \"monetary\""_s));
        QVERIFY2(editor->statusLabel()->text().startsWith(u"Line 2, column 1: "_s), qPrintable(editor->statusLabel()->text()));
        const auto selections = editor->textEdit()->extraSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections.first().format.underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(selections.first().cursor.selectedText(), u"monetray"_s);
        saveShot(page.get(), u"tags-rule-error"_s);
    }

    void renameIsUndoable()
    {
        auto page = makePage();
        // The English interface shows (and so renames) the English name; the path keeps the Chinese one.
        const qint64 id = page->dictionary().findByPath(u"行为特征/活跃度/沉睡"_s)->id;
        QCOMPARE(page->treeModel()->data(page->treeModel()->indexOf(id), Qt::EditRole).toString(), u"Dormant"_s);
        QVERIFY(page->treeModel()->setData(page->treeModel()->indexOf(id), u"Sleeping"_s) == false);   // via the undo stack
        QTRY_COMPARE(page->undoStack()->count(), 1);
        QCOMPARE(page->dictionary().find(id)->nameEn, u"Sleeping"_s);
        QCOMPARE(page->dictionary().path(id), u"行为特征/活跃度/沉睡"_s);
        QVERIFY(page->isModified());
        QCOMPARE(page->treeModel()->data(page->treeModel()->indexOf(id)).toString(), u"Sleeping"_s);
        page->undoStack()->undo();
        QCOMPARE(page->dictionary().find(id)->nameEn, u"Dormant"_s);
        QCOMPARE(page->treeModel()->data(page->treeModel()->indexOf(id)).toString(), u"Dormant"_s);
        QVERIFY(!page->isModified());
        page->undoStack()->redo();
        QCOMPARE(page->dictionary().find(id)->nameEn, u"Sleeping"_s);
        // A name taken by a sibling is refused without an undo step.
        page->treeModel()->setData(page->treeModel()->indexOf(id), u"Active"_s);
        QTest::qWait(50);
        QCOMPARE(page->undoStack()->count(), 1);
        QCOMPARE(page->dictionary().find(id)->nameEn, u"Sleeping"_s);
    }

    void groupExportsItsRows()
    {
        auto page = makePage();
        page->tabs()->setCurrentIndex(2);
        Ui::GroupBuilder *groups = page->groupBuilder();
        QSignalSpy exported(page.get(), &TagsPage::exportRequested);
        groups->nameEdit()->setText(u"京沪高频"_s);
        typeRule(groups->editor(), u"has_tag(\"高频\") and province in (\"北京\", \"上海\")"_s);
        QTRY_VERIFY_WITH_TIMEOUT(groups->editor()->count() > 0 && groups->exportButton()->isEnabled(), 5000);
        saveShot(page.get(), u"tags-groups"_s);
        QTest::mouseClick(groups->exportButton(), Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(0).toString(), u"京沪高频"_s);
        const auto rows = exported.first().at(1).value<std::vector<qint32>>();
        QCOMPARE(qint64(rows.size()), groups->editor()->count());
        const auto &features = *page->workspace()->features;
        const int province = features.indexOf(u"province"_s);
        for (qint32 row : rows)
            QVERIFY(QStringList({ u"北京"_s, u"上海"_s }).contains(features.displayValue(province, row)));
    }

    void customerCardExplainsTags()
    {
        auto page = makePage();
        const auto &tagging = page->workspace()->tagging;
        const Tags::DictionaryTag *frequent = tagging.findPath(u"行为特征/消费行为/高频"_s);
        qsizetype row = 0;
        while (!frequent->has(row))
            ++row;
        const QStringList lines = page->explainCustomerTags(row);
        QVERIFY2(lines.contains(u"Behaviour › Purchasing › Frequent — rule: frequency >= 5"_s), qPrintable(lines.join(u'\n')));
    }

    void savesAndLoadsThroughTheProject()
    {
        auto page = makePage();
        QSignalSpy loaded(page.get(), &TagsPage::tagDataLoaded);
        page->setProjectPath(m_projectPath);   // the demo project has no dictionary yet
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QVERIFY(page->dictionary().isEmpty());
        page->setTagData({ Tags::starterDictionary(), {} });
        Tags::TagDictionary edited = page->dictionary();
        QVERIFY(edited.renameTag(edited.findByPath(u"态度"_s)->id, u"态度与口碑"_s));
        page->setTagData({ edited, {} });
        QSignalSpy saved(page.get(), &TagsPage::saved);
        page->saveToProject();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        TagsPage other;
        other.setProjectPath(m_projectPath);
        QTRY_VERIFY_WITH_TIMEOUT(other.dictionary().findByPath(u"态度与口碑/NPS/推荐者"_s), 10000);
    }

    void editsSaveThemselves()
    {
        const QString path = freshProject();
        TagsPage page;
        QSignalSpy loaded(&page, &TagsPage::tagDataLoaded);
        page.setProjectPath(path);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QCOMPARE(page.dictionary(), Tags::starterDictionary());
        QVERIFY(!page.isModified());
        QSignalSpy saved(&page, &TagsPage::saved);
        // A burst of edits is written once, after it.
        renameInTree(page, u"行为特征/活跃度/沉睡"_s, u"休眠"_s);
        renameInTree(page, u"态度"_s, u"态度与口碑"_s);
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1 && !page.isModified(), TagsPage::AutoSaveDelayMs + 10000);
        QTest::qWait(TagsPage::AutoSaveDelayMs + 200);
        QCOMPARE(saved.count(), 1);
        const Project::TagData stored = readTags(path);
        QCOMPARE(stored.dictionary, page.dictionary());
        // The English interface renames the English names.
        QCOMPARE(stored.dictionary.findByPath(u"行为特征/活跃度/沉睡"_s)->nameEn, u"休眠"_s);
        QCOMPARE(stored.dictionary.findByPath(u"态度"_s)->nameEn, u"态度与口碑"_s);
        // Undo is an edit too: it is saved the same way.
        page.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 2 && !page.isModified(), TagsPage::AutoSaveDelayMs + 10000);
        QCOMPARE(readTags(path).dictionary.findByPath(u"态度"_s)->nameEn, u"Attitude"_s);
    }

    void destroyingThePageFlushes()
    {
        const QString path = freshProject();
        auto page = std::make_unique<TagsPage>();
        QSignalSpy loaded(page.get(), &TagsPage::tagDataLoaded);
        page->setProjectPath(path);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QSignalSpy saved(page.get(), &TagsPage::saved);
        renameInTree(*page, u"行为特征/活跃度/沉睡"_s, u"休眠"_s);
        const qint64 id = page->dictionary().findByPath(u"价值等级/重点客户"_s)->id;
        const QStringList keys = m_frame->ids.toList().mid(10, 4);
        QCOMPARE(page->changeManualTag(id, keys, true), keys.size());
        const Tags::TagDictionary edited = page->dictionary();
        QCOMPARE(saved.count(), 0);   // still waiting for the automatic save
        page.reset();
        const Project::TagData stored = readTags(path);
        QCOMPARE(stored.dictionary, edited);
        QCOMPARE(stored.manual.value(id), QSet<QString>(keys.begin(), keys.end()));
    }

    void manualTagsAreOneUndoStep()
    {
        auto page = makePage();
        const qint64 id = page->dictionary().findByPath(u"价值等级/重点客户"_s)->id;
        const QStringList keys { m_frame->ids.at(0), m_frame->ids.at(7), m_frame->ids.at(42) };
        QCOMPARE(page->changeManualTag(id, keys, true), qsizetype(3));
        QCOMPARE(page->undoStack()->count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(page->workspace()->tagging.find(id)->count, qint64(3), 5000);
        QVERIFY(page->workspace()->tagging.find(id)->has(42));
        QVERIFY(page->explainCustomerTags(7).contains(u"Value › Key account — set by hand"_s));
        // Setting it again on customers who have it is no step at all.
        QCOMPARE(page->changeManualTag(id, keys.mid(0, 2), true), qsizetype(0));
        QCOMPARE(page->undoStack()->count(), 1);
        QCOMPARE(page->changeManualTag(id, keys.mid(1, 1), false), qsizetype(1));
        QTRY_COMPARE_WITH_TIMEOUT(page->workspace()->tagging.find(id)->count, qint64(2), 5000);
        page->undoStack()->undo();
        page->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(page->workspace()->tagging.find(id)->count, qint64(0), 5000);
        QVERIFY(page->manualTags().isEmpty());
        QVERIFY(!page->isModified());
        // A tag with a rule is set by its rule only.
        const qint64 ruled = page->dictionary().findByPath(u"价值等级/高价值"_s)->id;
        QCOMPARE(page->changeManualTag(ruled, keys, true), qsizetype(0));
    }

    void windowFlushesBeforeTheProjectGoes()
    {
        const QString first = freshProject();
        const QString second = freshProject();
        Ui::MainWindow window;
        window.show();
        TagsPage *tags = window.tagsPage();
        const auto openAndEdit = [&](const QString &path, const QString &tagPath, const QString &name) {
            QSignalSpy loaded(tags, &TagsPage::tagDataLoaded);
            window.openProject(path);
            QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 20000);
            renameInTree(*tags, tagPath, name);
        };

        // File › Close Project, well before the automatic save would come (it never does here).
        QSignalSpy autoSaved(tags, &TagsPage::saved);
        openAndEdit(first, u"行为特征/活跃度/沉睡"_s, u"休眠"_s);
        QAction *close = closeProjectAction(window);
        QVERIFY(close);
        QCOMPARE(autoSaved.count(), 0);
        close->trigger();
        QVERIFY(window.projectPath().isEmpty());
        QCOMPARE(readTags(first).dictionary.findByPath(u"行为特征/活跃度/沉睡"_s)->nameEn, u"休眠"_s);

        // Opening another project.
        openAndEdit(first, u"态度"_s, u"态度与口碑"_s);
        QCOMPARE(autoSaved.count(), 0);
        openAndEdit(second, u"需求偏好"_s, u"偏好"_s);
        QCOMPARE(readTags(first).dictionary.findByPath(u"态度"_s)->nameEn, u"态度与口碑"_s);

        // Closing the window: what quitting and switching the language do.
        QCOMPARE(autoSaved.count(), 0);
        QVERIFY(window.close());
        QCOMPARE(readTags(second).dictionary.findByPath(u"需求偏好"_s)->nameEn, u"偏好"_s);
    }
};

QTEST_MAIN(TestTagsPage)
#include "tst_tagspage.moc"
