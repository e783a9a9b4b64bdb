#include "mainwindow.h"

namespace Portrait::Ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) { }

} // namespace Portrait::Ui
