#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Portrait::Cli::isSubcommand(arguments)) {
        QCoreApplication app(argc, argv);
        return Portrait::Cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    Portrait::Ui::MainWindow window;
    window.show();
    return app.exec();
}
