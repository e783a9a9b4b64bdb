#include "customercard.h"

#include "cardtext.h"
#include "ordertimeline.h"

#include "charts/segmentpalette.h"
#include "format/displayformat.h"
#include "settings/personaldata.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

constexpr int MinimumOrderRows = 8;

QLabel *richLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Selectable, and its links (reveal the contact, a rule's exact bounds) clickable too.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard
                                   | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    return label;
}

QGroupBox *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

CustomerCard::CustomerCard(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Customer"));
    setObjectName(u"customerCard"_s);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_subtitle = richLabel(this);
    m_attributes = richLabel(this);
    m_explanation = richLabel(this);
    m_explanation->setObjectName(u"explanation"_s);
    m_preferences = richLabel(this);
    m_lifetimeText = richLabel(this);
    m_lifetimeText->setObjectName(u"lifetime"_s);
    m_tagList = richLabel(this);
    m_timeline = new OrderTimeline(this);
    m_orders = new QTableWidget(0, 6, this);
    m_orders->setObjectName(u"cardOrders"_s);
    m_orders->verticalHeader()->hide();
    m_orders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_orders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orders->horizontalHeader()->setStretchLastSection(true);
    m_orders->setWordWrap(false);
    m_orders->verticalHeader()->setDefaultSectionSize(m_orders->fontMetrics().height() + 8);
    m_orders->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    for (QLabel *label : { m_attributes, m_explanation })
        connect(label, &QLabel::linkActivated, this, &CustomerCard::onLink);
    // A rule in words gets its exact bounds as a tooltip.
    connect(m_explanation, &QLabel::linkHovered, this, [this](const QString &link) {
        const QString tip = linkToolTip(link);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), tip, m_explanation);
    });
    connect(&PersonalData::instance(), &PersonalData::revealedChanged, this, &CustomerCard::refresh);

    m_previous = new QPushButton(tr("‹ &Previous"), this);
    m_next = new QPushButton(tr("&Next ›"), this);
    m_previous->setToolTip(tr("Previous customer of the list (Page Up)"));
    m_next->setToolTip(tr("Next customer of the list (Page Down)"));
    m_counter = new QLabel(this);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPosition(m_position - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPosition(m_position + 1); });
    auto *up = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    connect(up, &QShortcut::activated, m_previous, &QPushButton::click);
    auto *down = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    connect(down, &QShortcut::activated, m_next, &QPushButton::click);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QVBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    // Who and the preferences on the left, why on the right; orders and tags share the bottom, so
    // every line of text has its height in a window of 860 × 760.
    auto *left = new QVBoxLayout;
    left->addWidget(section(tr("Who"), m_attributes, this));
    left->addWidget(section(tr("Preferences and survey"), m_preferences, this), 1);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 2);
    // A long list of rules checked scrolls rather than squeezing the orders below.
    auto *whyScroll = new QScrollArea(this);
    whyScroll->setWidgetResizable(true);
    whyScroll->setFrameShape(QFrame::NoFrame);
    whyScroll->setWidget(m_explanation);
    top->addWidget(section(tr("Why in this segment"), whyScroll, this), 3);
    m_history = new QTabWidget(this);
    auto *orders = new QWidget(m_history);
    auto *ordersLayout = new QVBoxLayout(orders);
    ordersLayout->setContentsMargins(4, 4, 4, 4);
    ordersLayout->addWidget(m_timeline);
    ordersLayout->addWidget(m_orders, 1);
    m_history->addTab(orders, tr("Orders"));
    auto *tagScroll = new QScrollArea(m_history);
    tagScroll->setWidgetResizable(true);
    tagScroll->setFrameShape(QFrame::NoFrame);
    m_tagList->setContentsMargins(6, 6, 6, 6);
    tagScroll->setWidget(m_tagList);
    m_history->addTab(tagScroll, tr("Tags"));
    // Beside orders and tags: the left column has no height to spare in an 860 × 760 card.
    auto *lifetimeScroll = new QScrollArea(m_history);
    lifetimeScroll->setWidgetResizable(true);
    lifetimeScroll->setFrameShape(QFrame::NoFrame);
    m_lifetimeText->setContentsMargins(6, 6, 6, 6);
    lifetimeScroll->setWidget(m_lifetimeText);
    m_history->addTab(lifetimeScroll, tr("Churn risk and value"));
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_next);
    navigation->addWidget(m_counter);
    navigation->addStretch(1);
    navigation->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(top);
    layout->addWidget(m_history, 1);
    layout->addLayout(navigation);
    resize(860, 760);
}

