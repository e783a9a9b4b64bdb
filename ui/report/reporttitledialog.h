#pragma once

#include <QDialog>

class QLineEdit;

namespace Portrait::Ui {

/// Asks for the report's title and subtitle, as the title slide and the PDF show them. An empty
/// box means the default, which it shows greyed: "Customer segment report" and the project's name.
class ReportTitleDialog : public QDialog
{
    Q_OBJECT

public:
    ReportTitleDialog(const QString &title, const QString &subtitle, const QString &projectName,
                      QWidget *parent = nullptr);

    QString title() const;
    QString subtitle() const;
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *subtitleEdit() const { return m_subtitle; }

private:
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
};

} // namespace Portrait::Ui
