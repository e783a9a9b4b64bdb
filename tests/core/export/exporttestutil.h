#pragma once
// A small customer list for the export tests: ids with leading zeros, Chinese and Latin names,
// phones with and without +86, formula-like cities, characters outside the BMP and one customer
// with nothing but a return (not scored).

#include "export/customerlist.h"
#include "io/csvreader.h"
#include "rfm/presets.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <memory>

namespace ExportTest {

using namespace Qt::StringLiterals;
using namespace Portrait;

struct Customer
{
    const char16_t *id, *name, *phone, *email, *city;
    double spend;
    int orders, daysAgo;
};

inline const QList<Customer> &customers()
{
    static const QList<Customer> list = {
        { u"000123", u"张三", u"13812345678", u"zhangsan@example.com", u"=cmd|' /C calc'!A0", 900, 6, 3 },
        { u"000456", u"欧阳娜娜", u"+86 139 8765 4321", u"nana@example.cn", u"+1", 50, 1, 200 },
        { u"C3", u"John Smith", u"010-62345678", u"john@example.org", u"-2", 300, 3, 30 },
        { u"C4", u"李𠀾", u"15900001111", u"", u"@x", 120, 2, 90 },
        { u"C5", u"王芳", u"", u"wf@qq.com", u"\tTab", 2000, 9, 1 },
        { u"C6", u"陈静", u"18611112222", u"cj@163.com", u"\rCR, \"quoted\"\nnext line", 640, 4, 15 },
        { u"C7", u"刘洋", u"17722223333", u"ly@126.com", u"深圳 € 😀", 75, 1, 400 },
        { u"C8", u"杨磊", u"13300004444", u"yl@example.com", u"北京", 0, 0, 10 },
    };
    return list;
}

inline std::shared_ptr<Model::CustomerFrame> makeFrame()
{
    auto frame = std::make_shared<Model::CustomerFrame>();
    const Model::Day day = Model::Day(QDate(2025, 6, 1).toJulianDay());
    for (const Customer &c : customers()) {
        const qint32 index = frame->addCustomer(QString::fromUtf16(c.id));
        frame->names.set(index, QString::fromUtf16(c.name));
        frame->phones.set(index, QString::fromUtf16(c.phone));
        frame->emails.set(index, QString::fromUtf16(c.email));
        frame->cities.set(index, QString::fromUtf16(c.city));
        frame->provinces.set(index, u"广东"_s);
        frame->genders.set(index, index % 2 ? u"女"_s : u"男"_s);
        frame->ages[size_t(index)] = qint16(index == 0 ? -1 : 20 + index);
        for (int o = 0; o < c.orders; ++o)
            frame->orders.append(index, day - c.daysAgo - (c.orders - 1 - o) * 7, c.spend / c.orders, 0, true);
        if (c.orders == 0)
            frame->orders.append(index, day - c.daysAgo, 0, -30, false);
    }
    // 34 on the as-of date 2025-06-02; 35 a day later.
    frame->birthDays[0] = Model::Day(QDate(1990, 6, 3).toJulianDay());
    frame->latestOrderDay = day;
    return frame;
}

/// Every customer of makeFrame(), scored with shop11 (quantile, 5 levels), all columns, masked.
inline Export::CustomerList makeList()
{
    auto frame = makeFrame();
    auto run = Rfm::runRfm(Rfm::computeMetrics(*frame, {}), {}, Rfm::presetScheme(u"shop11"_s));
    Export::CustomerList list;
    list.frame = frame;
    if (run.ok())
        list.result = std::make_shared<const Rfm::RfmResult>(run.takeValue());
    for (qint32 row = 0; row < qint32(frame->size()); ++row)
        list.rows.push_back(row);
    return list;
}

/// All records of a CSV file, read by our own importer's reader.
inline QList<QStringList> readRecords(const QString &path, const QByteArray &encoding)
{
    Io::CsvReader reader;
    Io::CsvOptions options;
    options.encoding = encoding;
    options.delimiter = ',';
    QList<QStringList> rows;
    if (!reader.open(path, options))
        return rows;
    Io::CsvRecord record;
    while (reader.next(record)) {
        QStringList fields;
        for (QByteArrayView field : record.fields)
            fields.append(QString::fromUtf8(field));
        rows.append(fields);
    }
    return rows;
}

} // namespace ExportTest
