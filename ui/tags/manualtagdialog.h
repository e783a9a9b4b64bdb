#pragma once

#include "tags/dictionary.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Portrait::Ui {

/// Picks a tag set by hand (a tag without a rule and without child tags) to set on, or to remove
/// from, the customers selected on the customers page. Each such tag is listed by its full path
/// with how many of the selected customers have it already; the search box filters by path. With
/// nothing to pick, the dialog says why and how to add such a tag.
class ManualTagDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Assign, Remove };

    /// `customerKeys`: the selected customers; `manual`: who has which hand-set tag now.
    ManualTagDialog(Action action, const Tags::TagDictionary &dictionary, const Tags::ManualTags &manual,
                    const QStringList &customerKeys, bool chineseNames, QWidget *parent = nullptr);

    Action action() const { return m_action; }
    const QStringList &customerKeys() const { return m_keys; }
    /// The tag chosen; 0 when none is.
    qint64 selectedTagId() const;
    void selectTag(qint64 id);
    /// Why there is nothing to pick; empty when there is.
    QString noteText() const;
    QLineEdit *searchEdit() const { return m_search; }
    QTreeWidget *tagList() const { return m_list; }
    QPushButton *applyButton() const;

private:
    void fill(const Tags::TagDictionary &dictionary, const Tags::ManualTags &manual, bool chineseNames);
    void filter(const QString &text);
    void updateButton();

    Action m_action;
    QStringList m_keys;
    QLabel *m_intro = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Portrait::Ui
