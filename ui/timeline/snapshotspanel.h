#pragma once

#include "timeline/snapshot.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Portrait::Ui {

struct KeptSnapshot;

class TimelineContext;

/// The project's snapshots: take one (as of a date, with the workbench's scoring), rename or
/// delete one, each undoable from the Edit menu; pick two to compare.
class SnapshotsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SnapshotsPanel(TimelineContext *context, QWidget *parent = nullptr);

    /// Reads the list again (after a project was opened or a snapshot changed).
    void reload();
    const QList<Timeline::SnapshotInfo> &snapshots() const { return m_snapshots; }
    QTableWidget *table() const { return m_table; }
    /// Takes a snapshot named name as of asOf (NoDay: the scoring's default date).
    void take(const QString &name, Model::Day asOf);
    void renameSelected(const QString &name);
    void deleteSelected();

Q_SIGNALS:
    /// The list was read: the snapshots, oldest first.
    void listChanged();
    /// "Compare": the two selected snapshots' names, older first.
    void compareRequested(const QString &from, const QString &to);

private:
    void fill();
    void updateButtons();
    const Timeline::SnapshotInfo *selected() const;
    void askRename();
    /// What the undo steps share of the snapshot with this id now.
    std::shared_ptr<KeptSnapshot> keptFor(qint64 id);

    TimelineContext *m_context;
    QList<Timeline::SnapshotInfo> m_snapshots;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_take = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_status = nullptr;
    std::vector<std::weak_ptr<KeptSnapshot>> m_kept;
};

} // namespace Portrait::Ui
