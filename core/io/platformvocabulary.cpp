#include "io/platformvocabulary.h"

#include "io/vocabularydata.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

// A platform's own names beat the common ones, which beat the built-in ones (at most 1000).
constexpr int PlatformScore = 3000;
constexpr int CommonScore = 2000;
constexpr int RankStep = 10;

struct PlatformLabel
{
    const char *id;
    const char *name;
};

constexpr PlatformLabel PlatformLabels[] = {
    { "taobao", QT_TRANSLATE_NOOP("Portrait::Io::Platform", "Taobao / Tmall") },
    { "jd", QT_TRANSLATE_NOOP("Portrait::Io::Platform", "JD") },
    { "pinduoduo", QT_TRANSLATE_NOOP("Portrait::Io::Platform", "Pinduoduo") },
    { "youzan", QT_TRANSLATE_NOOP("Portrait::Io::Platform", "Youzan") },
    { "weidian", QT_TRANSLATE_NOOP("Portrait::Io::Platform", "Weidian") },
    { "wechat", QT_TRANSLATE_NOOP("Portrait::Io::Platform", "WeChat shop (Channels / Mini Program)") },
    { "douyin", QT_TRANSLATE_NOOP("Portrait::Io::Platform", "Douyin shop") },
    { "meituan", QT_TRANSLATE_NOOP("Portrait::Io::Platform", "Meituan") },
};

void addHints(const QHash<QString, QList<RoleName>> &names, const QStringList &normalized, int base,
              QList<NameHint> &hints)
{
    for (int column = 0; column < normalized.size(); ++column) {
        const auto it = names.constFind(normalized.at(column));
        if (it == names.constEnd())
            continue;
        for (const RoleName &name : *it)
            hints.append(NameHint { column, name.role, base - name.rank * RankStep });
    }
}

QStringList normalizedHeaders(const QStringList &headers)
{
    QStringList normalized;
    normalized.reserve(headers.size());
    for (const QString &header : headers)
        normalized.append(normalizedHeader(header));
    return normalized;
}

const VocabularyPlatform *recognised(const QStringList &normalized)
{
    const QSet<QString> present(normalized.begin(), normalized.end());
    const VocabularyPlatform *best = nullptr;
    qsizetype bestCount = 0;
    for (const VocabularyPlatform &platform : vocabularyData().platforms) {
        const qsizetype count = QSet<QString>(platform.signature).intersect(present).size();
        if (count >= platform.minSignature && count > bestCount) {
            best = &platform;
            bestCount = count;
        }
    }
    return best;
}

} // namespace

PlatformProposal proposePlatformMapping(const QStringList &headers, const QList<ColumnProfile> &profiles)
{
    PlatformProposal proposal;
    const VocabularyData &data = vocabularyData();
    proposal.problem = data.error;
    const QStringList normalized = normalizedHeaders(headers);
    QList<NameHint> hints;
    if (const VocabularyPlatform *platform = recognised(normalized)) {
        proposal.platform = platform->id;
        addHints(platform->names, normalized, PlatformScore, hints);
    }
    addHints(data.common, normalized, CommonScore, hints);
    proposal.mapping = proposeMapping(headers, profiles, hints);
    // A report with only a payment time dates its orders by it: every row there is a purchase
    // unless its status says otherwise.
    if (!proposal.mapping.has(Role::OrderDate) && proposal.mapping.has(Role::PaidDate)) {
        proposal.mapping.set(Role::OrderDate, proposal.mapping.column(Role::PaidDate));
        proposal.mapping.set(Role::PaidDate, -1);
    }
    return proposal;
}

QString recognisePlatform(const QStringList &headers)
{
    const VocabularyPlatform *platform = recognised(normalizedHeaders(headers));
    return platform ? platform->id : QString();
}

QStringList platformIds()
{
    QStringList ids;
    for (const VocabularyPlatform &platform : vocabularyData().platforms)
        ids.append(platform.id);
    return ids;
}

QString platformName(QStringView id)
{
    for (const PlatformLabel &label : PlatformLabels) {
        if (id == QLatin1StringView(label.id))
            return QCoreApplication::translate("Portrait::Io::Platform", label.name);
    }
    return id.toString();
}

} // namespace Portrait::Io
