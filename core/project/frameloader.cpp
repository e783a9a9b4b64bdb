#include "frameloader.h"

#include "common/largepages.h"
#include "mergestore.h"
#include "projectfile.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QLocale>

#include <QHash>

#include <algorithm>
#include <limits>
#include <thread>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

Error cancelled(const ProjectFile &project)
{
    return Error { QCoreApplication::translate("Portrait::Project", "Loading was cancelled."), project.fileName(),
                   0, 0, {} };
}

// The largest row id bounds the row count: reading it is instant, where count(*) walks the whole
// table (a tenth of a second at two million orders). Deleted rows only make the bound loose.
qint64 rowBound(sqlite3 *db, const char *sql)
{
    Statement statement(db, sql, {});
    return statement.ok() && statement.step() ? std::max<qint64>(statement.int64(0), 0) : 0;
}

// Customers are indexed by row id while loading, in memory proportional to the largest.
constexpr qint64 MaxCustomerRow = qint64(1) << 28;

// Room made ahead for rows: the bound, within reason should ids have been set by hand.
qsizetype reservation(qint64 bound)
{
    return qsizetype(std::min<qint64>(bound, qint64(1) << 26));
}

// Reading through a memory map spares a copy of every page: a quarter of the time of a full scan.
void useMemoryMapping(sqlite3 *db)
{
    Statement pragma(db, "PRAGMA mmap_size = 4294967296", {});
    while (pragma.ok() && pragma.step()) { }
}

Status loadCustomers(ProjectFile &project, Model::CustomerFrame &frame, std::vector<qint32> &indexOfRow,
                     const CancelToken &cancel)
{
    Statement rows(project.handle(),
                   // The values cleaning changed (customer_clean) in place of the imported ones.
                   "SELECT c.id, c.customer_key, iif(k.customer_id IS NULL, c.name, k.name), "
                   "iif(k.customer_id IS NULL, c.gender, k.gender), iif(k.customer_id IS NULL, c.province, k.province), "
                   "iif(k.customer_id IS NULL, c.city, k.city), iif(k.customer_id IS NULL, c.phone, k.phone), "
                   "iif(k.customer_id IS NULL, c.email, k.email), c.order_count, c.total_amount, c.last_order_day, "
                   "iif(k.customer_id IS NULL, c.birth_day, k.birth_day), iif(k.customer_id IS NULL, c.age, k.age), "
                   "c.signup_day FROM customers c LEFT JOIN customer_clean k ON k.customer_id = c.id ORDER BY c.id",
                   project.fileName());
    if (!rows.ok())
        return rows.error();
    while (rows.step()) {
        const qint64 rowId = rows.int64(0);
        if (rowId <= 0) {
            return Error { QCoreApplication::translate("Portrait::Project",
                                                       "%1 numbers a customer %2: the file was not written by Portrait.")
                                   .arg(project.fileName()).arg(rowId),
                           project.fileName(), 0, 0, {} };
        }
        const QByteArrayView key = rows.utf8(1);
        const qint32 index = frame.addCustomer(QUtf8StringView(key.data(), key.size()));
        if (size_t(rowId) >= indexOfRow.size())
            indexOfRow.resize(size_t(rowId) + 1, -1);
        indexOfRow[size_t(rowId)] = index;
        frame.names.set(index, rows.text(2));
        frame.genders.set(index, rows.text(3));
        frame.provinces.set(index, rows.text(4));
        frame.cities.set(index, rows.text(5));
        frame.phones.set(index, rows.text(6));
        frame.emails.set(index, rows.text(7));
        if (!rows.isNull(8))
            frame.totals.orderCount[size_t(index)] = qint32(rows.int64(8));
        if (!rows.isNull(9))
            frame.totals.amount[size_t(index)] = rows.real(9);
        if (!rows.isNull(10)) {
            const auto day = Model::Day(rows.int64(10));
            frame.totals.lastOrderDay[size_t(index)] = day;
            frame.latestOrderDay = std::max(frame.latestOrderDay, day);
        }
        if (!rows.isNull(11))
            frame.birthDays[size_t(index)] = Model::Day(rows.int64(11));
        if (!rows.isNull(12))
            frame.ages[size_t(index)] = qint16(rows.int64(12));
        if (!rows.isNull(13))
            frame.signupDays[size_t(index)] = Model::Day(rows.int64(13));
        if ((index & 0xffff) == 0 && cancel.isCancelled())
            return cancelled(project);
    }
    if (rows.failed())
        return rows.error();
    return {};
}

