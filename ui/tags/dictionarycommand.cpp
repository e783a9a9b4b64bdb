#include "dictionarycommand.h"

namespace Portrait::Ui {

DictionaryCommand::DictionaryCommand(const QString &text, Tags::TagDictionary before, Tags::TagDictionary after,
                                     qint64 selectBefore, qint64 selectAfter, Apply apply)
    : QUndoCommand(text),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_selectBefore(selectBefore),
      m_selectAfter(selectAfter),
      m_apply(std::move(apply))
{
}

void DictionaryCommand::undo()
{
    m_apply(m_before, m_selectBefore);
}

void DictionaryCommand::redo()
{
    m_apply(m_after, m_selectAfter);
}

} // namespace Portrait::Ui
