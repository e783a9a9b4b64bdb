#include "regiontable.h"

#include "common/bundled.h"
#include "textforms.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portrait::Clean {

namespace {

Error tableError(const QString &source, int line, const QString &message)
{
    return Error { message, source, line, 0, {} };
}

bool isCode(const QString &code)
{
    return code.size() == 6 && std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

Status RegionTable::add(const Region &region, int line, const QString &source)
{
    const bool isProvince = region.code.endsWith(u"0000"_s);
    QHash<QString, int> &names = isProvince ? m_provinceOf : m_cityOf;
    const int index = int(isProvince ? m_provinces.size() : m_cities.size());
    QStringList all = region.shortForms;
    all.prepend(region.name);
    for (const QString &name : all) {
        const QString key = lookupKey(name);
        if (names.contains(key))
            return tableError(source, line, tr("the name %1 is used twice").arg(name));
        names.insert(key, index);
    }
    if (isProvince) {
        const QString prefix = region.code.left(2);
        if (m_provinceByCode.contains(prefix))
            return tableError(source, line, tr("the code %1 is used twice").arg(region.code));
        m_provinceByCode.insert(prefix, index);
        m_provinces.append(region);
        return {};
    }
    Region city = region;
    city.province = m_provinceByCode.value(region.code.left(2), -1);
    if (city.province < 0)
        return tableError(source, line, tr("the city %1 (%2) comes before its province").arg(region.name, region.code));
    for (const Region &other : std::as_const(m_cities)) {
        if (other.code == city.code)
            return tableError(source, line, tr("the code %1 is used twice").arg(city.code));
    }
    m_cities.append(city);
    return {};
}

Result<RegionTable> RegionTable::parse(const QByteArray &tsv, const QString &source)
{
    RegionTable table;
    const QList<QByteArray> lines = tsv.split('\n');
    bool header = true;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).remove(u'\r');
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 3 || !isCode(fields.at(0)) || fields.at(1).isEmpty())
            return tableError(source, i + 1, tr("expected a six-digit code, a name and short forms"));
        Region region { fields.at(0), fields.at(1), fields.at(2).split(u'|', Qt::SkipEmptyParts), -1 };
        if (Status status = table.add(region, i + 1, source); !status)
            return status.error();
    }
    for (auto it = table.m_provinceOf.cbegin(); it != table.m_provinceOf.cend(); ++it)
        table.m_provinceKeys.append({ it.key(), it.value() });
    std::sort(table.m_provinceKeys.begin(), table.m_provinceKeys.end(),
              [](const auto &a, const auto &b) {
                  return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a.first < b.first;
              });
    return table;
}

const Result<RegionTable> &RegionTable::bundled()
{
    static const Result<RegionTable> table = []() -> Result<RegionTable> {
        const QString name = u"regions.tsv"_s;
        auto data = bundledData(name);
        if (!data)
            return data.error();
        return parse(*data, name);
    }();
    return table;
}

int RegionTable::findProvince(QStringView text) const
{
    return m_provinceOf.value(lookupKey(text), -1);
}

int RegionTable::findCity(QStringView text) const
{
    return m_cityOf.value(lookupKey(text), -1);
}

int RegionTable::municipalityCity(int province) const
{
    if (province < 0 || province >= m_provinces.size())
        return -1;
    const QString code = m_provinces.at(province).code.left(2) + u"0100"_s;
    const int city = findCity(m_provinces.at(province).name);
    return city >= 0 && m_cities.at(city).code == code ? city : -1;
}

RegionTable::Place RegionTable::parsePlace(QStringView text) const
{
    const QString key = lookupKey(text);
    if (key.isEmpty())
        return {};
    if (const int city = m_cityOf.value(key, -1); city >= 0)
        return { m_cities.at(city).province, city };
    if (const int province = m_provinceOf.value(key, -1); province >= 0)
        return { province, municipalityCity(province) };
    // The longest province name the text starts with, and a city after it if the rest is one: a
    // street address after the province ("北京市朝阳区…") still tells the province.
    Place found;
    for (const auto &[name, province] : m_provinceKeys) {
        if (!key.startsWith(name))
            continue;
        const int city = m_cityOf.value(key.mid(name.size()), -1);
        if (city >= 0)
            return { province, city };
        if (found.province < 0)
            found.province = province;
    }
    return found;
}

} // namespace Portrait::Clean
