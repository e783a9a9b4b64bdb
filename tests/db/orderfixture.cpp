#include "orderfixture.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace DbTest {

namespace {

const QStringList Channels { u"天猫"_s, u"京东"_s, u"门店"_s, u"小程序"_s };
const QStringList Cities { u"上海"_s, u"北京"_s, u"广州"_s, u"深圳"_s, u"杭州"_s, u"成都"_s };
const QStringList Promos { u"yes"_s, u"no"_s, u"是"_s, u"否"_s, QString() };

struct Timed
{
    QDateTime at;
    qint64 sequence;
    OrderLine line;
};

QString cents(qint64 value)
{
    const QString sign = value < 0 ? u"-"_s : QString();
    value = std::abs(value);
    return sign + QString::number(value / 100) + u'.' + QString::number(value % 100).rightJustified(2, u'0');
}

enum class Kind { Purchase, Cancellation, ReturnOnly, Mixed };

Kind orderKind(QRandomGenerator &random)
{
    const int roll = int(random.bounded(100));
    return roll < 6 ? Kind::Cancellation : roll < 10 ? Kind::ReturnOnly : roll < 18 ? Kind::Mixed : Kind::Purchase;
}

// The customer's name and city change once, on a day of their own; some lines leave them out.
void describe(OrderLine &line, int customer, QDate day, QRandomGenerator &random)
{
    const bool moved = customer % 3 == 0 && day >= QDate(2024, 1, 1).addDays(customer % 90);
    line.name = random.bounded(10) == 0 ? QString()
                                        : (moved ? u"新名%1"_s : u"客户%1"_s).arg(customer);
    line.city = random.bounded(8) == 0 ? QString() : Cities.at((customer + (moved ? 1 : 0)) % Cities.size());
}

void spoil(OrderLine &line, QRandomGenerator &random)
{
    switch (random.bounded(5)) {
    case 0:
        line.when.clear();
        break;
    case 1:
        line.when = u"unknown"_s;
        break;
    case 2:
        line.amount = u"n/a"_s;
        break;
    case 3:
        line.amount.clear();
        break;
    default:
        line.promo = u"maybe"_s;
        break;
    }
}

// Some customers get codes that differ from another's only in case or an accent (vip3 and VIP3,
// Müller3 and Muller3): different customers in a file, one under MySQL's usual collations.
QString caseAndAccentTwin(const QString &customer)
{
    const int number = customer.toInt();
    static const QString Twins[] = { u"vip%1"_s, u"VIP%1"_s, u"Müller%1"_s, u"Muller%1"_s };
    const int slot = number % 40 - 11;
    return slot >= 0 && slot < 4 ? Twins[slot].arg(number / 40) : customer;
}

} // namespace

