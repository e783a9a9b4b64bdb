#include "rfmsettings.h"

#include "project/projectfile.h"
#include "rfm/schemefile.h"
#include "rfm/scoring.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct RfmSettingsJson
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::RfmSettingsJson)
};

constexpr int SettingsVersion = 1;
const QString SettingsKey = u"workbench.rfm"_s;

QJsonValue cutList(const std::vector<double> &cuts)
{
    QJsonArray list;
    for (const double cut : cuts)
        list.append(cut);
    return list;
}

bool readCutList(const QJsonValue &value, std::vector<double> &cuts)
{
    if (!value.isArray())
        return false;
    cuts.clear();
    for (const QJsonValue &cut : value.toArray()) {
        if (!cut.isDouble())
            return false;
        cuts.push_back(cut.toDouble());
    }
    return std::is_sorted(cuts.begin(), cuts.end());
}

template<typename Enum>
bool readChoice(const QJsonObject &object, const QString &key, std::initializer_list<std::pair<QString, Enum>> choices,
                Enum &out)
{
    const QString text = object.value(key).toString();
    for (const auto &[name, value] : choices) {
        if (name == text) {
            out = value;
            return true;
        }
    }
    return false;
}

} // namespace

Result<Rfm::RfmResult> runRfmBase(const Model::CustomerFrame &frame, const RfmSettings &settings)
{
    if (settings.editedScheme)
        return runRfmRequest(frame, settings.request, *settings.editedScheme);
    return runRfmRequest(frame, settings.request);
}

void applyManualOverrides(Rfm::RfmResult &result, const RfmSettings &settings)
{
    for (size_t d = 0; d < 3; ++d) {
        const std::optional<std::vector<double>> &cuts = settings.cuts[d];
        if (cuts && int(cuts->size()) == result.scores.bins - 1) {
            Rfm::rescoreDimension(result.metrics, Rfm::Dimension(d), *cuts, result.scores.method, result.scores.bins,
                                  result.scores);
        }
    }
    Rfm::resegment(result, settings.tiers);
}

bool hasManualOverrides(const RfmSettings &settings)
{
    // runRfmBase segments with the default tiers.
    return settings.tiers != Rfm::TierOptions {}
            || std::any_of(settings.cuts.begin(), settings.cuts.end(), [](const auto &cuts) { return cuts.has_value(); });
}

Result<Rfm::RfmResult> runRfmSettings(const Model::CustomerFrame &frame, const RfmSettings &settings)
{
    auto result = runRfmBase(frame, settings);
    if (result)
        applyManualOverrides(*result, settings);
    return result;
}

