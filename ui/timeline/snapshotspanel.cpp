#include "snapshotspanel.h"

#include "timelinecommands.h"
#include "timelinecontext.h"

#include "project/projectfile.h"
#include "project/snapshotstore.h"
#include "rfm/metrics.h"
#include "timeline/snapshotjob.h"
#include "workbench/workbenchsession.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

enum Column { Name, AsOf, TakenAt, Origin, Customers, Scored, ColumnCount };

QString dayText(Model::Day day)
{
    return day == Model::NoDay ? QString() : QDate::fromJulianDay(day).toString(Qt::ISODate);
}

} // namespace

/// A snapshot as the undo steps know it: its id (which changes each time it is saved again) and,
/// while it is deleted (by a delete, or by undoing its taking), its data, so that redo or undo
/// can save it again. Every step on one snapshot shares one of these (SnapshotsPanel::keptFor), so
/// a step still finds the snapshot after another step deleted and restored it under a new id.
struct KeptSnapshot
{
    // Written by the queue's thread as it saves and deletes (so that the next step queued reads
    // the id the previous one left), read by the panel when it looks a snapshot up.
    std::atomic<qint64> id = 0;
    std::atomic<bool> inProject = true;   ///< false while deleted (its id may then be given to another)
    std::optional<Timeline::Snapshot> data;
};

namespace {

/// Saves the kept snapshot again (its new id kept).
std::function<void()> savingKept(TimelineContext *context, std::shared_ptr<KeptSnapshot> kept)
{
    return [context, kept] {
        context->onProject<qint64>(
                [kept](Project::ProjectFile &project) -> Result<qint64> {
                    auto id = Project::SnapshotStore(project).save(*kept->data);
                    if (id) {
                        kept->id = *id;
                        kept->inProject = true;
                    }
                    return id;
                },
                [context](Result<qint64> id) {
                    if (!id)
                        Q_EMIT context->failed(id.error().toString());
                    Q_EMIT context->snapshotsChanged();
                });
    };
}

/// Reads the snapshot into kept, then deletes it from the project.
std::function<void()> removingKept(TimelineContext *context, std::shared_ptr<KeptSnapshot> kept)
{
    return [context, kept] {
        context->onProject<void>(
                [kept](Project::ProjectFile &project) -> Status {
                    Project::SnapshotStore store(project);
                    auto data = store.load(kept->id);
                    if (!data)
                        return data.error();
                    kept->data = data.takeValue();
                    Status removed = store.remove(kept->id);
                    if (removed)
                        kept->inProject = false;
                    return removed;
                },
                [context](Status status) {
                    if (!status)
                        Q_EMIT context->failed(status.error().toString());
                    Q_EMIT context->snapshotsChanged();
                });
    };
}

} // namespace

SnapshotsPanel::SnapshotsPanel(TimelineContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QHBoxLayout;
    form->addWidget(new QLabel(tr("Name:"), this));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"snapshotName"_s);
    m_name->setPlaceholderText(tr("e.g. Before the spring campaign"));
    form->addWidget(m_name, 1);
    form->addWidget(new QLabel(tr("As of:"), this));
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"snapshotDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    form->addWidget(m_date);
    m_take = new QPushButton(tr("&Take Snapshot"), this);
    m_take->setObjectName(u"takeSnapshot"_s);
    form->addWidget(m_take);
    layout->addLayout(form);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"snapshotTable"_s);
    m_table->setHorizontalHeaderLabels(
            { tr("Name"), tr("As of"), tr("Taken"), tr("Why"), tr("Customers"), tr("Scored") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_compare = new QPushButton(tr("&Compare the Two Selected"), this);
    m_compare->setObjectName(u"compareSnapshots"_s);
    m_status = new QLabel(this);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);

    connect(m_take, &QPushButton::clicked, this, [this] {
        take(m_name->text().trimmed(), Model::Day(m_date->date().toJulianDay()));
    });
    connect(m_rename, &QPushButton::clicked, this, &SnapshotsPanel::askRename);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotsPanel::deleteSelected);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
        if (rows.size() == 2)
            Q_EMIT compareRequested(m_snapshots.at(rows.first()).name, m_snapshots.at(rows.last()).name);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SnapshotsPanel::updateButtons);
    connect(context, &TimelineContext::snapshotsChanged, this, &SnapshotsPanel::reload);
    updateButtons();
}

void SnapshotsPanel::reload()
{
    if (const auto frame = m_context->session()->frame()) {
        const Model::Day asOf = Rfm::defaultAsOf(*frame);
        if (asOf != Model::NoDay)
            m_date->setDate(QDate::fromJulianDay(asOf));
    }
    if (m_context->projectPath().isEmpty()) {
        m_snapshots.clear();
        fill();
        return;
    }
    m_context->onProject<QList<Timeline::SnapshotInfo>>(
            [](Project::ProjectFile &project) { return Project::SnapshotStore(project).list(); },
            [this](Result<QList<Timeline::SnapshotInfo>> list) {
                if (!list) {
                    m_status->setText(list.error().toString());
                    return;
                }
                m_snapshots = list.takeValue();
                fill();
            });
}

