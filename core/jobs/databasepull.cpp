#include "databasepull.h"

#include "io/dbconnection.h"
#include "io/dbrows.h"
#include "rowreader.h"

#include <future>
#include <vector>

using namespace Qt::StringLiterals;
using Portrait::Io::Role;

namespace Portrait::Jobs {

namespace {

constexpr int RejectedExamples = 100;

/// Hands day rows to a handler on a thread of its own, a batch at a time and in order; at most one
/// batch is handled while the next fills. The first failure stops the handling and is returned by
/// the next add() or by finish(); the destructor waits for the batch in hand.
class DayBatches {
public:
    explicit DayBatches(const DatabasePull::DayHandler& handler) : m_handler(handler) { }
    ~DayBatches()
    {
        if (m_pending.valid())
            m_pending.wait();
    }

    Status add(const Io::DbDayRow& row)
    {
        m_filling.push_back(row);
        return m_filling.size() < BatchRows ? Status() : hand();
    }

    Status finish()
    {
        if (Status status = hand(); !status)
            return status;
        return collect();
    }

private:
    static constexpr std::size_t BatchRows = 4096;

    Status collect() { return m_pending.valid() ? m_pending.get() : Status(); }

    Status hand()
    {
        if (Status status = collect(); !status)
            return status;
        if (m_filling.empty())
            return {};
        m_pending = std::async(std::launch::async, [this, batch = std::move(m_filling)]() -> Status {
            for (const Io::DbDayRow& row : batch) {
                if (Status status = m_handler(row); !status)
                    return status;
            }
            return {};
        });
        m_filling = {};
        m_filling.reserve(BatchRows);
        return {};
    }