// Maps a text value to its index in a frame's list of distinct values; -1 for NULL or empty.
// Looks values up by their UTF-8 bytes, so the few distinct channels or categories of millions of
// orders are decoded once, not once per order.
class Pool
{
public:
    explicit Pool(QStringList &values) : m_values(values) { }
    qint16 index(const Statement &rows, int column)
    {
        const QByteArrayView bytes = rows.utf8(column);
        if (bytes.isEmpty())
            return -1;
        if (m_last >= 0 && bytes == QByteArrayView(m_keys[size_t(m_last)]))
            return m_last;
        auto it = m_index.constFind(bytes.toByteArray());
        if (it != m_index.constEnd())
            return m_last = it.value();
        if (m_values.size() >= std::numeric_limits<qint16>::max())
            return -1; // more distinct values than a preference can sensibly show
        const auto index = qint16(m_values.size());
        m_values.append(QString::fromUtf8(bytes));
        m_keys.push_back(bytes.toByteArray());
        m_index.insert(m_keys.back(), index);
        return m_last = index;
    }

private:
    QStringList &m_values;
    std::vector<QByteArray> m_keys;
    QHash<QByteArray, qint16> m_index;
    qint16 m_last = -1;
};

// The latest answer of each customer who answered the survey.
Status loadAnswers(ProjectFile &project, Model::CustomerFrame &frame, const std::vector<qint32> &indexOfRow)
{
    Statement rows(project.handle(),
                   "SELECT customer_id, nps, satisfaction FROM survey_answers "
                   "ORDER BY customer_id, coalesce(answered_day, 0), id",
                   project.fileName());
    if (!rows.ok())
        return rows.error();
    while (rows.step()) {
        const auto rowId = size_t(rows.int64(0));
        const qint32 index = rowId < indexOfRow.size() ? indexOfRow[rowId] : -1;
        if (index < 0)
            continue;
        if (!rows.isNull(1))
            frame.latestNps[size_t(index)] = qint8(rows.int64(1));
        if (!rows.isNull(2))
            frame.satisfaction[size_t(index)] = float(rows.real(2));
    }
    return rows.failed() ? Status(rows.error()) : Status();
}

// The orders sorted by (customer row id, day), with OrderTable::customer still holding the row ids:
// frame indices follow row ids (customers are read in row id order), so mapping one to the other
// keeps the order.
struct StoredOrders
{
    Model::OrderTable orders;
    QStringList channels, categories, payments;
    Model::Day latestDay = Model::NoDay;
};

// Reads and sorts on its own connection, so that it can run beside loadCustomers. Its progress
// counts on from the customers' bound. Stops when either token is cancelled.
Status readOrders(const QString &path, qint64 bound, qint64 customerBound, StoredOrders &out, ProgressSink &progress,
                  const CancelToken &cancel, const CancelToken &abandon)
{
    auto project = ProjectFile::open(path, ProjectFile::Lock::None);
    if (!project)
        return project.error();
    useMemoryMapping((*project)->handle());
    // In storage order and sorted afterwards: walking the (customer, day) index instead looks up
    // every order's row, which costs more than the sort (usually none: imports write by customer).
    Statement rows((*project)->handle(),
                   "SELECT customer_id, order_day, purchase_amount, returned_amount, has_purchase, channel, "
                   "category, payment_method, promo FROM orders ORDER BY id",
                   (*project)->fileName());
    if (!rows.ok())
        return rows.error();
    out.orders.reserve(reservation(bound));
    Pool channels(out.channels), categories(out.categories), payments(out.payments);
    qint64 done = 0;
    while (rows.step()) {
        const qint64 customerRow = rows.int64(0);
        const auto day = Model::Day(rows.int64(1));
        // An unknown customer is impossible under the foreign key; a damaged file drops such orders.
        const qint32 customer = customerRow > 0 && customerRow <= customerBound ? qint32(customerRow) : -1;
        out.orders.append(customer, day, rows.real(2), rows.real(3), rows.int64(4) != 0);
        out.orders.setAttributes(channels.index(rows, 5), categories.index(rows, 6), payments.index(rows, 7),
                                 rows.isNull(8) ? qint8(-1) : qint8(rows.int64(8)));
        out.latestDay = std::max(out.latestDay, day);
        if ((++done & 0xffff) == 0) {
            progress.setValue(customerBound + done);
            if (cancel.isCancelled() || abandon.isCancelled())
                return cancelled(**project);
        }
    }
    if (rows.failed())
        return rows.error();
    Model::OrderTable &orders = out.orders;
    orders.keepIf([&orders](size_t i) { return orders.customer[i] >= 0; });
    orders.sortByCustomerAndDay(customerBound + 1);
    return {};
}

