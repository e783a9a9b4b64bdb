#include "dictionaryjson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

const QString FormatName = u"portrait-tag-dictionary"_s;
constexpr int FormatVersion = 1;

QJsonObject tagToJson(const TagDictionary &dictionary, const TagNode &node)
{
    QJsonObject o;
    o.insert(u"name"_s, node.name);
    const std::pair<const char16_t *, const QString *> optional[] = {
        { u"name_en", &node.nameEn },           { u"definition", &node.definition },
        { u"data_source", &node.dataSource },   { u"refresh_rule", &node.refreshRule },
        { u"owner_note", &node.ownerNote },     { u"rule", &node.rule },
    };
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty())
            o.insert(QString::fromUtf16(key), *value);
    }
    QJsonArray children;
    for (qint64 child : dictionary.children(node.id))
        children.append(tagToJson(dictionary, *dictionary.find(child)));
    if (!children.isEmpty())
        o.insert(u"children"_s, children);
    return o;
}

Error jsonError(const QString &message, const QString &source)
{
    return Error { message, source, 0, 0, {} };
}

Status readTags(const QJsonArray &array, qint64 parentId, TagDictionary &dictionary, const QString &source)
{
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            return jsonError(TagDictionary::tr("every tag must be a JSON object"), source);
        const QJsonObject o = value.toObject();
        TagNode node;
        node.name = o.value(u"name"_s).toString();
        node.nameEn = o.value(u"name_en"_s).toString();
        node.definition = o.value(u"definition"_s).toString();
        node.dataSource = o.value(u"data_source"_s).toString();
        node.refreshRule = o.value(u"refresh_rule"_s).toString();
        node.ownerNote = o.value(u"owner_note"_s).toString();
        node.rule = o.value(u"rule"_s).toString();
        Result<qint64> id = dictionary.addTag(parentId, node);
        if (!id) {
            const QString where = parentId ? dictionary.path(parentId) + u'/' + node.name : node.name;
            return jsonError(TagDictionary::tr("tag \"%1\": %2").arg(where, id.error().message), source);
        }
        if (o.contains(u"children"_s) && !o.value(u"children"_s).isArray())
            return jsonError(TagDictionary::tr("\"children\" of tag \"%1\" must be a list").arg(node.name), source);
        if (Status s = readTags(o.value(u"children"_s).toArray(), *id, dictionary, source); !s)
            return s;
    }
    return {};
}

} // namespace

QByteArray dictionaryToJson(const TagDictionary &dictionary)
{
    QJsonArray tags;
    for (qint64 id : dictionary.children(0))
        tags.append(tagToJson(dictionary, *dictionary.find(id)));
    QJsonArray groups;
    for (const TagGroup &g : dictionary.groups()) {
        QJsonObject o { { u"name"_s, g.name }, { u"expression"_s, g.expression } };
        if (!g.description.isEmpty())
            o.insert(u"description"_s, g.description);
        groups.append(o);
    }
    const QJsonObject root { { u"format"_s, FormatName }, { u"version"_s, FormatVersion }, { u"tags"_s, tags },
                             { u"groups"_s, groups } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<TagDictionary> dictionaryFromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return jsonError(TagDictionary::tr("not a valid JSON file: %1 at byte %2")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset),
                         source);
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != FormatName)
        return jsonError(TagDictionary::tr("not a Portrait tag dictionary (\"format\" must be \"%1\")").arg(FormatName),
                         source);
    if (root.value(u"version"_s).toInt() > FormatVersion) {
        return jsonError(TagDictionary::tr("the dictionary was written by a newer Portrait (version %1)")
                                 .arg(root.value(u"version"_s).toInt()),
                         source);
    }
    TagDictionary dictionary;
    if (Status s = readTags(root.value(u"tags"_s).toArray(), 0, dictionary, source); !s)
        return s.error();
    for (const QJsonValue &value : root.value(u"groups"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const TagGroup group { o.value(u"name"_s).toString(), o.value(u"expression"_s).toString(),
                               o.value(u"description"_s).toString() };
        if (dictionary.findGroup(group.name))
            return jsonError(TagDictionary::tr("there is already a group \"%1\"").arg(group.name), source);
        if (Status s = dictionary.setGroup(group); !s)
            return jsonError(TagDictionary::tr("group \"%1\": %2").arg(group.name, s.error().message), source);
    }
    return dictionary;
}

Result<TagDictionary> loadDictionaryFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return jsonError(TagDictionary::tr("cannot read %1: %2").arg(path, file.errorString()), path);
    return dictionaryFromJson(file.readAll(), path);
}

Status saveDictionaryFile(const TagDictionary &dictionary, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return jsonError(TagDictionary::tr("cannot write %1: %2").arg(path, file.errorString()), path);
    file.write(dictionaryToJson(dictionary));
    if (!file.commit())
        return jsonError(TagDictionary::tr("cannot write %1: %2").arg(path, file.errorString()), path);
    return {};
}

} // namespace Portrait::Tags
