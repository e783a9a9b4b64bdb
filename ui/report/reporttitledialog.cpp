#include "reporttitledialog.h"

#include "slides.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Portrait::Ui {

ReportTitleDialog::ReportTitleDialog(const QString &title, const QString &subtitle, const QString &projectName,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Report Title"));
    ReportHeader defaults;
    defaults.projectName = projectName;
    m_title = new QLineEdit(title, this);
    m_title->setPlaceholderText(defaults.effectiveTitle());
    m_subtitle = new QLineEdit(subtitle, this);
    m_subtitle->setPlaceholderText(defaults.effectiveSubtitle());
    for (QLineEdit *edit : { m_title, m_subtitle }) {
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 48);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Subtitle:"), m_subtitle);
    auto *hint = new QLabel(tr("Shown on the first page of the report and in presentation mode, and saved "
                               "in the project. Leave a box empty for the default."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

QString ReportTitleDialog::title() const
{
    return m_title->text().trimmed();
}

QString ReportTitleDialog::subtitle() const
{
    return m_subtitle->text().trimmed();
}

} // namespace Portrait::Ui
