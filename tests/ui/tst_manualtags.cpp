// Hand-set tags from the customers page: select customers, Ctrl+T, pick the tag in the dialog;
// the tags page counts them, the card says "set by hand", Ctrl+Z takes it back, and the project
// keeps it (manual_tags) across closing and reopening.

#include "card/customercard.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "pages/customerspage.h"
#include "tags/governancemodel.h"
#include "tags/manualtagdialog.h"
#include "tags/tagspage.h"
#include "tags/tagtreemodel.h"
#include "workbench/workbenchsession.h"

#include "common/progress.h"
#include "jobs/sampleproject.h"
#include "project/projectfile.h"
#include "project/tagstore.h"
#include "tags/starterdictionary.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Ui::ManualTagDialog;
using Ui::TagsPage;

namespace {

const QString KeyAccount = u"价值等级/重点客户"_s;

/// The leaf tags without a rule: what the dialog offers.
QStringList handSetPaths(const Tags::TagDictionary &dictionary)
{
    QStringList paths;
    for (const Tags::TagNode &node : dictionary.tags()) {
        if (!node.hasRule() && !dictionary.hasChildren(node.id))
            paths.append(dictionary.path(node.id));
    }
    return paths;
}

Project::TagData readTags(const QString &path)
{
    auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    auto data = Project::loadTagData(**project);
    if (!data)
        qFatal("%s", qPrintable(data.error().toString()));
    return data.takeValue();
}

/// The governance table's customer count for a tag, as the tags page shows it.
qint64 governanceCount(const Ui::GovernanceModel *model, qint64 id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, Ui::GovernanceModel::TagColumn);
        if (index.data(Ui::GovernanceModel::TagIdRole).toLongLong() == id)
            return model->index(row, Ui::GovernanceModel::CustomersColumn).data(Ui::GovernanceModel::SortRole).toLongLong();
    }
    return -1;
}

} // namespace

