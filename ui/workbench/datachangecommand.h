#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace Portrait::Ui {

/// An import or a source removal as one step of the window's undo stack. The step has already
/// happened when the command is pushed; undo and redo restore the project's data tables from a
/// snapshot (Jobs::restoreSnapshot), which the runner does off the GUI thread and then reloads.
/// The first undo also saves the project as the step left it, for the redo. The command deletes
/// the snapshots it owns when it goes (the stack is cleared, another project opens); a removal's
/// "before" copy is the analyst's, beside the project, and stays.
class DataChangeCommand : public QUndoCommand
{
public:
    /// Restores the project from `restore`; first saves it to `saveCurrentTo` unless that is empty.
    using Runner = std::function<void(const QString &restore, const QString &saveCurrentTo)>;
    enum class Before { Owned, Kept };

    DataChangeCommand(const QString &text, const QString &before, Before ownership, const QString &after,
                      Runner runner);
    ~DataChangeCommand() override;

    void undo() override;
    void redo() override;

    QString beforeSnapshot() const { return m_before; }
    /// The source the step imported or removed (for the wizard's Undo This Import).
    qint64 sourceId() const { return m_sourceId; }
    void setSourceId(qint64 id) { m_sourceId = id; }
    /// The project the step changed: the command goes on that project's stack only.
    QString projectPath() const { return m_projectPath; }
    void setProjectPath(const QString &path) { m_projectPath = path; }

private:
    QString m_before;
    Before m_ownership;
    QString m_after;
    Runner m_runner;
    qint64 m_sourceId = 0;
    QString m_projectPath;
    bool m_pushed = false;
    bool m_afterSaved = false;
};

} // namespace Portrait::Ui
