#include "tagstore.h"

#include "projectfile.h"
#include "sqlite.h"

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

class TagStore
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Project::TagStore)
};

// Column order of the tags table as read and written here.
enum TagColumn { Id, ParentId, Level, Name, NameEn, Definition, DataSource, RefreshRule, OwnerNote, Rule, Position };

Status readTags(ProjectFile &project, Tags::TagDictionary &dictionary)
{
    // Parents before children (by level), siblings by position: addTag() rebuilds the tree and
    // checks it as it goes.
    Statement select(project.handle(),
                     "SELECT id, parent_id, level, name, name_en, definition, data_source, refresh_rule, owner_note, "
                     "rule, position FROM tags ORDER BY level, parent_id, position, id",
                     project.fileName());
    if (!select.ok())
        return select.error();
    while (select.step()) {
        Tags::TagNode node;
        node.id = select.int64(Id);
        node.parentId = select.isNull(ParentId) ? 0 : select.int64(ParentId);
        node.name = select.text(Name);
        node.nameEn = select.text(NameEn);
        node.definition = select.text(Definition);
        node.dataSource = select.text(DataSource);
        node.refreshRule = select.text(RefreshRule);
        node.ownerNote = select.text(OwnerNote);
        node.rule = select.text(Rule);
        Result<qint64> added = dictionary.addTag(node.parentId, node);
        if (!added || *added != node.id) {
            const QString why = added ? TagStore::tr("duplicate id") : added.error().message;
            return Error { TagStore::tr("%1: tag %2 (\"%3\") is invalid: %4")
                                   .arg(project.fileName())
                                   .arg(node.id)
                                   .arg(node.name, why),
                           project.fileName(), 0, 0, {} };
        }
    }
    if (select.failed())
        return sqliteError(project.handle(), project.fileName());
    return {};
}

Status readGroups(ProjectFile &project, Tags::TagDictionary &dictionary)
{
    Statement select(project.handle(), "SELECT name, expression, description FROM tag_groups ORDER BY position, id",
                     project.fileName());
    if (!select.ok())
        return select.error();
    while (select.step()) {
        if (Status s = dictionary.setGroup({ select.text(0), select.text(1), select.text(2) }); !s)
            return Error { s.error().message, project.fileName(), 0, 0, {} };
    }
    if (select.failed())
        return sqliteError(project.handle(), project.fileName());
    return {};
}

Result<Tags::ManualTags> readManual(ProjectFile &project)
{
    Statement select(project.handle(),
                     "SELECT m.tag_id, c.customer_key FROM manual_tags m JOIN customers c ON c.id = m.customer_id",
                     project.fileName());
    if (!select.ok())
        return select.error();
    Tags::ManualTags manual;
    while (select.step())
        manual[select.int64(0)].insert(select.text(1));
    if (select.failed())
        return sqliteError(project.handle(), project.fileName());
    return manual;
}

Status writeDictionary(ProjectFile &project, const Tags::TagDictionary &dictionary)
{
    sqlite3 *db = project.handle();
    const QString name = project.fileName();
    if (Status s = exec(db, "DELETE FROM manual_tags; DELETE FROM tag_groups; DELETE FROM tags;", name); !s)
        return s;
    Statement insert(db,
                     "INSERT INTO tags(id, parent_id, level, name, name_en, definition, data_source, refresh_rule, "
                     "owner_note, rule, position) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     name);
    if (!insert.ok())
        return insert.error();
    for (const Tags::TagNode &node : dictionary.tags()) {   // parents first
        insert.bind(Id + 1, node.id);
        if (node.parentId == 0)
            insert.bindNull(ParentId + 1);
        else
            insert.bind(ParentId + 1, node.parentId);
        insert.bind(Level + 1, qint64(dictionary.level(node.id)));
        insert.bind(Name + 1, node.name);
        insert.bind(NameEn + 1, node.nameEn);
        insert.bind(Definition + 1, node.definition);
        insert.bind(DataSource + 1, node.dataSource);
        insert.bind(RefreshRule + 1, node.refreshRule);
        insert.bind(OwnerNote + 1, node.ownerNote);
        insert.bind(Rule + 1, node.rule);
        insert.bind(Position + 1, qint64(dictionary.row(node.id)));
        if (Status s = insert.run(); !s)
            return s;
    }
    Statement group(db, "INSERT INTO tag_groups(name, expression, description, position) VALUES(?, ?, ?, ?)", name);
    if (!group.ok())
        return group.error();
    qint64 position = 0;
    for (const Tags::TagGroup &g : dictionary.groups()) {
        group.bind(1, g.name);
        group.bind(2, g.expression);
        group.bind(3, g.description);
        group.bind(4, position++);
        if (Status s = group.run(); !s)
            return s;
    }
    return {};
}

Status writeManual(ProjectFile &project, const Tags::TagDictionary &dictionary, const Tags::ManualTags &manual)
{
    Statement insert(project.handle(),
                     "INSERT OR IGNORE INTO manual_tags(tag_id, customer_id) "
                     "SELECT ?1, id FROM customers WHERE customer_key = ?2",
                     project.fileName());
    if (!insert.ok())
        return insert.error();
    for (auto it = manual.constBegin(); it != manual.constEnd(); ++it) {
        if (!dictionary.find(it.key()))
            continue;   // the tag was deleted: its assignments go with it
        for (const QString &key : it.value()) {
            insert.bind(1, it.key());
            insert.bind(2, key);
            if (Status s = insert.run(); !s)
                return s;
            // Keys are a set, so nothing inserted means the customer is unknown.
            if (sqlite3_changes(project.handle()) == 0) {
                return Error { TagStore::tr("%1: customer \"%2\" is not in the project").arg(project.fileName(), key),
                               project.fileName(), 0, 0, {} };
            }
        }
    }
    return {};
}

} // namespace

Result<TagData> loadTagData(ProjectFile &project)
{
    TagData data;
    if (Status s = readTags(project, data.dictionary); !s)
        return s.error();
    if (Status s = readGroups(project, data.dictionary); !s)
        return s.error();
    Result<Tags::ManualTags> manual = readManual(project);
    if (!manual)
        return manual.error();
    data.manual = manual.takeValue();
    return data;
}

Status saveTagData(ProjectFile &project, const TagData &data)
{
    if (Status s = data.dictionary.validate(); !s)
        return s;
    Transaction transaction(project.handle(), project.fileName());
    if (!transaction.ok())
        return transaction.error();
    if (Status s = writeDictionary(project, data.dictionary); !s)
        return s;
    if (Status s = writeManual(project, data.dictionary, data.manual); !s)
        return s;
    return transaction.commit();
}

Status saveDictionary(ProjectFile &project, const Tags::TagDictionary &dictionary)
{
    Result<Tags::ManualTags> manual = readManual(project);
    if (!manual)
        return manual.error();
    return saveTagData(project, TagData { dictionary, manual.takeValue() });
}

} // namespace Portrait::Project
