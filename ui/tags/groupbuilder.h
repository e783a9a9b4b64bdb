#pragma once

#include "jobs/tagworkspace.h"
#include "tags/dictionary.h"

#include <QWidget>

#include <vector>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace Portrait::Ui {

class RuleEditor;

/// Builds groups (audiences, 人群): a name and an expression in the rule language over tags,
/// segments and features, with a live count, saved into the dictionary and exported as rows.
class GroupBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit GroupBuilder(QWidget *parent = nullptr);

    /// Lists the dictionary's groups with their counts from the workspace.
    void setGroups(const QList<Tags::TagGroup> &groups, std::shared_ptr<const Jobs::TagWorkspace> workspace);
    void selectGroup(const QString &name);
    RuleEditor *editor() const { return m_editor; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *exportButton() const { return m_export; }

Q_SIGNALS:
    /// Save: replace the group `oldName` (empty: a new group) by `group`.
    void saveRequested(const QString &oldName, const Portrait::Tags::TagGroup &group);
    void removeRequested(const QString &name);
    void exportRequested(const QString &name, const std::vector<qint32> &rows);

private:
    void showGroup(const QString &name);
    void updateButtons();

    QList<Tags::TagGroup> m_groups;
    std::shared_ptr<const Jobs::TagWorkspace> m_workspace;
    QString m_shownName;        ///< the group in the fields; empty for a new one
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    RuleEditor *m_editor = nullptr;
    QLineEdit *m_description = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace Portrait::Ui
