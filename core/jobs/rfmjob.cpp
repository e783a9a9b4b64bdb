#include "rfmjob.h"

#include "rfm/presets.h"
#include "rfm/schemefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct RfmJob
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::RfmJob)
};

} // namespace

Result<Rfm::SegmentScheme> resolveScheme(const QString &idOrPath)
{
    if (Rfm::presetIds().contains(idOrPath))
        return Rfm::presetScheme(idOrPath);
    if (!QFileInfo::exists(idOrPath)) {
        return Error { RfmJob::tr("“%1” is neither a preset (%2) nor an existing scheme file.")
                               .arg(idOrPath, Rfm::presetIds().join(u", "_s)),
                       idOrPath, 0, 0, {} };
    }
    return Rfm::loadSchemeFile(idOrPath);
}

Result<std::array<std::vector<double>, 3>> loadThresholds(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { RfmJob::tr("Cannot read the thresholds file: %1").arg(file.errorString()), name, 0, 0, {} };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return Error { RfmJob::tr("Not a thresholds file (JSON object expected): %1").arg(parseError.errorString()),
                       name, 0, 0, {} };
    }
    std::array<std::vector<double>, 3> cuts;
    const char *keys[] = { "recency", "frequency", "monetary" };
    for (int d = 0; d < 3; ++d) {
        const QJsonValue value = document.object().value(QLatin1StringView(keys[d]));
        if (!value.isArray()) {
            return Error { RfmJob::tr("“%1” must be a list of cut points.").arg(QLatin1StringView(keys[d])), name, 0,
                           0, {} };
        }
        for (const QJsonValue &cut : value.toArray()) {
            if (!cut.isDouble()) {
                return Error { RfmJob::tr("“%1” holds a value that is not a number.").arg(QLatin1StringView(keys[d])),
                               name, 0, 0, {} };
            }
            cuts[size_t(d)].push_back(cut.toDouble());
        }
    }
    return cuts;
}

Result<Rfm::RfmResult> runRfmRequest(const Model::CustomerFrame &frame, const RfmRequest &request)
{
    auto scheme = resolveScheme(request.scheme);
    if (!scheme)
        return scheme.error();
    return runRfmRequest(frame, request, *scheme);
}

Rfm::ScoringOptions scoringFor(const RfmRequest &request, const Rfm::SegmentScheme &scheme)
{
    Rfm::ScoringOptions scoring = request.scoring;
    if (!request.methodGiven) {
        const bool customCuts = !scoring.thresholds[0].empty();
        scoring.method = customCuts ? Rfm::Method::Thresholds : scheme.preferredMethod;
        if (scheme.bins >= 3 && scoring.method != Rfm::Method::Thresholds)
            scoring.bins = scheme.bins;
    }
    return scoring;
}

Result<Rfm::RfmResult> runRfmRequest(const Model::CustomerFrame &frame, const RfmRequest &request,
                                     const Rfm::SegmentScheme &scheme)
{
    Rfm::RfmMetrics metrics = Rfm::computeMetrics(frame, request.metrics);
    return Rfm::runRfm(std::move(metrics), scoringFor(request, scheme), scheme);
}

} // namespace Portrait::Jobs
