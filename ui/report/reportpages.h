#pragma once

#include "slides.h"

namespace Portrait::Ui {

/// A page of sentences or lines: a heading, then paragraphs set as large as the page allows
/// (up to twice the dashboard's type), so a short page is not half empty. Columns side by side
/// when more than one is given.
class TextSlide : public Slide
{
public:
    TextSlide(QString title, QList<QStringList> columns);

    QString title() const override { return m_title; }
    QStringList texts() const override;
    void render(QPainter *painter, const QRectF &target, qreal textScale) override;

    const QList<QStringList> &columns() const { return m_columns; }
    /// The type size factor the last render chose (for tests: the page is filled, not tiny).
    qreal lastFactor() const { return m_lastFactor; }
    /// The share of the page's height the text took in the last render.
    qreal lastFill() const { return m_lastFill; }

private:
    QString m_title;
    QList<QStringList> m_columns;
    qreal m_lastFactor = 0;
    qreal m_lastFill = 0;
};

/// The first page after the title: what the data shows, in sentences (largest segment, revenue
/// concentration, value at risk, the segment that shrank the most since 90 days earlier).
QStringList findingSentences(const ReportHeader &header, const Rfm::RfmResult &result,
                             const Rfm::RfmResult *earlier);
/// How the customers were scored: as-of, window, frequency, spend and returns, the method and
/// its cut points (left); the scheme's rules in order (right).
QList<QStringList> methodColumns(const ReportHeader &header, const Rfm::RfmResult &result);
/// What the data holds and what was left out: customers, orders, dates, customers not scored,
/// returns, customers below zero, orders after the as-of date.
QStringList dataQualityLines(const ReportHeader &header, const Rfm::RfmResult &result);

/// The scoring the findings compare with: the same settings and cut points, daysBefore earlier.
/// Nullopt when there is nothing to compare (no frame or settings, or nobody scored then).
std::optional<Rfm::RfmResult> earlierScoring(const ReportHeader &header, const Rfm::RfmResult &result,
                                             int daysBefore = 90);

} // namespace Portrait::Ui
