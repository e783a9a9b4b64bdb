#pragma once

#include "common/error.h"
#include "rfm/segmentscheme.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Portrait::Ui {

class SchemeRulesModel;

/// Edits a segment scheme: its ordered rules (bounds, colour, suggested action), its levels and
/// fallback, with the linter's findings (unreachable rules, uncovered cells) shown as you type.
/// Imports and exports scheme files. The caller takes scheme() when the dialog is accepted.
class SchemeEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SchemeEditorDialog(const Rfm::SegmentScheme &scheme, bool chinese, QWidget *parent = nullptr);

    Rfm::SegmentScheme scheme() const;
    SchemeRulesModel *rulesModel() const { return m_model; }
    QTableView *rulesView() const { return m_view; }
    /// The linter's findings as shown, one line each; empty when the scheme is clean.
    QStringList lintMessages() const;

    /// Replaces the scheme with a file's; errors are returned, not shown.
    Status importFrom(const QString &path);
    Status exportTo(const QString &path) const;

private:
    QWidget *buildHeader();
    QWidget *buildRuleButtons();
    void showScheme();
    void relint();
    void updateButtons();
    int currentRow() const;
    void pickColor(int row);
    void importWithDialog();
    void exportWithDialog();

    bool m_chinese = false;
    SchemeRulesModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QListWidget *m_lint = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameZh = nullptr;
    QSpinBox *m_levels = nullptr;
    QComboBox *m_basis = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_fallback = nullptr;
    QLineEdit *m_fallbackZh = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace Portrait::Ui