QList<OrderLine> orderLines(const FixtureOptions &options)
{
    QRandomGenerator random(options.seed);
    const qint64 span = options.first.daysTo(options.last);
    QList<Timed> timed;
    qint64 sequence = 0;
    int invoice = options.firstInvoice;
    for (int c = 0; c < options.customers + options.customers / 25; ++c) {
        const bool guest = c >= options.customers; // one guest order in 25
        int orders = 1;
        while (!guest && orders < 25 && random.bounded(100) < 68)
            ++orders;
        QDate day = options.first.addDays(random.bounded(span + 1));
        for (int o = 0; o < orders; ++o) {
            // Some customers come back the same day.
            if (o > 0 && random.bounded(100) >= 15)
                day = options.first.addDays(random.bounded(span + 1));
            const Kind kind = orderKind(random);
            QDateTime at(day, QTime(8, 0).addSecs(int(random.bounded(14 * 3600))));
            ++invoice;
            const bool numbered = !options.someWithoutInvoice || kind == Kind::Cancellation || invoice % 17 != 0;
            const QString number = !numbered ? QString()
                : (kind == Kind::Cancellation ? u"C"_s : QString()) + QString::number(invoice);
            const QString promo = Promos.at(int(random.bounded(Promos.size())));
            const QString channel = Channels.at(int(random.bounded(Channels.size())));
            const int lines = 1 + int(random.bounded(4));
            for (int l = 0; l < lines; ++l) {
                OrderLine line;
                line.invoice = number;
                line.customer = guest ? QString() : QString::number(10001 + c);
                // Later lines of an order may be stamped a little later, never on another day.
                at = at.addSecs(int(random.bounded(90)));
                line.when = at.toString(u"yyyy-MM-dd HH:mm:ss"_s);
                const bool negative = kind == Kind::Cancellation || kind == Kind::ReturnOnly
                    || (kind == Kind::Mixed && l == 0);
                const qint64 quantity = (1 + qint64(random.bounded(6))) * (negative ? -1 : 1);
                const qint64 price = 50 + qint64(random.bounded(9950));
                line.quantity = QString::number(quantity);
                line.unitPrice = cents(price);
                line.amount = cents(quantity * price);
                line.promo = promo;
                line.channel = channel;
                if (!guest)
                    describe(line, 10001 + c, day, random);
                if (options.badValues && random.bounded(100) == 0)
                    spoil(line, random);
                timed.append(Timed { at, ++sequence, line });
            }
        }
    }
    std::sort(timed.begin(), timed.end(), [](const Timed &a, const Timed &b) {
        return a.at != b.at ? a.at < b.at : a.sequence < b.sequence;
    });
    QList<OrderLine> out;
    out.reserve(timed.size());
    for (const Timed &t : std::as_const(timed))
        out.append(t.line);
    return out;
}

QString typedColumns(Server server)
{
    return server == Server::Postgres
        ? u"invoice_no varchar(20) NOT NULL, customer_id numeric(10, 1), invoice_date timestamp, quantity integer, "
          "unit_price numeric(10, 2), promo varchar(10), customer_name varchar(40), city varchar(20), "
          "channel varchar(20)"_s
        : u"invoice_no varchar(20) NOT NULL, customer_id decimal(10, 1), invoice_date datetime, quantity int, "
          "unit_price decimal(10, 2), promo varchar(10), customer_name varchar(40), city varchar(20), "
          "channel varchar(20)"_s;
}

QList<QVariantList> typedRows(const QList<OrderLine> &lines)
{
    auto orNull = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    QList<QVariantList> rows;
    rows.reserve(lines.size());
    for (const OrderLine &l : lines) {
        rows.append({ l.invoice, l.customer.isEmpty() ? QVariant() : QVariant(l.customer + u".0"_s), orNull(l.when),
                      l.quantity, orNull(l.unitPrice), orNull(l.promo), orNull(l.name), orNull(l.city),
                      l.channel });
    }
    return rows;
}

QString textColumns(Server server)
{
    const QString q = server == Server::Postgres ? u"\""_s : u"`"_s;
    QStringList columns;
    for (const QString &name : { u"订单号"_s, u"客户编号"_s, u"下单时间"_s, u"金额"_s, u"促销"_s, u"姓名"_s,
                                 u"城市"_s, u"渠道"_s })
        columns.append(q + name + q + u" varchar(40)"_s);
    return columns.join(u", "_s);
}

QList<QVariantList> textRows(const QList<OrderLine> &lines)
{
    QList<QVariantList> rows;
    rows.reserve(lines.size());
    for (const OrderLine &l : lines) {
        // A hand-made export pads some ids with spaces and leaves empty cells empty, not NULL.
        const QString customer = l.customer.isEmpty() ? QString()
            : l.customer.endsWith(u'7')                 ? u" "_s + l.customer + u" "_s
                                                        : caseAndAccentTwin(l.customer);
        rows.append({ l.invoice, customer, l.when, l.amount, l.promo, l.name, l.city, l.channel });
    }
    return rows;
}

} // namespace DbTest
