#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Portrait::Ui {

/// What a page shows when it has nothing to show yet: a heading, a sentence on what to do next, and
/// buttons that do it (import a file, install the starter dictionary, …), centred on the page.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setText(const QString &heading, const QString &body);
    QString heading() const;
    QString body() const;
    /// Adds a button below the text; the first one added is the default action.
    QPushButton *addButton(const QString &text);
    /// Hides every button, then shows these.
    void showButtons(const QList<QPushButton *> &buttons);
    /// Room for a preview or details below the buttons.
    void addWidget(QWidget *widget, int stretch = 0);

private:
    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
    QWidget *m_buttonRow = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QList<QPushButton *> m_buttons;
};

} // namespace Portrait::Ui
