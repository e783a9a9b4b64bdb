#pragma once

#include "slides.h"

#include <QPixmap>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Portrait::Ui {

/// Presentation mode: the report's slides one at a time, full screen and in large type, for a
/// meeting. Right/PageDown/Space go forward, Left/PageUp back, Home/End to the ends, Esc leaves.
/// Slides carry no personal data, so the screen can be shared as it is.
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    /// How much larger than on the dashboard type and marks are drawn.
    static constexpr qreal TextScale = 1.8;

    explicit PresentationWindow(SlideList slides, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    /// Shows the window full screen on the first slide.
    void present();

    int slideCount() const { return int(m_slides.size()); }
    int currentIndex() const { return m_current; }
    /// "3 / 12".
    QString counterText() const;
    /// The slide on screen; null when there are none.
    Slide *currentSlide() const;

    void setCurrentIndex(int index);
    void next() { setCurrentIndex(m_current + 1); }
    void previous() { setCurrentIndex(m_current - 1); }

Q_SIGNALS:
    void currentIndexChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect slideArea() const;
    void updateControls();
    void retranslate();

    SlideList m_slides;
    int m_current = 0;
    QWidget *m_controls = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_leave = nullptr;
    QLabel *m_counter = nullptr;
    /// The current slide as drawn, so repaints (a tooltip, the cursor) do not redraw a chart.
    QPixmap m_cache;
    int m_cachedIndex = -1;
};

} // namespace Portrait::Ui
