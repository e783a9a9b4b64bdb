#include "rfmpage.h"

#include "cutpanel.h"
#include "histogramdata.h"
#include "histogramwidget.h"
#include "rfmoptionspanel.h"
#include "schemeeditordialog.h"
#include "segmentpreviewmodel.h"
#include "transitionmodel.h"

#include "format/displayformat.h"
#include "projectloader.h"
#include "widgets/emptystate.h"
#include "rfm/transitions.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr int MinimumSegmentRows = 6;

constexpr std::array AllDimensions { Rfm::Dimension::Recency, Rfm::Dimension::Frequency, Rfm::Dimension::Monetary };

bool sameMetricOptions(const Rfm::MetricOptions &a, const Rfm::MetricOptions &b)
{
    return a.asOf == b.asOf && a.windowDays == b.windowDays && a.frequency == b.frequency && a.monetary == b.monetary
            && a.returns == b.returns;
}

QTableView *compactTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

RfmPage::RfmPage(WorkbenchSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_options(new RfmOptionsPanel(this))
    , m_segments(new SegmentPreviewModel(this))
    , m_transitions(new TransitionModel(this))
    , m_transitionCaption(new QLabel(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(0);
    connect(m_previewTimer, &QTimer::timeout, this, &RfmPage::runPreview);

    m_undo = session->undoStack()->createUndoAction(this, tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo = session->undoStack()->createRedoAction(this, tr("Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undo);
    addAction(m_redo);
    auto *undoButton = new QToolButton(this);
    undoButton->setDefaultAction(m_undo);
    auto *redoButton = new QToolButton(this);
    redoButton->setDefaultAction(m_redo);

    m_status->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(undoButton);
    top->addWidget(redoButton);
    top->addWidget(m_error, 1);
    top->addStretch(); // the buttons stay left while no error is shown
    // The histograms above, the segment sizes and who moves where below: the tables keep room for
    // six segments at least, the histograms take the rest.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"rfmSplitter"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(buildCutPanels());
    split->addWidget(buildResultTables());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(top);
    right->addWidget(split, 1);
    // What was scored and how, under the options it comes from.
    m_status->setObjectName(u"rfmStatus"_s);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_options);
    left->addWidget(m_status, 1);
    const int leftWidth = m_options->sizeHint().width() + 24;
    m_options->setFixedWidth(leftWidth);
    m_status->setFixedWidth(leftWidth);
    auto *content = new QWidget(this);
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(left);
    contentLayout->addLayout(right, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildEmptyState());
    m_stack->addWidget(content);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_options, &RfmOptionsPanel::requestEdited, this, &RfmPage::onRequestEdited);
    connect(m_options, &RfmOptionsPanel::schemeChosen, this, &RfmPage::onSchemeChosen);
    connect(m_options, &RfmOptionsPanel::openSchemeFileRequested, this, &RfmPage::openSchemeFile);
    connect(m_options, &RfmOptionsPanel::editSchemeRequested, this, &RfmPage::editScheme);
    connect(session, &WorkbenchSession::resultChanged, this, &RfmPage::onResultChanged);
    connect(session, &WorkbenchSession::displayChanged, this,
            [this] { m_cutPanels[size_t(Rfm::Dimension::Monetary)]->setCurrency(m_session->currency()); });
    onResultChanged();
}

RfmPage::~RfmPage() = default;

QWidget *RfmPage::buildCutPanels()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    for (Rfm::Dimension d : AllDimensions) {
        auto *panel = new CutPanel(d, box);
        m_cutPanels[size_t(d)] = panel;
        row->addWidget(panel, 1);
        HistogramWidget *histogram = panel->histogram();
        connect(histogram, &HistogramWidget::dragStarted, this, [this, d](int line) { beginCutDrag(d, line); });
        connect(histogram, &HistogramWidget::dragMoved, this, [this](int, double value) { dragCut(value); });
        connect(histogram, &HistogramWidget::dragFinished, this, &RfmPage::finishCutDrag);
        connect(histogram, &HistogramWidget::dragCancelled, this, &RfmPage::cancelCutDrag);
        connect(panel, &CutPanel::cutEdited, this, [this, d](int line, double value) { setCut(d, line, value); });
    }
    return box;
}

QWidget *RfmPage::buildResultTables()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *sizes = new QWidget(splitter);
    auto *sizesLayout = new QVBoxLayout(sizes);
    sizesLayout->setContentsMargins(0, 0, 0, 0);
    sizesLayout->addWidget(new QLabel(tr("Segment sizes"), sizes));
    QTableView *segmentView = compactTable(m_segments, sizes);
    segmentView->setObjectName(u"rfmSegmentView"_s);
    // Six segments without scrolling, whatever the window: the splitter gives the histograms the rest.
    segmentView->setMinimumHeight(segmentView->horizontalHeader()->sizeHint().height()
                                  + MinimumSegmentRows * segmentView->verticalHeader()->defaultSectionSize()
                                  + 2 * segmentView->frameWidth() + segmentView->horizontalScrollBar()->sizeHint().height());
    sizesLayout->addWidget(segmentView);

    auto *moves = new QWidget(splitter);
    auto *movesLayout = new QVBoxLayout(moves);
    movesLayout->setContentsMargins(0, 0, 0, 0);
    m_transitionCaption->setWordWrap(true);
    movesLayout->addWidget(m_transitionCaption);
    QTableView *matrix = compactTable(m_transitions, moves);
    matrix->setObjectName(u"rfmTransitionView"_s);
    matrix->setToolTip(tr("Rows: the segment customers leave. Columns: the one they join. Cells: customers · revenue."));
    // An empty matrix is a blank frame: say instead what would fill it.
    m_movesHint = new QLabel(moves);
    m_movesHint->setObjectName(u"rfmTransitionHint"_s);
    m_movesHint->setAlignment(Qt::AlignCenter);
    m_movesHint->setWordWrap(true);
    m_movesHint->setFrameShape(QFrame::StyledPanel);
    m_movesHint->setForegroundRole(QPalette::PlaceholderText);
    m_movesHint->setMargin(12);
    m_moves = new QStackedWidget(moves);
    m_moves->addWidget(m_movesHint);
    m_moves->addWidget(matrix);
    movesLayout->addWidget(m_moves, 1);
    splitter->addWidget(sizes);
    splitter->addWidget(moves);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

QWidget *RfmPage::buildEmptyState()
{
    m_empty = new EmptyState(this);
    m_openButton = m_empty->addButton(tr("&Open a Project…"));
    m_demoButton = m_empty->addButton(tr("Try the &Demo"));
    m_importButton = m_empty->addButton(tr("&Import Orders…"));
    connect(m_openButton, &QPushButton::clicked, this, &RfmPage::openProjectRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &RfmPage::demoRequested);
    connect(m_importButton, &QPushButton::clicked, this, &RfmPage::importRequested);
    return m_empty;
}

void RfmPage::showEmptyState()
{
    const bool hasOrders = m_session->hasProject() && !m_session->project()->frame.orders.customer.empty();
    if (hasOrders || (m_session->hasProject() && m_session->result())) {
        m_stack->setCurrentIndex(1);
        return;
    }
    if (!m_session->hasProject()) {
        m_empty->setText(tr("No project is open"),
                         tr("RFM scores customers by how recently, how often and how much they bought. Open a "
                            "project, or try the demo project to see how it works."));
        m_empty->showButtons({ m_openButton, m_demoButton });
    } else {
        m_empty->setText(tr("This project has no orders yet"),
                         tr("Import an order export (CSV, Excel or a database dump) with a customer id, an order "
                            "date and an amount; the customers are scored as soon as it is in."));
        m_empty->showButtons({ m_importButton });
    }
    m_stack->setCurrentIndex(0);
}

bool RfmPage::isShowingTransitionHint() const
{
    return m_moves->currentIndex() == 0;
}

bool RfmPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

std::vector<double> RfmPage::committedCuts(Rfm::Dimension d) const
{
    const auto result = m_session->result();
    return result ? result->scores.cuts[size_t(d)] : std::vector<double> {};
}

void RfmPage::beginCutDrag(Rfm::Dimension d, int line)
{
    const std::vector<double> cuts = committedCuts(d);
    if (!m_session->result() || line < 0 || line >= int(cuts.size()))
        return;
    m_dragDimension = int(d);
    m_dragLine = line;
    m_dragSettings = m_session->settings();
    m_dragSettings.cuts[size_t(d)] = cuts;
}

void RfmPage::dragCut(double value)
{
    if (!isDragging())
        return;
    std::vector<double> &cuts = *m_dragSettings.cuts[size_t(m_dragDimension)];
    const auto i = size_t(m_dragLine);
    // Lines keep their order, whoever drives the drag.
    const double lower = i > 0 ? cuts[i - 1] : -std::numeric_limits<double>::infinity();
    const double upper = i + 1 < cuts.size() ? cuts[i + 1] : std::numeric_limits<double>::infinity();
    cuts[i] = std::clamp(value, lower, upper);
    CutPanel *panel = m_cutPanels[size_t(m_dragDimension)];
    panel->showDraggedCut(m_dragLine, cuts[i]);
    panel->histogram()->setCuts(cuts);
    m_previewPending = true;
    if (!m_previewTimer->isActive())
        m_previewTimer->start();
}

void RfmPage::flushPreview()
{
    m_previewTimer->stop();
    runPreview();
}

void RfmPage::runPreview()
{
    const auto committed = m_session->result();
    if (!m_previewPending || !isDragging() || !committed)
        return;
    m_previewPending = false;
    QElapsedTimer clock;
    clock.start();
    // Whoever still holds the spare (a caller of previewResult()) keeps it; then allocate anew.
    std::shared_ptr<Rfm::RfmResult> next = m_spare && m_spare.use_count() == 1 ? std::move(m_spare)
                                                                                : std::make_shared<Rfm::RfmResult>();
    m_spare.reset();
    if (Status status = m_session->evaluateInto(m_dragSettings, *next); !status) {
        m_preview.reset();
        m_error->setText(status.error().toString());
        m_error->show();
        return;
    }
    m_spare = std::exchange(m_preview, std::move(next));
    m_segments->setPreview(m_preview.get());
    showTransitions(*committed, *m_preview, true);
    m_lastPreviewMs = double(clock.nsecsElapsed()) / 1e6;
}

void RfmPage::endDrag()
{
    m_previewTimer->stop();
    m_previewPending = false;
    m_dragDimension = -1;
    m_dragLine = -1;
    m_preview.reset();
    m_spare.reset(); // tens of megabytes at a million customers: not kept between drags
}

void RfmPage::finishCutDrag()
{
    if (!isDragging())
        return;
    const auto d = Rfm::Dimension(m_dragDimension);
    const RfmSettings settings = m_dragSettings;
    endDrag();
    if (*settings.cuts[size_t(d)] == committedCuts(d)) {
        onResultChanged(); // nothing moved: drop the preview
        return;
    }
    m_session->changeSettings(settings, tr("Move %1 cut").arg(Rfm::dimensionTitle(d)), m_nextMergeId++);
}

void RfmPage::cancelCutDrag()
{
    if (!isDragging())
        return;
    endDrag();
    onResultChanged();
}

void RfmPage::setCut(Rfm::Dimension d, int line, double value)
{
    std::vector<double> cuts = committedCuts(d);
    if (line < 0 || line >= int(cuts.size()) || cuts[size_t(line)] == value)
        return;
    cuts[size_t(line)] = value;
    // A typed value past a neighbour moves that line along rather than being refused.
    std::sort(cuts.begin(), cuts.end());
    RfmSettings settings = m_session->settings();
    settings.cuts[size_t(d)] = cuts;
    m_session->changeSettings(settings, tr("Set %1 cut").arg(Rfm::dimensionTitle(d)));
}

void RfmPage::showTransitions(const Rfm::RfmResult &from, const Rfm::RfmResult &to, bool preview)
{
    const Rfm::Transitions t = Rfm::computeTransitions(from, to);
    const bool chinese = m_session->chineseNames();
    m_transitions->setTransitions(t, from.scheme, to.scheme, chinese);
    const QString customers = QLocale().toString(t.movedCustomers);
    const QString revenue = DisplayFormat::money(t.movedRevenue, m_session->currency(), 0);
    m_moves->setCurrentIndex(t.movedCustomers == 0 ? 0 : 1);
    if (t.movedCustomers == 0) {
        m_transitionCaption->setText(tr("Who moves where"));
        m_movesHint->setText(preview ? tr("Nobody changes segment at this position of the line.")
                                     : tr("The last change moved nobody. Drag a cut line, or change the method or "
                                          "the levels, to see which customers change segment."));
    } else if (preview) {
        m_transitionCaption->setText(
            tr("Who moves where if you drop the line here: %1 customers (%2 revenue) change segment.")
                .arg(customers, revenue));
    } else {
        m_transitionCaption->setText(
            tr("Who moved where in the last change: %1 customers (%2 revenue) changed segment.").arg(customers, revenue));
    }
}

void RfmPage::refreshHistograms(const std::shared_ptr<const Rfm::RfmResult> &result)
{
    const void *frame = m_session->project().get();
    const Rfm::MetricOptions &metrics = m_session->settings().request.metrics;
    if (frame == m_histogramFrame && sameMetricOptions(metrics, m_histogramMetrics))
        return;
    m_histogramFrame = frame;
    m_histogramMetrics = metrics;
    for (CutPanel *panel : m_cutPanels)
        panel->setMetric(result);
}

void RfmPage::showStatus(const Rfm::RfmResult &result)
{
    QStringList lines;
    lines << tr("%1 · %2 levels · %3 of %4 customers scored · as of %5")
                 .arg(Rfm::methodTitle(result.scores.method))
                 .arg(result.scores.bins)
                 .arg(QLocale().toString(result.metrics.scoredCount), QLocale().toString(result.metrics.size()),
                      DisplayFormat::date(result.metrics.asOf));
    for (const Issue &issue : result.scores.issues.items())
        lines << issue.text;
    m_status->setText(lines.join(u'\n'));
}

void RfmPage::onResultChanged()
{
    if (isDragging())
        endDrag(); // an undo or a new project under the drag: the preview is stale
    const auto result = m_session->result();
    const Model::Day defaultAsOf = m_session->hasProject() ? Rfm::defaultAsOf(m_session->project()->frame) : 0;
    m_options->showSettings(m_session->settings(), result.get(), defaultAsOf, m_session->chineseNames());
    m_error->setText(m_session->errorText());
    m_error->setVisible(!m_session->errorText().isEmpty());
    for (CutPanel *panel : m_cutPanels)
        panel->setEnabled(bool(result));
    showEmptyState();
    if (!result) {
        m_segments->clear();
        m_transitions->clear();
        m_transitionCaption->clear();
        m_status->clear();
        m_shown.reset();
        m_histogramFrame = nullptr;
        m_stale = false;
        return;
    }
    // Hidden, the page waits to be shown: a project opening on another page is not kept waiting
    // for histograms and tables at a million customers.
    m_stale = !isVisible();
    if (!m_stale)
        showResult();
}

void RfmPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        showResult();
    }
}

