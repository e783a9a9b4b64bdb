#pragma once

#include <QMainWindow>

namespace Portrait::Ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Portrait::Ui
