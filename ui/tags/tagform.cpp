#include "tagform.h"

#include "ruleeditor.h"
#include "rulehelper.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

TagForm::TagForm(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_name = new QLineEdit(this);
    m_nameEn = new QLineEdit(this);
    m_definition = new QPlainTextEdit(this);
    m_definition->setTabChangesFocus(true);
    m_definition->setMaximumHeight(70);
    m_dataSource = new QLineEdit(this);
    m_refresh = new QLineEdit(this);
    m_owner = new QLineEdit(this);
    m_rule = new RuleEditor(this);
    m_rule->setPlaceholderText(tr("Empty: the tag is set by hand. Example: promo_share >= 0.6"));
    m_ruleHelper = new RuleHelper(m_rule, this);
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setDefault(true);
    m_revert = new QPushButton(tr("Revert"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("English name:"), m_nameEn);
    form->addRow(tr("Definition:"), m_definition);
    form->addRow(tr("Data source:"), m_dataSource);
    form->addRow(tr("Refresh rule:"), m_refresh);
    form->addRow(tr("Owner / note:"), m_owner);
    form->addRow(tr("Rule:"), m_rule);
    form->addRow(QString(), m_ruleHelper);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form, 1);
    layout->addLayout(buttons);

    for (QLineEdit *edit : { m_name, m_nameEn, m_dataSource, m_refresh, m_owner })
        connect(edit, &QLineEdit::textEdited, this, &TagForm::updateButtons);
    connect(m_definition, &QPlainTextEdit::textChanged, this, &TagForm::updateButtons);
    connect(m_rule, &RuleEditor::textEdited, this, &TagForm::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(editedNode()); });
    connect(m_revert, &QPushButton::clicked, this, [this] { setTag(m_shown.id ? &m_shown : nullptr, m_path); });
    setTag(nullptr, {});
}

void TagForm::setTag(const Tags::TagNode *node, const QString &path)
{
    m_shown = node ? *node : Tags::TagNode();
    m_path = path;
    m_title->setText(node ? path : tr("Select a tag to edit it."));
    m_name->setText(m_shown.name);
    m_nameEn->setText(m_shown.nameEn);
    m_definition->setPlainText(m_shown.definition);
    m_dataSource->setText(m_shown.dataSource);
    m_refresh->setText(m_shown.refreshRule);
    m_owner->setText(m_shown.ownerNote);
    m_rule->setText(m_shown.rule);
    m_rule->setWorkspace(m_workspace, m_path);
    for (QWidget *w : std::initializer_list<QWidget *> { m_name, m_nameEn, m_definition, m_dataSource, m_refresh,
                                                         m_owner, m_rule, m_ruleHelper })
        w->setEnabled(node != nullptr);
    updateButtons();
}

void TagForm::setWorkspace(std::shared_ptr<const Jobs::TagWorkspace> workspace)
{
    m_workspace = std::move(workspace);
    m_rule->setWorkspace(m_workspace, m_path);
    m_ruleHelper->setWorkspace(m_workspace);
}

Tags::TagNode TagForm::editedNode() const
{
    Tags::TagNode node = m_shown;
    node.name = m_name->text().trimmed();
    node.nameEn = m_nameEn->text().trimmed();
    node.definition = m_definition->toPlainText().trimmed();
    node.dataSource = m_dataSource->text().trimmed();
    node.refreshRule = m_refresh->text().trimmed();
    node.ownerNote = m_owner->text().trimmed();
    node.rule = m_rule->text().trimmed();
    return node;
}

bool TagForm::isDirty() const
{
    return m_shown.id != 0 && !(editedNode() == m_shown);
}

void TagForm::updateButtons()
{
    m_apply->setEnabled(isDirty());
    m_revert->setEnabled(isDirty());
}

} // namespace Portrait::Ui
