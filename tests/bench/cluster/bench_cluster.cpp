// Benchmark: `portrait cluster --k 8` on 1,000,000 synthetic customers, as a whole process (open the
// project, load the frame, score RFM, fit k-means with 10 k-means++ restarts, silhouette on a
// sample, profiles, summary.json), against scikit-learn's KMeans(n_clusters=8, n_init=10) fit
// alone on the same standardised features (log1p of recency, frequency, monetary, z-scored),
// written to a file and timed inside python3. One run each. Bars: time ratio ≤ 1.0×, inertia
// ratio (ours / scikit-learn's) ≤ 1.001×. The project is generated once (a shop-like skewed order
// CSV through the real importer) and kept in $TMPDIR/portrait-bench-cluster/. Prints both figures,
// the ratios and PASS/FAIL; exits non-zero on a miss.
#include "analytics/clusterfeatures.h"
#include "jobs/clusterfeaturechoice.h"
#include "jobs/importjob.h"
#include "jobs/rfmsettings.h"
#include "project/frameloader.h"
#include "project/projectfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cmath>
#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

constexpr qsizetype Customers = 1'000'000;

/// Most customers buy once, a geometric tail buys again; frequent buyers tend to be recent;
/// lognormal order amounts.
bool writeOrdersCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 rng(20261207);
    std::geometric_distribution<int> extraOrders(0.45);
    std::lognormal_distribution<double> amount(3.6, 0.9);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const qint64 last = QDate(2025, 12, 31).toJulianDay();
    QByteArray chunk = "customer_id,order_id,order_date,amount\n";
    qint64 order = 0;
    for (qsizetype c = 0; c < Customers; ++c) {
        const int orders = unit(rng) < 0.6 ? 1 : 2 + extraOrders(rng);
        const auto recency = qint64(730.0 * std::pow(unit(rng), 1.0 + 0.3 * orders));
        for (int k = 0; k < orders; ++k) {
            const qint64 day = k == 0 ? last - recency : last - recency - qint64(unit(rng) * double(730 - recency));
            chunk += "C" + QByteArray::number(c) + ",O" + QByteArray::number(++order) + ','
                    + QDate::fromJulianDay(day).toString(Qt::ISODate).toLatin1() + ','
                    + QByteArray::number(amount(rng), 'f', 2) + '\n';
        }
        if (chunk.size() > (1 << 22)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.flush();
}

QString ensureProject(const QString &dir)
{
    const QString project = dir + u"/million.portrait"_s;
    if (QFile::exists(project))
        return project;
    const QString csv = dir + u"/orders.csv"_s;
    std::printf("bench_cluster  generating %s …\n", qPrintable(csv));
    std::fflush(stdout);
    if (!writeOrdersCsv(csv))
        return {};
    const QString building = dir + u"/building.portrait"_s;
    QFile::remove(building);
    {
        auto created = Project::ProjectFile::create(building);
        if (!created)
            return {};
        CancelToken cancel;
        auto report = Jobs::importFile(**created, csv, {}, nullProgress(), cancel);
        QFile::remove(csv);
        if (!report) {
            std::printf("bench_cluster  import failed: %s\n", qPrintable(report.error().toString()));
            return {};
        }
    }
    return QFile::rename(building, project) ? project : QString();
}

/// The standardised default features of the scored customers, as float64 rows of 3, for python.
bool writeFeatures(const QString &projectPath, const QString &out)
{
    auto project = Project::ProjectFile::open(projectPath, Project::ProjectFile::Lock::None);
    if (!project)
        return false;
    CancelToken cancel;
    auto frame = Project::loadFrame(**project, nullProgress(), cancel);
    if (!frame)
        return false;
    const Jobs::RfmSettings settings;
    auto rfm = Jobs::runRfmSettings(*frame, settings);
    if (!rfm)
        return false;
    auto columns = Jobs::clusterColumns(*frame, *rfm, settings.request.metrics,
                                        { u"recency_days"_s, u"frequency"_s, u"monetary"_s });
    if (!columns)
        return false;
    auto input = Analytics::standardizeFeatures(*columns, Jobs::defaultClusterFeatures(), rfm->metrics.scored);
    if (!input)
        return false;
    QFile file(out);
    const auto bytes = qint64(input->points.values.size() * sizeof(double));
    return file.open(QIODevice::WriteOnly)
            && file.write(reinterpret_cast<const char *>(input->points.values.data()), bytes) == bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = QDir::temp().filePath(u"portrait-bench-cluster"_s);
    QDir().mkpath(dir);
    const QString project = ensureProject(dir);
    const QString features = dir + u"/features.f64"_s;
    if (project.isEmpty() || !writeFeatures(project, features)) {
        std::printf("bench_cluster  FAIL: could not make the project or its features\n");
        return 1;
    }

    // Ours: the whole command, as the analyst runs it.
    const QString summaryPath = dir + u"/summary.json"_s;
    QProcess portrait;
    QElapsedTimer timer;
    timer.start();
    portrait.start(QStringLiteral(PORTRAIT_EXECUTABLE),
                   { u"cluster"_s, u"--project"_s, project, u"--k"_s, u"8"_s, u"--summary"_s, summaryPath });
    if (!portrait.waitForFinished(1800000) || portrait.exitCode() != 0) {
        std::printf("bench_cluster  FAIL: portrait cluster: %s\n", portrait.readAllStandardError().constData());
        return 1;
    }
    const double oursSeconds = double(timer.nsecsElapsed()) / 1e9;
    QFile summaryFile(summaryPath);
    summaryFile.open(QIODevice::ReadOnly);
    const double oursInertia = QJsonDocument::fromJson(summaryFile.readAll()).object().value(u"inertia"_s).toDouble();

    // scikit-learn: the fit alone.
    // Debian's python3 (python3-sklearn), not whatever python3 comes first on PATH.
    const QString python3 = QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
    QProcess python;
    python.start(python3, { u"-c"_s,
                                 u"import sys, time, numpy as np\n"
                                 "from sklearn.cluster import KMeans\n"
                                 "X = np.fromfile(sys.argv[1], dtype=np.float64).reshape(-1, 3)\n"
                                 "t = time.perf_counter()\n"
                                 "km = KMeans(n_clusters=8, n_init=10, random_state=0).fit(X)\n"
                                 "print(time.perf_counter() - t, km.inertia_, X.shape[0])\n"_s,
                                 features });
    if (!python.waitForFinished(1800000) || python.exitCode() != 0) {
        std::printf("bench_cluster  FAIL: scikit-learn: %s\n", python.readAllStandardError().constData());
        return 1;
    }
    const QList<QByteArray> figures = python.readAllStandardOutput().trimmed().split(' ');
    const double sklearnSeconds = figures.value(0).toDouble();
    const double sklearnInertia = figures.value(1).toDouble();
    const double timeRatio = oursSeconds / sklearnSeconds;
    const double inertiaRatio = oursInertia / sklearnInertia;
    const bool ok = timeRatio <= 1.0 && inertiaRatio <= 1.001;
    std::printf("bench_cluster  %s customers clustered, k = 8, 10 restarts\n", figures.value(2).constData());
    std::printf("bench_cluster  portrait cluster (whole process): %.2f s, inertia %.2f\n", oursSeconds, oursInertia);
    std::printf("bench_cluster  scikit-learn KMeans fit alone:    %.2f s, inertia %.2f\n", sklearnSeconds, sklearnInertia);
    std::printf("bench_cluster  time ratio %.3f× (bar ≤ 1.0×) %s; inertia ratio %.5f× (bar ≤ 1.001×) %s\n", timeRatio,
                timeRatio <= 1.0 ? "PASS" : "FAIL", inertiaRatio, inertiaRatio <= 1.001 ? "PASS" : "FAIL");
    std::printf("bench_cluster  %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
