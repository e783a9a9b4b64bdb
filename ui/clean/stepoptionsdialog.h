#pragma once

#include "clean/pipeline.h"

#include <QDialog>

#include <functional>

namespace Portrait::Ui {

/// The options of one cleaning step, as a form built from Clean::stepOptions(): a check box per
/// yes/no option, a number box, a text box, a choice, or the fields a step works on.
class StepOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StepOptionsDialog(const Clean::Step &step, QWidget *parent = nullptr);

    /// The step with the options as the form shows them.
    Clean::Step step() const;

private:
    Clean::Step m_step;
    /// Per option: reads its editor back into JSON.
    QList<std::pair<QString, std::function<QJsonValue()>>> m_readers;
};

} // namespace Portrait::Ui
