#pragma once

#include <QIcon>

namespace Portrait::Ui {

/// The icons of the main actions: the desktop theme's where it has one (native look on Linux),
/// else Portrait's own (resources/icons/actions), so every platform shows a meaningful picture.
enum class ActionIcon { New, Open, Import, Export, Refresh, Present, Report, Undo, Redo, Help };

QIcon actionIcon(ActionIcon icon);

} // namespace Portrait::Ui
