// Merging duplicate customers and undoing it (declared in mergestore.h).
#include "mergestore.h"

#include "projectfile.h"
#include "rowsnapshot.h"
#include "sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

struct MergeText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Project::MergeStore)
};

Result<QList<qint64>> idList(ProjectFile &project, const char *sql, qint64 id)
{
    Statement select(project.handle(), sql, project.fileName());
    if (!select.ok())
        return select.error();
    select.bind(1, id);
    QList<qint64> ids;
    while (select.step())
        ids.append(select.int64(0));
    if (select.failed())
        return select.error();
    return ids;
}

Status run(ProjectFile &project, const char *sql, qint64 first, std::optional<qint64> second = std::nullopt)
{
    Statement statement(project.handle(), sql, project.fileName());
    if (!statement.ok())
        return statement.error();
    statement.bind(1, first);
    if (second)
        statement.bind(2, *second);
    return statement.run();
}

QJsonArray toJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

Error mergeError(const ProjectFile &project, const QString &message)
{
    return Error { message, project.fileName(), 0, 0, {} };
}

// The survivor keeps what it has; what it lacks comes from the merged customer. Totals of
// customer-level data add up, so the merged customers' orders still count.
constexpr const char *FillSurvivor =
        "UPDATE customers SET name = coalesce(customers.name, m.name), gender = coalesce(customers.gender, m.gender), "
        "birth_day = coalesce(customers.birth_day, m.birth_day), age = coalesce(customers.age, m.age), "
        "phone = coalesce(customers.phone, m.phone), email = coalesce(customers.email, m.email), "
        "province = coalesce(customers.province, m.province), city = coalesce(customers.city, m.city), "
        "country = coalesce(customers.country, m.country), signup_day = coalesce(customers.signup_day, m.signup_day), "
        "order_count = iif(customers.order_count IS NULL OR m.order_count IS NULL, "
        "coalesce(customers.order_count, m.order_count), customers.order_count + m.order_count), "
        "total_amount = iif(customers.total_amount IS NULL OR m.total_amount IS NULL, "
        "coalesce(customers.total_amount, m.total_amount), customers.total_amount + m.total_amount), "
        "last_order_day = max(coalesce(customers.last_order_day, m.last_order_day), "
        "coalesce(m.last_order_day, customers.last_order_day)), "
        "source_id = coalesce(customers.source_id, m.source_id) "
        "FROM (SELECT * FROM customers WHERE id = ?2) AS m WHERE customers.id = ?1";

// Moves one customer's rows to the survivor and deletes it; returns what undoing needs.
Result<QJsonObject> absorb(ProjectFile &project, qint64 survivorId, qint64 mergedId, QSet<qint64> &survivorTags,
                           QJsonArray &addedTags)
{
    const RowSnapshot snapshot(project.handle(), project.fileName());
    auto row = snapshot.read(u"customers"_s, u"id"_s, mergedId);
    if (!row)
        return row.error();
    if (!*row)
        return mergeError(project, MergeText::tr("The project has no customer %1 to merge.").arg(mergedId));
    auto clean = snapshot.read(u"customer_clean"_s, u"customer_id"_s, mergedId);
    auto orders = idList(project, "SELECT id FROM orders WHERE customer_id = ?1 ORDER BY id", mergedId);
    auto answers = idList(project, "SELECT id FROM survey_answers WHERE customer_id = ?1 ORDER BY id", mergedId);
    auto tags = idList(project, "SELECT tag_id FROM manual_tags WHERE customer_id = ?1 ORDER BY tag_id", mergedId);
    if (!clean || !orders || !answers || !tags)
        return !clean ? clean.error() : !orders ? orders.error() : !answers ? answers.error() : tags.error();
    Statement aliases(project.handle(), "SELECT alias, merge_id FROM customer_aliases WHERE customer_id = ?1",
                      project.fileName());
    if (!aliases.ok())
        return aliases.error();
    aliases.bind(1, mergedId);
    QJsonArray movedAliases;
    while (aliases.step())
        movedAliases.append(QJsonArray { aliases.text(0), aliases.int64(1) });
    if (aliases.failed())
        return aliases.error();

    for (const char *sql : { "UPDATE orders SET customer_id = ?1 WHERE customer_id = ?2",
                             "UPDATE survey_answers SET customer_id = ?1 WHERE customer_id = ?2",
                             "UPDATE customer_aliases SET customer_id = ?1 WHERE customer_id = ?2", FillSurvivor }) {
        if (Status status = run(project, sql, survivorId, mergedId); !status)
            return status.error();
    }
    for (qint64 tag : *tags) {
        if (survivorTags.contains(tag))
            continue;
        if (Status status = run(project, "INSERT INTO manual_tags(tag_id, customer_id) VALUES(?1, ?2)", tag, survivorId);
            !status)
            return status.error();
        survivorTags.insert(tag);
        addedTags.append(tag);
    }
    if (Status status = run(project, "DELETE FROM customers WHERE id = ?1", mergedId); !status)
        return status.error();
    return QJsonObject { { u"row"_s, **row },
                         { u"clean"_s, *clean ? QJsonValue(**clean) : QJsonValue(QJsonValue::Null) },
                         { u"orders"_s, toJson(*orders) },
                         { u"answers"_s, toJson(*answers) },
                         { u"tags"_s, toJson(*tags) },
                         { u"aliases"_s, movedAliases } };
}

