#include "emptystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
    , m_buttonRow(new QWidget(this))
{
    setObjectName(u"emptyState"_s);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    // Wide enough for a sentence or two on few lines; a word-wrapped label only gets its height
    // right when the layout gives it a width, not an alignment.
    m_body->setMinimumWidth(420);
    m_body->setMaximumWidth(640);
    auto *bodyRow = new QHBoxLayout;
    bodyRow->addStretch(1);
    bodyRow->addWidget(m_body, 4);
    bodyRow->addStretch(1);
    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 8, 0, 8);
    buttons->addStretch(1);
    buttons->addStretch(1);
    m_layout = new QVBoxLayout(this);
    m_layout->addStretch(1);
    m_layout->addWidget(m_heading);
    m_layout->addLayout(bodyRow);
    m_layout->addWidget(m_buttonRow);
    m_layout->addStretch(1);
}

void EmptyState::setText(const QString &heading, const QString &body)
{
    m_heading->setText(heading);
    m_body->setText(body);
    m_body->setVisible(!body.isEmpty());
}

QString EmptyState::heading() const
{
    return m_heading->text();
}

QString EmptyState::body() const
{
    return m_body->text();
}

QPushButton *EmptyState::addButton(const QString &text)
{
    auto *button = new QPushButton(text, m_buttonRow);
    button->setMinimumHeight(button->sizeHint().height() * 5 / 4);
    if (m_buttons.isEmpty())
        button->setDefault(true);
    auto *row = static_cast<QHBoxLayout *>(m_buttonRow->layout());
    row->insertWidget(row->count() - 1, button);
    m_buttons.append(button);
    return button;
}

void EmptyState::showButtons(const QList<QPushButton *> &buttons)
{
    for (QPushButton *button : std::as_const(m_buttons))
        button->setVisible(buttons.contains(button));
}

void EmptyState::addWidget(QWidget *widget, int stretch)
{
    // Before the closing stretch: details stay under the buttons.
    m_layout->insertWidget(m_layout->count() - 1, widget, stretch);
}

} // namespace Portrait::Ui
