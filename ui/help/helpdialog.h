#pragma once

#include "helptopics.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace Portrait::Ui {

/// The built-in help: the short guide (F1), "What is RFM?" and the keyboard shortcuts, side by
/// side in one window that stays open beside the workbench.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Topic { Guide, Rfm, Shortcuts };

    HelpDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent = nullptr);

    void showTopic(Topic topic);
    Topic topic() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    QList<ShortcutEntry> m_shortcuts;
    QListWidget *m_topics;
    QTextBrowser *m_browser;
};

} // namespace Portrait::Ui
