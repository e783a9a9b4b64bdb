#pragma once

#include "jobs/tagworkspace.h"
#include "tags/dictionary.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace Portrait::Ui {

class RuleEditor;
class RuleHelper;

/// The side form of the tags page: one tag's names, definition, data source, refresh rule, owner
/// note and rule. Edits are applied as one step with Apply (applyRequested), which the page turns
/// into an undo command.
class TagForm : public QWidget
{
    Q_OBJECT

public:
    explicit TagForm(QWidget *parent = nullptr);

    /// Shows a tag (nullptr: none selected). `path` is its full path, used to keep its rule from
    /// naming itself.
    void setTag(const Tags::TagNode *node, const QString &path);
    void setWorkspace(std::shared_ptr<const Jobs::TagWorkspace> workspace);
    /// The form's content as a node (id of the shown tag).
    Tags::TagNode editedNode() const;
    bool isDirty() const;
    RuleEditor *ruleEditor() const { return m_rule; }
    RuleHelper *ruleHelper() const { return m_ruleHelper; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *applyButton() const { return m_apply; }

Q_SIGNALS:
    void applyRequested(const Portrait::Tags::TagNode &node);

private:
    void updateButtons();

    Tags::TagNode m_shown;
    QString m_path;
    std::shared_ptr<const Jobs::TagWorkspace> m_workspace;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QPlainTextEdit *m_definition = nullptr;
    QLineEdit *m_dataSource = nullptr;
    QLineEdit *m_refresh = nullptr;
    QLineEdit *m_owner = nullptr;
    RuleEditor *m_rule = nullptr;
    RuleHelper *m_ruleHelper = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Portrait::Ui
