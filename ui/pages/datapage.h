#pragma once

#include "project/projectsummary.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Portrait::Ui {

class OrderLevelPanel;
class SourcesModel;

/// The project's data: totals, the imported sources, and the rows each source rejected with the
/// reason, row and column — nothing an import dropped is out of the analyst's sight.
class DataPage : public QWidget
{
    Q_OBJECT

public:
    explicit DataPage(QWidget *parent = nullptr);

    void setProject(const QString &path, const Project::ProjectSummary &summary);
    void clear();
    void selectSource(qint64 sourceId);
    SourcesModel *sourcesModel() const { return m_sources; }
    /// The rejected rows shown for the selected source (after loading finished).
    const QStandardItemModel *rejectedModel() const { return m_rejected; }
    /// The selected source's order-level analysis (hidden for a source without it).
    OrderLevelPanel *orderLevelPanel() const { return m_orderLevel; }

Q_SIGNALS:
    void importRequested();
    void refreshRequested(qint64 sourceId);
    /// Remove Source…: the window confirms, then removes the source (one undoable step).
    void removeRequested(qint64 sourceId);
    void rejectedRowsLoaded();

private:
    void showRejected(qint64 sourceId);

    QString m_path;
    SourcesModel *m_sources = nullptr;
    QStandardItemModel *m_rejected = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_rejectedTitle = nullptr;
    QTableView *m_sourceView = nullptr;
    QTableView *m_rejectedView = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_refresh = nullptr;
    OrderLevelPanel *m_orderLevel = nullptr;
    QPushButton *m_remove = nullptr;
    int m_request = 0;
};

} // namespace Portrait::Ui
