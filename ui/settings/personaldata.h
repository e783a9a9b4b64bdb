#pragma once

#include <QObject>

namespace Portrait::Ui {

/// Whether phone numbers and e-mail addresses are shown in full on screen. Masked until the analyst
/// reveals them (one click on the customers page or the card); remembered while the application
/// runs, across projects and language switches, and never saved: the next start masks again.
class PersonalData : public QObject
{
    Q_OBJECT

public:
    static PersonalData &instance();

    static bool isRevealed() { return instance().m_revealed; }
    static void setRevealed(bool revealed);

Q_SIGNALS:
    void revealedChanged(bool revealed);

private:
    using QObject::QObject;
    bool m_revealed = false;
};

} // namespace Portrait::Ui
