#pragma once

#include "clean/identity.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Portrait::Ui {

/// The candidate groups of duplicate customers, each with the evidence of its links, for the
/// analyst to accept (merge) or reject (remember as different people). OK hands back both lists.
class DuplicateReviewDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicateReviewDialog(const Clean::DuplicateReport &report, QWidget *parent = nullptr);

    QList<Clean::CandidateGroup> acceptedGroups() const { return groupsDecided(Accept); }
    QList<Clean::CandidateGroup> rejectedGroups() const { return groupsDecided(Reject); }

private:
    enum Decision { Undecided, Accept, Reject };

    void decideSelected(Decision decision);
    void acceptExact();
    void setDecision(QTreeWidgetItem *group, Decision decision);
    void updateSummary();
    QList<Clean::CandidateGroup> groupsDecided(Decision decision) const;
    QTreeWidgetItem *groupItem(QTreeWidgetItem *item) const;

    QList<Clean::CandidateGroup> m_groups;
    QTreeWidget *m_tree;
    QLabel *m_summary;
};

} // namespace Portrait::Ui
