#pragma once

#include "project/orderlevelstore.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace Portrait::Ui {

/// The Data page's order-level analysis of one source: what a shop-platform report tells even
/// without customer ids (payment conversion, refund share, orders by province and by day) and the
/// orders that are not purchases, listed with their status. Hidden for sources without it.
class OrderLevelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OrderLevelPanel(QWidget *parent = nullptr);

    /// Loads the source's order-level rows off the GUI thread (a read-only connection of its own).
    void showSource(const QString &projectPath, qint64 sourceId);
    void clear();

    const Project::OrderLevelSummary &summary() const { return m_summary; }
    QLabel *headline() const { return m_headline; }
    const QStandardItemModel *provinceModel() const { return m_provinces; }
    const QStandardItemModel *dayModel() const { return m_days; }
    const QStandardItemModel *notPurchaseModel() const { return m_notPurchases; }

Q_SIGNALS:
    /// The selected source's rows are shown (or the panel hid itself: the source has none).
    void loaded();

private:
    void showSummary(const Project::OrderLevelSummary &summary);
    void fillGroups();
    void fillNotPurchases();

    Project::OrderLevelSummary m_summary;
    QLabel *m_headline;
    QTabWidget *m_tabs;
    QStandardItemModel *m_provinces;
    QStandardItemModel *m_days;
    QStandardItemModel *m_notPurchases;
    int m_request = 0;
};

} // namespace Portrait::Ui
