#include "clusterfeaturechoice.h"

#include "jobs/customerfeatures.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portrait::Jobs {

namespace {

struct ClusterFeatureText
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Jobs::ClusterFeatures)
};

const QStringList &rfmFeatureNames()
{
    static const QStringList names { u"recency_days"_s, u"frequency"_s, u"monetary"_s };
    return names;
}

QString clusterableNames()
{
    QStringList names;
    for (const Tags::FeatureInfo &f : clusterableFeatures())
        names.append(f.name);
    return names.join(u", "_s);
}

Analytics::FeatureColumn metricColumn(const QString &name, const std::vector<double> &values,
                                      const std::vector<quint8> &scored)
{
    Analytics::FeatureColumn column { name, values, {} };
    column.missing.resize(scored.size());
    for (size_t i = 0; i < scored.size(); ++i)
        column.missing[i] = !scored[i];
    return column;
}

} // namespace

QList<Tags::FeatureInfo> clusterableFeatures()
{
    QList<Tags::FeatureInfo> out;
    for (const Tags::FeatureInfo &f : Tags::standardFeatures()) {
        if (f.type == Tags::FeatureType::Number)
            out.append(f);
    }
    return out;
}

bool isSkewedFeature(const QString &name)
{
    static const QStringList skewed { u"recency_days"_s,      u"frequency"_s, u"monetary"_s,
                                      u"aov"_s,               u"tenure_days"_s, u"mean_interpurchase_days"_s,
                                      u"distinct_categories"_s };
    return skewed.contains(name);
}

QList<Analytics::FeatureChoice> defaultClusterFeatures()
{
    return { { u"recency_days"_s, true }, { u"frequency"_s, true }, { u"monetary"_s, true } };
}

Result<QList<Analytics::FeatureChoice>> parseClusterFeatures(const QString &text)
{
    QList<Analytics::FeatureChoice> choices;
    for (QString item : text.split(u',', Qt::SkipEmptyParts)) {
        item = item.trimmed();
        std::optional<bool> log;
        if (item.endsWith(u":log"_s, Qt::CaseInsensitive) || item.endsWith(u":raw"_s, Qt::CaseInsensitive)) {
            log = item.endsWith(u":log"_s, Qt::CaseInsensitive);
            item.chop(4);
        }
        QString name = item.compare(u"recency"_s, Qt::CaseInsensitive) == 0 ? u"recency_days"_s : item;
        const QList<Tags::FeatureInfo> usable = clusterableFeatures();
        const auto found = std::find_if(usable.begin(), usable.end(), [&name](const Tags::FeatureInfo &f) {
            return f.name.compare(name, Qt::CaseInsensitive) == 0 || f.nameZh == name;
        });
        if (found == usable.end()) {
            return Error { ClusterFeatureText::tr("“%1” is not a numeric feature; the features are: %2.")
                                   .arg(item, clusterableNames()),
                           {}, 0, 0, item };
        }
        if (std::any_of(choices.begin(), choices.end(), [&found](const auto &c) { return c.name == found->name; }))
            return Error { ClusterFeatureText::tr("“%1” is listed twice.").arg(found->name), {}, 0, 0, item };
        choices.append({ found->name, log.value_or(isSkewedFeature(found->name)) });
    }
    if (choices.isEmpty())
        return Error { ClusterFeatureText::tr("Name at least one feature; the features are: %1.").arg(clusterableNames()),
                       {}, 0, 0, {} };
    return choices;
}

QHash<QString, QString> featureTitles(bool chinese)
{
    QHash<QString, QString> titles;
    for (const Tags::FeatureInfo &f : Tags::standardFeatures())
        titles.insert(f.name, chinese && !f.nameZh.isEmpty() ? f.nameZh : f.name);
    return titles;
}

Result<QList<Analytics::FeatureColumn>> clusterColumns(const Model::CustomerFrame &frame, const Rfm::RfmResult &rfm,
                                                       const Rfm::MetricOptions &options, const QStringList &names)
{
    const Rfm::RfmMetrics &m = rfm.metrics;
    QList<Analytics::FeatureColumn> columns { metricColumn(u"recency_days"_s, m.recency, m.scored),
                                              metricColumn(u"frequency"_s, m.frequency, m.scored),
                                              metricColumn(u"monetary"_s, m.monetary, m.scored) };
    QStringList others;
    for (const QString &name : names) {
        if (!rfmFeatureNames().contains(name))
            others.append(name);
    }
    if (others.isEmpty())
        return columns;   // the RFM run has them: no feature table to compute
    Rfm::MetricOptions at = options;
    at.asOf = m.asOf;
    auto table = computeCustomerFeatures(frame, rfm, at, false);
    if (!table)
        return table.error();
    for (const QString &name : others) {
        const int column = table->indexOf(name);
        if (column < 0 || table->info(column).type != Tags::FeatureType::Number)
            return Error { ClusterFeatureText::tr("“%1” is not a numeric feature.").arg(name), {}, 0, 0, name };
        columns.append({ name, table->numbers(column), table->missing(column) });
    }
    return columns;
}

Status addClusterFeature(Tags::FeatureTable &table, const Analytics::Clustering *clustering)
{
    std::vector<qint32> codes(static_cast<size_t>(table.rowCount()), -1);
    QStringList names;
    if (clustering && qsizetype(clustering->assignment.size()) == table.rowCount()) {
        names = clustering->clusterNames();
        std::copy(clustering->assignment.begin(), clustering->assignment.end(), codes.begin());
    }
    return table.setTextCodes(Tags::standardFeature(u"cluster"_s), std::move(codes), names);
}

} // namespace Portrait::Jobs