class TestManualTags : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;   ///< the demo project with the starter dictionary
    int m_copies = 0;

    QString freshProject()
    {
        const QString path = m_dir.filePath(u"project-%1.portrait"_s.arg(++m_copies));
        [&] { QVERIFY(QFile::copy(m_template, path)); }();
        return path;
    }

    /// Opens the project and waits until its tags are read and computed with its dictionary.
    static void openAndWait(Ui::MainWindow &window, const QString &path)
    {
        TagsPage *tags = window.tagsPage();
        QSignalSpy loaded(tags, &TagsPage::tagDataLoaded);
        window.openProject(path);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(tags->workspace() && tags->workspace()->tagging.tags.size() == tags->dictionary().size()
                                         && tags->workspace()->features->rowCount() == window.session()->frame()->size(),
                                 20000);
    }

    static QAction *closeProjectAction(Ui::MainWindow &window)
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == u"&Close Project"_s)
                return action;
        }
        return nullptr;
    }

    /// Customers whose frame rows have the tag in the page's latest tagging.
    static qint64 countOf(const TagsPage *tags, qint64 id)
    {
        const Tags::DictionaryTag *tag = tags->workspace()->tagging.find(id);
        return tag ? tag->count : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_template = m_dir.filePath(u"template.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(m_template, nullProgress()));
        auto project = Project::ProjectFile::open(m_template, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        QVERIFY(Project::saveTagData(**project, { Tags::starterDictionary(), {} }));
    }

    void tagSelectedCustomersUndoAndReopen()
    {
        const QString path = freshProject();
        Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        openAndWait(window, path);
        if (QTest::currentTestFailed())
            return;
        TagsPage *tags = window.tagsPage();
        const qint64 id = tags->dictionary().findByPath(KeyAccount)->id;
        QCOMPARE(countOf(tags, id), 0);

        // Three customers of the list as shown, picked with click and Ctrl+click.
        window.pages()->setCurrentWidget(window.customersPage());
        auto *table = window.customersPage()->findChild<QTableView *>();
        QVERIFY(table);
        const QList<int> positions { 0, 2, 5 };
        for (int position : positions) {
            const QRect cell = table->visualRect(table->model()->index(position, 0));
            QTest::mouseClick(table->viewport(), Qt::LeftButton,
                              position == positions.first() ? Qt::NoModifier : Qt::ControlModifier, cell.center());
        }
        QCOMPARE(table->selectionModel()->selectedRows().size(), positions.size());
        QSet<QString> keys;
        std::vector<qint32> rows;
        for (int position : positions) {
            rows.push_back(table->model()->index(position, 0).data(Ui::CustomerTableModel::FrameRowRole).toInt());
            keys.insert(window.session()->frame()->ids.at(rows.back()));
        }

        // Ctrl+T opens the dialog with every hand-set tag, searchable by path.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
        ManualTagDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ManualTagDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->customerKeys().size(), keys.size());
        const QStringList offered = handSetPaths(tags->dictionary());
        QVERIFY(offered.contains(KeyAccount));
        QCOMPARE(dialog->tagList()->topLevelItemCount(), offered.size());
        dialog->searchEdit()->setText(u"重点客户"_s);
        int shown = 0;
        for (int i = 0; i < dialog->tagList()->topLevelItemCount(); ++i)
            shown += !dialog->tagList()->topLevelItem(i)->isHidden();
        QCOMPARE(shown, int(offered.filter(u"重点客户"_s).size()));
        QCOMPARE(dialog->selectedTagId(), id);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);

        // The tags page counts them at once: tree, governance, tagging.
        QTRY_COMPARE_WITH_TIMEOUT(countOf(tags, id), qint64(keys.size()), 5000);
        const Tags::DictionaryTag *tagged = tags->workspace()->tagging.find(id);
        QCOMPARE(tagged->source, Tags::TagSource::Manual);
        for (qint32 row : rows)
            QVERIFY(tagged->has(row));
        QCOMPARE(tags->treeModel()->data(tags->treeModel()->indexOf(id, Ui::TagTreeModel::CustomersColumn)).toString(),
                 QLocale().toString(keys.size()));
        QCOMPARE(governanceCount(tags->governanceModel(), id), qint64(keys.size()));

        // The card of one of them says the tag was set by hand.
        window.showCustomerCard(positions.at(1));
        Ui::CustomerCard *card = window.customerCard();
        QCOMPARE(card->currentRow(), rows.at(1));
        QVERIFY2(card->tagText().contains(KeyAccount + u"</b> <span style='color:#666'>— set by hand"_s),
                 qPrintable(card->tagText()));

        // Ctrl+Z in the window takes the whole step back; the card follows.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(tags, id), qint64(0), 5000);
        QVERIFY(!tags->manualTags().contains(id));
        QTRY_VERIFY(!card->tagText().contains(KeyAccount));
        window.session()->undoStack()->redo();
        QTRY_COMPARE_WITH_TIMEOUT(countOf(tags, id), qint64(keys.size()), 5000);
        QTRY_VERIFY(card->tagText().contains(KeyAccount));

        // Closing the project writes it to manual_tags; reopening shows it again.
        QAction *close = closeProjectAction(window);
        QVERIFY(close);
        close->trigger();
        QVERIFY(window.projectPath().isEmpty());
        QCOMPARE(readTags(path).manual.value(id), keys);
        openAndWait(window, path);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(tags->manualTags().value(id), keys);
        QCOMPARE(countOf(tags, id), qint64(keys.size()));
    }

    void removeTagFromSelectedSavesItself()
    {
        const QString path = freshProject();
        Ui::MainWindow window;
        window.show();
        openAndWait(window, path);
        if (QTest::currentTestFailed())
            return;
        TagsPage *tags = window.tagsPage();
        const qint64 id = tags->dictionary().findByPath(KeyAccount)->id;
        auto *table = window.customersPage()->findChild<QTableView *>();
        table->selectionModel()->select(QItemSelection(table->model()->index(1, 0), table->model()->index(3, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *tag = window.customersPage()->findChild<QAction *>(u"tagSelectedAction"_s);
        auto *untag = window.customersPage()->findChild<QAction *>(u"untagSelectedAction"_s);
        QVERIFY(tag && untag);
        tag->trigger();
        ManualTagDialog *dialog = window.findChild<ManualTagDialog *>();
        QVERIFY(dialog);
        dialog->selectTag(id);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(countOf(tags, id), qint64(3), 5000);
        QTRY_VERIFY(!window.findChild<ManualTagDialog *>());   // closed dialogs are deleted

        // Remove it from the middle one: the dialog offers only tags the selection has.
        const qint32 middle = table->model()->index(2, 0).data(Ui::CustomerTableModel::FrameRowRole).toInt();
        table->selectionModel()->select(table->model()->index(2, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy saved(tags, &TagsPage::saved);
        untag->trigger();
        dialog = window.findChild<ManualTagDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->tagList()->topLevelItemCount(), 1);
        QCOMPARE(dialog->tagList()->topLevelItem(0)->text(1), u"1 of 1"_s);
        QCOMPARE(dialog->selectedTagId(), id);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(countOf(tags, id), qint64(2), 5000);
        QVERIFY(!tags->workspace()->tagging.find(id)->has(middle));

        // Saved on its own shortly after, without closing anything.
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() >= 1 && !tags->isModified(), TagsPage::AutoSaveDelayMs + 10000);
        const QSet<QString> stored = readTags(path).manual.value(id);
        QCOMPARE(stored, tags->manualTags().value(id));
        QCOMPARE(stored.size(), 2);
        QVERIFY(!stored.contains(window.session()->frame()->ids.at(middle)));
    }

    void dialogSaysHowToAddAHandSetTag()
    {
        Tags::TagDictionary rulesOnly = Tags::starterDictionary();
        for (const QString &path : handSetPaths(rulesOnly))
            rulesOnly.removeTag(rulesOnly.findByPath(path)->id);
        QVERIFY(handSetPaths(rulesOnly).isEmpty());
        const QStringList keys { u"C1"_s, u"C2"_s };
        ManualTagDialog none(ManualTagDialog::Action::Assign, rulesOnly, {}, keys, true);
        QVERIFY2(none.noteText().contains(u"no tag that is set by hand"_s) && none.noteText().contains(u"Tags page"_s),
                 qPrintable(none.noteText()));
        QVERIFY(!none.applyButton()->isEnabled());
        QCOMPARE(none.selectedTagId(), 0);

        // Hand-set tags exist, but none of these customers has one: nothing to remove.
        const Tags::TagDictionary starter = Tags::starterDictionary();
        ManualTagDialog nothingToRemove(ManualTagDialog::Action::Remove, starter, {}, keys, true);
        QVERIFY2(nothingToRemove.noteText().contains(u"None of the selected customers"_s),
                 qPrintable(nothingToRemove.noteText()));
        QVERIFY(!nothingToRemove.applyButton()->isEnabled());
        ManualTagDialog assign(ManualTagDialog::Action::Assign, starter, {}, keys, true);
        QVERIFY(assign.noteText().isEmpty());
        QVERIFY(assign.applyButton()->isEnabled());
        // A search that matches nothing leaves nothing to apply.
        assign.searchEdit()->setText(u"no such tag"_s);
        QCOMPARE(assign.selectedTagId(), 0);
        QVERIFY(!assign.applyButton()->isEnabled());
    }
};

QTEST_MAIN(TestManualTags)
#include "tst_manualtags.moc"
