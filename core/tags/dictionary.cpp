#include "dictionary.h"

#include "tags/rulesfile.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

constexpr qsizetype MaxNameLength = 100;

Error error(const QString &message)
{
    return Error { message, {}, 0, 0, {} };
}

} // namespace

QString nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return TagDictionary::tr("a name cannot be empty");
    if (name.contains(u'/'))
        return TagDictionary::tr("a name cannot contain \"/\": it separates the levels of a tag path");
    if (name.trimmed() != name)
        return TagDictionary::tr("a name cannot start or end with a space");
    if (name.size() > MaxNameLength)
        return TagDictionary::tr("a name can have at most %1 characters").arg(MaxNameLength);
    return {};
}

void TagDictionary::reindex()
{
    m_index.clear();
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_index.insert(m_nodes[i].id, i);
        m_nextId = std::max(m_nextId, m_nodes[i].id + 1);
    }
}

int TagDictionary::indexOf(qint64 id) const
{
    return m_index.value(id, -1);
}

QList<TagNode> TagDictionary::tags() const
{
    QList<TagNode> out;
    out.reserve(m_nodes.size());
    const std::function<void(qint64)> visit = [&](qint64 parent) {
        for (qint64 child : children(parent)) {
            out.append(*find(child));
            visit(child);
        }
    };
    visit(0);
    return out;
}

const TagNode *TagDictionary::find(qint64 id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_nodes[i];
}

const TagNode *TagDictionary::findByPath(const QString &path) const
{
    Result<QStringList> levels = splitTagPath(path);
    if (!levels)
        return nullptr;
    qint64 parent = 0;
    const TagNode *found = nullptr;
    for (const QString &level : std::as_const(*levels)) {
        found = nullptr;
        for (qint64 child : children(parent)) {
            if (find(child)->name == level) {
                found = find(child);
                break;
            }
        }
        if (!found)
            return nullptr;
        parent = found->id;
    }
    return found;
}

QList<qint64> TagDictionary::children(qint64 parentId) const
{
    QList<qint64> out;
    for (const TagNode &n : m_nodes) {
        if (n.parentId == parentId)
            out.append(n.id);
    }
    return out;
}

int TagDictionary::row(qint64 id) const
{
    const TagNode *node = find(id);
    return node ? int(children(node->parentId).indexOf(id)) : -1;
}

int TagDictionary::level(qint64 id) const
{
    int depth = 0;
    for (const TagNode *n = find(id); n && depth <= MaxTagLevels + 1; n = find(n->parentId))
        ++depth;
    return depth;
}

QString TagDictionary::path(qint64 id) const
{
    QStringList levels;
    for (const TagNode *n = find(id); n && levels.size() <= MaxTagLevels; n = find(n->parentId))
        levels.prepend(n->name);
    return levels.join(u'/');
}

QString TagDictionary::displayPath(qint64 id, bool chinese) const
{
    QStringList levels;
    for (const TagNode *n = find(id); n && levels.size() <= MaxTagLevels; n = find(n->parentId))
        levels.prepend(n->displayName(chinese));
    return levels.join(u" › "_s);
}

int TagDictionary::height(qint64 id) const
{
    int below = 0;
    for (qint64 child : children(id))
        below = std::max(below, height(child));
    return below + 1;
}

Status TagDictionary::checkName(qint64 parentId, qint64 self, const QString &name, const QString &nameEn) const
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return error(problem);
    if (!nameEn.isEmpty()) {
        if (const QString problem = nameProblem(nameEn); !problem.isEmpty())
            return error(tr("English name: %1").arg(problem));
    }
    for (qint64 sibling : children(parentId)) {
        if (sibling == self)
            continue;
        const TagNode *s = find(sibling);
        if (s->name == name || s->nameEn == name || (!nameEn.isEmpty() && (s->name == nameEn || s->nameEn == nameEn))) {
            const QString where = parentId == 0 ? tr("at the top level") : tr("under \"%1\"").arg(path(parentId));
            return error(tr("there is already a tag \"%1\" %2").arg(s->name, where));
        }
    }
    return {};
}

Result<qint64> TagDictionary::addTag(qint64 parentId, TagNode node, int row)
{
    if (parentId != 0 && !find(parentId))
        return error(tr("the parent tag does not exist"));
    if (level(parentId) + 1 > MaxTagLevels)
        return error(tr("tags have at most %1 levels; \"%2\" is already at level %1").arg(MaxTagLevels).arg(path(parentId)));
    if (Status s = checkName(parentId, 0, node.name, node.nameEn); !s)
        return s.error();
    node.parentId = parentId;
    if (node.id <= 0 || find(node.id))
        node.id = m_nextId;
    m_nextId = std::max(m_nextId, node.id + 1);
    // Insert before the sibling now at `row`, or after the last one.
    const QList<qint64> siblings = children(parentId);
    int at = int(m_nodes.size());
    if (row >= 0 && row < siblings.size())
        at = indexOf(siblings[row]);
    m_nodes.insert(at, node);
    reindex();
    return node.id;
}

