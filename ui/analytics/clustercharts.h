#pragma once

#include "analytics/clustering.h"

#include <QColor>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <array>
#include <vector>

namespace Portrait::Ui {

/// The colour of cluster index (0-based) on the scatter, the legend and the profiles table.
QColor clusterColor(int cluster);

/// Silhouette (and inertia) against k of a search over k; the chosen k is marked. A click on a
/// point asks for that k (kClicked) when it is one of the clickable ks.
class SilhouetteCurve : public QWidget
{
    Q_OBJECT

public:
    explicit SilhouetteCurve(QWidget *parent = nullptr);

    void setCandidates(const QList<Analytics::KCandidate> &candidates, int chosenK, const QList<int> &clickable);
    QSize sizeHint() const override { return { 320, 200 }; }
    /// The centre of k's point, for tests; null when k is not drawn.
    QPointF pointOf(int k) const;

Q_SIGNALS:
    void kClicked(int k);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect() const;
    int kAt(const QPointF &pos) const;

    QList<Analytics::KCandidate> m_candidates;
    QList<int> m_clickable;
    int m_chosen = 0;
};

/// Customers on the principal plane of the standardised features, coloured by cluster, with the
/// centroids numbered and a legend of the cluster names.
class ClusterScatter : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterScatter(QWidget *parent = nullptr);

    void setPoints(std::vector<std::array<double, 2>> points, std::vector<qint16> labels,
                   std::vector<std::array<double, 2>> centres, const QStringList &names,
                   const std::array<double, 2> &explained);
    void setNames(const QStringList &names);
    void clear();
    QSize sizeHint() const override { return { 420, 320 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintLegend(class QPainter &p, const QRectF &plot) const;

    std::vector<std::array<double, 2>> m_points;
    std::vector<qint16> m_labels;
    std::vector<std::array<double, 2>> m_centres;
    QStringList m_names;
    std::array<double, 2> m_explained { 0, 0 };
};

} // namespace Portrait::Ui
