// The main window's Help menu: the guide (F1), What is RFM?, the keyboard shortcuts read from
// the menus, and About with the libraries' licences.

#include "mainwindow.h"

#include "help/aboutdialog.h"
#include "help/helpdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

/// Every action with a shortcut in the menus, as "Menu › Command".
void collectShortcuts(const QMenu *menu, const QString &path, QList<ShortcutEntry> &out)
{
    for (QAction *action : menu->actions()) {
        QString text = action->text();
        text.remove(u'&');
        if (action->menu())
            collectShortcuts(action->menu(), path + text + u" › "_s, out);
        else if (!action->shortcut().isEmpty())
            out.append({ path + text, action->shortcut() });
    }
}

} // namespace

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("Portrait &Guide"), this, [this] { showHelp(int(HelpDialog::Topic::Guide)); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("What Is &RFM?"), this, [this] { showHelp(int(HelpDialog::Topic::Rfm)); });
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { showHelp(int(HelpDialog::Topic::Shortcuts)); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Portrait"), this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setMenuRole(QAction::AboutRole);
}

HelpDialog *MainWindow::showHelp(int topic)
{
    if (!m_help) {
        QList<ShortcutEntry> shortcuts;
        for (QAction *action : menuBar()->actions()) {
            QString text = action->text();
            text.remove(u'&');
            if (action->menu())
                collectShortcuts(action->menu(), text + u" › "_s, shortcuts);
        }
        // The pages' own keys (tagging the selected customers, say), named by page and action.
        for (QAction *action : findChildren<QAction *>()) {
            QString text = action->text();
            text.remove(u'&');
            const bool listed = std::any_of(shortcuts.begin(), shortcuts.end(), [action](const ShortcutEntry &e) {
                return e.keys == action->shortcut();
            });
            if (action->shortcut().isEmpty() || action->menu() || listed || text.isEmpty())
                continue;
            QString page;
            for (QObject *o = action->parent(); o && page.isEmpty(); o = o->parent()) {
                if (auto *widget = qobject_cast<QWidget *>(o); widget && m_pages->indexOf(widget) >= 0)
                    page = m_pages->tabText(m_pages->indexOf(widget)).remove(u'&').section(u" ("_s, 0, 0);
            }
            shortcuts.append({ page.isEmpty() ? text : page + u" › "_s + text, action->shortcut() });
        }
        m_help = new HelpDialog(shortcuts, this);
    }
    m_help->showTopic(HelpDialog::Topic(topic));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

} // namespace Portrait::Ui
