#pragma once

// Reads a project's content as sorted text rows, so tests can compare two projects (or one
// project before and after) without depending on row ids or import times.
#include "project/projectfile.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

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

/// One value with its storage class, exactly: a REAL with all 17 digits (and the sign of zero), text
/// as is, integers as integers; 1 and 1.0 differ.
inline QString exactValue(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.metaType().id()) {
    case QMetaType::Double:
        return QStringLiteral("r:") + QString::number(value.toDouble(), 'g', 17);
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QStringLiteral("i:") + QString::number(value.toLongLong());
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(value.toByteArray().toHex());
    default:
        return QStringLiteral("t:") + value.toString();
    }
}

/// Every row of every table but those skipped, in row-id (or primary-key) order, row ids and
/// storage classes included: two projects are equal here when their tables hold the same bytes.
inline QStringList exactly(Portrait::Project::ProjectFile &project, const QStringList &skip = {})
{
    QSqlQuery tables(project.database());
    QStringList out;
    if (!tables.exec(QStringLiteral("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        return { QStringLiteral("cannot list the tables") };
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        const bool withoutRowid = tables.value(1).toBool();
        if (skip.contains(name))
            continue;
        QSqlQuery rows(project.database());
        const QString sql = withoutRowid ? QStringLiteral("SELECT * FROM ") + name
                                         : QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(name);
        if (!rows.exec(sql))
            return { QStringLiteral("query failed: ") + sql };
        out.append(name);
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i)
                fields.append(exactValue(rows.value(i)));
            out.append(fields.join(u'|'));
        }
    }
    return out;
}

} // namespace ProjectContent

