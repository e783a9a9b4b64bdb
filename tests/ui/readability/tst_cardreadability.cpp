// Issue 16, item 5: the customer card and the customers table, in English and Chinese. Every line of
// the card has its height (注册日期 and the RFM score line were cut in Chinese); shares keep their
// number and sign together; the reason a customer is in a segment is said in words, with the exact
// rule in the tooltip; phone and e-mail are masked until revealed, and one reveal holds for the rest
// of the session, on the card and in the table; the orders table shows eight rows; and the column
// chooser offers every column of the model.
#include "readability.h"

#include "card/cardtext.h"
#include "card/customercard.h"
#include "export/masking.h"
#include "models/customertablemodel.h"
#include "pages/customerspage.h"
#include "settings/personaldata.h"
#include "workbench/workbenchsession.h"

#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Ui;

namespace {

/// Customers of the demo with at least `orders` orders, a phone and an e-mail.
std::vector<qint32> richCustomers(const Model::CustomerFrame &frame, size_t orders)
{
    std::vector<size_t> perCustomer(size_t(frame.size()), 0);
    for (qint32 c : frame.orders.customer)
        ++perCustomer[size_t(c)];
    std::vector<qint32> rows;
    for (qint32 i = 0; i < frame.size(); ++i) {
        if (perCustomer[size_t(i)] >= orders && !frame.phones.value(i).isEmpty() && !frame.emails.value(i).isEmpty())
            rows.push_back(i);
    }
    return rows;
}

/// Every label of the card that shows text, with what it would need and what it has.
QStringList clippedLabels(QWidget *card)
{
    QStringList clipped;
    for (QLabel *label : card->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const int needed = label->wordWrap() || label->textFormat() != Qt::PlainText
                ? label->heightForWidth(label->contentsRect().width())
                : label->sizeHint().height();
        const bool tooNarrow = !label->wordWrap() && label->sizeHint().width() > label->width() + 1;
        if (needed > label->contentsRect().height() + 1 || tooNarrow)
            clipped.append(u"%1 (%2 px of %3)"_s.arg(label->text().left(60)).arg(needed).arg(label->height()));
    }
    return clipped;
}

/// The shares of a label ("京东&nbsp;68%") that its rich text, laid out at the label's width, breaks
/// across two lines.
QStringList brokenShares(QLabel *label)
{
    QTextDocument document;
    document.setDefaultFont(label->font());
    document.setHtml(label->text());
    document.setTextWidth(label->contentsRect().width());
    const QRegularExpression share(u"[^\\s·]+\\x{00a0}\\d+%"_s);
    QStringList broken;
    for (QTextCursor found = document.find(share); !found.isNull(); found = document.find(share, found)) {
        const auto lineAt = [&document](int position) {
            const QTextBlock block = document.findBlock(position);
            return block.layout()->lineForTextPosition(position - block.position()).lineNumber();
        };
        if (lineAt(found.selectionStart()) != lineAt(found.selectionEnd() - 1))
            broken.append(found.selectedText());
    }
    return broken;
}

} // namespace

