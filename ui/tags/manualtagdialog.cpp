#include "manualtagdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr int TagIdRole = Qt::UserRole;
constexpr int SearchTextRole = Qt::UserRole + 1;

} // namespace

ManualTagDialog::ManualTagDialog(Action action, const Tags::TagDictionary &dictionary, const Tags::ManualTags &manual,
                                 const QStringList &customerKeys, bool chineseNames, QWidget *parent)
    : QDialog(parent), m_action(action), m_keys(customerKeys)
{
    const int selected = int(customerKeys.size());
    const bool assign = action == Action::Assign;
    setWindowTitle(assign ? tr("Tag Selected Customers") : tr("Remove Tag from Selected Customers"));
    m_intro = new QLabel(assign ? tr("Set a tag by hand on the %n selected customer(s):", nullptr, selected)
                                : tr("Remove a hand-set tag from the %n selected customer(s):", nullptr, selected),
                         this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search tags"));
    m_search->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({ tr("Tag"), tr("Selected customers with it") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    applyButton()->setText(assign ? tr("Set Tag") : tr("Remove Tag"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(560, 420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ManualTagDialog::filter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ManualTagDialog::updateButton);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (applyButton()->isEnabled())
            accept();
    });
    fill(dictionary, manual, chineseNames);
}

void ManualTagDialog::fill(const Tags::TagDictionary &dictionary, const Tags::ManualTags &manual, bool chineseNames)
{
    const int selected = int(m_keys.size());
    bool anyHandSet = false;
    for (const Tags::TagNode &node : dictionary.tags()) {
        // A tag with a rule is set by its rule only; a category holds tags and is not set itself.
        if (node.hasRule() || dictionary.hasChildren(node.id))
            continue;
        anyHandSet = true;
        const QSet<QString> having = manual.value(node.id);
        const int with = int(std::count_if(m_keys.begin(), m_keys.end(),
                                           [&having](const QString &key) { return having.contains(key); }));
        if (m_action == Action::Remove && with == 0)
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        const QString shown = dictionary.displayPath(node.id, chineseNames);
        item->setText(0, shown);
        item->setText(1, tr("%1 of %2").arg(with).arg(selected));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, node.definition.isEmpty() ? dictionary.path(node.id) : node.definition);
        item->setData(0, TagIdRole, node.id);
        // Either spelling of the path finds it: "价值等级/重点客户" as rules write it, or as shown.
        item->setData(0, SearchTextRole, QString(dictionary.path(node.id) + u'\n' + shown));
    }
    const bool empty = m_list->topLevelItemCount() == 0;
    if (!anyHandSet) {
        m_note->setText(tr("The tag dictionary has no tag that is set by hand. To add one, open the Tags page, "
                           "click Add tag and leave the new tag's rule empty; then select customers here again."));
    } else if (empty) {
        m_note->setText(tr("None of the selected customers has a tag set by hand."));
    }
    m_note->setVisible(empty);
    m_search->setVisible(!empty);
    m_list->setVisible(!empty);
    if (!empty)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButton();
    m_search->setFocus();
}

qint64 ManualTagDialog::selectedTagId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(0, TagIdRole).toLongLong() : 0;
}

void ManualTagDialog::selectTag(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, TagIdRole).toLongLong() == id && !item->isHidden())
            m_list->setCurrentItem(item);
    }
}

QString ManualTagDialog::noteText() const
{
    return m_list->topLevelItemCount() == 0 ? m_note->text() : QString();
}

QPushButton *ManualTagDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ManualTagDialog::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    QTreeWidgetItem *firstShown = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool shown = item->data(0, SearchTextRole).toString().contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    // Typing narrows the list: keep a shown tag current, so Enter applies what the analyst sees.
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
    updateButton();
}

void ManualTagDialog::updateButton()
{
    applyButton()->setEnabled(selectedTagId() != 0);
}

} // namespace Portrait::Ui
