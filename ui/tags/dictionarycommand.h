#pragma once

#include "tags/dictionary.h"

#include <QUndoCommand>

#include <functional>

namespace Portrait::Ui {

/// One edit of the tag dictionary (add, rename, move, delete, edit fields, groups) as an undo
/// step. Dictionaries are small (tens to hundreds of tags), so the step keeps the whole
/// dictionary before and after: every kind of edit undoes the same way, and exactly.
class DictionaryCommand : public QUndoCommand
{
public:
    /// `apply` publishes a dictionary and selects the tag with the given id (0: keep selection).
    using Apply = std::function<void(const Tags::TagDictionary &, qint64 selectId)>;

    DictionaryCommand(const QString &text, Tags::TagDictionary before, Tags::TagDictionary after, qint64 selectBefore,
                      qint64 selectAfter, Apply apply);

    void undo() override;
    void redo() override;

private:
    Tags::TagDictionary m_before;
    Tags::TagDictionary m_after;
    qint64 m_selectBefore;
    qint64 m_selectAfter;
    Apply m_apply;
};

} // namespace Portrait::Ui