Status TagDictionary::updateTag(const TagNode &node)
{
    const int i = indexOf(node.id);
    if (i < 0)
        return error(tr("the tag does not exist"));
    if (Status s = checkName(m_nodes[i].parentId, node.id, node.name, node.nameEn); !s)
        return s;
    const qint64 parent = m_nodes[i].parentId;
    m_nodes[i] = node;
    m_nodes[i].parentId = parent;
    return {};
}

Status TagDictionary::renameTag(qint64 id, const QString &name)
{
    const TagNode *node = find(id);
    if (!node)
        return error(tr("the tag does not exist"));
    TagNode renamed = *node;
    renamed.name = name;
    return updateTag(renamed);
}

QList<qint64> TagDictionary::removeTag(qint64 id)
{
    if (!find(id))
        return {};
    QList<qint64> removed { id };
    for (qsizetype i = 0; i < removed.size(); ++i)
        removed.append(children(removed[i]));
    const QSet<qint64> gone(removed.cbegin(), removed.cend());
    m_nodes.removeIf([&](const TagNode &n) { return gone.contains(n.id); });
    reindex();
    return removed;
}

Status TagDictionary::moveTag(qint64 id, qint64 newParentId, int row)
{
    const TagNode *node = find(id);
    if (!node)
        return error(tr("the tag does not exist"));
    if (newParentId != 0 && !find(newParentId))
        return error(tr("the parent tag does not exist"));
    for (qint64 p = newParentId; p != 0; p = find(p)->parentId) {
        if (p == id)
            return error(tr("a tag cannot be moved under itself"));
    }
    if (level(newParentId) + height(id) > MaxTagLevels)
        return error(tr("tags have at most %1 levels: \"%2\" does not fit there").arg(MaxTagLevels).arg(node->name));
    if (Status s = checkName(newParentId, id, node->name, node->nameEn); !s)
        return s;
    TagNode moved = *node;
    moved.parentId = newParentId;
    m_nodes.removeAt(indexOf(id));
    reindex();
    const QList<qint64> siblings = children(newParentId);
    int at = int(m_nodes.size());
    if (row >= 0 && row < siblings.size())
        at = indexOf(siblings[row]);
    m_nodes.insert(at, moved);
    reindex();
    return {};
}

const TagGroup *TagDictionary::findGroup(const QString &name) const
{
    for (const TagGroup &g : m_groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

Status TagDictionary::setGroup(const TagGroup &group)
{
    return replaceGroup(group.name, group);
}

Status TagDictionary::replaceGroup(const QString &oldName, const TagGroup &group)
{
    if (const QString problem = nameProblem(group.name); !problem.isEmpty())
        return error(problem);
    const TagGroup *clash = findGroup(group.name);
    if (clash && group.name != oldName)
        return error(tr("there is already a group \"%1\"").arg(group.name));
    for (TagGroup &g : m_groups) {
        if (g.name == oldName) {
            g = group;
            return {};
        }
    }
    m_groups.append(group);
    return {};
}

bool TagDictionary::removeGroup(const QString &name)
{
    return m_groups.removeIf([&](const TagGroup &g) { return g.name == name; }) > 0;
}

Status TagDictionary::validate() const
{
    for (const TagNode &n : m_nodes) {
        if (n.id <= 0)
            return error(tr("tag \"%1\" has no id").arg(n.name));
        if (n.parentId != 0 && !find(n.parentId))
            return error(tr("the parent of tag \"%1\" does not exist").arg(n.name));
        const int depth = level(n.id);
        if (depth > MaxTagLevels)
            return error(tr("tag \"%1\" is at level %2; tags have at most %3 levels").arg(path(n.id)).arg(depth).arg(MaxTagLevels));
        if (Status s = checkName(n.parentId, n.id, n.name, n.nameEn); !s) {
            Error e = s.error();
            e.message = tr("tag \"%1\": %2").arg(path(n.id), e.message);
            return e;
        }
    }
    QSet<QString> groupNames;
    for (const TagGroup &g : m_groups) {
        if (const QString problem = nameProblem(g.name); !problem.isEmpty())
            return error(tr("group \"%1\": %2").arg(g.name, problem));
        if (groupNames.contains(g.name))
            return error(tr("there is already a group \"%1\"").arg(g.name));
        groupNames.insert(g.name);
    }
    return {};
}

bool TagDictionary::operator==(const TagDictionary &other) const
{
    return tags() == other.tags() && m_groups == other.m_groups;
}

} // namespace Portrait::Tags
