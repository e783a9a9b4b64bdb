#include "presets.h"

#include "common/bundled.h"
#include "rfm/schemefile.h"

#include <QDebug>

#include <array>

namespace Portrait::Rfm {

namespace {

// The presets are scheme files (resources/data/schemes/ID.json, the format of docs/schemes.md), so
// an analyst can read one, copy it and change it. Segment colours there: good segments green and
// blue, slipping ones orange to red, lost ones grey, each at least ΔE 20 (CIELAB) from every other of
// its scheme, from the fallback's grey and from the value tiers' browns (tst_chartreadability).
constexpr std::array PresetIds { u"cn8", u"rfm10", u"shop11" };

SegmentScheme loadPreset(const char16_t *id)
{
    const QString name = u"schemes/"_s + QString::fromUtf16(id) + u".json"_s;
    Result<QByteArray> json = bundledData(name);
    Result<SegmentScheme> scheme = json ? schemeFromJson(*json, name) : Result<SegmentScheme>(json.error());
    if (!scheme) {
        // Only a build that left a file out or broke one gets here; tst_segmentscheme fails for it.
        qCritical().noquote() << scheme.error().toString();
        return {};
    }
    return *scheme;
}

const std::array<SegmentScheme, PresetIds.size()> &presets()
{
    static const std::array<SegmentScheme, PresetIds.size()> loaded {
        loadPreset(PresetIds[0]), loadPreset(PresetIds[1]), loadPreset(PresetIds[2])
    };
    return loaded;
}

} // namespace

QStringList presetIds()
{
    QStringList ids;
    for (const char16_t *id : PresetIds)
        ids.append(QString::fromUtf16(id));
    return ids;
}

SegmentScheme presetScheme(QStringView id)
{
    for (std::size_t i = 0; i < PresetIds.size(); ++i) {
        if (id.compare(QStringView(PresetIds[i]), Qt::CaseInsensitive) == 0)
            return presets()[i];
    }
    return {};
}

} // namespace Portrait::Rfm
