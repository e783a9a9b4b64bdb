#include "personaldata.h"

namespace Portrait::Ui {

PersonalData &PersonalData::instance()
{
    static PersonalData state;
    return state;
}

void PersonalData::setRevealed(bool revealed)
{
    PersonalData &state = instance();
    if (state.m_revealed == revealed)
        return;
    state.m_revealed = revealed;
    Q_EMIT state.revealedChanged(revealed);
}

} // namespace Portrait::Ui
