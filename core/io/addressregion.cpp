#include "io/addressregion.h"

#include "io/vocabularydata.h"

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

/// The longest province name the text starts with: the short name, or -1 when none.
qsizetype matchProvince(QStringView text, QString &province)
{
    qsizetype best = -1;
    for (const auto &[shortName, fullNames] : vocabularyData().provinces) {
        for (const QString &name : fullNames + QStringList { shortName }) {
            if (name.size() > best && text.startsWith(name)) {
                best = name.size();
                province = shortName;
            }
        }
    }
    return best;
}

QStringView skipSeparators(QStringView text)
{
    while (!text.isEmpty() && (text.front().isSpace() || text.front() == u'/' || text.front() == u'-'
                               || text.front() == u',' || text.front() == u'，'))
        text = text.sliced(1);
    return text;
}

/// The city at the start of text (what follows the province): "杭州市…" → 杭州, "延边朝鲜族自治州…"
/// → 延边朝鲜族自治州, "杭州 西湖区" → 杭州.
QString matchCity(QStringView text)
{
    constexpr qsizetype LongestCity = 10;
    const qsizetype space = [&] {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isSpace())
                return i;
        }
        return qsizetype(-1);
    }();
    const QStringView token = space < 0 ? text : text.first(space);
    // City names are short ("乌鲁木齐市"); a 市 further on, or after a district, is a street's.
    constexpr qsizetype LongestCityName = 6;
    if (const qsizetype city = token.indexOf(u'市'); city >= 1 && city <= LongestCityName) {
        const QStringView name = token.first(city);
        if (!name.contains(u'区') && !name.contains(u'县'))
            return name.toString();
    }
    for (const QString &suffix : { u"自治州"_s, u"地区"_s, u"盟"_s }) {
        if (const qsizetype at = token.indexOf(suffix); at >= 1 && at + suffix.size() <= LongestCity)
            return token.first(at + suffix.size()).toString();
    }
    // "浙江 杭州 西湖区", "浙江 杭州": a short city name set off by a space or standing alone.
    constexpr qsizetype ShortName = 4;
    if ((space > 0 && space <= 6) || (space < 0 && token.size() >= 2 && token.size() <= ShortName
                                      && !token.endsWith(u'区') && !token.endsWith(u'县')))
        return token.toString();
    return {};
}

} // namespace

Region regionFromAddress(QStringView address)
{
    Region region;
    const QStringView text = skipSeparators(address.trimmed());
    const qsizetype length = matchProvince(text, region.province);
    if (length < 0)
        return region;
    const QStringView rest = skipSeparators(text.sliced(length));
    if (vocabularyData().municipalities.contains(region.province))
        region.city = region.province;
    else
        region.city = matchCity(rest);
    return region;
}

Region shortRegion(QStringView province, QStringView city)
{
    Region region;
    region.province = province.trimmed().toString();
    if (QString shortName; matchProvince(region.province, shortName) >= 0)
        region.province = shortName;
    region.city = city.trimmed().toString();
    if (region.city.size() > 2 && region.city.endsWith(u'市'))
        region.city.chop(1);
    return region;
}

} // namespace Portrait::Io
