#include "cli.h"
#include "mainwindow.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Portrait"_s);
    QCoreApplication::setApplicationName(u"Portrait"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTRAIT_VERSION));
}

// Our strings and Qt's own (standard dialogs), in the language chosen in the menu or the system's.
void installTranslators(QApplication &app)
{
    const QString chosen = Portrait::Ui::AppSettings::language.get();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"portrait"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Portrait::Cli::isSubcommand(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return Portrait::Cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    installTranslators(app);
    Portrait::Ui::MainWindow window;
    window.show();
    const QStringList files = QCoreApplication::arguments().mid(1);
    if (!files.isEmpty() && QFileInfo(files.first()).suffix().compare(u"portrait"_s, Qt::CaseInsensitive) == 0)
        window.openProject(files.first());
    return app.exec();
}
