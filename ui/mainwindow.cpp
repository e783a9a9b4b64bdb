#include "mainwindow.h"

#include "card/customercard.h"
#include "export/exportdialog.h"
#include "import/importwizard.h"
#include "import/refreshdialog.h"
#include "jobs/sampleproject.h"
#include "models/segmentsummarymodel.h"
#include "pages/customerspage.h"
#include "pages/datapage.h"
#include "pages/issuespage.h"
#include "pages/segmentspage.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "report/pdfreport.h"
#include "report/presentationwindow.h"
#include "report/slides.h"
#include "rfm/rfmpage.h"
#include "rfm/schemelint.h"
#include "settings/appsettings.h"
#include "tags/tagspage.h"
#include "workbench/lifetimesaver.h"
#include "workbench/rfmsettingssaver.h"
#include "workbench/workbenchsession.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLockFile>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

QString MainWindow::emptyTitle()
{
    return tr("Open a project (Ctrl+O), create one (Ctrl+N) or drop a .portrait file here.");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkbenchSession(this))
    , m_loader(new ProjectLoader(this))
{
    setWindowTitle(tr("Portrait — Customer Profiles"));
    setAcceptDrops(true);
    createPages();
    createActions();
    createStatusBar();
    connect(m_loader, &ProjectLoader::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase + u"  %p%"_s);
    });
    connect(m_loader, &ProjectLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &ProjectLoader::failed, this, &MainWindow::onFailed);
    connect(m_session, &WorkbenchSession::resultChanged, this, &MainWindow::onResultChanged);
    m_settingsSaver = new RfmSettingsSaver(m_session, this);
    connect(m_settingsSaver, &RfmSettingsSaver::failed, this, [this](const QString &message) {
        showError(tr("The scoring settings could not be saved in the project: %1").arg(message));
    });
    m_lifetimeSaver = new LifetimeSaver(m_session, this);
    connect(m_lifetimeSaver, &LifetimeSaver::failed, this, [this](const QString &message) {
        showError(tr("The lifetime model could not be saved in the project: %1").arg(message));
    });
    connect(m_session, &WorkbenchSession::lifetimeChanged, this, [this] {
        const auto lifetime = m_session->lifetime();
        m_tags->setLifetime(lifetime ? std::shared_ptr<const Analytics::LifetimeScores>(lifetime, &lifetime->scores)
                                     : nullptr);
        m_card->setLifetime(lifetime);
        m_customers->model()->setLifetime(
                lifetime ? std::shared_ptr<const Analytics::LifetimeScores>(lifetime, &lifetime->scores) : nullptr);
    });
    if (!restoreGeometry(AppSettings::windowGeometry.get()))
        resize(1180, 760);
    restoreState(AppSettings::windowState.get());
}

