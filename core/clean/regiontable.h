#pragma once

#include "common/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Portrait::Clean {

/// One division of the table: a provincial-level division (code ending in 0000) or one of its
/// prefecture-level divisions.
struct Region
{
    QString code;          ///< GB/T 2260, six digits: "440300"
    QString name;          ///< official full name: 深圳市
    QStringList shortForms; ///< as people write it: 深圳 (provinces also in pinyin: Guangdong)
    int province = -1;     ///< for a city, its province's index in RegionTable::provinces()
};

/// China's 34 provincial-level divisions and their prefecture-level divisions (GB/T 2260), read
/// from the bundled resources/data/regions.tsv. Names and short forms are looked up with white
/// space, full-width forms and case ignored.
class RegionTable
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Clean::RegionTable)

public:
    /// A place read from a text: either part may be missing (-1).
    struct Place
    {
        int province = -1;
        int city = -1;
    };

    /// Parses the TSV (code, name, short forms separated by |; # comments; a header row). Every
    /// city's code must start with its province's two digits; names must be unique per level.
    static Result<RegionTable> parse(const QByteArray &tsv, const QString &source);
    /// The bundled table, read once. An error names the missing or damaged data set.
    static const Result<RegionTable> &bundled();

    const QList<Region> &provinces() const { return m_provinces; }
    const QList<Region> &cities() const { return m_cities; }

    int findProvince(QStringView text) const;
    int findCity(QStringView text) const;
    /// The city a municipality lists as itself (北京市 → 北京市), or -1.
    int municipalityCity(int province) const;
    /// A province and a city written together ("广东省深圳市", "广东 深圳", "浙江杭州"), or a
    /// whole text that is one of them; nothing found leaves both -1.
    Place parsePlace(QStringView text) const;

private:
    Status add(const Region &region, int line, const QString &source);

    QList<Region> m_provinces;
    QList<Region> m_cities;
    QHash<QString, int> m_provinceOf; ///< lookup key of each name and short form
    QHash<QString, int> m_cityOf;
    QHash<QString, int> m_provinceByCode; ///< two-digit prefix
    QList<QPair<QString, int>> m_provinceKeys; ///< longest first, for prefixes
};

} // namespace Portrait::Clean
