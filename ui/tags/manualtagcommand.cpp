#include "manualtagcommand.h"

namespace Portrait::Ui {

ManualTagCommand::ManualTagCommand(const QString &text, qint64 tagId, QSet<QString> before, QSet<QString> after,
                                   Apply apply)
    : QUndoCommand(text),
      m_tagId(tagId),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_apply(std::move(apply))
{
}

void ManualTagCommand::undo()
{
    m_apply(m_tagId, m_before);
}

void ManualTagCommand::redo()
{
    m_apply(m_tagId, m_after);
}

} // namespace Portrait::Ui
