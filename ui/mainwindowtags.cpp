// The main window's side of tags: setting hand-set tags on the customers selected on the customers
// page, and saving the tags page's edits before the project or the window goes.

#include "mainwindow.h"

#include "card/customercard.h"
#include "pages/customerspage.h"
#include "tags/manualtagdialog.h"
#include "tags/tagspage.h"
#include "workbench/workbenchsession.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace Portrait::Ui {

void MainWindow::connectTags()
{
    // Hand-set tags are edited on the customers page, so their steps go where Ctrl+Z looks: the
    // window's stack, in order with the other edits made there.
    m_tags->setManualUndoStack(m_session->undoStack());
    connect(m_customers, &CustomersPage::tagSelectedRequested, this,
            [this](const std::vector<qint32> &rows) { editManualTags(rows, true); });
    connect(m_customers, &CustomersPage::untagSelectedRequested, this,
            [this](const std::vector<qint32> &rows) { editManualTags(rows, false); });
    // The card lists the customer's tags: it follows every retagging (a tag set by hand, an undo).
    connect(m_tags, &TagsPage::workspaceChanged, this, [this] {
        if (m_card->isVisible())
            m_card->showPosition(m_card->position());
    });
    connect(m_tags, &TagsPage::storageFailed, this, &MainWindow::showError);
    // The customers table's tags column: the tags' paths, following every retagging.
    m_customers->model()->setTagText(
            [this](qint32 row) { return m_tags->tagPathsOfCustomer(row).join(QStringLiteral("; ")); });
    connect(m_tags, &TagsPage::workspaceChanged, m_customers->model(), &CustomerTableModel::tagsChanged);
    // Quitting without closing the window (the session ends) skips closeEvent().
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (Status status = m_tags->flushToProject(); !status)
            qWarning("%s", qPrintable(status.error().message));
    });
}

void MainWindow::editManualTags(const std::vector<qint32> &rows, bool assign)
{
    const auto frame = m_session->frame();
    if (!frame || rows.empty())
        return;
    QStringList keys;
    keys.reserve(qsizetype(rows.size()));
    for (qint32 row : rows)
        keys.append(frame->ids.at(row));
    auto *dialog = new ManualTagDialog(assign ? ManualTagDialog::Action::Assign : ManualTagDialog::Action::Remove,
                                       m_tags->dictionary(), m_tags->manualTags(), keys, m_session->chineseNames(),
                                       this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->selectedTagId();
        const bool assigning = dialog->action() == ManualTagDialog::Action::Assign;
        const qsizetype changed = m_tags->changeManualTag(id, dialog->customerKeys(), assigning);
        const QString path = m_tags->dictionary().displayPath(id, m_session->chineseNames());
        QString message;
        if (changed == 0) {
            message = assigning ? tr("The selected customers already have \"%1\".").arg(path)
                                : tr("None of the selected customers has \"%1\".").arg(path);
        } else {
            message = assigning ? tr("Set \"%1\" on %n customer(s).", nullptr, int(changed)).arg(path)
                                : tr("Removed \"%1\" from %n customer(s).", nullptr, int(changed)).arg(path);
        }
        statusBar()->showMessage(message, 8000);
    });
    dialog->open();
}

bool MainWindow::saveTagsOrAsk()
{
    const Status status = m_tags->flushToProject();
    if (status)
        return true;
    const auto answer = QMessageBox::warning(
            this, tr("Tags Not Saved"),
            tr("%1\n\nGo on without these tag edits? Cancel keeps the project open, so that you can try again.")
                    .arg(status.error().message),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard) {
        showError(status.error().message);
        return false;
    }
    m_tags->discardUnsavedEdits();
    return true;
}

} // namespace Portrait::Ui