void CustomerCard::setContext(std::shared_ptr<const Model::CustomerFrame> frame,
                              std::shared_ptr<const Rfm::RfmResult> result, bool chineseNames, std::vector<qint32> rows)
{
    m_frame = std::move(frame);
    m_result = std::move(result);
    m_chinese = chineseNames;
    m_rows = std::move(rows);
    m_position = -1;
    // Every card shares the project's time axis, so two customers' timelines compare at a glance.
    m_firstDay = Model::NoDay;
    if (m_frame && !m_frame->orders.day.empty())
        m_firstDay = *std::min_element(m_frame->orders.day.begin(), m_frame->orders.day.end());
}

void CustomerCard::setTagSource(TagSource source)
{
    m_tags = std::move(source);
    refresh();
}

void CustomerCard::showPosition(qsizetype position)
{
    if (position < 0 || position >= qsizetype(m_rows.size()))
        return;
    m_position = position;
    refresh();
}

qint32 CustomerCard::currentRow() const
{
    return m_position >= 0 && m_position < qsizetype(m_rows.size()) ? m_rows[size_t(m_position)] : -1;
}

QString CustomerCard::explanationText() const
{
    return m_explanation->text();
}

void CustomerCard::setClusterSource(ClusterSource source)
{
    m_cluster = std::move(source);
}

void CustomerCard::setLifetime(std::shared_ptr<const Analytics::LifetimeResult> lifetime)
{
    m_lifetime = std::move(lifetime);
    refresh();
}

QString CustomerCard::lifetimeText() const
{
    return m_lifetimeText->text();
}

QString CustomerCard::tagText() const
{
    return m_tagList->text();
}

QString CustomerCard::attributesText() const
{
    return m_attributes->text();
}

void CustomerCard::setCurrency(Currency currency)
{
    m_currency = currency;
    refresh();
}

QString CustomerCard::linkToolTip(const QString &link) const
{
    if (!m_result || !link.startsWith(CardText::RuleLinkPrefix))
        return {};
    return CardText::ruleToolTip(m_result->scheme, link.mid(CardText::RuleLinkPrefix.size()).toInt());
}

void CustomerCard::onLink(const QString &link)
{
    if (link == CardText::RevealLink)
        PersonalData::setRevealed(true);
}

