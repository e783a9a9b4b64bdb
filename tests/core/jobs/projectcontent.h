#pragma once

// Reads a project's content as sorted text rows, so tests can compare two projects (or one
// project before and after) without depending on row ids or import times.
#include "project/projectfile.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace ProjectContent {

inline QStringList rows(Portrait::Project::ProjectFile &project, const QString &sql)
{
    QSqlQuery query(project.database());
    QStringList out;
    if (!query.exec(sql))
        return { QStringLiteral("query failed: ") + sql };
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        out.append(fields.join(u'|'));
    }
    out.sort();
    return out;
}

/// Everything in every table, ids and times included: "the project did not change".
inline QStringList everything(Portrait::Project::ProjectFile &project)
{
    QStringList out;
    for (const char *table : { "sources", "rejected_rows", "customers", "orders", "survey_answers", "settings" }) {
        const QString name = QString::fromLatin1(table);
        for (const QString &row : rows(project, QStringLiteral("SELECT * FROM ") + name))
            out.append(name + QStringLiteral(": ") + row);
    }
    return out;
}

/// What an import of a file means, without ids, times or where the file lay: "same as a fresh import".
inline QStringList meaning(Portrait::Project::ProjectFile &project)
{
    QStringList out;
    out += rows(project, QStringLiteral("SELECT customer_key, name, gender, phone, email, province, city FROM customers"));
    out += rows(project, QStringLiteral("SELECT c.customer_key, o.order_key, o.order_day, o.order_seconds, o.purchase_amount, "
                         "o.returned_amount, o.has_purchase, o.line_count, o.quantity, o.channel, o.category "
                         "FROM orders o JOIN customers c ON c.id = o.customer_id"));
    out += rows(project, QStringLiteral("SELECT row_number, column_number, column_name, reason, raw_value FROM rejected_rows"));
    out += rows(project, QStringLiteral("SELECT kind, file_name, checksum, rows_read, rows_accepted, rows_rejected, "
                         "rows_without_customer, orders_in_file, orders_stored, customers_in_file, total_amount "
                         "FROM sources"));
    return out;
}

} // namespace ProjectContent
