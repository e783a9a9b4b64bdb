#pragma once

#include "rfm/scoring.h"

#include <QList>
#include <QString>

#include <vector>

namespace Portrait::Rfm {

using Qt::StringLiterals::operator""_s;

/// One segment: the inclusive score ranges a customer must lie in. Under SchemeBasis::RecencyVsFM
/// the f bounds hold the FM score and the m bounds are ignored.
struct SegmentRule
{
    QString name;
    QString nameZh;
    int rLow = 1, rHigh = 5, fLow = 1, fHigh = 5, mLow = 1, mHigh = 5;
    QString color;        ///< "#rrggbb"
    QString action;       ///< what to do with these customers
    QString actionZh;

    bool operator==(const SegmentRule &) const = default;
};

enum class SchemeBasis {
    RFM,          ///< rules bound R, F and M
    RecencyVsFM   ///< rules bound R and FM = round-half-up((F + M) / 2), kept in the f bounds
};

/// An ordered rule list: the first rule that matches a customer's scores wins, else the fallback.
struct SegmentScheme
{
    QString id;
    QString name;
    QString nameZh;
    int bins = 5;                          ///< score levels the rules are written for (2 for cn8)
    Method preferredMethod = Method::Quantile;
    SchemeBasis basis = SchemeBasis::RFM;
    QList<SegmentRule> rules;
    QString fallbackName = u"Others"_s;
    QString fallbackNameZh = u"其他"_s;
    /// The scheme was written in Chinese (cn8): callers show Chinese names unless the analyst
    /// asked for English, i.e. they pass `chinese = uiIsChinese || preferChinese`.
    bool preferChinese = false;

    /// Name of rule index `rule`, or of the fallback when rule == rules.size() (or is out of
    /// range). chinese picks nameZh, falling back to name when nameZh is empty; nothing else
    /// decides the language.
    QString displayName(int rule, bool chinese) const;
    QString displayAction(int rule, bool chinese) const;
    QString displayTitle(bool chinese) const;

    bool operator==(const SegmentScheme &) const = default;
};

/// FM score of the RecencyVsFM basis: (F + M) / 2 rounded half up.
constexpr int fmScore(int f, int m) { return (f + m + 1) / 2; }

/// Whether rule covers the cell (r, f, m); under RecencyVsFM f is the FM score and m is ignored.
bool ruleMatches(const SegmentRule &rule, SchemeBasis basis, int r, int f, int m);

/// Index of the first rule matching scores (r, f, m), or scheme.rules.size() for the fallback.
int assignSegment(const SegmentScheme &scheme, int r, int f, int m);

/// One segment index per customer of scores; -1 for unscored customers. Scores above
/// scheme.bins are clamped to it.
std::vector<qint16> assignSegments(const SegmentScheme &scheme, const Scores &scores);

/// Segment of every (r, f, m) cell, 1-based scores, at index ((r-1)·n + (f-1))·n + (m-1),
/// n = scheme.bins: the lookup behind assignSegments.
std::vector<qint16> segmentTable(const SegmentScheme &scheme);

} // namespace Portrait::Rfm
