#pragma once

#include <QUndoCommand>

#include <functional>

namespace Portrait::Ui {

/// An undoable change of the project's snapshots or campaigns: redo and undo hand their write to
/// the Timeline's queue (TimelineContext::onProject), so the stack stays responsive. A change that
/// was already made when it is pushed (a snapshot just taken, a campaign just recorded) skips its
/// first redo.
class QueuedCommand : public QUndoCommand
{
public:
    QueuedCommand(const QString &text, std::function<void()> redo, std::function<void()> undo, bool alreadyDone)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_skipRedo(alreadyDone)
    {
    }

    void redo() override
    {
        if (m_skipRedo) {
            m_skipRedo = false;
            return;
        }
        m_redo();
    }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    bool m_skipRedo;
};

} // namespace Portrait::Ui
