#include "timelinecsv.h"

#include "export/csvfield.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Timeline {

namespace {

struct TimelineCsv
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Timeline::TimelineCsv)
};

QByteArray number(double value, int decimals)
{
    if (std::isnan(value))
        return {};
    if (value == 0.0)
        value = 0.0; // no "-0.00"
    return QByteArray::number(value, 'f', decimals);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error { TimelineCsv::tr("Cannot write: %1").arg(file.errorString()), name, 0, 0, {} };
    return {};
}

QByteArray groupRow(const QByteArray &segment, const char *group, const GroupOutcome &g)
{
    return segment + ',' + group + ',' + QByteArray::number(g.customers) + ',' + QByteArray::number(g.responders) + ','
            + number(g.responseRate(), 6) + ',' + number(g.revenue, 2) + ',' + number(g.revenuePerCustomer(), 2);
}

} // namespace

Status writeMigrationCsv(const Comparison &c, const QString &path, bool chinese)
{
    QByteArray out = "from_segment,to_segment,customers,monetary_from,monetary_to\n";
    const Migration &m = c.migration;
    for (int row = 0; row < m.fromCount; ++row) {
        for (int column = 0; column < m.toCount; ++column) {
            if (row == m.newRow() && column == m.notScoredColumn())
                continue;   // scored on neither side: not part of the migration
            const size_t cell = m.cell(row, column);
            out += Export::csvField(fromName(c.from, row, chinese)) + ',' + Export::csvField(toName(c.to, column, chinese))
                    + ',' + QByteArray::number(m.customers[cell]) + ',' + number(m.monetaryFrom[cell], 2) + ','
                    + number(m.monetaryTo[cell], 2) + '\n';
        }
    }
    return writeFile(path, out);
}

Status writeMoversCsv(const Comparison &c, const QString &path, bool chinese)
{
    QByteArray out = "customer_id,from_segment,to_segment,monetary_from,monetary_to\n";
    const qsizetype n = c.universe->size();
    for (qsizetype i = 0; i < n; ++i) {
        const int a = c.from.segment[size_t(i)], b = c.to.segment[size_t(i)];
        if (a < 0 && b < 0)
            continue;
        const QString before = fromName(c.from, a < 0 ? int(c.from.segmentCount()) : a, chinese);
        const QString after = toName(c.to, b < 0 ? int(c.to.segmentCount()) : b, chinese);
        if (a >= 0 && b >= 0 && fromName(c.from, a, false) == toName(c.to, b, false))
            continue;
        out += Export::csvField(c.universe->key(i)) + ',' + Export::csvField(before) + ',' + Export::csvField(after)
                + ',' + (a >= 0 ? number(c.from.monetary[size_t(i)], 2) : QByteArray()) + ','
                + (b >= 0 ? number(c.to.monetary[size_t(i)], 2) : QByteArray()) + '\n';
    }
    return writeFile(path, out);
}

Status writeTagFlowsCsv(const Comparison &c, const QString &path)
{
    QByteArray out = "tag,before,after,entered,left\n";
    for (const TagFlow &flow : c.tagFlows) {
        out += Export::csvField(flow.path) + ',' + QByteArray::number(flow.before) + ','
                + QByteArray::number(flow.after) + ',' + QByteArray::number(flow.entered) + ','
                + QByteArray::number(flow.left) + '\n';
    }
    return writeFile(path, out);
}

Status writeTrendCsv(const Trend &trend, const QString &path, bool chinese)
{
    QByteArray out = "as_of,segment,customers,monetary\n";
    for (const TrendPoint &p : trend.points) {
        const QByteArray day = QDate::fromJulianDay(p.asOf).toString(Qt::ISODate).toLatin1();
        for (size_t s = 0; s < p.customers.size(); ++s) {
            out += day + ',' + Export::csvField(trend.scheme.displayName(int(s), chinese)) + ','
                    + QByteArray::number(p.customers[s]) + ',' + number(p.monetary[s], 2) + '\n';
        }
    }
    return writeFile(path, out);
}

QString stratumName(const EvaluatedCampaign &campaign, const StratumEvaluation &stratum, bool chinese)
{
    if (stratum.stratum < 0)
        return chinese ? TimelineCsv::tr("(all)") : u"(all)"_s;
    for (int rule = 0; rule <= campaign.scheme.rules.size(); ++rule) {
        if (campaign.scheme.displayName(rule, false) == stratum.segment)
            return campaign.scheme.displayName(rule, chinese);
    }
    return stratum.segment;
}

Status writeEvaluationCsv(const EvaluatedCampaign &campaign, const QString &path, bool chinese)
{
    QByteArray out = "segment,group,customers,responders,response_rate,revenue,revenue_per_customer,uplift,ci_low,"
                     "ci_high\n";
    QList<StratumEvaluation> rows = campaign.evaluation.strata;
    rows.append(campaign.evaluation.overall);
    for (const StratumEvaluation &e : rows) {
        const QByteArray segment = Export::csvField(stratumName(campaign, e, chinese));
        out += groupRow(segment, "treated", e.treated) + ',' + number(e.uplift, 6) + ','
                + number(e.interval.low, 6) + ',' + number(e.interval.high, 6) + '\n';
        out += groupRow(segment, "control", e.control) + ",,,\n";
    }
    return writeFile(path, out);
}

} // namespace Portrait::Timeline
