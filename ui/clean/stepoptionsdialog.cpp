#include "stepoptionsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QString choiceTitle(const QString &choice)
{
    if (choice == u"keep"_s)
        return StepOptionsDialog::tr("Keep them as they are (and list them)");
    if (choice == u"clear"_s)
        return StepOptionsDialog::tr("Clear them (and list them)");
    return choice;
}

} // namespace

StepOptionsDialog::StepOptionsDialog(const Clean::Step &step, QWidget *parent)
    : QDialog(parent)
    , m_step(step)
{
    setWindowTitle(tr("Options of “%1”").arg(Clean::stepTitle(step.kind)));
    auto *layout = new QVBoxLayout(this);
    auto *description = new QLabel(Clean::stepDescription(step.kind), this);
    description->setWordWrap(true);
    layout->addWidget(description);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    for (const Clean::OptionSpec &spec : Clean::stepOptions(step.kind)) {
        const QJsonValue value = step.options.value(spec.key);
        switch (spec.type) {
        case Clean::OptionSpec::Type::Bool: {
            auto *box = new QCheckBox(spec.label, this);
            box->setObjectName(spec.key);
            box->setChecked(value.toBool());
            form->addRow(box);
            m_readers.append({ spec.key, [box] { return QJsonValue(box->isChecked()); } });
            break;
        }
        case Clean::OptionSpec::Type::Int: {
            auto *box = new QSpinBox(this);
            box->setObjectName(spec.key);
            box->setRange(spec.minimum, spec.maximum);
            box->setValue(value.toInt());
            form->addRow(tr("%1:").arg(spec.label), box);
            m_readers.append({ spec.key, [box] { return QJsonValue(box->value()); } });
            break;
        }
        case Clean::OptionSpec::Type::Text: {
            auto *edit = new QLineEdit(value.toString(), this);
            edit->setObjectName(spec.key);
            form->addRow(tr("%1:").arg(spec.label), edit);
            m_readers.append({ spec.key, [edit] { return QJsonValue(edit->text().trimmed()); } });
            break;
        }
        case Clean::OptionSpec::Type::Choice: {
            auto *box = new QComboBox(this);
            box->setObjectName(spec.key);
            for (const QString &choice : spec.choices)
                box->addItem(choiceTitle(choice), choice);
            box->setCurrentIndex(std::max(0, box->findData(value.toString())));
            form->addRow(tr("%1:").arg(spec.label), box);
            m_readers.append({ spec.key, [box] { return QJsonValue(box->currentData().toString()); } });
            break;
        }
        case Clean::OptionSpec::Type::Fields: {
            QStringList chosen;
            for (const QJsonValue &key : value.toArray())
                chosen.append(key.toString());
            QList<std::pair<QString, QCheckBox *>> boxes;
            auto *fields = new QWidget(this);
            auto *column = new QVBoxLayout(fields);
            column->setContentsMargins(0, 0, 0, 0);
            for (Clean::Field field : Clean::AllFields) {
                if (!Clean::isTextField(field))
                    continue;
                auto *box = new QCheckBox(Clean::fieldLabel(field), fields);
                box->setObjectName(Clean::fieldKey(field));
                box->setChecked(chosen.contains(Clean::fieldKey(field)));
                column->addWidget(box);
                boxes.append({ Clean::fieldKey(field), box });
            }
            form->addRow(tr("%1:").arg(spec.label), fields);
            m_readers.append({ spec.key, [boxes] {
                                  QJsonArray keys;
                                  for (const auto &[key, box] : boxes) {
                                      if (box->isChecked())
                                          keys.append(key);
                                  }
                                  return QJsonValue(keys);
                              } });
            break;
        }
        }
    }
    if (m_readers.isEmpty())
        form->addRow(new QLabel(tr("This step has no options."), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Room for the step's description in a few lines rather than many.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

Clean::Step StepOptionsDialog::step() const
{
    Clean::Step edited = m_step;
    for (const auto &[key, read] : m_readers)
        edited.options.insert(key, read());
    return edited;
}

} // namespace Portrait::Ui
