#pragma once

// Review aids for portrait_screenshots: the dialogs and windows the workbench opens, each saved as
// a PNG in the language installed at the time.
#include <QString>

#include <functional>

namespace Portrait::Ui {
class MainWindow;
}

namespace Shots {

/// Runs the event loop until done() or 20 s have passed; returns done().
bool waitFor(const std::function<bool()> &done);

/// Saves the import wizard's four pages and the refresh dialog (before and after a refresh) on a
/// project of their own in workDir, then the export dialog, the scheme editor, the hand-set tag
/// dialog (when the customers page offers it) and every slide of presentation mode for the project
/// open in window. Files are named <dialog>-<language>.png.
void saveDialogs(Portrait::Ui::MainWindow &window, const QString &language, const QString &outDir,
                 const QString &workDir);

} // namespace Shots