Status recordAliases(ProjectFile &project, qint64 survivorId, qint64 mergeId, const QJsonArray &merged)
{
    Statement insert(project.handle(), "INSERT INTO customer_aliases(alias, customer_id, merge_id) VALUES(?, ?, ?)",
                     project.fileName());
    if (!insert.ok())
        return insert.error();
    for (const QJsonValue &customer : merged) {
        insert.bind(1, customer[u"row"_s][u"customer_key"_s].toString());
        insert.bind(2, survivorId);
        insert.bind(3, mergeId);
        if (Status status = insert.run(); !status)
            return status;
    }
    return {};
}

} // namespace

Result<qint64> mergeCustomers(ProjectFile &project, qint64 survivorId, const QList<qint64> &mergedIds, qint64 decisionId)
{
    const RowSnapshot snapshot(project.handle(), project.fileName());
    auto survivor = snapshot.read(u"customers"_s, u"id"_s, survivorId);
    auto survivorClean = snapshot.read(u"customer_clean"_s, u"customer_id"_s, survivorId);
    auto tags = idList(project, "SELECT tag_id FROM manual_tags WHERE customer_id = ?1", survivorId);
    if (!survivor || !survivorClean || !tags)
        return !survivor ? survivor.error() : !survivorClean ? survivorClean.error() : tags.error();
    if (!*survivor)
        return mergeError(project, MergeText::tr("The project has no customer %1 to merge into.").arg(survivorId));
    QSet<qint64> survivorTags(tags->begin(), tags->end());
    QJsonArray merged, addedTags;
    for (qint64 id : mergedIds) {
        if (id == survivorId)
            continue;
        auto absorbed = absorb(project, survivorId, id, survivorTags, addedTags);
        if (!absorbed)
            return absorbed.error();
        merged.append(*absorbed);
    }
    const QJsonObject undo { { u"survivor"_s, **survivor },
                             { u"survivorClean"_s, *survivorClean ? QJsonValue(**survivorClean) : QJsonValue(QJsonValue::Null) },
                             { u"merged"_s, merged },
                             { u"addedTags"_s, addedTags } };
    Statement insert(project.handle(), "INSERT INTO merges(survivor_id, decision_id, merged_at, undo) VALUES(?, ?, ?, ?)",
                     project.fileName());
    if (!insert.ok())
        return insert.error();
    insert.bind(1, survivorId);
    if (decisionId > 0)
        insert.bind(2, decisionId);
    else
        insert.bindNull(2);
    insert.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.bind(4, QJsonDocument(undo).toJson(QJsonDocument::Compact));
    if (Status status = insert.run(); !status)
        return status.error();
    const auto mergeId = qint64(sqlite3_last_insert_rowid(project.handle()));
    if (Status status = recordAliases(project, survivorId, mergeId, merged); !status)
        return status.error();
    return mergeId;
}

