#include "rowsnapshot.h"

#include "sqlite.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

struct RowSnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Project::RowSnapshot)
};

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

void bindJson(Statement &statement, int index, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        statement.bindNull(index);
    else if (value.isString())
        statement.bind(index, value.toString());
    else if (value.isObject())
        statement.bind(index, value.toObject().value(u"r"_s).toDouble());
    else
        statement.bind(index, value.toInteger());
}

} // namespace

Result<QStringList> RowSnapshot::columns(const QString &table) const
{
    Statement info(m_db, "SELECT name FROM pragma_table_info(?1)", m_fileName);
    if (!info.ok())
        return info.error();
    info.bind(1, table);
    QStringList names;
    while (info.step())
        names.append(info.text(0));
    if (info.failed())
        return info.error();
    if (names.isEmpty())
        return Error { RowSnapshotText::tr("The project has no table %1.").arg(table), m_fileName, 0, 0, {} };
    return names;
}

Result<std::optional<QJsonObject>> RowSnapshot::read(const QString &table, const QString &keyColumn, qint64 key) const
{
    auto names = columns(table);
    if (!names)
        return names.error();
    if (!names->contains(keyColumn))
        return Error { RowSnapshotText::tr("The table %1 has no column %2.").arg(table, keyColumn), m_fileName, 0, 0, {} };
    const QByteArray sql = (u"SELECT * FROM "_s + quoted(table) + u" WHERE "_s + quoted(keyColumn) + u" = ?1"_s).toUtf8();
    Statement select(m_db, sql.constData(), m_fileName);
    if (!select.ok())
        return select.error();
    select.bind(1, key);
    if (!select.step())
        return select.failed() ? Result<std::optional<QJsonObject>>(select.error()) : std::optional<QJsonObject>();
    QJsonObject row;
    for (int i = 0; i < names->size(); ++i) {
        QJsonValue value;
        if (select.isNull(i))
            value = QJsonValue::Null;
        else if (select.type(i) == SQLITE_INTEGER)
            value = select.int64(i);
        else if (select.type(i) == SQLITE_FLOAT)
            value = QJsonObject { { u"r"_s, select.real(i) } };
        else
            value = select.text(i);
        row.insert(names->at(i), value);
    }
    return std::optional(row);
}

Status RowSnapshot::insert(const QString &table, const QJsonObject &row) const
{
    auto names = columns(table);
    if (!names)
        return names.error();
    QStringList used, marks;
    for (const QString &name : *names) {
        if (row.contains(name)) {
            used.append(name);
            marks.append(u'?' + QString::number(used.size()));
        }
    }
    QStringList quotedNames;
    for (const QString &name : used)
        quotedNames.append(quoted(name));
    const QByteArray sql = (u"INSERT INTO "_s + quoted(table) + u'(' + quotedNames.join(u", "_s) + u") VALUES("_s
                            + marks.join(u", "_s) + u')').toUtf8();
    Statement insert(m_db, sql.constData(), m_fileName);
    if (!insert.ok())
        return insert.error();
    for (int i = 0; i < used.size(); ++i)
        bindJson(insert, i + 1, row.value(used.at(i)));
    return insert.run();
}

Status RowSnapshot::update(const QString &table, const QString &keyColumn, qint64 key, const QJsonObject &row) const
{
    auto names = columns(table);
    if (!names)
        return names.error();
    QStringList assignments, used;
    for (const QString &name : *names) {
        if (name != keyColumn && row.contains(name)) {
            used.append(name);
            assignments.append(quoted(name) + u" = ?"_s + QString::number(used.size() + 1));
        }
    }
    if (used.isEmpty())
        return {};
    const QByteArray sql = (u"UPDATE "_s + quoted(table) + u" SET "_s + assignments.join(u", "_s) + u" WHERE "_s
                            + quoted(keyColumn) + u" = ?1"_s).toUtf8();
    Statement update(m_db, sql.constData(), m_fileName);
    if (!update.ok())
        return update.error();
    update.bind(1, key);
    for (int i = 0; i < used.size(); ++i)
        bindJson(update, i + 2, row.value(used.at(i)));
    return update.run();
}

} // namespace Portrait::Project
