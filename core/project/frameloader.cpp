#include "frameloader.h"

#include "projectfile.h"
#include "sqlite.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

Error cancelled(const ProjectFile &project)
{
    return Error { QCoreApplication::translate("Portrait::Project", "Loading was cancelled."), project.fileName(),
                   0, 0, {} };
}

qint64 count(sqlite3 *db, const char *sql)
{
    Statement statement(db, sql, {});
    return statement.ok() && statement.step() ? statement.int64(0) : 0;
}

Status loadCustomers(ProjectFile &project, Model::CustomerFrame &frame, std::vector<qint32> &indexOfRow,
                     const CancelToken &cancel)
{
    Statement rows(project.handle(),
                   "SELECT id, customer_key, name, gender, province, city, phone, email, order_count, "
                   "total_amount, last_order_day FROM customers ORDER BY id",
                   project.fileName());
    if (!rows.ok())
        return rows.error();
    while (rows.step()) {
        const qint64 rowId = rows.int64(0);
        const qint32 index = frame.addCustomer(rows.text(1));
        if (size_t(rowId) >= indexOfRow.size())
            indexOfRow.resize(size_t(rowId) + 1, -1);
        indexOfRow[size_t(rowId)] = index;
        frame.names[index] = rows.text(2);
        frame.genders[index] = rows.text(3);
        frame.provinces[index] = rows.text(4);
        frame.cities[index] = rows.text(5);
        frame.phones[index] = rows.text(6);
        frame.emails[index] = rows.text(7);
        if (!rows.isNull(8))
            frame.totals.orderCount[size_t(index)] = qint32(rows.int64(8));
        if (!rows.isNull(9))
            frame.totals.amount[size_t(index)] = rows.real(9);
        if (!rows.isNull(10)) {
            const auto day = Model::Day(rows.int64(10));
            frame.totals.lastOrderDay[size_t(index)] = day;
            frame.latestOrderDay = std::max(frame.latestOrderDay, day);
        }
        if ((index & 0xffff) == 0 && cancel.isCancelled())
            return cancelled(project);
    }
    if (rows.failed())
        return rows.error();
    return {};
}

} // namespace

Result<Model::CustomerFrame> loadFrame(ProjectFile &project, ProgressSink &progress, const CancelToken &cancel)
{
    Model::CustomerFrame frame;
    sqlite3 *db = project.handle();
    const qint64 customers = count(db, "SELECT count(*) FROM customers");
    const qint64 orders = count(db, "SELECT count(*) FROM orders");
    progress.setPhase(QCoreApplication::translate("Portrait::Project", "Loading customers"));
    progress.setTotal(customers + orders);

    std::vector<qint32> indexOfRow;
    if (Status status = loadCustomers(project, frame, indexOfRow, cancel); !status)
        return status.error();
    progress.setValue(customers);

    Statement rows(db,
                   "SELECT customer_id, order_day, purchase_amount, returned_amount, has_purchase FROM orders "
                   "ORDER BY customer_id, order_day",
                   project.fileName());
    if (!rows.ok())
        return rows.error();
    frame.orders.reserve(orders);
    qint64 done = 0;
    while (rows.step()) {
        const auto rowId = size_t(rows.int64(0));
        const qint32 index = rowId < indexOfRow.size() ? indexOfRow[rowId] : -1;
        if (index < 0)
            continue; // the foreign key makes this impossible; stay safe with a damaged file
        const auto day = Model::Day(rows.int64(1));
        frame.orders.append(index, day, rows.real(2), rows.real(3), rows.int64(4) != 0);
        frame.latestOrderDay = std::max(frame.latestOrderDay, day);
        if ((++done & 0xffff) == 0) {
            progress.setValue(customers + done);
            if (cancel.isCancelled())
                return cancelled(project);
        }
    }
    if (rows.failed())
        return rows.error();
    progress.setValue(customers + orders);
    return frame;
}

} // namespace Portrait::Project
