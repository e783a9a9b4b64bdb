#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

HelpDialog::HelpDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_shortcuts(shortcuts)
    , m_topics(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"helpDialog"_s);
    setWindowTitle(tr("Portrait Help"));
    m_topics->setObjectName(u"helpTopics"_s);
    m_topics->addItems({ tr("Guide"), tr("What is RFM?"), tr("Keyboard shortcuts") });
    m_topics->setMaximumWidth(200);
    m_browser->setObjectName(u"helpText"_s);
    m_browser->setOpenExternalLinks(true);
    connect(m_topics, &QListWidget::currentRowChanged, this, [this](int row) {
        switch (Topic(row)) {
        case Topic::Guide:
            m_browser->setHtml(HelpTopics::guide());
            break;
        case Topic::Rfm:
            m_browser->setHtml(HelpTopics::rfm());
            break;
        case Topic::Shortcuts:
            m_browser->setHtml(HelpTopics::shortcuts(m_shortcuts));
            break;
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *row = new QHBoxLayout;
    row->addWidget(m_topics);
    row->addWidget(m_browser, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    resize(820, 600);
    showTopic(Topic::Guide);
}

void HelpDialog::showTopic(Topic topic)
{
    m_topics->setCurrentRow(int(topic));
}

HelpDialog::Topic HelpDialog::topic() const
{
    return Topic(m_topics->currentRow());
}

} // namespace Portrait::Ui
