#include "orderlevelstore.h"

#include "projectfile.h"
#include "sqlite.h"

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

Status readStates(ProjectFile &project, qint64 sourceId, OrderLevelSummary &summary)
{
    Statement states(project.handle(),
                     "SELECT state, count(*), coalesce(sum(refund_amount > 0 AND refund_amount < amount "
                     "AND state = 'purchase'), 0), coalesce(sum(CASE WHEN state IN ('purchase', 'refunded') "
                     "THEN amount END), 0), coalesce(sum(CASE WHEN state IN ('purchase', 'refunded') THEN "
                     "refund_amount END), 0) FROM order_level WHERE source_id = ? GROUP BY state",
                     project.fileName());
    if (!states.ok())
        return states.error();
    states.bind(1, sourceId);
    while (states.step()) {
        const std::optional<Io::OrderState> state = Io::orderStateFromKey(states.text(0));
        if (!state)
            continue;
        summary.byState[int(*state)] = states.int64(1);
        summary.orders += states.int64(1);
        summary.partlyRefunded += states.int64(2);
        summary.paidAmount += states.real(3);
        summary.refundAmount += states.real(4);
    }
    return states.failed() ? Status(states.error()) : Status();
}

Status readGroups(ProjectFile &project, qint64 sourceId, bool byProvince, QList<OrderLevelGroup> &groups)
{
    const char *sql = byProvince
            ? "SELECT coalesce(province, ''), count(*), coalesce(sum(state IN ('purchase', 'refunded')), 0), "
              "coalesce(sum(CASE WHEN state IN ('purchase', 'refunded') THEN amount END), 0), "
              "coalesce(sum(CASE WHEN state IN ('purchase', 'refunded') THEN refund_amount END), 0) "
              "FROM order_level WHERE source_id = ? GROUP BY 1 ORDER BY 2 DESC, 1"
            : "SELECT coalesce(created_day, paid_day), count(*), coalesce(sum(state IN ('purchase', 'refunded')), 0), "
              "coalesce(sum(CASE WHEN state IN ('purchase', 'refunded') THEN amount END), 0), "
              "coalesce(sum(CASE WHEN state IN ('purchase', 'refunded') THEN refund_amount END), 0) "
              "FROM order_level WHERE source_id = ? GROUP BY 1 ORDER BY 1";
    Statement query(project.handle(), sql, project.fileName());
    if (!query.ok())
        return query.error();
    query.bind(1, sourceId);
    while (query.step()) {
        OrderLevelGroup group;
        if (byProvince)
            group.province = query.text(0);
        else
            group.day = dayAt(query, 0);
        group.orders = query.int64(1);
        group.paid = query.int64(2);
        group.paidAmount = query.real(3);
        group.refundAmount = query.real(4);
        groups.append(group);
    }
    return query.failed() ? Status(query.error()) : Status();
}

OrderLevelRecord recordAt(const Statement &row)
{
    OrderLevelRecord r;
    r.orderKey = row.utf8(0).toByteArray();
    r.customerKey = row.utf8(1).toByteArray();
    r.state = Io::orderStateFromKey(row.text(2)).value_or(Io::OrderState::Purchase);
    r.statusText = row.text(3);
    r.firstRow = row.int64(4);
    r.lineCount = row.int64(5);
    r.createdDay = dayAt(row, 6);
    r.paidDay = dayAt(row, 7);
    r.amount = row.real(8);
    r.refundAmount = row.real(9);
    r.province = row.text(10);
    r.city = row.text(11);
    r.product = row.text(12);
    return r;
}

} // namespace

Status writeOrderLevel(ProjectFile &project, qint64 sourceId, const std::vector<OrderLevelRecord> &orders)
{
    Statement clear(project.handle(), "DELETE FROM order_level WHERE source_id = ?", project.fileName());
    if (!clear.ok())
        return clear.error();
    clear.bind(1, sourceId);
    if (Status status = clear.run(); !status)
        return status;
    Statement insert(project.handle(),
                     "INSERT INTO order_level(source_id, order_key, customer_key, state, status_text, first_row, "
                     "line_count, created_day, paid_day, amount, refund_amount, province, city, product) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     project.fileName());
    if (!insert.ok())
        return insert.error();
    for (const OrderLevelRecord &o : orders) {
        insert.bind(1, sourceId);
        insert.bind(2, o.orderKey);
        if (o.customerKey.isEmpty())
            insert.bindNull(3);
        else
            insert.bind(3, o.customerKey);
        insert.bind(4, Io::orderStateKey(o.state));
        insert.bindOptional(5, o.statusText);
        insert.bind(6, o.firstRow);
        insert.bind(7, o.lineCount);
        bindDay(insert, 8, o.createdDay);
        bindDay(insert, 9, o.paidDay);
        insert.bind(10, o.amount);
        insert.bind(11, o.refundAmount);
        insert.bindOptional(12, o.province);
        insert.bindOptional(13, o.city);
        insert.bindOptional(14, o.product);
        if (Status status = insert.run(); !status)
            return status;
    }
    return {};
}

Result<OrderLevelSummary> orderLevelSummary(ProjectFile &project, qint64 sourceId, int notPurchasesListed)
{
    OrderLevelSummary summary;
    if (Status status = readStates(project, sourceId, summary); !status)
        return status.error();
    if (summary.orders == 0)
        return summary;
    if (Status status = readGroups(project, sourceId, true, summary.byProvince); !status)
        return status.error();
    if (Status status = readGroups(project, sourceId, false, summary.byDay); !status)
        return status.error();
    Statement rows(project.handle(),
                   "SELECT order_key, customer_key, state, status_text, first_row, line_count, created_day, "
                   "paid_day, amount, refund_amount, province, city, product FROM order_level "
                   "WHERE source_id = ? AND state IN ('unpaid', 'closed', 'cancelled') ORDER BY first_row LIMIT ?",
                   project.fileName());
    if (!rows.ok())
        return rows.error();
    rows.bind(1, sourceId);
    rows.bind(2, qint64(notPurchasesListed));
    while (rows.step())
        summary.notPurchases.append(recordAt(rows));
    if (rows.failed())
        return rows.error();
    return summary;
}

} // namespace Portrait::Project
