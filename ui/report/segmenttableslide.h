#pragma once

#include "slides.h"

#include <QColor>

namespace Portrait::Ui {

/// The segment table with actions: per segment its customers, shares, median R/F/M and what to do
/// with them. Type shrinks until every row and column fits the page.
class SegmentTableSlide : public Slide
{
public:
    SegmentTableSlide(const Rfm::RfmResult &result, bool chineseNames, Currency currency = Currency::None);

    QString title() const override;
    QStringList texts() const override;
    void render(QPainter *painter, const QRectF &target, qreal textScale) override;

    /// Column headings, then one row of cell texts per segment shown.
    QStringList headers() const;
    const QList<QStringList> &rows() const { return m_rows; }

private:
    struct Layout;
    /// The largest type (and two-line actions if they fit in readable type) that fits body.
    Layout layout(QPainter *painter, const QRectF &body) const;
    /// The table at `factor` times the application's type size, actions on `actionLines` lines.
    Layout layoutAt(QPainter *painter, const QRectF &body, qreal factor, int actionLines) const;

    Currency m_currency = Currency::None;
    QList<QStringList> m_rows;
    QList<QColor> m_colors;
};

} // namespace Portrait::Ui
