#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace Portrait::Ui {

/// A command and its keys, for the shortcuts topic (read from the window's menus, so it is never
/// out of date).
struct ShortcutEntry
{
    QString command;   ///< "File › Open Project…", without accelerator marks
    QKeySequence keys;
};

/// The built-in help, as HTML made of translated paragraphs.
class HelpTopics
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::HelpTopics)

public:
    /// The short guide: a project, the pages, safe changes, presenting and exporting.
    static QString guide();
    /// What R, F and M measure, how scores, codes and segments follow from them.
    static QString rfm();
    static QString shortcuts(const QList<ShortcutEntry> &entries);
};

} // namespace Portrait::Ui
