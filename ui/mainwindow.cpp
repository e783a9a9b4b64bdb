#include "mainwindow.h"

#include "actionicons.h"
#include "analytics/analyticspage.h"
#include "analytics/clustercardtext.h"
#include "analytics/lifetimepanel.h"
#include "card/customercard.h"
#include "clean/cleanpage.h"
#include "export/exportdialog.h"
#include "import/backgroundjob.h"
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
#include "report/reporttitledialog.h"
#include "report/slides.h"
#include "rfm/fittingchoices.h"
#include "rfm/presets.h"
#include "rfm/rfmpage.h"
#include "rfm/schemelint.h"
#include "settings/appsettings.h"
#include "tags/tagspage.h"
#include "welcome/welcomepage.h"
#include "workbench/datachangecommand.h"
#include "timeline/campaignpanel.h"
#include "timeline/timelinepage.h"
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
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

QString MainWindow::emptyTitle()
{
    return tr("No project is open.");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkbenchSession(this))
    , m_loader(new ProjectLoader(this))
    , m_dataJob(new BackgroundJob(this))
{
    setWindowTitle(tr("Portrait — Customer Profiles"));
    setAcceptDrops(true);
    createPages();
    createWelcome();
    createActions();
    createStatusBar();
    connect(m_session, &WorkbenchSession::projectChanged, this, &MainWindow::updateProjectState);
    connect(m_dataJob, &BackgroundJob::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase + u"  %p%"_s);
    });
    connect(m_loader, &ProjectLoader::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase + u"  %p%"_s);
    });
    connect(m_loader, &ProjectLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &ProjectLoader::failed, this, &MainWindow::onFailed);
    connect(m_session, &WorkbenchSession::resultChanged, this, &MainWindow::onResultChanged);
    connect(m_session, &WorkbenchSession::displayChanged, this, [this] {
        m_customers->model()->setCurrency(m_session->currency());
        m_card->setCurrency(m_session->currency());
    });
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
    updateProjectState();
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
    create->setIcon(actionIcon(ActionIcon::New));
    QAction *open = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(actionIcon(ActionIcon::Open));
    file->addAction(tr("Create &Demo Project…"), this, &MainWindow::createDemoProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    createCurrencyMenu(file->addMenu(tr("C&urrency")));
    QAction *close = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    close->setShortcut(QKeySequence::Close);
    m_projectActions.append(close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
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
    slides->setIcon(actionIcon(ActionIcon::Present));
    QAction *report = present->addAction(tr("Export &Report…"), this, [this] {
        const QString name = QFileInfo(projectPath()).completeBaseName();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), name + u"-report.pdf"_s,
                                                          tr("PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        const SlideList deck = buildSlides(*m_session);
        const Status status = PdfReport::write(deck, path, deck.empty() ? name : deck.front()->title());
        if (!status)
            showError(status.error().toString());
        else
            statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    report->setIcon(actionIcon(ActionIcon::Report));
    QAction *reportTitle = present->addAction(tr("Report &Title…"), this, [this] {
        Jobs::DisplaySettings settings = m_session->displaySettings();
        ReportTitleDialog dialog(settings.reportTitle, settings.reportSubtitle,
                                 QFileInfo(projectPath()).completeBaseName(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        settings.reportTitle = dialog.title();
        settings.reportSubtitle = dialog.subtitle();
        changeDisplaySettings(settings);
    });
    reportTitle->setObjectName(u"reportTitleAction"_s);
    const auto updateReportActions = [this, slides, report, reportTitle] {
        slides->setEnabled(bool(m_session->result()));
        report->setEnabled(bool(m_session->result()));
        reportTitle->setEnabled(m_session->hasProject());
    };
    connect(m_session, &WorkbenchSession::resultChanged, this, updateReportActions);
    connect(m_session, &WorkbenchSession::projectChanged, this, updateReportActions);
    updateReportActions();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction *go = m_viewMenu->addAction(m_pages->tabText(i), this, [this, i] { m_pages->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_projectActions.append(go);
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

    createHelpMenu();

    QToolBar *toolbar = m_toolbar = addToolBar(tr("Scoring"));
    toolbar->setObjectName(u"scoringToolbar"_s);
    // Icons on the toolbar: the actions' texts name the whole command ("Undo Change scoring to …"),
    // which stays readable in the Edit menu and the tooltip without pushing the combos off screen.
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    undo->setIcon(actionIcon(ActionIcon::Undo));
    redo->setIcon(actionIcon(ActionIcon::Redo));
    toolbar->addAction(open);
    toolbar->addAction(slides);
    toolbar->addSeparator();
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
    // The schemes by the names the RFM page, the segments page and the report use.
    for (const QString &id : Rfm::presetIds())
        m_schemeBox->addItem(Rfm::presetScheme(id).displayTitle(m_session->chineseNames()), id);
    m_schemeBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
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
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(u"centralStack"_s);
    m_workbench = new QWidget(m_stack);
    auto *workbenchLayout = new QVBoxLayout(m_workbench);
    workbenchLayout->setContentsMargins(0, 0, 0, 0);
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
    layout->addWidget(m_stack, 1);
    workbenchLayout->addWidget(m_title);

    m_pages = new QTabWidget(m_workbench);
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
    m_analytics = new AnalyticsPage(m_session, m_pages);
    addPage(m_analytics, tr("&Analytics"), u"analyticsPage"_s);
    m_analytics->addPanel(new LifetimePanel(m_session, m_analytics), tr("Churn and lifetime value"));
    m_timeline = new TimelinePage(m_session, m_pages);
    addPage(m_timeline, tr("Ti&meline"), u"timelinePage"_s);
    // Last, so that the pages the issues name keep their keys (Analytics Ctrl+7, Timeline Ctrl+8).
    m_clean = new CleanPage(m_pages);
    addPage(m_clean, tr("Clea&n"), u"cleanPage"_s);
    // Cleaned values and merged customers live in the project: load the frame again.
    connect(m_clean, &CleanPage::projectChanged, this, [this] { openProject(projectPath()); });
    // The quality report's findings are listed on the Issues page too.
    connect(m_clean, &CleanPage::issuesChanged, this, [this] { m_issues->setCleaningIssues(m_clean->issues()); });
    workbenchLayout->addWidget(m_pages, 1);
    m_stack->addWidget(m_workbench);
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
    // The empty pages' buttons: what to do next.
    connect(m_rfm, &RfmPage::openProjectRequested, this, &MainWindow::chooseProject);
    connect(m_rfm, &RfmPage::demoRequested, this, &MainWindow::createDemoProject);
    connect(m_rfm, &RfmPage::importRequested, this, [this] { showImportWizard(QString()); });
    connect(m_tags, &TagsPage::openProjectRequested, this, &MainWindow::chooseProject);
    connect(m_tags, &TagsPage::demoRequested, this, &MainWindow::createDemoProject);
    connect(m_data, &DataPage::refreshRequested, this, &MainWindow::showRefreshDialog);
    connect(m_data, &DataPage::removeRequested, this, &MainWindow::confirmRemoveSource);
    m_card->setTagSource([this](qint32 row) {
        QList<TagReason> reasons;
        for (const Tags::CustomerTagReason &tag : m_tags->tagsOfCustomer(row))
            reasons.append({ tag.path, tag.rule.isEmpty() ? tr("set by hand") : tr("rule: %1").arg(tag.rule) });
        return reasons;
    });
    connectTags();
    connect(m_session, &WorkbenchSession::clustersChanged, this,
            [this] {
                m_customers->setClusters(m_session->clusters());
                m_tags->setClusters(m_session->clusters());
            });
    m_card->setClusterSource([this](qint32 row) {
        const auto result = m_session->result();
        return result ? clusterCardSentence(m_session->clusters().get(), *result, row, m_session->chineseNames())
                      : QString();
    });
    connect(m_customers, &CustomersPage::customerActivated, this, &MainWindow::showCustomerCard);
    connect(m_timeline, &TimelinePage::customersRequested, this,
            [this](const std::vector<qint32> &rows, const QString &label) {
                m_customers->showRows(rows, label);
                m_pages->setCurrentWidget(m_customers);
            });
    connect(m_customers, &CustomersPage::campaignSelectedRequested, this, [this](const std::vector<qint32> &rows) {
        const auto frame = m_session->frame();
        if (!frame)
            return;
        QStringList ids;
        for (const qint32 row : rows)
            ids.append(frame->ids.value(row));
        m_timeline->campaigns()->setPickedCustomers(ids);
        m_timeline->sections()->setCurrentWidget(m_timeline->campaigns());
        m_pages->setCurrentWidget(m_timeline);
    });
    connect(m_timeline, &TimelinePage::exportRequested, this,
            [this](const QString &name, const std::vector<qint32> &rows) { exportRows(rows, name); });
    connect(m_issues, &IssuesPage::sourceActivated, this, [this](qint64 source) {
        m_data->selectSource(source);
        m_pages->setCurrentWidget(m_data);
    });
    connect(m_issues, &IssuesPage::fixRequested, this, &MainWindow::applyFix);
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
    if (!offerFittingMethods(m_methodBox, Rfm::presetScheme(m_schemeBox->currentData().toString()).bins)) {
        // A scheme of other levels than the chosen method gives: its own method instead.
        const QSignalBlocker blocker(m_methodBox);
        m_methodBox->setCurrentIndex(0);
    }
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
    for (int i = 0; i < m_schemeBox->count(); ++i)
        m_schemeBox->setItemText(i, Rfm::presetScheme(m_schemeBox->itemData(i).toString())
                                            .displayTitle(m_session->chineseNames()));
    const int scheme = m_schemeBox->findData(settings.request.scheme);
    if (scheme >= 0)
        m_schemeBox->setCurrentIndex(scheme);
    m_methodBox->setCurrentIndex(settings.request.methodGiven
                                         ? std::max(0, m_methodBox->findData(Rfm::methodKey(settings.request.scoring.method)))
                                         : 0);
    offerFittingMethods(m_methodBox, schemeLevels(settings, m_session->result().get()));
}

void MainWindow::onResultChanged()
{
    syncScoringControls();
    const auto result = m_session->result();
    const bool chinese = m_session->chineseNames();
    m_tags->setMetricOptions(m_session->settings().request.metrics);
    m_tags->setData(result ? m_session->frame() : nullptr, result, chinese);
    m_customers->model()->setCurrency(m_session->currency());
    m_customers->setData(result ? m_session->frame() : nullptr, result, chinese);
    const auto project = m_session->project();
    m_issues->setState(project ? &project->summary : nullptr, project ? &project->frame : nullptr,
                       { result.get(), m_session->settings().request.metrics.returns, m_session->errorText(), chinese });
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
    if (urls.size() != 1 || !urls.first().isLocalFile() || isLoading())
        return;
    // A project opens; a data file goes to the import wizard, of the open project or of a new one.
    if (DropZone::takes(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openFile(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::openFile(const QString &path)
{
    if (path.endsWith(u".portrait"_s, Qt::CaseInsensitive))
        openProject(path);
    else if (m_session->hasProject())
        showImportWizard(path);
    else
        importIntoNewProject(path);
}

ImportWizard *MainWindow::showImportWizard(const QString &file)
{
    if (!m_session->hasProject() || isLoading())
        return nullptr;
    auto *wizard = new ImportWizard(projectPath(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setProjectFrame(m_session->frame());
    wizard->setUndoSnapshot(newUndoSnapshotPath());
    if (!file.isEmpty())
        wizard->setFile(file);
    connect(wizard, &ImportWizard::imported, this, [this, wizard](qint64 source) { onImported(wizard, source); });
    connect(wizard, &ImportWizard::undoRequested, this, &MainWindow::undoImport);
    wizard->open();
    return wizard;
}

void MainWindow::showRefreshDialog(qint64 sourceId)
{
    auto *dialog = new RefreshDialog(projectPath(), sourceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefreshDialog::refreshed, this, [this](qint64 source) {
        openProject(projectPath());
        m_pendingSource = source;
        m_showMovesAfterLoad = true;
    });
    dialog->open();
}

void MainWindow::exportRows(const std::vector<qint32> &rows, const QString &name)
{
    const auto result = m_session->result();
    if (!result || rows.empty())
        return;
    auto *dialog = new ExportDialog(m_session->frame(), result, rows, m_session->chineseNames(), name + u".xlsx"_s, this);
    dialog->setCurrency(m_session->currency());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(dialog->filePath())), 8000);
    });
    dialog->open();
}

} // namespace Portrait::Ui
