#pragma once

#include "jobs/tagworkspace.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QPushButton;

namespace Portrait::Ui {

class RuleEditor;

/// Beside the rule editor, for an analyst who does not know the rule language's names yet: a field
/// picker (every feature a rule can use, its definition as the tooltip) and a value box that offers
/// and completes the field's values (the texts customers have, most common first; true and false; a
/// number's quartiles). Insert writes `field = "value"`, `field >= value` or the field alone at the
/// editor's cursor.
class RuleHelper : public QWidget
{
    Q_OBJECT

public:
    RuleHelper(RuleEditor *editor, QWidget *parent = nullptr);

    /// The features offered; none (Insert disabled) while there is no workspace.
    void setWorkspace(std::shared_ptr<const Jobs::TagWorkspace> workspace);

    QComboBox *fieldBox() const { return m_field; }
    QComboBox *valueBox() const { return m_value; }
    QPushButton *insertButton() const { return m_insert; }
    /// What Insert writes for the field and value chosen now.
    QString insertion() const;

    /// The values offered for a feature: text values by how many customers have them (at most
    /// limit), "true"/"false", or the quartiles and the 90th percentile of a number.
    static QStringList suggestedValues(const Tags::FeatureTable &features, int column, int limit = 200);

private:
    void fillFields();
    void fillValues();
    int currentColumn() const;

    RuleEditor *m_editor = nullptr;
    std::shared_ptr<const Jobs::TagWorkspace> m_workspace;
    QComboBox *m_field = nullptr;
    QComboBox *m_value = nullptr;
    QPushButton *m_insert = nullptr;
};

} // namespace Portrait::Ui
