#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace Portrait::Ui {

class CampaignPanel;
class MigrationPanel;
class SnapshotsPanel;
class TimelineContext;
class TrendPanel;
class WorkbenchSession;

/// The Timeline page: segments at any date. Snapshots of the project, who moved between two of
/// them (or two dates), how the segments grew and shrank over time, and campaigns with control
/// groups. Every analysis runs off the GUI thread, with progress and Cancel on the page.
class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(WorkbenchSession *session, QWidget *parent = nullptr);
    ~TimelinePage() override;

    SnapshotsPanel *snapshots() const { return m_snapshots; }
    MigrationPanel *migration() const { return m_migration; }
    TrendPanel *trend() const { return m_trend; }
    CampaignPanel *campaigns() const { return m_campaigns; }
    TimelineContext *context() const { return m_context; }
    QTabWidget *sections() const { return m_sections; }
    /// After a refresh: compares the two snapshots taken last and shows what moved.
    void showLatestMoves();
    bool isBusy() const;

Q_SIGNALS:
    void customersRequested(const std::vector<qint32> &rows, const QString &label);
    void exportRequested(const QString &name, const std::vector<qint32> &rows);

private:
    void onProjectChanged();

    WorkbenchSession *m_session;
    TimelineContext *m_context;
    QTabWidget *m_sections = nullptr;
    SnapshotsPanel *m_snapshots = nullptr;
    MigrationPanel *m_migration = nullptr;
    TrendPanel *m_trend = nullptr;
    CampaignPanel *m_campaigns = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Portrait::Ui