void RfmPage::showResult()
{
    const auto result = m_session->result();
    if (!result)
        return;
    refreshHistograms(result);
    for (Rfm::Dimension d : AllDimensions)
        m_cutPanels[size_t(d)]->setCuts(result->scores.cuts[size_t(d)]);
    m_segments->setResult(*result, m_session->chineseNames());
    if (m_shown && m_shown != result && m_shown->segment.size() == result->segment.size()) {
        showTransitions(*m_shown, *result, false);
    } else if (m_shown != result) {
        m_transitions->clear();
        m_moves->setCurrentIndex(0);
        m_transitionCaption->setText(tr("Who moves where"));
        m_movesHint->setText(tr("Drag a cut line to see which customers would change segment, and to which; "
                                "after each change this shows who moved."));
    }
    m_shown = result;
    showStatus(*result);
}

void RfmPage::onRequestEdited(Jobs::RfmRequest request, const QString &undoText)
{
    RfmSettings settings = m_session->settings();
    // Hand-set cut lines belong to the old method or metric scale; a new request starts afresh.
    settings.cuts = {};
    Rfm::ScoringOptions &scoring = request.scoring;
    const auto fits = [&scoring] {
        return std::all_of(scoring.thresholds.begin(), scoring.thresholds.end(),
                           [&scoring](const auto &t) { return int(t.size()) == scoring.bins - 1; });
    };
    if (scoring.method == Rfm::Method::Thresholds && !fits()) {
        // Typed thresholds start from the lines the analyst sees, or from quantiles at the new levels.
        const auto result = m_session->result();
        if (result && result->scores.bins == scoring.bins) {
            scoring.thresholds = result->scores.cuts;
        } else {
            RfmSettings quantiles = settings;
            quantiles.request = request;
            quantiles.request.scoring.method = Rfm::Method::Quantile;
            if (auto q = m_session->evaluate(quantiles))
                scoring.thresholds = q->scores.cuts;
        }
    }
    settings.request = request;
    m_session->changeSettings(settings, undoText);
}