// Gives the orders their customers' frame indices, dropping any whose customer is unknown.
void attachOrders(Model::CustomerFrame &frame, StoredOrders &stored, const std::vector<qint32> &indexOfRow)
{
    Model::OrderTable &orders = stored.orders;
    for (qint32 &customer : orders.customer)
        customer = size_t(customer) < indexOfRow.size() ? indexOfRow[size_t(customer)] : -1;
    orders.keepIf([&orders](size_t i) { return orders.customer[i] >= 0; });
    frame.orders = std::move(orders);
    frame.channels = std::move(stored.channels);
    frame.categories = std::move(stored.categories);
    frame.paymentMethods = std::move(stored.payments);
    frame.latestOrderDay = std::max(frame.latestOrderDay, stored.latestDay);
}

// The ids of customers merged into others, for search and the card.
Status attachAliases(ProjectFile &project, Model::CustomerFrame &frame, const std::vector<qint32> &indexOfRow)
{
    auto aliases = loadAliases(project);
    if (!aliases)
        return aliases.error();
    for (auto it = aliases->cbegin(); it != aliases->cend(); ++it) {
        const qint32 index = size_t(it.key()) < indexOfRow.size() ? indexOfRow[size_t(it.key())] : -1;
        if (index >= 0)
            frame.aliases.insert(index, it.value());
    }
    return {};
}

} // namespace

Result<Model::CustomerFrame> loadFrame(ProjectFile &project, ProgressSink &progress, const CancelToken &cancel)
{
    Model::CustomerFrame frame;
    sqlite3 *db = project.handle();
    useMemoryMapping(db);
    const qint64 customerBound = rowBound(db, "SELECT max(id) FROM customers");
    const qint64 orderBound = rowBound(db, "SELECT max(id) FROM orders");
    if (customerBound > MaxCustomerRow) {
        return Error { QCoreApplication::translate("Portrait::Project",
                                                   "%1 numbers its customers up to %2, beyond the %3 Portrait can load: "
                                                   "the file was not written by Portrait.")
                               .arg(project.fileName(), QLocale().toString(customerBound),
                                    QLocale().toString(MaxCustomerRow)),
                       project.fileName(), 0, 0, {} };
    }
    progress.setPhase(QCoreApplication::translate("Portrait::Project", "Loading customers"));
    progress.setTotal(customerBound + orderBound);

    // Customers here and orders on a second connection at the same time: at a million customers
    // each takes most of a second.
    StoredOrders stored;
    Status ordersStatus;
    CancelToken abandonOrders;
    std::thread ordersReader([&] {
        ordersStatus = readOrders(project.path(), orderBound, customerBound, stored, progress, cancel, abandonOrders);
    });
    std::vector<qint32> indexOfRow;
    reserveColumn(indexOfRow, size_t(reservation(customerBound)) + 1);
    frame.reserve(reservation(customerBound));
    Status customersStatus = loadCustomers(project, frame, indexOfRow, cancel);
    if (!customersStatus)
        abandonOrders.cancel();
    ordersReader.join();
    if (!customersStatus)
        return customersStatus.error();
    if (!ordersStatus)
        return ordersStatus.error();
    attachOrders(frame, stored, indexOfRow);
    if (Status status = loadAnswers(project, frame, indexOfRow); !status)
        return status.error();
    if (Status status = attachAliases(project, frame, indexOfRow); !status)
        return status.error();
    progress.setValue(customerBound + orderBound);
    return frame;
}

} // namespace Portrait::Project
