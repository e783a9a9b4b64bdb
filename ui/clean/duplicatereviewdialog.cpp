#include "duplicatereviewdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr int GroupRole = Qt::UserRole;
constexpr int DecisionRole = Qt::UserRole + 1;
enum Column { CustomerColumn, KeyColumn, ValueColumn, DecisionColumn };

} // namespace

DuplicateReviewDialog::DuplicateReviewDialog(const Clean::DuplicateReport &report, QWidget *parent)
    : QDialog(parent)
    , m_groups(report.groups)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Review duplicate customers"));
    resize(760, 520);
    m_tree->setObjectName(u"duplicateGroups"_s);
    m_tree->setHeaderLabels({ tr("Customer"), tr("Shared"), tr("Value"), tr("Decision") });
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const Clean::CandidateGroup &group = m_groups.at(g);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(CustomerColumn, tr("Group %1: %n customers", nullptr, int(group.members.size())).arg(g + 1));
        item->setText(KeyColumn, group.exact ? tr("exact keys") : tr("same name and city only"));
        item->setData(CustomerColumn, GroupRole, int(g));
        for (const Clean::CandidateMember &member : group.members) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(CustomerColumn, member.customer);
            child->setText(KeyColumn, &member == &group.members.first() ? tr("kept (imported first)")
                                                                       : Clean::matchKeyLabel(member.key));
            child->setText(ValueColumn, member.value);
        }
        setDecision(item, Undecided);
        item->setExpanded(g < 50);
    }
    if (!report.shared.isEmpty()) {
        QStringList shared;
        for (const Clean::SharedValue &value : report.shared)
            shared.append(tr("%1 (%2 customers)").arg(value.value).arg(value.customers));
        m_summary->setToolTip(tr("Values shared by too many customers to say who is who, not used: %1")
                                      .arg(shared.join(u", "_s)));
    }

    auto *accept = new QPushButton(tr("&Accept"), this);
    auto *reject = new QPushButton(tr("&Reject"), this);
    auto *acceptExact = new QPushButton(tr("Accept all &exact-key groups"), this);
    accept->setObjectName(u"acceptGroup"_s);
    reject->setObjectName(u"rejectGroup"_s);
    acceptExact->setObjectName(u"acceptExact"_s);
    connect(accept, &QPushButton::clicked, this, [this] { decideSelected(Accept); });
    connect(reject, &QPushButton::clicked, this, [this] { decideSelected(Reject); });
    connect(acceptExact, &QPushButton::clicked, this, &DuplicateReviewDialog::acceptExact);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge accepted"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(accept);
    row->addWidget(reject);
    row->addWidget(acceptExact);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Accepted groups are merged into the customer imported first; every order, "
                                    "survey answer and tag is kept and the other ids stay as aliases. Rejected "
                                    "groups are not proposed again."),
                                 this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addWidget(m_tree, 1);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateSummary();
}

QTreeWidgetItem *DuplicateReviewDialog::groupItem(QTreeWidgetItem *item) const
{
    return item && item->parent() ? item->parent() : item;
}

void DuplicateReviewDialog::setDecision(QTreeWidgetItem *group, Decision decision)
{
    group->setData(DecisionColumn, DecisionRole, int(decision));
    group->setText(DecisionColumn, decision == Accept ? tr("merge") : decision == Reject ? tr("different people") : QString());
}

void DuplicateReviewDialog::decideSelected(Decision decision)
{
    for (QTreeWidgetItem *item : m_tree->selectedItems())
        setDecision(groupItem(item), decision);
    updateSummary();
}

void DuplicateReviewDialog::acceptExact()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (m_groups.at(item->data(CustomerColumn, GroupRole).toInt()).exact)
            setDecision(item, Accept);
    }
    updateSummary();
}

QList<Clean::CandidateGroup> DuplicateReviewDialog::groupsDecided(Decision decision) const
{
    QList<Clean::CandidateGroup> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(DecisionColumn, DecisionRole).toInt() == decision)
            out.append(m_groups.at(item->data(CustomerColumn, GroupRole).toInt()));
    }
    return out;
}

void DuplicateReviewDialog::updateSummary()
{
    m_summary->setText(tr("%1 groups: %2 to merge, %3 rejected")
                               .arg(m_groups.size())
                               .arg(groupsDecided(Accept).size())
                               .arg(groupsDecided(Reject).size()));
}

} // namespace Portrait::Ui
