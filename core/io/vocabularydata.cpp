#include "io/vocabularydata.h"

#include "common/bundled.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

constexpr auto FileName = "platform_vocabulary.json";

/// {"role": ["name", …], …} → name → roles with their rank; unknown role keys are reported.
QHash<QString, QList<RoleName>> readRoleNames(const QJsonObject &json, QString &error)
{
    QHash<QString, QList<RoleName>> names;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const std::optional<Role> role = roleFromKey(it.key());
        if (!role) {
            error = u"%1: unknown role \"%2\""_s.arg(QLatin1StringView(FileName), it.key());
            continue;
        }
        const QJsonArray list = it.value().toArray();
        for (int rank = 0; rank < list.size(); ++rank)
            names[normalizedHeader(list.at(rank).toString())].append(RoleName { *role, rank });
    }
    return names;
}

QSet<QString> readNameSet(const QJsonArray &list)
{
    QSet<QString> set;
    for (const QJsonValue &value : list)
        set.insert(normalizedHeader(value.toString()));
    return set;
}

/// {"class": ["value", …], "about": "…"} → normalised value → class.
QHash<QString, QString> readClasses(const QJsonObject &json)
{
    QHash<QString, QString> classes;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!it.value().isArray())
            continue;
        for (const QJsonValue &value : it.value().toArray())
            classes.insert(normalizedHeader(value.toString()), it.key());
    }
    return classes;
}

void readRegions(const QJsonObject &json, VocabularyData &data)
{
    for (const QJsonValue &entry : json.value(u"provinces"_s).toArray()) {
        const QJsonArray names = entry.toArray();
        if (names.isEmpty())
            continue;
        QStringList full;
        for (const QJsonValue &name : names)
            full.append(name.toString());
        // Longest first, so 黑龙江省 is tried before 黑龙江.
        std::sort(full.begin(), full.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        data.provinces.append({ names.first().toString(), full });
    }
    for (const QJsonValue &name : json.value(u"municipalities"_s).toArray())
        data.municipalities.insert(name.toString());
}

VocabularyData load()
{
    VocabularyData data;
    const Result<QByteArray> bytes = bundledData(QString::fromLatin1(FileName));
    if (!bytes) {
        data.error = bytes.error().message;
        return data;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(*bytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        data.error = u"%1: %2 at offset %3"_s.arg(QLatin1StringView(FileName), parseError.errorString())
                             .arg(parseError.offset);
        return data;
    }
    data.common = readRoleNames(root.value(u"common"_s).toObject(), data.error);
    for (const QJsonValue &value : root.value(u"platforms"_s).toArray()) {
        const QJsonObject json = value.toObject();
        VocabularyPlatform platform;
        platform.id = json.value(u"id"_s).toString();
        platform.minSignature = json.value(u"min_signature"_s).toInt(3);
        platform.signature = readNameSet(json.value(u"signature"_s).toArray());
        platform.names = readRoleNames(json.value(u"columns"_s).toObject(), data.error);
        data.platforms.push_back(std::move(platform));
    }
    data.statuses = readClasses(root.value(u"statuses"_s).toObject());
    data.refundStatuses = readClasses(root.value(u"refund_statuses"_s).toObject());
    readRegions(root.value(u"regions"_s).toObject(), data);
    return data;
}

} // namespace

const VocabularyData &vocabularyData()
{
    static const VocabularyData data = load();
    return data;
}

} // namespace Portrait::Io
