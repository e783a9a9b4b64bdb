#include "platformnotice.h"

#include "importsession.h"
#include "io/orderstatus.h"
#include "io/platformvocabulary.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Portrait::Io::Role;

namespace Portrait::Ui {

namespace {

bool lacksCustomer(const ImportSession &session)
{
    return session.options.kind == Jobs::SourceKind::Orders && !session.mapping.has(Role::CustomerId);
}

/// The masked samples of the customer id column ("t**1", …), empty when none is masked.
QStringList maskedSamples(const ImportSession &session)
{
    const int column = session.mapping.column(Role::CustomerId);
    QStringList masked;
    if (column < 0 || column >= session.plan->inspection.columns.size())
        return masked;
    for (const QString &sample : session.plan->inspection.columns.at(column).samples) {
        if (Io::looksMaskedId(sample.toUtf8()))
            masked.append(sample);
    }
    return masked;
}

} // namespace

PlatformNotice::PlatformNotice(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_orderLevelOnly(new QCheckBox(this))
{
    setObjectName(u"platformNotice"_s);
    m_label->setObjectName(u"platformNoticeText"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_orderLevelOnly->setObjectName(u"orderLevelOnly"_s);
    m_orderLevelOnly->setText(tr("Import for order-level analysis only (no customers)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_orderLevelOnly);
    connect(m_orderLevelOnly, &QCheckBox::toggled, this, &PlatformNotice::choiceChanged);
    hide();
}

void PlatformNotice::update(const ImportSession &session)
{
    if (!session.plan) {
        hide();
        return;
    }
    QStringList paragraphs;
    const QString &platform = session.plan->platform;
    if (!platform.isEmpty()) {
        paragraphs.append(tr("<b>Looks like a %1 order export.</b> The roles below are its preset mapping; change any "
                             "of them.")
                                  .arg(Io::platformName(platform).toHtmlEscaped()));
    }
    if (const QStringList masked = maskedSamples(session); !masked.isEmpty()) {
        paragraphs.append(tr("The buyer ids are masked (%1): different buyers whose ids look alike will be merged "
                             "into one customer.")
                                  .arg(masked.join(tr(", ")).toHtmlEscaped()));
    }
    const bool noCustomer = lacksCustomer(session);
    if (noCustomer) {
        paragraphs.append(tr("<b>This file has no customer id column</b> — shop platforms' anonymised reports leave "
                             "it out. Portrait cannot build customer profiles, RFM scores or tags from it, but it can "
                             "import its orders for order-level analysis on the Data page: orders by province and "
                             "day, payment conversion and refund share."));
    }
    // Offered checked when the file itself names no customer; unchecked when the analyst took a
    // proposed customer id away, so that is a choice and not a slip.
    if (m_planKey != session.planKey) {
        m_planKey = session.planKey;
        const QSignalBlocker blocker(m_orderLevelOnly);
        m_orderLevelOnly->setChecked(!session.plan->proposed.has(Role::CustomerId));
    }
    m_orderLevelOnly->setVisible(noCustomer);
    m_label->setText(paragraphs.join(u"<br>"_s));
    setVisible(!paragraphs.isEmpty());
}

bool PlatformNotice::allowsImport(const ImportSession &session) const
{
    return !lacksCustomer(session) || m_orderLevelOnly->isChecked();
}

} // namespace Portrait::Ui
