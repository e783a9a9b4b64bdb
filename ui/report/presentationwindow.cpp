#include "presentationwindow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QPushButton *controlButton(QWidget *parent)
{
    auto *button = new QPushButton(parent);
    // The keys belong to the window: a focused button would swallow Space and the arrows.
    button->setFocusPolicy(Qt::NoFocus);
    button->setFlat(true);
    return button;
}

} // namespace

PresentationWindow::PresentationWindow(SlideList slides, QWidget *parent)
    : QWidget(parent, Qt::Window), m_slides(std::move(slides))
{
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    QPalette background = palette();
    background.setColor(QPalette::Window, Qt::white);
    setPalette(background);

    m_controls = new QWidget(this);
    auto *bar = new QHBoxLayout(m_controls);
    bar->setContentsMargins(16, 4, 16, 8);
    m_previous = controlButton(m_controls);
    m_next = controlButton(m_controls);
    m_leave = controlButton(m_controls);
    m_counter = new QLabel(m_controls);
    QFont large = m_counter->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    for (QWidget *widget : { static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_next),
                             static_cast<QWidget *>(m_leave), static_cast<QWidget *>(m_counter) })
        widget->setFont(large);
    bar->addWidget(m_previous);
    bar->addStretch();
    bar->addWidget(m_counter);
    bar->addStretch();
    bar->addWidget(m_next);
    bar->addSpacing(24);
    bar->addWidget(m_leave);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();   // the slide is painted here
    layout->addWidget(m_controls);

    connect(m_previous, &QPushButton::clicked, this, &PresentationWindow::previous);
    connect(m_next, &QPushButton::clicked, this, &PresentationWindow::next);
    connect(m_leave, &QPushButton::clicked, this, &QWidget::close);
    retranslate();
    updateControls();
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::present()
{
    setCurrentIndex(0);
    showFullScreen();
    activateWindow();
    setFocus();
}

QString PresentationWindow::counterText() const
{
    return m_slides.empty() ? QString() : tr("%1 / %2").arg(m_current + 1).arg(slideCount());
}

Slide *PresentationWindow::currentSlide() const
{
    return m_slides.empty() ? nullptr : m_slides[size_t(m_current)].get();
}

void PresentationWindow::setCurrentIndex(int index)
{
    const int clamped = std::clamp(index, 0, std::max(0, slideCount() - 1));
    if (clamped == m_current)
        return;
    m_current = clamped;
    updateControls();
    update();
    Q_EMIT currentIndexChanged(m_current);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Down:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Up:
        previous();
        break;
    case Qt::Key_Home:
        setCurrentIndex(0);
        break;
    case Qt::Key_End:
        setCurrentIndex(slideCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

QRect PresentationWindow::slideArea() const
{
    const int margin = 24;
    return QRect(0, 0, width(), m_controls->geometry().top()).adjusted(margin, margin, -margin, 0);
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = slideArea();
    Slide *slide = currentSlide();
    if (!slide || area.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Nothing to present: score a project first."));
        return;
    }
    const qreal ratio = devicePixelRatioF();
    if (m_cachedIndex != m_current || m_cache.size() != area.size() * ratio) {
        m_cache = QPixmap(area.size() * ratio);
        m_cache.setDevicePixelRatio(ratio);
        m_cache.fill(Qt::white);
        QPainter cachePainter(&m_cache);
        cachePainter.setRenderHint(QPainter::Antialiasing);
        cachePainter.setRenderHint(QPainter::TextAntialiasing);
        slide->render(&cachePainter, QRectF(QPointF(0, 0), QSizeF(area.size())), TextScale);
        m_cachedIndex = m_current;
    }
    painter.drawPixmap(area.topLeft(), m_cache);
}

void PresentationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PresentationWindow::updateControls()
{
    m_counter->setText(counterText());
    // As wide as the widest count, so the bar does not shift while paging.
    const QString widest = tr("%1 / %2").arg(slideCount()).arg(slideCount());
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(widest) + 8);
    m_counter->setAlignment(Qt::AlignCenter);
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < slideCount());
    if (Slide *slide = currentSlide())
        setWindowTitle(tr("Presentation — %1").arg(slide->title()));
}

void PresentationWindow::retranslate()
{
    m_previous->setText(tr("‹ Previous"));
    m_next->setText(tr("Next ›"));
    m_leave->setText(tr("Leave (Esc)"));
    m_previous->setToolTip(tr("Previous slide (Left, Page Up)"));
    m_next->setToolTip(tr("Next slide (Right, Page Down, Space)"));
    updateControls();
}

} // namespace Portrait::Ui
