#include "segmentpalette.h"

#include "rfm/segmentscheme.h"

#include <QSet>

namespace Portrait::Ui {

namespace {

/// Tableau 10, then a darker companion set: distinct hues, all readable on white.
constexpr QRgb Qualitative[] = {
    0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x79706e,
    0x2f4b7c, 0xa05195, 0x008080, 0xd45087, 0x665191, 0xff7c43, 0x3d9970, 0x8c564b, 0x17becf, 0xbcbd22,
};
constexpr QRgb FallbackGrey = 0xc8c8c8;

} // namespace

SegmentPalette::SegmentPalette(const Rfm::SegmentScheme &scheme)
{
    QSet<QRgb> seen;
    bool schemeColorsUsable = true;
    for (const Rfm::SegmentRule &rule : scheme.rules) {
        const QColor c = QColor::fromString(rule.color);
        if (!c.isValid() || seen.contains(c.rgb())) {
            schemeColorsUsable = false;
            break;
        }
        seen.insert(c.rgb());
        m_colors.append(c);
    }
    if (!schemeColorsUsable) {
        m_colors.clear();
        for (qsizetype i = 0; i < scheme.rules.size(); ++i)
            m_colors.append(QColor(Qualitative[size_t(i) % std::size(Qualitative)]));
    }
}

QColor SegmentPalette::color(int segment) const
{
    if (segment < 0 || segment >= m_colors.size())
        return QColor(FallbackGrey);
    return m_colors.at(segment);
}

QColor SegmentPalette::tierColor(int tier)
{
    // Light to dark with the value; far (ΔE > 20) from every preset segment colour and the grey.
    switch (tier) {
    case 2: return QColor(0x54, 0x30, 0x05);
    case 1: return QColor(0xbf, 0x81, 0x2d);
    case 0: return QColor(0xf6, 0xe8, 0xc3);
    default: return QColor(FallbackGrey);
    }
}

QColor SegmentPalette::textOn(const QColor &background)
{
    // Relative luminance by the Rec. 709 weights: dark text on light colours, white on dark ones.
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
}

} // namespace Portrait::Ui
