#include "groupbuilder.h"

#include "ruleeditor.h"

#include "tags/groups.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

GroupBuilder::GroupBuilder(QWidget *parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_name = new QLineEdit(this);
    m_editor = new RuleEditor(this);
    m_editor->setPlaceholderText(tr("Example: has_tag(\"高价值\") and has_tag(\"沉睡\") and segment != \"Lost\""));
    m_description = new QLineEdit(this);
    m_new = new QPushButton(tr("New group"), this);
    m_save = new QPushButton(tr("Save group"), this);
    m_remove = new QPushButton(tr("Delete group"), this);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setToolTip(tr("Export the customers of this group as a list"));

    auto *editor = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Group name:"), m_name);
    form->addRow(tr("Condition:"), m_editor);
    form->addRow(tr("Description:"), m_description);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_export);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form, 1);
    editorLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_groups.size())
            showGroup(m_groups[row].name);
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        showGroup({});
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        Q_EMIT saveRequested(m_shownName, { m_name->text().trimmed(), m_editor->text().trimmed(),
                                            m_description->text().trimmed() });
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!m_shownName.isEmpty())
            Q_EMIT removeRequested(m_shownName);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString name = m_name->text().trimmed().isEmpty() ? tr("Group") : m_name->text().trimmed();
        Q_EMIT exportRequested(name, Tags::memberRows(m_editor->members()));
    });
    connect(m_name, &QLineEdit::textChanged, this, &GroupBuilder::updateButtons);
    connect(m_editor, &RuleEditor::evaluated, this, &GroupBuilder::updateButtons);
    connect(m_editor, &RuleEditor::textEdited, this, &GroupBuilder::updateButtons);
    showGroup({});
}

void GroupBuilder::setGroups(const QList<Tags::TagGroup> &groups, std::shared_ptr<const Jobs::TagWorkspace> workspace)
{
    m_groups = groups;
    m_workspace = std::move(workspace);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale locale;
    for (const Tags::TagGroup &g : m_groups) {
        QString label = g.name;
        if (m_workspace) {
            for (const Tags::GroupResult &r : m_workspace->groups) {
                if (r.name == g.name)
                    label = r.failed ? tr("%1 (error)").arg(g.name) : tr("%1 (%2)").arg(g.name, locale.toString(r.count));
            }
        }
        auto *item = new QListWidgetItem(label, m_list);
        item->setToolTip(g.description.isEmpty() ? g.expression : g.description + u"\n"_s + g.expression);
    }
    m_editor->setWorkspace(m_workspace);
    selectGroup(m_shownName);
}

void GroupBuilder::selectGroup(const QString &name)
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].name == name) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(i);
            // Keep what the analyst is typing when the same group is only re-listed.
            if (m_shownName != name)
                showGroup(name);
            return;
        }
    }
    if (!m_shownName.isEmpty())
        showGroup({});
}

void GroupBuilder::showGroup(const QString &name)
{
    Tags::TagGroup group;
    for (const Tags::TagGroup &g : std::as_const(m_groups)) {
        if (g.name == name)
            group = g;
    }
    m_shownName = group.name;
    m_name->setText(group.name);
    m_editor->setText(group.expression);
    m_description->setText(group.description);
    updateButtons();
}

void GroupBuilder::updateButtons()
{
    m_save->setEnabled(!m_name->text().trimmed().isEmpty() && !m_editor->text().trimmed().isEmpty());
    m_remove->setEnabled(!m_shownName.isEmpty());
    m_export->setEnabled(!m_editor->members().empty() && m_editor->error().message.isEmpty()
                         && !m_editor->isEvaluating());
}

} // namespace Portrait::Ui
