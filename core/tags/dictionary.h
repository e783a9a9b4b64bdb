#pragma once

#include "common/error.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Portrait::Tags {

/// One tag of the dictionary (标签字典): a node of the level 1 / 2 / 3 tree with the governance
/// fields the analysts agree on, and optionally the rule that sets it.
struct TagNode
{
    qint64 id = 0;            ///< unique within the dictionary, > 0; stable across saves
    qint64 parentId = 0;      ///< 0: a level-1 tag
    /// The tag's name: a level of its path ("行为特征/消费行为/高频") and what has_tag() names.
    QString name;
    QString nameEn;           ///< English display name; empty: `name` is shown
    QString definition;       ///< what the tag means, unambiguously (口径)
    QString dataSource;       ///< where the data comes from: 订单系统, 问卷 …
    QString refreshRule;      ///< when it is recomputed: 每日, 每次导入后 …
    QString ownerNote;        ///< who owns it, remarks
    /// The rule expression; empty for a tag set by hand (or a category that only holds tags).
    QString rule;

    bool hasRule() const { return !rule.trimmed().isEmpty(); }
    /// `nameEn` when English is wanted and there is one, else `name`.
    QString displayName(bool chinese) const { return chinese || nameEn.isEmpty() ? name : nameEn; }
    bool operator==(const TagNode &) const = default;
};

/// An audience (人群): a named condition in the rule language over tags, segments and features,
/// e.g. `has_tag("高价值") and has_tag("沉睡")`.
struct TagGroup
{
    QString name;
    QString expression;
    QString description;

    bool operator==(const TagGroup &) const = default;
};

/// Tags set by hand: the customer keys (as the project's customers table has them) per tag id.
using ManualTags = QHash<qint64, QSet<QString>>;

/// The tag tree plus the groups defined on it. Siblings keep their order; names are unique among
/// siblings (in either language) and the tree is at most MaxTagLevels deep, so every tag has one
/// path. Every editing function checks its change and leaves the dictionary unchanged on error.
class TagDictionary
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Tags::TagDictionary)

public:
    bool isEmpty() const { return m_nodes.isEmpty(); }
    qsizetype size() const { return m_nodes.size(); }
    /// All tags, parents before their children, siblings in order (depth-first).
    QList<TagNode> tags() const;
    /// The tag with this id; nullptr if none.
    const TagNode *find(qint64 id) const;
    /// The tag with this full path ("a/b/c", spaces around "/" ignored); nullptr if none.
    const TagNode *findByPath(const QString &path) const;
    /// Ids of the children of `parentId` (0: the level-1 tags), in order.
    QList<qint64> children(qint64 parentId) const;
    /// 0-based position of the tag among its siblings; -1 if unknown.
    int row(qint64 id) const;
    /// 1 for a top-level tag; 0 if unknown.
    int level(qint64 id) const;
    /// Levels joined by "/" ("行为特征/消费行为/高频"): the name rules and has_tag() use.
    QString path(qint64 id) const;
    /// The same with display names.
    QString displayPath(qint64 id, bool chinese) const;
    bool hasChildren(qint64 id) const { return !children(id).isEmpty(); }

    /// Adds a tag under `parentId` at `row` (-1: last) and returns its id. node.id is used when it
    /// is > 0 and free (so an undone delete gets its id back), else a new id is given.
    Result<qint64> addTag(qint64 parentId, TagNode node, int row = -1);
    /// Replaces the fields of tag `node.id` (not its place: parentId is ignored).
    Status updateTag(const TagNode &node);
    Status renameTag(qint64 id, const QString &name);
    /// Removes the tag and everything under it; returns the removed ids.
    QList<qint64> removeTag(qint64 id);
    /// Moves the tag (with its subtree) under `newParentId` at `row` (-1: last).
    Status moveTag(qint64 id, qint64 newParentId, int row = -1);

    const QList<TagGroup> &groups() const { return m_groups; }
    const TagGroup *findGroup(const QString &name) const;
    /// Adds or replaces (by name) a group.
    Status setGroup(const TagGroup &group);
    /// Replaces the group called `oldName` (rename + edit in one step).
    Status replaceGroup(const QString &oldName, const TagGroup &group);
    bool removeGroup(const QString &name);

    /// Checks the whole dictionary: after loading or importing one.
    Status validate() const;

    bool operator==(const TagDictionary &other) const;

private:
    Status checkName(qint64 parentId, qint64 self, const QString &name, const QString &nameEn) const;
    /// Levels below `id`, counting itself: 1 for a leaf.
    int height(qint64 id) const;
    int indexOf(qint64 id) const;

    QList<TagNode> m_nodes;     ///< sibling order = order in this list
    QHash<qint64, int> m_index; ///< id → index in m_nodes
    QList<TagGroup> m_groups;
    qint64 m_nextId = 1;

    void reindex();
};

/// Checks a tag or group name: not empty, no "/", no surrounding spaces, not too long. Returns
/// the message, or an empty string when the name is fine.
QString nameProblem(const QString &name);

} // namespace Portrait::Tags