class TestCardReadability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<LoadedProject> m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_demo = Readability::demoProject(m_dir.filePath(u"demo.portrait"_s));
        QVERIFY(m_demo);
    }

    void init() { PersonalData::setRevealed(false); }

    void everyLineHasItsHeightAndSaysItInWords_data() { Readability::addLanguages(); }
    void everyLineHasItsHeightAndSaysItInWords()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        WorkbenchSession session;
        session.setProject(m_demo, RfmSettings {});
        const auto result = session.result();
        const std::vector<qint32> rows = richCustomers(m_demo->frame, 8);
        QVERIFY(rows.size() >= 3);
        CustomerCard card;
        card.setContext(session.frame(), result, language != u"en"_s, rows);
        card.setCurrency(Currency::Yuan);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        const QRegularExpression jargon(u"\\b(R|F|M|FM) ?\\d(–\\d)?\\b"_s);
        const QRegularExpression splitPercent(u"\\d[ \\x{00a0}]+%"_s);
        for (qsizetype p = 0; p < 3; ++p) {
            card.showPosition(p);
            QCoreApplication::processEvents();
            if (p == 0)
                Readability::keepShot(&card, u"card"_s);
            const QStringList clipped = clippedLabels(&card);
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"; "_s)));

            // The rule the customer met, and the ones before it, in words, each a link whose
            // tooltip gives the exact bounds.
            const QString why = card.explanationText();
            const qsizetype rules = why.count(CardText::RuleLinkPrefix);
            QVERIFY(rules >= 1);
            const QString afterTable = why.mid(why.indexOf(u"</table>"_s));
            QString sentences = afterTable;
            sentences.remove(QRegularExpression(u"<[^>]*>"_s));
            QVERIFY2(!jargon.match(sentences).hasMatch(), qPrintable(sentences));
            const int segment = result->segment[size_t(rows[size_t(p)])];
            QVERIFY(segment >= 0);
            if (segment < result->scheme.rules.size()) {
                const Rfm::SegmentRule &rule = result->scheme.rules.at(segment);
                const QString tip = card.linkToolTip(u"%1%2"_s.arg(CardText::RuleLinkPrefix).arg(segment));
                QVERIFY2(tip.contains(QString::number(rule.rLow)) && tip.contains(QString::number(rule.fHigh)),
                         qPrintable(tip));
            }
            // "天猫 62%": the name, the number and its sign never apart.
            int shares = 0;
            for (QLabel *label : card.findChildren<QLabel *>()) {
                QVERIFY2(!splitPercent.match(label->text()).hasMatch(), qPrintable(label->text()));
                const QStringList broken = brokenShares(label);
                QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u", "_s)));
                shares += int(label->text().count(u"%</nobr>"_s));
            }
            QVERIFY(shares > 0);
            // Spend in the project's currency.
            QVERIFY2(why.contains(u"¥"_s), qPrintable(why));
        }
    }

    void scoreWordsFollowTheLevels()
    {
        // Five levels: 1 is the lowest, 5 the highest; a range names both ends; all of them: any.
        QCOMPARE(CardText::scoreWords(Rfm::Dimension::Frequency, 5, 5, 5), u"highest"_s);
        QCOMPARE(CardText::scoreWords(Rfm::Dimension::Frequency, 1, 1, 5), u"lowest"_s);
        QCOMPARE(CardText::scoreWords(Rfm::Dimension::Recency, 5, 5, 5), u"most recent"_s);
        QCOMPARE(CardText::scoreWords(Rfm::Dimension::Monetary, 2, 3, 5), u"low to middle"_s);
        QCOMPARE(CardText::scoreWords(Rfm::Dimension::Monetary, 1, 5, 5), u"any"_s);
        QCOMPARE(CardText::scoreWords(Rfm::Dimension::Frequency, 2, 2, 2), u"high"_s);
        // A rule that only bounds recency says nothing about the rest.
        Rfm::SegmentRule rule;
        rule.rLow = 4;
        rule.rHigh = 5;
        rule.fLow = rule.mLow = 1;
        rule.fHigh = rule.mHigh = 5;
        QCOMPARE(CardText::ruleInWords(rule, Rfm::SchemeBasis::RFM, 5), u"last purchase: recent to most recent"_s);
    }

    void personalDataIsMaskedUntilRevealedOnce_data() { Readability::addLanguages(); }
    void personalDataIsMaskedUntilRevealedOnce()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        WorkbenchSession session;
        session.setProject(m_demo, RfmSettings {});
        const std::vector<qint32> rows = richCustomers(m_demo->frame, 1);
        QVERIFY(!rows.empty());
        const qint32 who = rows.front();
        const QString phone = m_demo->frame.phones.value(who), email = m_demo->frame.emails.value(who);
        QVERIFY(phone.size() >= 7);

        CustomerCard card;
        card.setContext(session.frame(), session.result(), false, rows);
        card.showPosition(0);
        QVERIFY(!card.attributesText().contains(phone));
        QVERIFY(!card.attributesText().contains(email.toHtmlEscaped()));
        QVERIFY(card.attributesText().contains(Export::maskPhone(phone).toHtmlEscaped()));
        CustomersPage page;
        page.setData(session.frame(), session.result(), false);
        CustomerTableModel *model = page.model();
        qsizetype tableRow = -1;
        for (qsizetype r = 0; r < qsizetype(model->visibleRows().size()); ++r)
            tableRow = model->visibleRows()[size_t(r)] == who ? r : tableRow;
        QVERIFY(tableRow >= 0);
        const auto cell = [&](int column) { return model->index(int(tableRow), column).data().toString(); };
        QCOMPARE(cell(CustomerTableModel::Phone), Export::maskPhone(phone));
        QCOMPARE(cell(CustomerTableModel::Email), Export::maskEmail(email));
        QVERIFY(!page.revealButton()->isChecked());

        // One click on the card's "Show" link ...
        QLabel *who_ = nullptr;
        for (QLabel *label : card.findChildren<QLabel *>())
            who_ = label->text().contains(u"href='%1'"_s.arg(CardText::RevealLink)) ? label : who_;
        QVERIFY(who_);
        QVERIFY(who_->textInteractionFlags() & Qt::LinksAccessibleByMouse);
        Q_EMIT who_->linkActivated(CardText::RevealLink);
        // ... shows them on the card, in the table, and on a card opened later.
        QVERIFY(card.attributesText().contains(phone));
        QVERIFY(card.attributesText().contains(email.toHtmlEscaped()));
        QCOMPARE(cell(CustomerTableModel::Phone), phone);
        QVERIFY(page.revealButton()->isChecked());
        CustomerCard later;
        later.setContext(session.frame(), session.result(), false, rows);
        later.showPosition(0);
        QVERIFY(later.attributesText().contains(phone));
        // The table's button masks them again, everywhere.
        page.revealButton()->click();
        QVERIFY(!PersonalData::isRevealed());
        QVERIFY(!later.attributesText().contains(phone));
        QCOMPARE(cell(CustomerTableModel::Phone), Export::maskPhone(phone));
    }

    void ordersTableShowsEightRows_data() { Readability::addLanguages(); }
    void ordersTableShowsEightRows()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        WorkbenchSession session;
        session.setProject(m_demo, RfmSettings {});
        const std::vector<qint32> rows = richCustomers(m_demo->frame, 9);
        QVERIFY(!rows.empty());
        CustomerCard card;
        card.setContext(session.frame(), session.result(), language != u"en"_s, rows);
        card.show();
        card.showPosition(0);
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QTableWidget *orders = card.ordersTable();
        QVERIFY(orders->rowCount() >= 9);
        int whole = 0;
        for (int r = 0; r < orders->rowCount(); ++r)
            whole += orders->viewport()->rect().contains(orders->visualRect(orders->model()->index(r, 0))) ? 1 : 0;
        QVERIFY2(whole >= 8, qPrintable(QString::number(whole)));
        // Dates in ISO form, never "1/1/24".
        QVERIFY(QDate::fromString(orders->item(0, 0)->text(), Qt::ISODate).isValid());
    }

    void columnChooserOffersEveryColumn_data() { Readability::addLanguages(); }
    void columnChooserOffersEveryColumn()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        WorkbenchSession session;
        session.setProject(m_demo, RfmSettings {});
        CustomersPage page;
        page.resize(1200, 600);
        page.setData(session.frame(), session.result(), language != u"en"_s);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        Readability::keepShot(&page, u"customers"_s);
        QAbstractItemModel *model = page.model();
        QStringList headers;
        for (int c = 0; c < model->columnCount(); ++c)
            headers.append(model->headerData(c, Qt::Horizontal).toString());
        QCOMPARE(page.columnChoices(), headers);
        for (int c : { int(CustomerTableModel::Phone), int(CustomerTableModel::Age), int(CustomerTableModel::Tags),
                       int(CustomerTableModel::AverageOrderValue) }) {
            QVERIFY(!page.isColumnShown(c));
            page.setColumnShown(c, true);
            QVERIFY(page.isColumnShown(c));
        }
        // Average order value: net spend over the orders with a purchase, up to the as-of date.
        const qint32 row = model->index(0, 0).data(CustomerTableModel::FrameRowRole).toInt();
        const Model::OrderTable &orders = m_demo->frame.orders;
        double net = 0;
        int count = 0;
        for (size_t o = 0; o < orders.customer.size(); ++o) {
            if (orders.customer[o] == row && orders.day[o] <= session.result()->metrics.asOf) {
                net += orders.purchase[o] + orders.returned[o];
                count += orders.hasPurchase[o] ? 1 : 0;
            }
        }
        QVERIFY(count > 0);
        QCOMPARE(model->index(0, CustomerTableModel::AverageOrderValue).data(CustomerTableModel::RawValueRole).toDouble(),
                 net / count);
    }
};

QTEST_MAIN(TestCardReadability)
#include "tst_cardreadability.moc"
