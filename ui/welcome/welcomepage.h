#pragma once

#include <QDateTime>
#include <QFrame>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Portrait::Ui {

/// A project the analyst opened before, as the welcome screen lists it.
struct RecentProject
{
    QString path;
    qint64 size = -1;      ///< bytes; -1 when the file is gone
    QDateTime lastOpened;  ///< invalid when not known
};

/// The area of the welcome screen that takes a dropped project or data file; it lights up while a
/// file that it takes is dragged over it.
class DropZone : public QFrame
{
    Q_OBJECT

public:
    explicit DropZone(QWidget *parent = nullptr);
    /// .portrait projects and what the import wizard reads (CSV, TSV, TXT, XLSX, SQL dumps, SQLite).
    static bool takes(const QString &path);

Q_SIGNALS:
    void fileDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setHighlighted(bool on);
    QLabel *m_label;
};

/// What the window shows while no project is open: what Portrait does, the three ways in (import a
/// file, open a project, try the demo), the recent projects with size and last opening, and a
/// drop zone. The window does the work; the page only asks for it.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentProjects(const QList<RecentProject> &projects);
    QTreeWidget *recentView() const { return m_recent; }
    DropZone *dropZone() const { return m_drop; }

Q_SIGNALS:
    void importFileRequested();
    void openProjectRequested();
    void demoRequested();
    void recentProjectActivated(const QString &path);
    void fileDropped(const QString &path);

private:
    QPushButton *bigButton(const QString &text, const QString &detail, const QIcon &icon);

    QTreeWidget *m_recent = nullptr;
    QLabel *m_noRecent = nullptr;
    DropZone *m_drop = nullptr;
};

} // namespace Portrait::Ui
