// The engine (without import or CLI) against the R package rfm 0.3.0's published results on its
// sample orders (../shared/data/rfm_package/expected_results.md §1–§2). Registered as realdata.
#include "rfm/presets.h"
#include "rfm/rfmresult.h"

#include <QDate>
#include <QHash>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Rfm;

namespace {

/// The rfm package's rfm_table_order inputs: one row per order; recency to analysis_date.
struct OrderData
{
    QStringList names;
    RfmMetrics metrics;
};

std::optional<OrderData> loadRfmOrders()
{
    QProcess xz;
    xz.start(u"xz"_s, { u"-dc"_s, QStringLiteral(PORTRAIT_SHARED_DATA_DIR) + u"/rfm_package/rfm_data_orders.csv.xz"_s });
    if (!xz.waitForFinished(30000) || xz.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> lines = xz.readAllStandardOutput().split('\n');
    const qint64 analysisDay = QDate(2006, 12, 31).toJulianDay();
    OrderData data;
    QHash<QString, qsizetype> index;
    std::vector<qint64> lastDay;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        if (fields.size() < 3)
            continue;
        const QString name = QString::fromUtf8(fields[0]).remove(u'"');
        const qint64 day = QDate::fromString(QString::fromUtf8(fields[1]).remove(u'"'), Qt::ISODate).toJulianDay();
        auto it = index.find(name);
        if (it == index.end()) {
            it = index.insert(name, data.names.size());
            data.names << name;
            data.metrics.recency.push_back(0);
            data.metrics.frequency.push_back(0);
            data.metrics.monetary.push_back(0);
            data.metrics.scored.push_back(1);
            lastDay.push_back(day);
        }
        const auto c = size_t(*it);
        data.metrics.frequency[c] += 1;
        data.metrics.monetary[c] += fields[2].toDouble();
        lastDay[c] = std::max(lastDay[c], day);
    }
    for (size_t c = 0; c < lastDay.size(); ++c)
        data.metrics.recency[c] = double(analysisDay - lastDay[c]);
    data.metrics.scoredCount = data.names.size();
    return data;
}

} // namespace

class TestRfmPackageEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfmPackageOracle()
    {
        // expected_results.md §1–2: rfm_table_order(..., analysis_date = 2006-12-31) + the test scheme.
        const std::optional<OrderData> data = loadRfmOrders();
        QVERIFY2(data, "cannot read rfm_package/rfm_data_orders.csv.xz (needs xz)");
        QCOMPARE(data->names.size(), 995);
        const Result<RfmResult> run = runRfm(data->metrics, ScoringOptions { Method::RfmPkg, 5, {} }, presetScheme(u"rfm10"));
        QVERIFY(run.ok());
        const QList<SegmentSummary> rows = summarize(*run, false);
        QCOMPARE(rows[0].customers, 158);
        QCOMPARE(rows[0].orders, 1234.0);
        QCOMPARE(rows[0].revenue, 120178.0);
        double orders = 0;
        for (const SegmentSummary &row : rows)
            orders += row.orders;
        QCOMPARE(orders, 4906.0);

        const QList<std::pair<QString, QString>> readme { { u"Abbey O'Reilly"_s, u"343"_s }, { u"Add Senger"_s, u"412"_s },
                                                          { u"Aden Lesch"_s, u"323"_s }, { u"Aden Murphy"_s, u"544"_s },
                                                          { u"Admiral Senger"_s, u"433"_s } };
        for (const auto &[name, code] : readme)
            QCOMPARE(rfmCode(*run, data->names.indexOf(name)), code);

        // rfm_heatmap_data: mean amount per (F, R) cell, summed over the 25 cells.
        std::map<int, std::pair<double, int>> cells;
        std::array<bool, 6> recencySeen {};
        for (size_t i = 0; i < run->scores.r.size(); ++i) {
            auto &cell = cells[run->scores.f[i] * 10 + run->scores.r[i]];
            cell.first += data->metrics.monetary[i];
            ++cell.second;
            recencySeen[run->scores.r[i]] = true;
        }
        double heat = 0;
        for (const auto &[key, cell] : cells)
            heat += cell.first / cell.second;
        QCOMPARE(cells.size(), size_t(25));
        QCOMPARE(std::round(heat), 12634.0);
        QVERIFY(recencySeen[1] && recencySeen[2] && recencySeen[3] && recencySeen[4] && recencySeen[5]);

        ScoringOptions custom { Method::RfmPkg, 5, {} };
        custom.thresholds = { std::vector<double> { 115, 181, 297, 482 }, std::vector<double> { 4, 5, 6, 8 },
                              std::vector<double> { 256, 382, 506, 666 } };
        const Result<RfmResult> customRun = runRfm(data->metrics, custom, presetScheme(u"rfm10"));
        QVERIFY(customRun.ok());
        QCOMPARE(customRun->scores.cuts[1], (std::vector<double> { 4, 5, 6, 8 }));
    }
};

QTEST_GUILESS_MAIN(TestRfmPackageEngine)
#include "tst_rfmpackage_engine.moc"
