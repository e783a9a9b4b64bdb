#include "actionicons.h"

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

struct IconNames
{
    QString theme;      ///< freedesktop icon naming specification
    QString resource;
};

IconNames namesOf(ActionIcon icon)
{
    switch (icon) {
    case ActionIcon::New: return { u"document-new"_s, u"new"_s };
    case ActionIcon::Open: return { u"document-open"_s, u"open"_s };
    case ActionIcon::Import: return { u"document-import"_s, u"import"_s };
    case ActionIcon::Export: return { u"document-export"_s, u"export"_s };
    case ActionIcon::Refresh: return { u"view-refresh"_s, u"refresh"_s };
    case ActionIcon::Present: return { u"x-office-presentation"_s, u"present"_s };
    case ActionIcon::Report: return { u"x-office-document"_s, u"report"_s };
    case ActionIcon::Undo: return { u"edit-undo"_s, u"undo"_s };
    case ActionIcon::Redo: return { u"edit-redo"_s, u"redo"_s };
    case ActionIcon::Help: return { u"help-contents"_s, u"help"_s };
    }
    return {};
}

} // namespace

QIcon actionIcon(ActionIcon icon)
{
    const IconNames names = namesOf(icon);
    return QIcon::fromTheme(names.theme, QIcon(u":/portrait/icons/actions/"_s + names.resource + u".svg"_s));
}

} // namespace Portrait::Ui