MainWindow::~MainWindow()
{
    // closeEvent() has saved the tags unless the window is destroyed without being closed; then
    // they are written here, while the window still holds the project's lock.
    if (Status status = m_tags->flushToProject(); !status)
        qWarning("%s", qPrintable(status.error().message));
    // Before destroyed() is emitted: a successor window may reopen the project on that signal.
    if (Status status = m_settingsSaver->flush(); !status)
        qWarning("%s", qPrintable(status.error().toString()));
    m_lifetimeSaver->flush();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New Project…"), this, &MainWindow::createProject);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Create &Demo Project…"), this, &MainWindow::createDemoProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    QAction *close = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *present = menuBar()->addMenu(tr("&Present"));
    QAction *slides = present->addAction(tr("&Present"), this, [this] {
        SlideList deck = buildSlides(*m_session);
        if (deck.empty())
            return;
        auto *window = new PresentationWindow(std::move(deck));
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->present();
    });
    slides->setShortcut(Qt::Key_F5);
    QAction *report = present->addAction(tr("Export &Report…"), this, [this] {
        const QString name = QFileInfo(projectPath()).completeBaseName();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), name + u"-report.pdf"_s,
                                                          tr("PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        const Status status = PdfReport::write(buildSlides(*m_session), path, name);
        if (!status)
            showError(status.error().toString());
        else
            statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    const auto updateReportActions = [this, slides, report] {
        slides->setEnabled(bool(m_session->result()));
        report->setEnabled(bool(m_session->result()));
    };
    connect(m_session, &WorkbenchSession::resultChanged, this, updateReportActions);
    updateReportActions();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction *go = m_viewMenu->addAction(m_pages->tabText(i), this, [this, i] { m_pages->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = AppSettings::language.get();
    const std::pair<QString, QString> choices[] = { { QString(), tr("Follow the System") },
                                                    { u"zh_CN"_s, u"中文（简体）"_s },
                                                    { u"en"_s, u"English"_s } };
    for (const auto &[code, label] : choices) {
        QAction *action = language->addAction(label, this, [this, group, code = code] {
            // The window is rebuilt in the new language: the tags go to the project first.
            if (!saveTagsOrAsk()) {
                for (QAction *other : group->actions())
                    other->setChecked(other->data().toString() == AppSettings::language.get());
                return;
            }
            AppSettings::language.set(code);
            Q_EMIT languageChangeRequested(code);
        });
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    }

    QToolBar *toolbar = addToolBar(tr("Scoring"));
    toolbar->setObjectName(u"scoringToolbar"_s);
    // Icons on the toolbar: the actions' texts name the whole command ("Undo Change scoring to …"),
    // which stays readable in the Edit menu and the tooltip without pushing the combos off screen.
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s, style()->standardIcon(QStyle::SP_ArrowBack)));
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s, style()->standardIcon(QStyle::SP_ArrowForward)));
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    auto *schemeLabel = new QLabel(tr("Sc&heme:"), toolbar);
    schemeLabel->setBuddy(m_schemeBox);
    toolbar->addWidget(schemeLabel);
    toolbar->addWidget(m_schemeBox);
    toolbar->addSeparator();
    auto *methodLabel = new QLabel(tr("Sc&oring:"), toolbar);
    methodLabel->setBuddy(m_methodBox);
    toolbar->addWidget(methodLabel);
    toolbar->addWidget(m_methodBox);
}