void SnapshotsPanel::fill()
{
    const QLocale locale;
    m_table->setRowCount(int(m_snapshots.size()));
    for (int row = 0; row < m_snapshots.size(); ++row) {
        const Timeline::SnapshotInfo &s = m_snapshots.at(row);
        const QString cells[] = { s.name, dayText(s.asOf), locale.toString(s.takenAt.toLocalTime(), QLocale::ShortFormat),
                                  Timeline::originTitle(s.origin), locale.toString(s.customers),
                                  locale.toString(s.scored) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= Customers)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (m_snapshots.isEmpty()) {
        m_status->setText(tr("No snapshots yet. Take one here, at any past date; Portrait also takes one after "
                             "every import and refresh, so that you can see later who moved."));
    }
    updateButtons();
    Q_EMIT listChanged();
}

void SnapshotsPanel::updateButtons()
{
    const int picked = int(m_table->selectionModel()->selectedRows().size());
    m_rename->setEnabled(picked == 1);
    m_delete->setEnabled(picked == 1);
    m_compare->setEnabled(picked == 2);
    m_take->setEnabled(bool(m_context->session()->frame()));
}

const Timeline::SnapshotInfo *SnapshotsPanel::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    return &m_snapshots.at(rows.first().row());
}

void SnapshotsPanel::take(const QString &name, Model::Day asOf)
{
    const auto frame = m_context->session()->frame();
    if (!frame)
        return;
    const QString path = m_context->projectPath();
    const Jobs::RfmSettings settings = m_context->session()->settings();
    const QString wanted = name.isEmpty() ? tr("Snapshot of %1").arg(dayText(asOf)) : name;
    m_status->setText(tr("Taking “%1”…").arg(wanted));
    m_context->job()->start<Result<Timeline::SnapshotInfo>>(
            [path, frame, settings, asOf, wanted](ProgressSink &progress, const CancelToken &cancel)
                    -> Result<Timeline::SnapshotInfo> {
                auto project = TimelineContext::openProject(path);
                if (!project)
                    return project.error();
                return Timeline::takeSnapshot(**project, *frame, settings, asOf, wanted,
                                              Timeline::SnapshotOrigin::Manual, progress, cancel);
            },
            [this](Result<Timeline::SnapshotInfo> info) {
                if (!info) {
                    m_status->setText(info.error().toString());
                    return;
                }
                m_status->setText(tr("Took “%1”.").arg(info->name));
                const std::shared_ptr<KeptSnapshot> kept = keptFor(info->id);
                m_context->session()->undoStack()->push(
                        new QueuedCommand(tr("Take snapshot “%1”").arg(info->name), savingKept(m_context, kept),
                                          removingKept(m_context, kept), true));
                reload();
            });
}

std::shared_ptr<KeptSnapshot> SnapshotsPanel::keptFor(qint64 id)
{
    std::shared_ptr<KeptSnapshot> found;
    // Steps dropped from the undo stack leave expired entries: forget them on the way.
    m_kept.erase(std::remove_if(m_kept.begin(), m_kept.end(),
                                [&](const std::weak_ptr<KeptSnapshot> &weak) {
                                    auto kept = weak.lock();
                                    if (kept && kept->inProject && kept->id == id)
                                        found = kept;
                                    return !kept;
                                }),
                 m_kept.end());
    if (found)
        return found;
    found = std::make_shared<KeptSnapshot>();
    found->id = id;
    m_kept.push_back(found);
    return found;
}

void SnapshotsPanel::askRename()
{
    const Timeline::SnapshotInfo *s = selected();
    if (!s)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Snapshot"), tr("New name:"), QLineEdit::Normal,
                                               s->name, &ok);
    if (ok && !name.trimmed().isEmpty() && name.trimmed() != s->name)
        renameSelected(name.trimmed());
}

void SnapshotsPanel::renameSelected(const QString &name)
{
    const Timeline::SnapshotInfo *s = selected();
    if (!s)
        return;
    TimelineContext *context = m_context;
    const std::shared_ptr<KeptSnapshot> kept = keptFor(s->id);
    auto renameTo = [context, kept](const QString &to) {
        return [context, kept, to] {
            context->onProject<void>([kept, to](Project::ProjectFile &project) {
                return Project::SnapshotStore(project).rename(kept->id, to);
            },
                                     [context](Status status) {
                                         if (!status)
                                             Q_EMIT context->failed(status.error().toString());
                                         Q_EMIT context->snapshotsChanged();
                                     });
        };
    };
    m_context->session()->undoStack()->push(new QueuedCommand(tr("Rename snapshot “%1” to “%2”").arg(s->name, name),
                                                              renameTo(name), renameTo(s->name), false));
}

void SnapshotsPanel::deleteSelected()
{
    const Timeline::SnapshotInfo *s = selected();
    if (!s)
        return;
    const std::shared_ptr<KeptSnapshot> kept = keptFor(s->id);
    m_context->session()->undoStack()->push(new QueuedCommand(tr("Delete snapshot “%1”").arg(s->name),
                                                              removingKept(m_context, kept), savingKept(m_context, kept), false));
}

} // namespace Portrait::Ui