void CustomerCard::refresh()
{
    const qint32 i = currentRow();
    m_previous->setEnabled(m_position > 0);
    m_next->setEnabled(m_position + 1 < qsizetype(m_rows.size()));
    if (!m_frame || !m_result || i < 0)
        return;
    const Model::CustomerFrame &frame = *m_frame;
    const Rfm::RfmResult &result = *m_result;
    const QLocale locale;
    m_counter->setText(tr("%1 of %2").arg(locale.toString(m_position + 1), locale.toString(qsizetype(m_rows.size()))));
    const QString name = frame.names.value(i);
    m_title->setText(name.isEmpty() ? frame.ids.value(i) : name);
    setWindowTitle(tr("Customer %1").arg(frame.ids.value(i)));

    const int segment = result.segment[size_t(i)];
    QString subtitle;
    if (segment >= 0) {
        // The dashboard's colour for the segment, whatever the scheme file says.
        const QColor colour = SegmentPalette(result.scheme).color(segment);
        subtitle = u"<span style='background:%1;color:%2;padding:2px 6px'>&nbsp;%3&nbsp;</span>&nbsp;&nbsp;"_s.arg(
                colour.name(), SegmentPalette::textOn(colour).name(),
                result.scheme.displayName(segment, m_chinese).toHtmlEscaped());
        subtitle += tr("RFM %1 · %2").arg(Rfm::rfmCode(result, i), Rfm::tierTitle(result.tier[size_t(i)]));
    } else {
        subtitle = Rfm::tierTitle(-1);
    }
    m_subtitle->setText(subtitle);
    m_attributes->setText(CardText::attributes(frame, i, result.metrics.asOf, PersonalData::isRevealed()));
    QString explanation = CardText::explanation(result, i, m_chinese, m_currency);
    if (const QString cluster = m_cluster ? m_cluster(i) : QString(); !cluster.isEmpty())
        explanation += u"<p>"_s + cluster.toHtmlEscaped() + u"</p>"_s;
    m_explanation->setText(explanation);
    m_preferences->setText(CardText::preferences(frame, i));
    // A fit on another frame (a reload not yet refitted) would name the wrong customers.
    const bool fits = m_lifetime && m_lifetime->scores.pAlive.size() == size_t(frame.size());
    m_lifetimeText->setText(CardText::lifetime(fits ? m_lifetime.get() : nullptr, i));

    QStringList tags;
    if (m_tags) {
        for (const TagReason &tag : m_tags(i))
            tags.append(u"<b>%1</b> <span style='color:#666'>— %2</span>"_s.arg(tag.tag.toHtmlEscaped(),
                                                                              tag.reason.toHtmlEscaped()));
    }
    m_tagList->setText(tags.isEmpty() ? u"<span style='color:#666'>%1</span>"_s.arg(tr("No tags."))
                                      : tags.join(u"<br>"_s));

    m_history->setTabText(1, tags.isEmpty() ? tr("Tags") : tr("Tags (%1)").arg(tags.size()));
    fillOrders(frame, i);
}

void CustomerCard::fillOrders(const Model::CustomerFrame &frame, qint32 i)
{
    m_orders->setHorizontalHeaderLabels({ tr("Date"), withCurrency(tr("Purchase"), m_currency),
                                          withCurrency(tr("Returned"), m_currency), tr("Channel"), tr("Category"),
                                          tr("Payment") });
    const QLocale locale;
    const auto [first, last] = orderRange(frame.orders, i);
    QList<OrderTimeline::Order> timeline;
    m_orders->setRowCount(int(last - first));
    const Model::OrderTable &orders = frame.orders;
    // Newest first: the analyst asks "what did they buy lately?".
    for (size_t o = first; o < last; ++o) {
        timeline.append({ orders.day[o], orders.purchase[o], orders.returned[o] });
        const int r = int(last - 1 - o);
        const auto cell = [&](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_orders->setItem(r, column, item);
        };
        cell(0, DisplayFormat::date(orders.day[o]));
        cell(1, orders.purchase[o] > 0 ? locale.toString(orders.purchase[o], 'f', 2) : QString(), true);
        cell(2, orders.returned[o] < 0 ? locale.toString(orders.returned[o], 'f', 2) : QString(), true);
        cell(3, frame.channels.value(orders.channel[o]));
        cell(4, frame.categories.value(orders.category[o]));
        cell(5, frame.paymentMethods.value(orders.payment[o]));
    }
    m_timeline->setOrders(timeline, m_firstDay, m_result->metrics.asOf);
    m_orders->resizeColumnsToContents();
    // Eight orders at least, without scrolling (most customers' whole history), below headers as
    // tall as their words: Chinese ones are taller than the Latin type the rows are set in.
    const int scrollBar = m_orders->horizontalHeader()->length() > m_orders->viewport()->width()
            ? m_orders->horizontalScrollBar()->sizeHint().height()
            : 0;
    m_orders->setMinimumHeight(m_orders->horizontalHeader()->sizeHint().height()
                               + MinimumOrderRows * m_orders->verticalHeader()->defaultSectionSize()
                               + 2 * m_orders->frameWidth() + scrollBar + 2);
}

} // namespace Portrait::Ui