void MainWindow::createPages()
{
    m_schemeBox = new QComboBox(this);
    m_schemeBox->setObjectName(u"schemeBox"_s);
    m_schemeBox->addItem(tr("Classic 8 classes (cn8)"), u"cn8"_s);
    m_schemeBox->addItem(tr("rfm package, 10 segments (rfm10)"), u"rfm10"_s);
    m_schemeBox->addItem(tr("Shop, 11 segments (shop11)"), u"shop11"_s);
    m_schemeBox->setCurrentIndex(std::max(0, m_schemeBox->findData(AppSettings::scheme.get())));
    m_methodBox = new QComboBox(this);
    m_methodBox->setObjectName(u"methodBox"_s);
    m_methodBox->addItem(tr("The scheme's own"), QString());
    for (Rfm::Method method : { Rfm::Method::Quantile, Rfm::Method::RfmPkg, Rfm::Method::Ntile, Rfm::Method::Mean,
                                Rfm::Method::Median })
        m_methodBox->addItem(Rfm::methodTitle(method), Rfm::methodKey(method));
    connect(m_schemeBox, &QComboBox::currentIndexChanged, this, &MainWindow::changeScoring);
    connect(m_methodBox, &QComboBox::currentIndexChanged, this, &MainWindow::changeScoring);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_title = new QLabel(emptyTitle(), central);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_error = new QLabel(central);
    m_error->setObjectName(u"errorBanner"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd; "
                           "border-radius: 4px; padding: 6px; }"_s);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_title);

    m_pages = new QTabWidget(central);
    m_pages->setObjectName(u"pages"_s);
    m_data = new DataPage(m_pages);
    addPage(m_data, tr("&Data"), u"dataPage"_s);

    m_rfm = new RfmPage(m_session, m_pages);
    // The window's Edit menu owns Ctrl+Z / Ctrl+Shift+Z; a second binding inside the page would make
    // the keys ambiguous and neither would fire.
    m_rfm->undoAction()->setShortcut(QKeySequence());
    m_rfm->redoAction()->setShortcut(QKeySequence());
    addPage(m_rfm, tr("&RFM"), u"rfmPage"_s);
    m_segmentsPage = new SegmentsPage(m_session, m_pages);
    addPage(m_segmentsPage, tr("Se&gments"), u"segmentsPage"_s);
    m_customers = new CustomersPage(m_pages);
    addPage(m_customers, tr("C&ustomers"), u"customersPage"_s);
    m_tags = new TagsPage(m_pages);
    addPage(m_tags, tr("&Tags"), u"tagsPage"_s);
    m_issues = new IssuesPage(m_pages);
    addPage(m_issues, tr("&Issues"), u"issuesPage"_s);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_card = new CustomerCard(this);
    // A segment opens its customers, wherever it is clicked.
    connect(m_segmentsPage, &SegmentsPage::segmentActivated, this, [this](int segment) {
        m_customers->showSegment(segment);
        m_pages->setCurrentWidget(m_customers);
    });
    // A heatmap cell is no segment: it opens the customers of its R and F scores.
    connect(m_segmentsPage, &SegmentsPage::scoreCellActivated, this, [this](int r, int f) {
        m_customers->showScores({ r, f, std::nullopt });
        m_pages->setCurrentWidget(m_customers);
    });
    connect(m_customers, &CustomersPage::exportRequested, this, [this] {
        exportRows(m_customers->model()->visibleRows(), tr("customers"));
    });
    connect(m_tags, &TagsPage::exportRequested, this,
            [this](const QString &name, const std::vector<qint32> &rows) { exportRows(rows, name); });
    connect(m_data, &DataPage::importRequested, this, [this] { showImportWizard(QString()); });
    connect(m_data, &DataPage::refreshRequested, this, &MainWindow::showRefreshDialog);
    m_card->setTagSource([this](qint32 row) {
        QList<TagReason> reasons;
        for (const Tags::CustomerTagReason &tag : m_tags->tagsOfCustomer(row))
            reasons.append({ tag.path, tag.rule.isEmpty() ? tr("set by hand") : tr("rule: %1").arg(tag.rule) });
        return reasons;
    });
    connectTags();
    connect(m_customers, &CustomersPage::customerActivated, this, &MainWindow::showCustomerCard);
    connect(m_issues, &IssuesPage::sourceActivated, this, [this](qint64 source) {
        m_data->selectSource(source);
        m_pages->setCurrentWidget(m_data);
    });
    connect(m_issues, &IssuesPage::countChanged, this, [this](int count) {
        m_pages->setTabText(m_pages->indexOf(m_issues), count > 0 ? tr("&Issues (%1)").arg(count) : tr("&Issues"));
    });
}

void MainWindow::addPage(QWidget *page, const QString &title, const QString &name)
{
    page->setObjectName(name);
    m_pages->addTab(page, title);
}

void MainWindow::createStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(360);
    m_progress->setTextVisible(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_loader->cancel();
        statusBar()->showMessage(tr("Cancelling…"));
    });
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
}

RfmSettings MainWindow::withToolbarScoring(RfmSettings settings) const
{
    settings.request.scheme = m_schemeBox->currentData().toString();
    settings.editedScheme.reset();
    const auto method = Rfm::methodFromKey(m_methodBox->currentData().toString());
    settings.request.methodGiven = method.has_value();
    if (method)
        settings.request.scoring.method = *method;
    // Hand-set cut lines belong to the method they were drawn on.
    settings.cuts = {};
    return settings;
}

void MainWindow::changeScoring()
{
    AppSettings::scheme.set(m_schemeBox->currentData().toString());
    if (!m_session->hasProject())
        return;
    m_session->changeSettings(withToolbarScoring(m_session->settings()), tr("Change scoring to %1 · %2")
                                                .arg(m_schemeBox->currentText(), m_methodBox->currentText()));
}

