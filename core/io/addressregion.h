#pragma once

#include <QString>
#include <QStringView>

namespace Portrait::Io {

/// Province and city as the project stores them: short names, "广东" and "广州", "北京" and "北京".
struct Region
{
    QString province;
    QString city;
};

/// Reads the province and city at the start of a Chinese shipping address, as shop platforms
/// export it: "浙江省 杭州市 西湖区 文三路 1 号", "广东深圳市南山区…", "北京 北京市 朝阳区 …",
/// "广西壮族自治区南宁市…", "浙江 杭州". Empty parts when the address does not start with a
/// province (the provinces come from resources/data/platform_vocabulary.json).
Region regionFromAddress(QStringView address);

/// A province or city column's value in the same short form: "江苏省" → 江苏, "南京市" → 南京;
/// other text as it is.
Region shortRegion(QStringView province, QStringView city);

} // namespace Portrait::Io
