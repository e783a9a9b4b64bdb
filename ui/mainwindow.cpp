#include "mainwindow.h"

#include "jobs/rfmjob.h"
#include "jobs/sampleproject.h"
#include "models/segmentsummarymodel.h"
#include "pages/customerspage.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "rfm/presets.h"
#include "rfm/schemelint.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QHeaderView>
#include <QLabel>
#include <QLockFile>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_loader(new ProjectLoader(this)), m_segments(new SegmentSummaryModel(this))
{
    setWindowTitle(tr("Portrait — Customer Profiles"));
    setAcceptDrops(true);
    createActions();
    createCentralWidget();
    connect(m_loader, &ProjectLoader::progressChanged, this, [this](int percent, const QString &phase) {
        m_progress->setValue(percent);
        m_progress->setFormat(phase + u"  %p%"_s);
    });
    connect(m_loader, &ProjectLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &ProjectLoader::failed, this, &MainWindow::onFailed);
    if (!restoreGeometry(AppSettings::windowGeometry.get()))
        resize(1100, 680);
    restoreState(AppSettings::windowState.get());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
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

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = AppSettings::language.get();
    const std::pair<QString, QString> choices[] = { { QString(), tr("Follow the System") },
                                                    { u"zh_CN"_s, u"中文（简体）"_s },
                                                    { u"en"_s, u"English"_s } };
    for (const auto &[code, label] : choices) {
        QAction *action = language->addAction(label, this, [this, code = code] { setLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
    }
}

void MainWindow::createCentralWidget()
{
    QToolBar *toolbar = addToolBar(tr("Scoring"));
    toolbar->setObjectName(u"scoringToolbar"_s);
    toolbar->addWidget(new QLabel(tr("Scheme:"), toolbar));
    m_schemeBox = new QComboBox(toolbar);
    m_schemeBox->setObjectName(u"schemeBox"_s);
    m_schemeBox->addItem(tr("Classic 8 classes (cn8)"), u"cn8"_s);
    m_schemeBox->addItem(tr("rfm package, 10 segments (rfm10)"), u"rfm10"_s);
    m_schemeBox->addItem(tr("Shop, 11 segments (shop11)"), u"shop11"_s);
    m_schemeBox->setCurrentIndex(std::max(0, m_schemeBox->findData(AppSettings::scheme.get())));
    toolbar->addWidget(m_schemeBox);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Scoring:"), toolbar));
    m_methodBox = new QComboBox(toolbar);
    m_methodBox->setObjectName(u"methodBox"_s);
    m_methodBox->addItem(tr("The scheme's own"), QString());
    for (Rfm::Method method : { Rfm::Method::Quantile, Rfm::Method::RfmPkg, Rfm::Method::Ntile, Rfm::Method::Mean,
                                Rfm::Method::Median })
        m_methodBox->addItem(Rfm::methodTitle(method), Rfm::methodKey(method));
    toolbar->addWidget(m_methodBox);
    connect(m_schemeBox, &QComboBox::currentIndexChanged, this, &MainWindow::rescore);
    connect(m_methodBox, &QComboBox::currentIndexChanged, this, &MainWindow::rescore);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_title = new QLabel(tr("Open a project (Ctrl+O) or drop a .portrait file here."), central);
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
    m_details = new QLabel(central);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableView(central);
    m_table->setObjectName(u"segmentTable"_s);
    m_table->setModel(m_segments);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_error);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    m_pages = new QTabWidget(central);
    m_pages->setObjectName(u"pages"_s);
    m_pages->addTab(m_table, tr("Se&gments"));
    m_customers = new CustomersPage(m_pages);
    m_pages->addTab(m_customers, tr("C&ustomers"));
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    // A segment opens its customers (double-click or Enter on its row).
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_customers->showSegment(
                m_segments->index(index.row(), 0).data(SegmentSummaryModel::RuleRole).toInt());
        m_pages->setCurrentWidget(m_customers);
    });

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

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects.get();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                                  [this, path] { openProject(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QString MainWindow::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool MainWindow::isLoading() const
{
    return m_loader->isRunning();
}

void MainWindow::openProject(const QString &path)
{
    if (m_loader->isRunning())
        return;
    const bool same = m_lock && m_project && QFileInfo(m_project->path) == QFileInfo(path);
    if (!same) {
        auto lock = Project::ProjectFile::acquireLock(path);
        if (!lock) {
            showError(lock.error().toString());
            return;
        }
        closeProject();
        m_lock = lock.takeValue();
    }
    m_pendingPath = path;
    showError(QString());
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_loader->load(path);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Portrait projects (*.portrait);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::createDemoProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Create Demo Project"), tr("demo.portrait"),
                                                      tr("Portrait projects (*.portrait)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("%1 cannot be replaced.").arg(path));
        return;
    }
    // Generating and writing 40,000 orders takes a moment: off the GUI thread.
    statusBar()->showMessage(tr("Creating %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Status status = watcher->result();
        if (!status) {
            statusBar()->clearMessage();
            showError(status.error().toString());
            return;
        }
        openProject(path);
    });
    watcher->setFuture(QtConcurrent::run([path] { return Jobs::writeSampleProject(path, nullProgress()); }));
}

void MainWindow::closeProject()
{
    m_project.reset();
    m_lock.reset();
    m_segments->clear();
    m_customers->setData(nullptr, nullptr, false);
    m_title->setText(tr("Open a project (Ctrl+O) or drop a .portrait file here."));
    m_details->clear();
    setWindowFilePath(QString());
}

void MainWindow::onLoaded(const std::shared_ptr<LoadedProject> &project)
{
    m_progress->hide();
    m_cancel->hide();
    m_project = project;
    AppSettings::addRecentProject(project->path);
    updateRecentMenu();
    setWindowFilePath(project->path);
    m_title->setText(QFileInfo(project->path).completeBaseName());
    statusBar()->showMessage(tr("Opened %1.").arg(QFileInfo(project->path).fileName()), 5000);
    rescore();
}

void MainWindow::onFailed(const QString &message)
{
    m_progress->hide();
    m_cancel->hide();
    if (!m_project)
        m_lock.reset();
    statusBar()->clearMessage();
    showError(message);
}

void MainWindow::rescore()
{
    AppSettings::scheme.set(m_schemeBox->currentData().toString());
    if (!m_project)
        return;
    Jobs::RfmRequest request;
    request.scheme = m_schemeBox->currentData().toString();
    const auto method = Rfm::methodFromKey(m_methodBox->currentData().toString());
    request.methodGiven = method.has_value();
    if (method)
        request.scoring.method = *method;
    auto result = Jobs::runRfmRequest(m_project->frame, request);
    if (!result) {
        m_segments->clear();
        m_details->setText(result.error().toString());
        return;
    }
    auto shared = std::make_shared<const Rfm::RfmResult>(result.takeValue());
    const Rfm::RfmResult &run = *shared;
    const bool chinese = QLocale().language() == QLocale::Chinese || run.scheme.preferChinese;
    m_segments->setResult(run, chinese);
    m_customers->setData(std::shared_ptr<const Model::CustomerFrame>(m_project, &m_project->frame), shared,
                         chinese);
    m_table->resizeColumnsToContents();
    const Project::ProjectSummary &s = m_project->summary;
    const QLocale locale;
    QString text = tr("%1 customers, %2 scored · %3 orders from %4 to %5 · as of %6 · %7")
                           .arg(locale.toString(s.customers), locale.toString(run.metrics.scoredCount),
                                locale.toString(s.orders),
                                locale.toString(QDate::fromJulianDay(s.firstOrderDay), QLocale::ShortFormat),
                                locale.toString(QDate::fromJulianDay(s.lastOrderDay), QLocale::ShortFormat),
                                locale.toString(QDate::fromJulianDay(run.metrics.asOf), QLocale::ShortFormat),
                                Rfm::methodTitle(run.scores.method));
    // The cut points are part of the answer: an analyst must see where the lines were drawn.
    QStringList cuts;
    for (Rfm::Dimension d : { Rfm::Dimension::Recency, Rfm::Dimension::Frequency, Rfm::Dimension::Monetary }) {
        QStringList values;
        for (double cut : run.scores.cuts[size_t(d)])
            values.append(locale.toString(cut, 'g', 6));
        cuts.append(tr("%1: %2").arg(Rfm::dimensionTitle(d), values.join(u" | "_s)));
    }
    text += u'\n' + tr("Cut points — %1").arg(cuts.join(u"; "_s));
    for (const Issue &issue : run.scores.issues.items())
        text += u'\n' + issue.text;
    for (const Rfm::LintFinding &finding : Rfm::lintScheme(run.scheme, chinese))
        text += u'\n' + tr("Scheme: %1").arg(finding.text);
    m_details->setText(text);
}

void MainWindow::showError(const QString &message)
{
    // Inline, not a modal box: the message stays while the analyst looks at the file in question.
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MainWindow::setLanguage(const QString &language)
{
    AppSettings::language.set(language);
    statusBar()->showMessage(tr("The language changes the next time Portrait starts."), 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->cancel();
    AppSettings::windowGeometry.set(saveGeometry());
    AppSettings::windowState.set(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().toLocalFile().endsWith(u".portrait"_s, Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openProject(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

} // namespace Portrait::Ui
