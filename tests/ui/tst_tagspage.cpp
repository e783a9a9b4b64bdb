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
#include "tags/groups.h"
#include "tags/starterdictionary.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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
        m_projectPath = m_dir.filePath(u"demo.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(m_projectPath, nullProgress()));
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
        const qint64 id = page->dictionary().findByPath(u"行为特征/活跃度/沉睡"_s)->id;
        QVERIFY(page->treeModel()->setData(page->treeModel()->indexOf(id), u"休眠"_s) == false);   // via the undo stack
        QTRY_COMPARE(page->undoStack()->count(), 1);
        QCOMPARE(page->dictionary().path(id), u"行为特征/活跃度/休眠"_s);
        QVERIFY(page->isModified());
        QCOMPARE(page->treeModel()->data(page->treeModel()->indexOf(id)).toString(), u"休眠"_s);
        page->undoStack()->undo();
        QCOMPARE(page->dictionary().path(id), u"行为特征/活跃度/沉睡"_s);
        QCOMPARE(page->treeModel()->data(page->treeModel()->indexOf(id)).toString(), u"沉睡"_s);
        QVERIFY(!page->isModified());
        page->undoStack()->redo();
        QCOMPARE(page->dictionary().find(id)->name, u"休眠"_s);
        // A name taken by a sibling is refused without an undo step.
        page->treeModel()->setData(page->treeModel()->indexOf(id), u"活跃"_s);
        QTest::qWait(50);
        QCOMPARE(page->undoStack()->count(), 1);
        QCOMPARE(page->dictionary().find(id)->name, u"休眠"_s);
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
        QVERIFY2(lines.contains(u"行为特征 › 消费行为 › 高频 — rule: frequency >= 5"_s), qPrintable(lines.join(u'\n')));
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
};

QTEST_MAIN(TestTagsPage)
#include "tst_tagspage.moc"
