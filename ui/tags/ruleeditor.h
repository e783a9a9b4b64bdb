#pragma once

#include "common/error.h"
#include "jobs/tagworkspace.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace Portrait::Ui {

/// Edits one rule (or group) expression: syntax colours, and ~300 ms after the analyst stops
/// typing, the expression is checked and counted off the GUI thread. An error gets a red wavy
/// underline at its line:column and its message below; otherwise "N customers (x %)".
class RuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleEditor(QWidget *parent = nullptr);
    ~RuleEditor() override;

    QString text() const;
    /// Replaces the text without recording an undo step in the editor.
    void setText(const QString &text);
    /// What the expression is evaluated against; `excludedPath` is the tag being edited, which its
    /// own rule cannot name. Re-evaluates.
    void setWorkspace(std::shared_ptr<const Jobs::TagWorkspace> workspace, const QString &excludedPath = {});
    void setPlaceholderText(const QString &text);
    void setReadOnly(bool readOnly);

    /// The last evaluation's error; message empty when there is none.
    const Error &error() const { return m_error; }
    /// Members of the last successful evaluation (1/0 per customer); empty when none.
    const std::vector<quint8> &members() const { return m_members; }
    qint64 count() const { return m_count; }
    bool isEvaluating() const { return m_running; }
    QPlainTextEdit *textEdit() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }

    static constexpr int DebounceMs = 300;

Q_SIGNALS:
    void textEdited();
    /// An evaluation finished: count (or -1 on error) of `total` customers.
    void evaluated(qint64 count, qint64 total);

private:
    void scheduleEvaluation();
    void startEvaluation();
    void showResult(quint64 generation, const Result<std::vector<quint8>> &result);
    void markError(const Error &error);

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    std::shared_ptr<const Jobs::TagWorkspace> m_workspace;
    QString m_excludedPath;
    Error m_error;
    std::vector<quint8> m_members;
    qint64 m_count = -1;
    quint64 m_generation = 0;   ///< results of older evaluations are dropped
    bool m_running = false;
    bool m_settingText = false;
};

} // namespace Portrait::Ui
