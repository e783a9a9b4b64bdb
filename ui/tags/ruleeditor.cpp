#include "ruleeditor.h"

#include "rulehighlighter.h"

#include "tags/groups.h"

#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

/// UTF-16 offset in `line` of a 1-based column counted in code points, as the lexer counts.
int offsetOfColumn(const QString &line, int column)
{
    int offset = 0;
    for (int c = 1; c < column && offset < line.size(); ++c)
        offset += line.at(offset).isHighSurrogate() && offset + 1 < line.size() ? 2 : 1;
    return offset;
}

} // namespace

RuleEditor::RuleEditor(QWidget *parent) : QWidget(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(60);
    new RuleHighlighter(m_edit->document());
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RuleEditor::startEvaluation);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            Q_EMIT textEdited();
        scheduleEvaluation();
    });
}

RuleEditor::~RuleEditor() = default;

QString RuleEditor::text() const
{
    return m_edit->toPlainText();
}

void RuleEditor::setText(const QString &text)
{
    if (text == m_edit->toPlainText())
        return;
    m_settingText = true;
    m_edit->setPlainText(text);
    m_settingText = false;
}

void RuleEditor::setWorkspace(std::shared_ptr<const Jobs::TagWorkspace> workspace, const QString &excludedPath)
{
    m_workspace = std::move(workspace);
    m_excludedPath = excludedPath;
    scheduleEvaluation();
}

void RuleEditor::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void RuleEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void RuleEditor::scheduleEvaluation()
{
    ++m_generation;   // whatever is running now is out of date
    m_debounce->start();
}

void RuleEditor::startEvaluation()
{
    const QString expression = text();
    const quint64 generation = m_generation;
    if (expression.trimmed().isEmpty() || !m_workspace || !m_workspace->features) {
        m_error = {};
        m_members.clear();
        m_count = -1;
        m_edit->setExtraSelections({});
        m_status->clear();
        return;
    }
    m_running = true;
    m_status->setText(tr("Counting…"));
    auto *watcher = new QFutureWatcher<Result<std::vector<quint8>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        showResult(generation, watcher->result());
        watcher->deleteLater();
    });
    // The workspace is shared and immutable: the worker reads it while the GUI goes on.
    watcher->setFuture(QtConcurrent::run([workspace = m_workspace, expression, excluded = m_excludedPath] {
        return Tags::evaluateCondition(expression, *workspace->features, workspace->context, workspace->tagging,
                                       excluded);
    }));
}

void RuleEditor::showResult(quint64 generation, const Result<std::vector<quint8>> &result)
{
    if (generation != m_generation)
        return;   // the text or the workspace changed meanwhile; a newer evaluation is on its way
    m_running = false;
    const qint64 total = m_workspace ? m_workspace->tagging.customers : 0;
    if (!result) {
        m_error = result.error();
        m_members.clear();
        m_count = -1;
        markError(m_error);
        Q_EMIT evaluated(-1, total);
        return;
    }
    m_error = {};
    m_members = *result;
    m_count = Tags::countMembers(m_members);
    m_edit->setExtraSelections({});
    const QLocale locale;
    const QString share = total > 0 ? locale.toString(100.0 * double(m_count) / double(total), 'f', 1) : u"0"_s;
    m_status->setStyleSheet({});
    m_status->setText(tr("%1 customers (%2 %)").arg(locale.toString(m_count), share));
    Q_EMIT evaluated(m_count, total);
}

void RuleEditor::markError(const Error &error)
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = m_edit->document()->findBlockByNumber(int(std::max<qint64>(error.row, 1)) - 1);
    if (block.isValid()) {
        QTextCursor cursor(block);
        const int offset = offsetOfColumn(block.text(), std::max(error.column, 1));
        // Underline the word at the error, or the character before the end when it is at the end.
        cursor.setPosition(block.position() + std::min(offset, int(block.text().size())));
        cursor.select(QTextCursor::WordUnderCursor);
        if (!cursor.hasSelection()) {
            cursor.setPosition(block.position() + std::max(0, std::min(offset, int(block.text().size())) - 1));
            cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(Qt::red);
        selections.append(selection);
    }
    m_edit->setExtraSelections(selections);
    m_status->setStyleSheet(u"color: #b00020;"_s);
    m_status->setText(tr("Line %1, column %2: %3").arg(error.row).arg(error.column).arg(error.message));
}

} // namespace Portrait::Ui
