#include "cli.h"
#include "import/databasedialog.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/interfacefont.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
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
// Switching languages swaps them and rebuilds the window, so every page is retranslated at once.
class Translators
{
public:
    void apply(const QString &chosen)
    {
        const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
        QLocale::setDefault(locale);
        Portrait::Ui::applyInterfaceFont(locale);
        QCoreApplication::removeTranslator(&m_ours);
        QCoreApplication::removeTranslator(&m_qt);
        if (m_ours.load(locale, u"portrait"_s, u"_"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(&m_ours);
        if (m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }

private:
    QTranslator m_ours;
    QTranslator m_qt;
};

Translators &translators()
{
    static Translators instance;
    return instance;
}

Portrait::Ui::MainWindow *createWindow()
{
    auto *window = new Portrait::Ui::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window, &Portrait::Ui::MainWindow::languageChangeRequested, window,
                     [window](const QString &language) {
                         translators().apply(language);
                         const QString path = window->projectPath();
                         const Portrait::Ui::MainWindow::ViewState view = window->viewState();
                         Portrait::Ui::MainWindow *successor = createWindow();
                         successor->restoreGeometry(window->saveGeometry());
                         successor->show();
                         // The project reopens once the old window has let go of its lock; the
                         // page, selection and open card come back once it is loaded.
                         QObject::connect(window, &QObject::destroyed, successor, [successor, path, view] {
                             if (!path.isEmpty())
                                 successor->openProject(path);
                             successor->restoreViewState(view);
                         });
                         window->close();
                     });
    return window;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const Portrait::Cli::Launch launch = Portrait::Cli::launchFor(arguments);
    if (launch == Portrait::Cli::Launch::Command && arguments.at(1) == u"report"_s) {
        // The report draws the dashboard's charts, which are widgets: it needs a QApplication,
        // and no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        return Portrait::Cli::run(QCoreApplication::arguments());
    }
    if (launch != Portrait::Cli::Launch::Window) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return Portrait::Cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(u":/portrait/icons/portrait.svg"_s));
    translators().apply(Portrait::Ui::AppSettings::language.get());
    Portrait::Ui::installWorkbenchPasswordPrompt();
    Portrait::Ui::MainWindow *window = createWindow();
    window->show();
    const QStringList files = QCoreApplication::arguments().mid(1);
    if (!files.isEmpty())
        window->openFile(files.first());
    return app.exec();
}