void MainWindow::syncScoringControls()
{
    if (!m_session->hasProject())
        return;   // keep the analyst's choice for the next project
    const RfmSettings &settings = m_session->settings();
    const QSignalBlocker schemeBlocker(m_schemeBox);
    const QSignalBlocker methodBlocker(m_methodBox);
    const int scheme = m_schemeBox->findData(settings.request.scheme);
    if (scheme >= 0)
        m_schemeBox->setCurrentIndex(scheme);
    m_methodBox->setCurrentIndex(settings.request.methodGiven
                                         ? std::max(0, m_methodBox->findData(Rfm::methodKey(settings.request.scoring.method)))
                                         : 0);
}

void MainWindow::onResultChanged()
{
    syncScoringControls();
    const auto result = m_session->result();
    const bool chinese = m_session->chineseNames();
    m_tags->setMetricOptions(m_session->settings().request.metrics);
    m_tags->setData(result ? m_session->frame() : nullptr, result, chinese);
    m_customers->setData(result ? m_session->frame() : nullptr, result, chinese);
    m_issues->setState(m_session->project() ? &m_session->project()->summary : nullptr, result.get(), chinese);
    if (m_card->isVisible() && result) {
        const qint32 row = m_card->currentRow();
        const std::vector<qint32> &rows = m_customers->model()->visibleRows();
        const auto at = std::find(rows.begin(), rows.end(), row);
        m_card->setContext(m_session->frame(), result, chinese, rows);
        if (at != rows.end())
            m_card->showPosition(at - rows.begin());
        else
            m_card->hide();
    }
    if (!result && m_session->hasProject() && !m_session->errorText().isEmpty())
        statusBar()->showMessage(m_session->errorText());
}

void MainWindow::showCustomerCard(qsizetype position)
{
    const auto result = m_session->result();
    if (!result)
        return;
    m_card->setContext(m_session->frame(), result, m_session->chineseNames(), m_customers->model()->visibleRows());
    m_card->showPosition(position);
    m_card->show();
    m_card->raise();
    m_card->activateWindow();
}

void MainWindow::showError(const QString &message)
{
    // Inline, not a modal box: the message stays while the analyst looks at the file in question.
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!saveTagsOrAsk()) {
        event->ignore();
        return;
    }
    m_loader->cancel();
    AppSettings::windowGeometry.set(saveGeometry());
    AppSettings::windowState.set(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    // A project opens; a data file goes to the import wizard of the open project.
    if (urls.first().toLocalFile().endsWith(u".portrait"_s, Qt::CaseInsensitive) || m_session->hasProject())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    if (path.endsWith(u".portrait"_s, Qt::CaseInsensitive))
        openProject(path);
    else
        showImportWizard(path);
    event->acceptProposedAction();
}

void MainWindow::showImportWizard(const QString &file)
{
    if (!m_session->hasProject())
        return;
    auto *wizard = new ImportWizard(projectPath(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.isEmpty())
        wizard->setFile(file);
    connect(wizard, &ImportWizard::imported, this, [this](qint64 source) {
        openProject(projectPath());   // reload: the new source's customers and orders
        m_pendingSource = source;
    });
    wizard->open();
}

void MainWindow::showRefreshDialog(qint64 sourceId)
{
    auto *dialog = new RefreshDialog(projectPath(), sourceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefreshDialog::refreshed, this, [this](qint64 source) {
        openProject(projectPath());
        m_pendingSource = source;
    });
    dialog->open();
}

void MainWindow::exportRows(const std::vector<qint32> &rows, const QString &name)
{
    const auto result = m_session->result();
    if (!result || rows.empty())
        return;
    auto *dialog = new ExportDialog(m_session->frame(), result, rows, m_session->chineseNames(), name + u".xlsx"_s, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(dialog->filePath())), 8000);
    });
    dialog->open();
}

} // namespace Portrait::Ui
