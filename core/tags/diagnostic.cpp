#include "diagnostic.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

/// East Asian wide and full-width ranges: the terminal gives these two cells.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

QString formatDiagnostic(const Error &error, const QString &sourceLine)
{
    // Error::toString() would start with ":" for text typed in the app (no source).
    QString out = error.source.isEmpty() && error.row > 0
        ? QString::number(error.row) + u':' + QString::number(error.column) + u": "_s + error.message
        : error.toString();
    if (error.column <= 0)
        return out;
    QString line = sourceLine;
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    out += u"\n    "_s + line + u"\n    "_s;
    const QList<uint> chars = line.toUcs4();
    for (qsizetype i = 0; i < chars.size() && i < error.column - 1; ++i) {
        if (chars[i] == u'\t')
            out += u'\t';
        else
            out += isWide(chars[i]) ? u"  "_s : u" "_s;
    }
    // A column past the end (an error at the end of the line) still gets its caret.
    for (qsizetype i = chars.size(); i < error.column - 1; ++i)
        out += u' ';
    out += u'^';
    return out;
}

int editDistance(const QString &a, const QString &b)
{
    const QList<uint> s = a.toLower().toUcs4();
    const QList<uint> t = b.toLower().toUcs4();
    const size_t n = size_t(s.size()), m = size_t(t.size());
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (size_t i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (size_t j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (size_t i = 1; i <= n; ++i) {
        for (size_t j = 1; j <= m; ++j) {
            const int cost = s[qsizetype(i - 1)] == t[qsizetype(j - 1)] ? 0 : 1;
            d[i][j] = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost });
            if (i > 1 && j > 1 && s[qsizetype(i - 1)] == t[qsizetype(j - 2)] && s[qsizetype(i - 2)] == t[qsizetype(j - 1)])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString closestMatch(const QString &name, const QStringList &candidates)
{
    // Typos of short names are rarely more than one edit; longer names allow about a third.
    const int allowed = std::max(1, int(name.size()) / 3);
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &c : candidates) {
        if (c.isEmpty() || qAbs(c.size() - name.size()) > allowed)
            continue;
        const int d = editDistance(name, c);
        if (d < bestDistance && d < std::max(name.size(), c.size())) {
            best = c;
            bestDistance = d;
        }
    }
    if (best.isEmpty() && name.size() >= 3) {
        // "recency" for "recency_days", "Champ" for "Champions": a prefix is as good a hint as a typo.
        for (const QString &c : candidates) {
            if (c.startsWith(name, Qt::CaseInsensitive) && (best.isEmpty() || c.size() < best.size()))
                best = c;
        }
    }
    return best;
}

} // namespace Portrait::Tags
