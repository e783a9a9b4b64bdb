#include "datachangecommand.h"

#include <QFile>

namespace Portrait::Ui {

DataChangeCommand::DataChangeCommand(const QString &text, const QString &before, Before ownership,
                                     const QString &after, Runner runner)
    : QUndoCommand(text)
    , m_before(before)
    , m_ownership(ownership)
    , m_after(after)
    , m_runner(std::move(runner))
{
}

DataChangeCommand::~DataChangeCommand()
{
    if (m_ownership == Before::Owned)
        QFile::remove(m_before);
    QFile::remove(m_after);
}

void DataChangeCommand::undo()
{
    m_runner(m_before, m_afterSaved ? QString() : m_after);
    m_afterSaved = true;
}

void DataChangeCommand::redo()
{
    // QUndoStack::push() calls redo(): the import or removal has just been done.
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    m_runner(m_after, QString());
}

} // namespace Portrait::Ui