    const DatabasePull::DayHandler& m_handler;
    std::vector<Io::DbDayRow> m_filling;
    std::future<Status> m_pending;
};

template <typename Op> void combine(Project::SourceRecord& a, const Project::SourceRecord& b, Op op)
{
    qint64 Project::SourceRecord::*fields[] = {
        &Project::SourceRecord::rowsRead,
        &Project::SourceRecord::rowsAccepted,
        &Project::SourceRecord::rowsRejected,
        &Project::SourceRecord::rowsWithoutCustomer,
        &Project::SourceRecord::ordersInFile,
        &Project::SourceRecord::ordersStored,
        &Project::SourceRecord::returnOrders,
        &Project::SourceRecord::cancellationRows,
        &Project::SourceRecord::returnLines,
    };
    for (auto field : fields)
        a.*field = op(a.*field, b.*field);
    a.totalAmount = op(a.totalAmount, b.totalAmount);
}

} // namespace

void addCounts(Project::SourceRecord& a, const Project::SourceRecord& b)
{
    combine(a, b, [](auto x, auto y) { return x + y; });
}

void subtractCounts(Project::SourceRecord& a, const Project::SourceRecord& b)
{
    combine(a, b, [](auto x, auto y) { return x - y; });
}

DatabasePull::DatabasePull(
    Io::DbConnection& connection, const Io::DbTable& table, const Io::DbOrderQuery& query, Model::Day fromDay)
    : m_connection(connection), m_table(table), m_query(query), m_fromDay(fromDay)
{
}

Status DatabasePull::run(
    const DayHandler& onDay, const AttributeHandler& onAttributes, ProgressSink& progress, const CancelToken& cancel)
{
    Io::CancelGuard guard(m_connection, cancel);
    if (Status status = m_connection.beginSnapshot(); !status)
        return status;
    Status status = pullDays(onDay, progress, cancel);
    // The line counts group a few thousand (code, day) pairs: hashing suits them.
    if (status)
        status = m_connection.preferSortedGrouping(false);
    if (status)
        status = pullLineCounts(cancel);
    if (status && total().rowsRejected > 0)
        status = pullRejected(cancel);
    if (status && onAttributes) {
        progress.setPhase(
            tr("Reading the customers' latest details from %1").arg(Io::quotedName(m_table.displayName())));
        status = pullAttributes(onAttributes, cancel);
    }
    m_connection.end();
    if (status && cancel.isCancelled())
        return m_connection.cancelledError({ m_table.displayName() });
    return status;
}

Status DatabasePull::pullDays(const DayHandler& onDay, ProgressSink& progress, const CancelToken& cancel)
{
    progress.setPhase(
        tr("Summing the orders of %1 by customer and day on the server").arg(Io::quotedName(m_table.displayName())));
    progress.setTotal(m_table.estimatedRows);
    progress.setValue(0);
    bool everyLineHasAnOrder = false;
    if (const auto probe = m_query.loneLineProbe(m_fromDay)) {
        Io::DbRows lone(m_connection, *probe, { m_table.displayName() }, cancel);
        everyLineHasAnOrder = !lone.next();
        if (!lone.status())
            return lone.status();
    }
    if (Status status = m_connection.preferSortedGrouping(true); !status)
        return status;
    Io::DbRows rows(m_connection, m_query.dayAggregate(m_fromDay, everyLineHasAnOrder), { m_table.displayName() },
        cancel, Io::DbRead::Streamed);
    // The handler (the project's writes) runs on a second thread, a batch behind the rows as they
    // stream in: reading and writing each took about half of the client's time, one after the other.
    DayBatches batches(onDay);
    qint64 lines = 0;
    while (rows.next()) {
        const Io::DbDayRow row = Io::readDayRow(rows);
        Project::SourceRecord& day = m_days[row.day];
        day.rowsRead += row.lines; // the rejected ones come from pullLineCounts()
        day.rowsWithoutCustomer += row.linesWithoutCustomer;
        day.ordersInFile += row.orders();
        day.cancellationRows += row.cancellationLines;
        day.returnLines += row.returnLines;
        day.totalAmount += row.total;
        m_multiCustomerOrders += row.multiCustomerOrders;
        m_latestDay = std::max(m_latestDay, row.day);
        if (!row.customer.isEmpty()) {
            day.ordersStored += row.orders();
            day.returnOrders += row.returnOrders;
            m_customers.insert(row.customer);
            if (Status status = batches.add(row); !status)
                return status;
        }
        lines += row.lines;
        if ((rows.rowsRead() & 0x3ff) == 0) {
            progress.setValue(std::min(lines, m_table.estimatedRows > 0 ? m_table.estimatedRows : lines));
            if (cancel.isCancelled())
                return m_connection.cancelledError({ m_table.displayName() });
        }
    }
    if (Status status = batches.finish(); !status)
        return status;
    return rows.status();
}

Status DatabasePull::pullLineCounts(const CancelToken& cancel)
{
    Io::DbRows rows(m_connection, m_query.lineCounts(m_fromDay), { m_table.displayName() }, cancel);
    while (rows.next()) {
        const int code = int(rows.integer(0));
        const Model::Day day = rows.isNull(1) ? Model::NoDay : Model::Day(rows.integer(1));
        const qint64 count = rows.integer(2);
        Project::SourceRecord& counts = m_days[day];
        counts.rowsRead += count;
        counts.rowsRejected += code != 0 ? count : 0;
    }
    return rows.status();
}

Project::RejectedRow DatabasePull::describe(int code, const QStringList& values) const
{
    const QList<Role> roles = m_query.sampleRoles();
    auto valueOf = [&](Role role) {
        const qsizetype i = roles.indexOf(role);
        return i >= 0 && i < values.size() ? values.at(i) : QString();
    };
    Role role = Role::OrderDate;
    QString reason;
    switch (Io::DbReject(code)) {
    case Io::DbReject::None:
    case Io::DbReject::DateEmpty:
        reason = RowReader::tr("the order date is empty");
        break;
    case Io::DbReject::DateBad:
        reason = RowReader::tr("“%1” is not a date").arg(valueOf(role));
        break;
    case Io::DbReject::QuantityBad:
        role = Role::Quantity;
        reason = RowReader::tr("“%1” is not a number").arg(valueOf(role));
        break;
    case Io::DbReject::AmountEmpty:
        role = Role::Amount;
        reason = RowReader::tr("the amount is empty");
        break;
    case Io::DbReject::AmountBad:
        role = Role::Amount;
        reason = RowReader::tr("“%1” is not a number").arg(valueOf(role));
        break;
    case Io::DbReject::PriceMissing:
        role = valueOf(Role::Quantity).trimmed().isEmpty() ? Role::Quantity : Role::UnitPrice;
        reason = RowReader::tr("quantity and unit price are both needed for the amount");
        break;
    case Io::DbReject::PriceBad:
        role = Role::UnitPrice;
        reason = RowReader::tr("“%1” is not a number").arg(valueOf(role));
        break;
    case Io::DbReject::PromoBad:
        role = Role::PromoFlag;
        reason = RowReader::tr("“%1” is not yes or no").arg(valueOf(role).trimmed());
        break;
    }
    Project::RejectedRow rejected;
    rejected.reason = reason;
    rejected.rawValue = valueOf(role);
    // As a file's rejected rows: the table's column, numbered from 1.
    rejected.column = m_query.columnIndex(role) + 1;
    rejected.columnName = m_query.columnIndex(role) >= 0 ? m_query.columnName(role) : Io::roleKey(role);
    return rejected;
}

Status DatabasePull::pullRejected(const CancelToken& cancel)
{
    Io::DbRows rows(
        m_connection, m_query.rejectedLines(m_fromDay, RejectedExamples), { m_table.displayName() }, cancel);
    const qsizetype columns = m_query.sampleRoles().size();
    while (rows.next()) {
        QStringList values;
        for (qsizetype i = 0; i < columns; ++i)
            values.append(rows.text(int(i + 1)));
        Project::RejectedRow rejected = describe(int(rows.integer(0)), values);
        // A table has no row numbers: examples are numbered in the order the server sent them.
        rejected.row = m_rejected.size() + 1;
        m_rejected.append(rejected);
    }
    return rows.status();
}

Status DatabasePull::pullAttributes(const AttributeHandler& onAttributes, const CancelToken& cancel)
{
    const auto statement = m_query.customerAttributes(m_fromDay);
    if (!statement)
        return {};
    Io::DbRows rows(m_connection, *statement, { m_table.displayName() }, cancel, Io::DbRead::Streamed);
    const QList<Role> roles = m_query.attributeRoles();
    while (rows.next()) {
        Project::CustomerRecord record;
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const QString value = rows.stamped(int(i + 1));
            switch (roles.at(i)) {
            case Role::Name:
                record.name = value;
                break;
            case Role::Phone:
                record.phone = value;
                break;
            case Role::Email:
                record.email = value;
                break;
            case Role::Gender:
                record.gender = value;
                break;
            case Role::Province:
                record.province = value;
                break;
            case Role::City:
                record.city = value;
                break;
            case Role::Country:
                record.country = value;
                break;
            default:
                break;
            }
        }
        if (Status status = onAttributes(rows.id(0), record); !status)
            return status;
    }
    return rows.status();
}

Project::SourceRecord DatabasePull::total() const
{
    Project::SourceRecord sum;
    for (const Project::SourceRecord& day : m_days)
        addCounts(sum, day);
    // Accepted lines were counted from the aggregate, rejected ones from the line counts.
    sum.rowsAccepted = sum.rowsRead - sum.rowsRejected;
    return sum;
}

Project::SourceRecord DatabasePull::tail() const
{
    Project::SourceRecord day = m_days.value(m_latestDay);
    day.rowsAccepted = day.rowsRead - day.rowsRejected;
    return day;
}

} // namespace Portrait::Jobs
