// The tags page and its project: loading, saving edits on their own shortly after they are made,
// flushing what is left before the project goes, and the tags set by hand.

#include "tagspage.h"

#include "manualtagcommand.h"
#include "tagprojectstorage.h"

#include <QDir>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

namespace Portrait::Ui {

namespace {

bool sameTags(const Project::TagData &a, const Project::TagData &b)
{
    return a.manual == b.manual && a.dictionary == b.dictionary;
}

} // namespace

void TagsPage::connectStorage()
{
    // One job at a time writes (see startSave()); a save asked for meanwhile runs once all are done.
    const auto runQueuedSave = [this] {
        if (!m_saveQueued || m_storage->isBusy())
            return false;
        m_saveQueued = false;
        startSave(m_announceSave);
        return true;
    };
    connect(m_storage, &TagProjectStorage::loaded, this,
            [this, runQueuedSave](const QString &path, const Project::TagData &data) {
                if (path == m_projectPath) {
                    m_loaded = true;
                    setTagData(data);
                    updateSaveState();
                    Q_EMIT tagDataLoaded();
                }
                runQueuedSave();
            });
    connect(m_storage, &TagProjectStorage::loadFailed, this,
            [this, runQueuedSave](const QString &path, const QString &message) {
                if (path == m_projectPath) {
                    const QString text = tr("The tags of %1 could not be read: %2")
                                                 .arg(QDir::toNativeSeparators(path), message);
                    showMessage(text, true);
                    Q_EMIT storageFailed(text);
                }
                runQueuedSave();
            });
    connect(m_storage, &TagProjectStorage::saved, this,
            [this, runQueuedSave](const QString &path, const Project::TagData &data) {
                // A save of older tags that finished late does not make the newer ones saved.
                if (path == m_projectPath && sameTags(data, m_requested)) {
                    m_saved = data;
                    m_saveFailed = false;
                }
                if (!runQueuedSave()) {
                    if (m_announceSave) {
                        m_announceSave = false;
                        showMessage(tr("Tags saved to the project."), false);
                    }
                    tagDataEdited();   // edited while it was written: write again
                }
                updateSaveState();
                Q_EMIT saved();
            });
    connect(m_storage, &TagProjectStorage::saveFailed, this, [this](const QString &path, const QString &message) {
        // No retry loop: the next edit or closing the project tries again.
        m_saveQueued = false;
        m_saveFailed = true;
        updateSaveState();
        m_announceSave = false;
        const QString text = tr("The tags could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), message);
        showMessage(text, true);
        Q_EMIT storageFailed(text);
    });
}

void TagsPage::setProjectPath(const QString &path)
{
    if (Status status = flushToProject(); !status) {
        showMessage(status.error().message, true);
        Q_EMIT storageFailed(status.error().message);
    }
    m_projectPath = path;
    m_loaded = false;
    m_saveQueued = false;
    m_announceSave = false;
    m_saveFailed = false;
    setTagData({});
    if (!path.isEmpty())
        m_storage->load(path);
}

void TagsPage::saveToProject()
{
    if (m_projectPath.isEmpty())
        return showMessage(tr("No project is open."), true);
    m_announceSave = true;
    startSave(true);
}

void TagsPage::startSave(bool evenIfUnchanged)
{
    m_saveTimer->stop();
    if (m_projectPath.isEmpty() || !(evenIfUnchanged || (m_loaded && isModified())))
        return;
    // One save at a time: two running together could commit in either order.
    if (m_storage->isBusy()) {
        m_saveQueued = true;
        return;
    }
    m_requested = tagData();
    m_storage->save(m_projectPath, m_requested);
}

Status TagsPage::flushToProject()
{
    m_saveTimer->stop();
    if (m_projectPath.isEmpty() || !isModified())
        return {};
    const QString file = QDir::toNativeSeparators(m_projectPath);
    if (!m_loaded) {
        return Error { tr("The tags could not be saved to %1: its tags were never read, and saving would replace "
                          "them.")
                               .arg(file),
                       {}, 0, 0, {} };
    }
    m_requested = tagData();
    if (Status status = m_storage->saveNow(m_projectPath, m_requested); !status) {
        return Error { tr("The tags could not be saved to %1: %2").arg(file, status.error().toString()), {}, 0, 0,
                       {} };
    }
    m_saved = m_requested;
    tagDataEdited();
    return {};
}

void TagsPage::discardUnsavedEdits()
{
    m_saveTimer->stop();
    m_saved = tagData();
    tagDataEdited();
}

bool TagsPage::isModified() const
{
    return !(m_manual == m_saved.manual && m_dictionary == m_saved.dictionary);
}

void TagsPage::tagDataEdited()
{
    const bool modified = isModified();
    updateSaveState();
    // Restarted by every edit: a burst of edits is written once, after it.
    if (modified && m_loaded && !m_projectPath.isEmpty())
        m_saveTimer->start();
}

void TagsPage::setManualUndoStack(QUndoStack *stack)
{
    m_manualUndo = stack ? stack : m_undo;
}

qsizetype TagsPage::changeManualTag(qint64 id, const QStringList &customerKeys, bool assign)
{
    const Tags::TagNode *node = m_dictionary.find(id);
    if (!node || node->hasRule())
        return 0;   // a rule tag is set by its rule only
    const QSet<QString> before = m_manual.value(id);
    QSet<QString> after = before;
    for (const QString &key : customerKeys) {
        if (assign)
            after.insert(key);
        else
            after.remove(key);
    }
    const qsizetype changed = qAbs(after.size() - before.size());
    if (changed == 0)
        return 0;
    const QString path = m_dictionary.displayPath(id, m_chineseTagNames);
    const QString text = assign ? tr("Set tag \"%1\" on %n customer(s)", nullptr, int(changed)).arg(path)
                                : tr("Remove tag \"%1\" from %n customer(s)", nullptr, int(changed)).arg(path);
    // The step may live on the window's stack; it must not call a page that is gone.
    const QPointer<TagsPage> page(this);
    m_manualUndo->push(new ManualTagCommand(text, id, before, after,
                                            [page](qint64 tag, const QSet<QString> &keys) {
                                                if (page)
                                                    page->setManualAssignments(tag, keys);
                                            }));
    return changed;
}

void TagsPage::setManualAssignments(qint64 id, const QSet<QString> &customerKeys)
{
    // No empty sets: the project never reads one back, and isModified() compares with what it read.
    if (customerKeys.isEmpty())
        m_manual.remove(id);
    else
        m_manual.insert(id, customerKeys);
    retag();   // at once, not after the typing debounce: the analyst is looking at the result
    tagDataEdited();
}

} // namespace Portrait::Ui