QByteArray rfmSettingsToJson(const RfmSettings &settings)
{
    const RfmRequest &request = settings.request;
    QJsonObject object;
    object[u"version"_s] = SettingsVersion;
    object[u"scheme"_s] = request.scheme;
    object[u"methodGiven"_s] = request.methodGiven;
    object[u"method"_s] = Rfm::methodKey(request.scoring.method);
    object[u"bins"_s] = request.scoring.bins;
    QJsonArray thresholds;
    for (const std::vector<double> &cuts : request.scoring.thresholds)
        thresholds.append(cutList(cuts));
    object[u"thresholds"_s] = thresholds;
    const Rfm::MetricOptions &metrics = request.metrics;
    object[u"asOf"_s] = metrics.asOf == Model::NoDay ? QJsonValue()
                                                      : QJsonValue(QDate::fromJulianDay(metrics.asOf).toString(Qt::ISODate));
    object[u"windowDays"_s] = metrics.windowDays;
    object[u"frequency"_s] = metrics.frequency == Rfm::FrequencyMode::Days ? u"days"_s : u"orders"_s;
    object[u"monetary"_s] = metrics.monetary == Rfm::MonetaryMode::Average ? u"average"_s : u"sum"_s;
    object[u"returns"_s] = metrics.returns == Rfm::ReturnsMode::Exclude ? u"exclude"_s : u"net"_s;
    if (settings.editedScheme)
        object[u"editedScheme"_s] = QJsonDocument::fromJson(Rfm::schemeToJson(*settings.editedScheme)).object();
    QJsonArray cuts;
    for (const std::optional<std::vector<double>> &dimension : settings.cuts)
        cuts.append(dimension ? cutList(*dimension) : QJsonValue());
    object[u"cuts"_s] = cuts;
    QJsonObject tiers;
    tiers[u"weights"_s] = QJsonArray { settings.tiers.weights[0], settings.tiers.weights[1], settings.tiers.weights[2] };
    tiers[u"high"_s] = settings.tiers.high;
    tiers[u"low"_s] = settings.tiers.low;
    object[u"tiers"_s] = tiers;
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<RfmSettings> rfmSettingsFromJson(const QByteArray &json, const QString &sourceName)
{
    const auto fail = [&sourceName](const QString &field) {
        return Error { RfmSettingsJson::tr("The saved scoring settings are damaged (field “%1”).").arg(field),
                       sourceName, 0, 0, {} };
    };
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return fail(u"{}"_s);
    const QJsonObject object = document.object();
    if (object.value(u"version"_s).toInt() != SettingsVersion) {
        return Error { RfmSettingsJson::tr("The saved scoring settings were written by a newer Portrait; "
                                           "the defaults are used."),
                       sourceName, 0, 0, {} };
    }
    RfmSettings settings;
    RfmRequest &request = settings.request;
    request.scheme = object.value(u"scheme"_s).toString();
    if (request.scheme.isEmpty())
        return fail(u"scheme"_s);
    request.methodGiven = object.value(u"methodGiven"_s).toBool();
    const auto method = Rfm::methodFromKey(object.value(u"method"_s).toString());
    if (!method)
        return fail(u"method"_s);
    request.scoring.method = *method;
    request.scoring.bins = object.value(u"bins"_s).toInt();
    if (request.scoring.bins < 2 || request.scoring.bins > 5)
        return fail(u"bins"_s);
    const QJsonArray thresholds = object.value(u"thresholds"_s).toArray();
    if (thresholds.size() != 3)
        return fail(u"thresholds"_s);
    for (size_t d = 0; d < 3; ++d) {
        if (!readCutList(thresholds.at(qsizetype(d)), request.scoring.thresholds[d]))
            return fail(u"thresholds"_s);
    }
    Rfm::MetricOptions &metrics = request.metrics;
    const QJsonValue asOf = object.value(u"asOf"_s);
    if (asOf.isString()) {
        const QDate day = QDate::fromString(asOf.toString(), Qt::ISODate);
        if (!day.isValid())
            return fail(u"asOf"_s);
        metrics.asOf = Model::Day(day.toJulianDay());
    }
    metrics.windowDays = object.value(u"windowDays"_s).toInt(-1);
    if (metrics.windowDays < 0)
        return fail(u"windowDays"_s);
    if (!readChoice(object, u"frequency"_s,
                    { { u"orders"_s, Rfm::FrequencyMode::Orders }, { u"days"_s, Rfm::FrequencyMode::Days } },
                    metrics.frequency))
        return fail(u"frequency"_s);
    if (!readChoice(object, u"monetary"_s,
                    { { u"sum"_s, Rfm::MonetaryMode::Sum }, { u"average"_s, Rfm::MonetaryMode::Average } },
                    metrics.monetary))
        return fail(u"monetary"_s);
    if (!readChoice(object, u"returns"_s,
                    { { u"net"_s, Rfm::ReturnsMode::Net }, { u"exclude"_s, Rfm::ReturnsMode::Exclude } },
                    metrics.returns))
        return fail(u"returns"_s);
    if (object.contains(u"editedScheme"_s)) {
        auto scheme = Rfm::schemeFromJson(QJsonDocument(object.value(u"editedScheme"_s).toObject()).toJson(),
                                          sourceName);
        if (!scheme)
            return scheme.error();
        settings.editedScheme = scheme.takeValue();
    }
    const QJsonArray cuts = object.value(u"cuts"_s).toArray();
    if (cuts.size() != 3)
        return fail(u"cuts"_s);
    for (size_t d = 0; d < 3; ++d) {
        const QJsonValue dimension = cuts.at(qsizetype(d));
        if (dimension.isNull())
            continue;
        std::vector<double> list;
        if (!readCutList(dimension, list))
            return fail(u"cuts"_s);
        settings.cuts[d] = std::move(list);
    }
    const QJsonObject tiers = object.value(u"tiers"_s).toObject();
    const QJsonArray weights = tiers.value(u"weights"_s).toArray();
    if (weights.size() != 3 || !tiers.value(u"high"_s).isDouble() || !tiers.value(u"low"_s).isDouble())
        return fail(u"tiers"_s);
    for (size_t d = 0; d < 3; ++d)
        settings.tiers.weights[d] = weights.at(qsizetype(d)).toDouble(-1);
    settings.tiers.high = tiers.value(u"high"_s).toDouble();
    settings.tiers.low = tiers.value(u"low"_s).toDouble();
    return settings;
}

Result<std::optional<RfmSettings>> loadRfmSettings(Project::ProjectFile &project)
{
    const QString json = project.setting(SettingsKey);
    if (json.isEmpty())
        return std::optional<RfmSettings>();
    auto settings = rfmSettingsFromJson(json.toUtf8(), project.fileName());
    if (!settings)
        return settings.error();
    return std::optional<RfmSettings>(settings.takeValue());
}

Status saveRfmSettings(Project::ProjectFile &project, const RfmSettings &settings)
{
    return project.setSetting(SettingsKey, QString::fromUtf8(rfmSettingsToJson(settings)));
}

} // namespace Portrait::Jobs
