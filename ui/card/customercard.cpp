#include "customercard.h"

#include "cardtext.h"
#include "ordertimeline.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QLabel *richLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
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
    m_orders->setHorizontalHeaderLabels(
            { tr("Date"), tr("Purchase"), tr("Returned"), tr("Channel"), tr("Category"), tr("Payment") });
    m_orders->verticalHeader()->hide();
    m_orders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_orders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_orders->horizontalHeader()->setStretchLastSection(true);
    m_orders->setMinimumHeight(120);

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
    auto *grid = new QGridLayout;
    grid->addWidget(section(tr("Who"), m_attributes, this), 0, 0);
    grid->addWidget(section(tr("Why in this segment"), m_explanation, this), 0, 1, 2, 1);
    grid->addWidget(section(tr("Preferences and survey"), m_preferences, this), 1, 0);
    grid->addWidget(section(tr("Churn risk and value"), m_lifetimeText, this), 2, 0, 1, 2);
    grid->addWidget(section(tr("Tags"), m_tagList, this), 3, 0, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    auto *history = new QGroupBox(tr("Orders"), this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_timeline);
    historyLayout->addWidget(m_orders);
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_next);
    navigation->addWidget(m_counter);
    navigation->addStretch(1);
    navigation->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(grid);
    layout->addWidget(history, 1);
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
        const QString colour = segment < result.scheme.rules.size() ? result.scheme.rules.at(segment).color : QString();
        subtitle = u"<span style='background:%1;color:white;padding:2px 6px'>&nbsp;%2&nbsp;</span>&nbsp;&nbsp;"_s.arg(
                colour.isEmpty() ? u"#777777"_s : colour, result.scheme.displayName(segment, m_chinese).toHtmlEscaped());
        subtitle += tr("RFM %1 · %2").arg(Rfm::rfmCode(result, i), Rfm::tierTitle(result.tier[size_t(i)]));
    } else {
        subtitle = Rfm::tierTitle(-1);
    }
    m_subtitle->setText(subtitle);
    m_attributes->setText(CardText::attributes(frame, i, result.metrics.asOf));
    m_explanation->setText(CardText::explanation(result, i, m_chinese));
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
        cell(0, locale.toString(QDate::fromJulianDay(orders.day[o]), QLocale::ShortFormat));
        cell(1, orders.purchase[o] > 0 ? locale.toString(orders.purchase[o], 'f', 2) : QString(), true);
        cell(2, orders.returned[o] < 0 ? locale.toString(orders.returned[o], 'f', 2) : QString(), true);
        cell(3, frame.channels.value(orders.channel[o]));
        cell(4, frame.categories.value(orders.category[o]));
        cell(5, frame.paymentMethods.value(orders.payment[o]));
    }
    m_timeline->setOrders(timeline, m_firstDay, result.metrics.asOf);
    m_orders->resizeColumnsToContents();
}

} // namespace Portrait::Ui
