#include "dialogshots.h"

#include "import/databasedialog.h"

#include "card/customercard.h"
#include "clean/stepoptionsdialog.h"
#include "export/exportdialog.h"
#include "import/importpage.h"
#include "import/importwizard.h"
#include "import/mappingpage.h"
#include "import/refreshdialog.h"
#include "import/sourcepage.h"
#include "import/validationpage.h"
#include "mainwindow.h"
#include "pages/customerspage.h"
#include "project/projectfile.h"
#include "report/presentationwindow.h"
#include "report/slides.h"
#include "rfm/rfmpage.h"
#include "rfm/schemeeditordialog.h"
#include "workbench/workbenchsession.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace Shots {

namespace {

// A Chinese shop's export in GB18030, as the import wizard meets it: one ragged row (rejected) and
// a note column the proposed mapping leaves out. April's file drops an order and adds three.
const QString MarchOrders = u"订单号,会员编号,下单时间,实付金额,渠道,备注\n"
                            "A1,C001,2024/3/1 10:00,100.00,天猫,张三的首单\n"
                            "A2,C002,2024/3/10 09:30,80,京东,李四\n"
                            "A3,C001,2024/3/20 12:00,66.5,天猫,复购\n"
                            "A4,C003,2024/3/21 12:00,30,门店\n"
                            "A5,C003,2024/3/25 08:00,45,小程序,王五\n"_s;
const QString AprilOrders = u"订单号,会员编号,下单时间,实付金额,渠道,备注\n"
                            "A1,C001,2024/3/1 10:00,100.00,天猫,张三的首单\n"
                            "A3,C001,2024/3/20 12:00,66.5,天猫,复购\n"
                            "A5,C003,2024/3/25 08:00,45,小程序,王五\n"
                            "A6,C004,2024/4/1 10:00,20,京东,\n"
                            "A7,C005,2024/4/2 10:00,30,天猫,\n"
                            "A8,C001,2024/4/3 10:00,40,天猫,\n"_s;

bool writeGb18030(const QString &path, const QString &text)
{
    QStringEncoder encoder("GB18030");
    const QByteArray bytes = encoder.encode(text);
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

void save(QWidget &widget, const QString &outDir, const QString &name, const QString &language)
{
    QCoreApplication::processEvents();
    widget.grab().save(outDir + u"/%1-%2.png"_s.arg(name, language));
}

/// Counts a signal's emissions, for waitFor().
template<typename Sender, typename Signal>
std::shared_ptr<int> counter(Sender *sender, Signal signal)
{
    auto count = std::make_shared<int>(0);
    QObject::connect(sender, signal, sender, [count] { ++*count; });
    return count;
}

void saveImport(const QString &language, const QString &outDir, const QString &workDir)
{
    const QString project = workDir + u"/import-%1.portrait"_s.arg(language);
    QFile::remove(project);
    auto created = Project::ProjectFile::create(project, Project::ProjectFile::Lock::None);
    const QString march = workDir + u"/三月订单.csv"_s;
    const QString april = workDir + u"/四月订单.csv"_s;
    if (!created || !writeGb18030(march, MarchOrders) || !writeGb18030(april, AprilOrders))
        return;
    created->reset();

    {
        Ui::ImportWizard wizard(project);
        wizard.show();
        auto previewed = counter(wizard.sourcePage(), &Ui::SourcePage::previewUpdated);
        auto inspected = counter(wizard.mappingPage(), &Ui::MappingPage::inspected);
        auto validated = counter(wizard.validationPage(), &Ui::ValidationPage::validated);
        auto imported = counter(wizard.importPage(), &Ui::ImportPage::importFinished);
        wizard.setFile(march);
        waitFor([&] { return *previewed > 0; });
        save(wizard, outDir, u"import-1-source"_s, language);
        wizard.next();
        waitFor([&] { return *inspected > 0; });
        save(wizard, outDir, u"import-2-mapping"_s, language);
        wizard.next();
        waitFor([&] { return *validated > 0; });
        save(wizard, outDir, u"import-3-validation"_s, language);
        wizard.next();
        waitFor([&] { return *imported > 0; });
        save(wizard, outDir, u"import-4-result"_s, language);
    }

    Ui::RefreshDialog refresh(project, 1);
    refresh.show();
    auto *source = refresh.findChild<QLabel *>(u"refreshSource"_s);
    waitFor([&] { return source && source->text().contains(u"三月订单"_s); });
    refresh.setFile(april);
    save(refresh, outDir, u"refresh-1-chosen"_s, language);
    auto ended = counter(&refresh, &Ui::RefreshDialog::refreshEnded);
    refresh.startRefresh();
    waitFor([&] { return *ended > 0; });
    save(refresh, outDir, u"refresh-2-report"_s, language);
}

/// The hand-set tag dialogs open from the customers page's selection (Ctrl+T, Ctrl+Shift+T); the
/// window opens them window-modal, so they are found among its children.
void saveManualTagDialogs(Ui::MainWindow &window, const QString &language, const QString &outDir)
{
    Ui::CustomersPage *customers = window.customersPage();
    auto *table = customers->findChild<QTableView *>();
    if (!table || table->model()->rowCount() < 3)
        return;
    window.pages()->setCurrentWidget(customers);
    table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (const QString &name : { u"tagSelectedAction"_s, u"untagSelectedAction"_s }) {
        auto *action = customers->findChild<QAction *>(name);
        if (!action)
            continue;
        action->trigger();
        QCoreApplication::processEvents();
        for (QDialog *dialog : window.findChildren<QDialog *>()) {
            if (dialog->isVisible() && dialog != window.customerCard()) {
                save(*dialog, outDir, u"manual-tag-%1"_s.arg(name == u"tagSelectedAction"_s ? u"set"_s : u"remove"_s),
                     language);
                dialog->reject();
            }
        }
    }
}

} // namespace

bool waitFor(const std::function<bool()> &done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

void saveDialogs(Ui::MainWindow &window, const QString &language, const QString &outDir, const QString &workDir)
{
    saveImport(language, outDir, workDir);
    Ui::WorkbenchSession *session = window.session();
    if (!session->result())
        return;

    Ui::ExportDialog exportDialog(session->frame(), session->result(), window.customersPage()->model()->visibleRows(),
                                  session->chineseNames(), u"customers.xlsx"_s, &window);
    exportDialog.show();
    save(exportDialog, outDir, u"export"_s, language);
    exportDialog.hide();

    Ui::SchemeEditorDialog editor(window.rfmPage()->currentScheme(), session->chineseNames(), &window);
    editor.show();
    save(editor, outDir, u"scheme-editor"_s, language);
    editor.hide();

    saveManualTagDialogs(window, language, outDir);

    // A cleaning step's options, for a step with each kind of option.
    for (const Clean::StepKind kind : { Clean::StepKind::Gender, Clean::StepKind::Whitespace }) {
        Ui::StepOptionsDialog options(Clean::defaultStep(kind), &window);
        options.show();
        save(options, outDir, u"step-options-"_s + Clean::stepKey(kind), language);
        options.hide();
    }

    // The database form as the analyst first fills it (no server is reached for the picture).
    Ui::DatabaseDialog database(&window);
    database.setUri(u"postgresql://analyst@db.example.com:5432/shop?sslmode=require"_s);
    database.show();
    save(database, outDir, u"database"_s, language);
    database.hide();

    // Presentation mode at a common projector resolution, every slide.
    Ui::PresentationWindow presentation(Ui::buildSlides(*session));
    presentation.resize(1280, 720);
    presentation.show();
    for (int slide = 0; slide < presentation.slideCount(); ++slide) {
        presentation.setCurrentIndex(slide);
        save(presentation, outDir, u"slide-%1"_s.arg(slide + 1, 2, 10, QChar(u'0')), language);
    }
}

} // namespace Shots
