#include "mergestore.h"

#include "projectfile.h"
#include "sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

Result<QList<DedupeDecision>> loadDecisions(ProjectFile &project)
{
    Statement select(project.handle(),
                     "SELECT id, decision, customers, evidence, decided_at FROM dedupe_decisions ORDER BY id",
                     project.fileName());
    if (!select.ok())
        return select.error();
    QList<DedupeDecision> decisions;
    while (select.step()) {
        DedupeDecision decision;
        decision.id = select.int64(0);
        decision.accepted = select.text(1) == u"accepted"_s;
        for (const QJsonValue &customer : QJsonDocument::fromJson(select.text(2).toUtf8()).array())
            decision.customers.append(customer.toString());
        decision.evidence = select.text(3).toUtf8();
        decision.decidedAt = select.text(4);
        decisions.append(decision);
    }
    if (select.failed())
        return select.error();
    return decisions;
}

Result<qint64> addDecision(ProjectFile &project, const DedupeDecision &decision)
{
    Statement insert(project.handle(),
                     "INSERT INTO dedupe_decisions(decision, customers, evidence, decided_at) VALUES(?, ?, ?, ?)",
                     project.fileName());
    if (!insert.ok())
        return insert.error();
    insert.bind(1, decision.accepted ? u"accepted"_s : u"rejected"_s);
    insert.bind(2, QJsonDocument(QJsonArray::fromStringList(decision.customers)).toJson(QJsonDocument::Compact));
    insert.bind(3, decision.evidence.isEmpty() ? QByteArray("[]") : decision.evidence);
    insert.bind(4, decision.decidedAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
                                                : decision.decidedAt);
    if (Status status = insert.run(); !status)
        return status.error();
    return qint64(sqlite3_last_insert_rowid(project.handle()));
}

Status removeDecision(ProjectFile &project, qint64 decisionId)
{
    Statement remove(project.handle(), "DELETE FROM dedupe_decisions WHERE id = ?1", project.fileName());
    if (!remove.ok())
        return remove.error();
    remove.bind(1, decisionId);
    return remove.run();
}

Result<qint64> resolveCustomer(ProjectFile &project, const QString &customerKey, bool followAliases)
{
    Statement byKey(project.handle(), "SELECT id FROM customers WHERE customer_key = ?1", project.fileName());
    if (!byKey.ok())
        return byKey.error();
    byKey.bind(1, customerKey);
    if (byKey.step())
        return byKey.int64(0);
    if (byKey.failed())
        return byKey.error();
    if (!followAliases)
        return qint64(0);
    // The newest merge wins should an id have been merged twice (after a refresh brought it back).
    Statement byAlias(project.handle(),
                      "SELECT customer_id FROM customer_aliases WHERE alias = ?1 ORDER BY merge_id DESC LIMIT 1",
                      project.fileName());
    if (!byAlias.ok())
        return byAlias.error();
    byAlias.bind(1, customerKey);
    if (byAlias.step())
        return byAlias.int64(0);
    return byAlias.failed() ? Result<qint64>(byAlias.error()) : qint64(0);
}

Result<QList<qint64>> mergesOfDecision(ProjectFile &project, qint64 decisionId)
{
    Statement select(project.handle(), "SELECT id FROM merges WHERE decision_id = ?1 ORDER BY id DESC",
                     project.fileName());
    if (!select.ok())
        return select.error();
    select.bind(1, decisionId);
    QList<qint64> ids;
    while (select.step())
        ids.append(select.int64(0));
    if (select.failed())
        return select.error();
    return ids;
}

Result<QHash<qint64, QStringList>> loadAliases(ProjectFile &project)
{
    Statement select(project.handle(), "SELECT DISTINCT customer_id, alias FROM customer_aliases ORDER BY customer_id, alias",
                     project.fileName());
    if (!select.ok())
        return select.error();
    QHash<qint64, QStringList> aliases;
    while (select.step())
        aliases[select.int64(0)].append(select.text(1));
    if (select.failed())
        return select.error();
    return aliases;
}

} // namespace Portrait::Project