namespace {

// What must still hold for the undo to put the rows back where they were.
Status checkUndoable(ProjectFile &project, qint64 mergeId, qint64 survivorId, const QJsonArray &merged)
{
    const auto refuse = [&](const QString &why) {
        return mergeError(project, MergeText::tr("Merge %1 can no longer be undone: %2").arg(mergeId).arg(why));
    };
    Statement laterMerge(project.handle(), "SELECT 1 FROM merges WHERE survivor_id = ?1 AND id > ?2", project.fileName());
    laterMerge.bind(1, survivorId);
    laterMerge.bind(2, mergeId);
    if (laterMerge.step())
        return refuse(MergeText::tr("a later merge into the same customer must be undone first."));
    Statement taken(project.handle(), "SELECT 1 FROM customers WHERE id = ?1 OR customer_key = ?2", project.fileName());
    Statement order(project.handle(), "SELECT customer_id FROM orders WHERE id = ?1", project.fileName());
    Statement answer(project.handle(), "SELECT customer_id FROM survey_answers WHERE id = ?1", project.fileName());
    for (const QJsonValue &customer : merged) {
        const QJsonObject row = customer[u"row"_s].toObject();
        taken.reset();
        taken.bind(1, row.value(u"id"_s).toInteger());
        taken.bind(2, row.value(u"customer_key"_s).toString());
        if (taken.step())
            return refuse(MergeText::tr("the customer %1 exists again.").arg(row.value(u"customer_key"_s).toString()));
        for (auto [statement, key] : { std::pair { &order, u"orders"_s }, std::pair { &answer, u"answers"_s } }) {
            for (const QJsonValue &id : customer[key].toArray()) {
                statement->reset();
                statement->bind(1, id.toInteger());
                if (!statement->step() || statement->int64(0) != survivorId)
                    return refuse(MergeText::tr("the orders or answers it moved have changed since."));
            }
        }
    }
    return {};
}

Status restoreMerged(ProjectFile &project, const QJsonObject &customer)
{
    const RowSnapshot snapshot(project.handle(), project.fileName());
    const QJsonObject row = customer[u"row"_s].toObject();
    const qint64 id = row.value(u"id"_s).toInteger();
    if (Status status = snapshot.insert(u"customers"_s, row); !status)
        return status;
    if (customer[u"clean"_s].isObject()) {
        if (Status status = snapshot.insert(u"customer_clean"_s, customer[u"clean"_s].toObject()); !status)
            return status;
    }
    for (const QJsonValue &order : customer[u"orders"_s].toArray()) {
        if (Status status = run(project, "UPDATE orders SET customer_id = ?2 WHERE id = ?1", order.toInteger(), id); !status)
            return status;
    }
    for (const QJsonValue &answer : customer[u"answers"_s].toArray()) {
        if (Status status = run(project, "UPDATE survey_answers SET customer_id = ?2 WHERE id = ?1", answer.toInteger(), id);
            !status)
            return status;
    }
    for (const QJsonValue &tag : customer[u"tags"_s].toArray()) {
        // A tag deleted from the dictionary since is not brought back.
        if (Status status = run(project, "INSERT INTO manual_tags(tag_id, customer_id) SELECT ?1, ?2 "
                                         "WHERE EXISTS (SELECT 1 FROM tags WHERE id = ?1)",
                                tag.toInteger(), id);
            !status)
            return status;
    }
    Statement alias(project.handle(), "UPDATE customer_aliases SET customer_id = ?1 WHERE alias = ?2 AND merge_id = ?3",
                    project.fileName());
    for (const QJsonValue &moved : customer[u"aliases"_s].toArray()) {
        alias.bind(1, id);
        alias.bind(2, moved[0].toString());
        alias.bind(3, moved[1].toInteger());
        if (Status status = alias.run(); !status)
            return status;
    }
    return {};
}

} // namespace

Status undoMerge(ProjectFile &project, qint64 mergeId)
{
    Statement select(project.handle(), "SELECT survivor_id, undo FROM merges WHERE id = ?1", project.fileName());
    if (!select.ok())
        return select.error();
    select.bind(1, mergeId);
    if (!select.step())
        return select.failed() ? select.error() : mergeError(project, MergeText::tr("The project has no merge %1.").arg(mergeId));
    const qint64 survivorId = select.int64(0);
    const QJsonObject undo = QJsonDocument::fromJson(select.text(1).toUtf8()).object();
    const QJsonArray merged = undo.value(u"merged"_s).toArray();
    if (Status status = checkUndoable(project, mergeId, survivorId, merged); !status)
        return status;
    for (const QJsonValue &customer : merged) {
        if (Status status = restoreMerged(project, customer.toObject()); !status)
            return status;
    }
    for (const QJsonValue &tag : undo.value(u"addedTags"_s).toArray()) {
        if (Status status = run(project, "DELETE FROM manual_tags WHERE tag_id = ?1 AND customer_id = ?2", tag.toInteger(), survivorId);
            !status)
            return status;
    }
    const RowSnapshot snapshot(project.handle(), project.fileName());
    if (Status status = snapshot.update(u"customers"_s, u"id"_s, survivorId, undo.value(u"survivor"_s).toObject()); !status)
        return status;
    if (Status status = run(project, "DELETE FROM customer_clean WHERE customer_id = ?1", survivorId); !status)
        return status;
    if (undo.value(u"survivorClean"_s).isObject()) {
        if (Status status = snapshot.insert(u"customer_clean"_s, undo.value(u"survivorClean"_s).toObject()); !status)
            return status;
    }
    return run(project, "DELETE FROM merges WHERE id = ?1", mergeId);
}

} // namespace Portrait::Project
