// The tags page's toolbar actions: editing the tree, importing, exporting and saving.

#include "tagspage.h"

#include "tagtreemodel.h"

#include "tags/dictionaryjson.h"
#include "tags/rulesfile.h"
#include "tags/starterdictionary.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

void TagsPage::buildToolBar()
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(tr("Add tag"), this, [this] { addTag(false); });
    m_toolBar->addAction(tr("Add child tag"), this, [this] { addTag(true); });
    QAction *remove = m_toolBar->addAction(tr("Delete"), this, &TagsPage::removeCurrentTag);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(remove);
    m_toolBar->addAction(tr("Move up"), this, [this] { moveCurrentTag(-1); });
    m_toolBar->addAction(tr("Move down"), this, [this] { moveCurrentTag(1); });
    m_toolBar->addSeparator();
    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(tr("Starter dictionary"), this, &TagsPage::installStarter);
    m_toolBar->addAction(tr("Import…"), this, &TagsPage::importDictionary);
    m_toolBar->addAction(tr("Export…"), this, &TagsPage::exportDictionary);
    // Edits save themselves shortly after they are made: no button, but a word on where they are.
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_saveState = new QLabel(m_toolBar);
    m_saveState->setObjectName(u"tagSaveState"_s);
    m_saveState->setContentsMargins(8, 0, 8, 0);
    m_toolBar->addWidget(m_saveState);
}

void TagsPage::updateSaveState()
{
    QString text;
    QString style = u"color: #5f6368;"_s;
    if (m_projectPath.isEmpty()) {
        text.clear();
    } else if (m_saveFailed) {
        text = tr("Not saved: see the message above");
        style = u"color: #b00020;"_s;
    } else if (!m_loaded) {
        text = tr("Reading the project's tags…");
    } else if (isModified()) {
        text = tr("Saving…");
    } else {
        text = tr("Saved automatically");
    }
    m_saveState->setText(text);
    m_saveState->setStyleSheet(style);
    m_saveState->setToolTip(tr("Tags, groups and hand-set tags are saved in the project a moment after every "
                               "change, and before it is closed."));
}

void TagsPage::addTag(bool asChild)
{
    const qint64 current = currentTagId();
    const Tags::TagNode *node = m_dictionary.find(current);
    qint64 parent = 0;
    int row = -1;
    if (asChild && node) {
        parent = current;
    } else if (node) {
        parent = node->parentId;
        row = m_dictionary.row(current) + 1;
    }
    if (asChild && m_dictionary.level(parent) >= Tags::MaxTagLevels)
        return showMessage(tr("Tags have at most %1 levels.").arg(Tags::MaxTagLevels), true);
    // A free name among the siblings: 新标签, 新标签 2, …
    Tags::TagDictionary after = m_dictionary;
    Tags::TagNode added;
    Result<qint64> id = Error {};
    for (int n = 1; n < 1000 && !id; ++n) {
        added.name = n == 1 ? tr("New tag") : tr("New tag %1").arg(n);
        id = after.addTag(parent, added, row);
    }
    if (!id)
        return showMessage(id.error().message, true);
    changeDictionary(after, tr("Add tag \"%1\"").arg(added.name), *id);
    m_tree->edit(m_treeModel->indexOf(*id));
}

void TagsPage::removeCurrentTag()
{
    const qint64 id = currentTagId();
    if (!m_dictionary.find(id))
        return;
    Tags::TagDictionary after = m_dictionary;
    const QString name = m_dictionary.find(id)->name;
    const qint64 parent = m_dictionary.find(id)->parentId;
    after.removeTag(id);
    // Undo brings the tag back with its id, so manual assignments (kept by id) return with it.
    changeDictionary(after, tr("Delete tag \"%1\"").arg(name), parent);
}

void TagsPage::moveCurrentTag(int delta)
{
    const qint64 id = currentTagId();
    const Tags::TagNode *node = m_dictionary.find(id);
    if (!node)
        return;
    const int row = m_dictionary.row(id) + delta;
    if (row < 0 || row >= m_dictionary.children(node->parentId).size())
        return;
    Tags::TagDictionary after = m_dictionary;
    // moveTag inserts before the sibling now at `row` once the tag is out of the list.
    if (Status s = after.moveTag(id, node->parentId, row); !s)
        return showMessage(s.error().message, true);
    changeDictionary(after, tr("Move tag \"%1\"").arg(node->name), id);
}

void TagsPage::installStarter()
{
    if (!m_dictionary.isEmpty()
        && QMessageBox::question(this, tr("Starter dictionary"),
                                 tr("Replace the current tag dictionary by the starter dictionary? You can undo "
                                    "this."))
                != QMessageBox::Yes) {
        return;
    }
    changeDictionary(Tags::starterDictionary(), tr("Install the starter dictionary"));
}

void TagsPage::importDictionary()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import tag dictionary"), {},
                                                      tr("Tag dictionaries (*.json)"));
    if (path.isEmpty())
        return;
    Result<Tags::TagDictionary> loaded = Tags::loadDictionaryFile(path);
    if (!loaded)
        return showMessage(loaded.error().toString(), true);
    changeDictionary(*loaded, tr("Import tag dictionary"));
}

void TagsPage::exportDictionary()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export tag dictionary"), tr("tag-dictionary.json"),
                                                tr("Tag dictionaries (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = Tags::saveDictionaryFile(m_dictionary, path); !s)
        return showMessage(s.error().toString(), true);
    showMessage(tr("Exported the dictionary to %1.").arg(path), false);
}

} // namespace Portrait::Ui