void RfmPage::onSchemeChosen(const QString &idOrPath)
{
    RfmSettings settings = m_session->settings();
    settings.request.scheme = idOrPath;
    // A scheme comes with its own method and levels; the analyst can override them again.
    settings.request.methodGiven = false;
    settings.editedScheme.reset();
    settings.cuts = {};
    auto scheme = Jobs::resolveScheme(idOrPath);
    const QString title = scheme ? scheme->displayTitle(m_session->chineseNames()) : QFileInfo(idOrPath).fileName();
    m_session->changeSettings(settings, tr("Use scheme %1").arg(title));
}

void RfmPage::openSchemeFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open segment scheme"), QString(),
                                                      tr("Scheme files (*.json)"));
    if (path.isEmpty())
        return;
    if (auto scheme = Jobs::resolveScheme(path); !scheme) {
        QMessageBox::warning(this, tr("Open segment scheme"), scheme.error().toString());
        return;
    }
    onSchemeChosen(path);
}

Rfm::SegmentScheme RfmPage::currentScheme() const
{
    const RfmSettings &settings = m_session->settings();
    if (settings.editedScheme)
        return *settings.editedScheme;
    if (const auto result = m_session->result())
        return result->scheme;
    auto scheme = Jobs::resolveScheme(settings.request.scheme);
    return scheme ? scheme.takeValue() : Rfm::SegmentScheme {};
}

void RfmPage::applyEditedScheme(const Rfm::SegmentScheme &scheme)
{
    if (scheme == currentScheme())
        return;
    RfmSettings settings = m_session->settings();
    settings.editedScheme = scheme;
    m_session->changeSettings(settings, tr("Edit segment scheme"));
}

void RfmPage::editScheme()
{
    SchemeEditorDialog dialog(currentScheme(), m_session->chineseNames(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyEditedScheme(dialog.scheme());
}

} // namespace Portrait::Ui
