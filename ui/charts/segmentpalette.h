#pragma once

#include <QColor>
#include <QList>

namespace Portrait::Rfm {
struct SegmentScheme;
}

namespace Portrait::Ui {

/// The one place segment colours come from. A scheme whose rules all carry valid, distinct colours
/// keeps them (the presets colour good segments green and slipping ones red); otherwise every rule
/// gets a colour of a fixed qualitative palette that reads on a light background. The fallback
/// segment ("Others") is always a light grey.
class SegmentPalette
{
public:
    SegmentPalette() = default;
    explicit SegmentPalette(const Rfm::SegmentScheme &scheme);

    /// Colour of segment (rule index; rules.size() or anything out of range: the fallback).
    QColor color(int segment) const;
    /// Colour of a value tier (2 high, 1 middle, 0 low): browns, which no segment of a preset uses.
    static QColor tierColor(int tier);
    /// Black or white, whichever reads better on background.
    static QColor textOn(const QColor &background);

private:
    QList<QColor> m_colors;
};

} // namespace Portrait::Ui
