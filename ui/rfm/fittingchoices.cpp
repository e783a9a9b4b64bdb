#include "fittingchoices.h"

#include "rfm/presets.h"
#include "rfm/rfmresult.h"
#include "rfm/scoring.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QStandardItemModel>

namespace Portrait::Ui {

namespace {

class FittingChoices
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Ui::FittingChoices)
};

QString whyNot(int schemeBins)
{
    return FittingChoices::tr("This scheme's rules are written for %n score level(s), which this choice cannot give.",
                              nullptr, schemeBins);
}

} // namespace

int schemeLevels(const Jobs::RfmSettings &settings, const Rfm::RfmResult *result)
{
    if (settings.editedScheme)
        return settings.editedScheme->bins;
    if (const int preset = Rfm::presetScheme(settings.request.scheme).bins; preset > 0)
        return preset;
    return result ? result->scheme.bins : 0;
}

bool offerFittingMethods(QComboBox *methods, int schemeBins)
{
    auto *items = qobject_cast<QStandardItemModel *>(methods->model());
    for (int i = 0; items && i < methods->count(); ++i) {
        const std::optional<Rfm::Method> method = Rfm::methodFromKey(methods->itemData(i).toString());
        const bool fits = !method || schemeBins == 0 || Rfm::isTwoLevel(*method) == (schemeBins == 2);
        items->item(i)->setEnabled(fits);
        items->item(i)->setToolTip(fits ? QString() : whyNot(schemeBins));
    }
    return !items || methods->currentIndex() < 0 || items->item(methods->currentIndex())->isEnabled();
}

void offerFittingLevels(QComboBox *levels, int schemeBins)
{
    auto *items = qobject_cast<QStandardItemModel *>(levels->model());
    for (int i = 0; items && i < levels->count(); ++i) {
        const int bins = levels->itemData(i).toInt();
        const bool fits = bins != 2 && (schemeBins == 0 || bins == schemeBins);
        items->item(i)->setEnabled(fits);
        items->item(i)->setToolTip(fits || bins == 2 ? QString() : whyNot(schemeBins));
    }
}

} // namespace Portrait::Ui
