#pragma once

#include <QDialog>

class QTableWidget;

namespace Portrait::Ui {

/// Help › About: the version, and every library and font Portrait is built with, with its version
/// and licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    QTableWidget *libraries() const { return m_libraries; }

private:
    QTableWidget *m_libraries;
};

} // namespace Portrait::Ui
