#pragma once

#include <QSet>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace Portrait::Ui {

/// Setting or removing a hand-set tag on some customers, as one undo step: the tag's customer keys
/// before and after. The tag keeps its id through dictionary edits (an undone delete brings it
/// back), so the step stays valid whatever the dictionary went through in between.
class ManualTagCommand : public QUndoCommand
{
public:
    /// `apply` makes `customerKeys` the customers tag `tagId` is set on.
    using Apply = std::function<void(qint64 tagId, const QSet<QString> &customerKeys)>;

    ManualTagCommand(const QString &text, qint64 tagId, QSet<QString> before, QSet<QString> after, Apply apply);

    void undo() override;
    void redo() override;

private:
    qint64 m_tagId;
    QSet<QString> m_before;
    QSet<QString> m_after;
    Apply m_apply;
};

} // namespace Portrait::Ui
