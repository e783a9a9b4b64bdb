// `portrait cluster` on the demo project, checked against an independent computation from
// `portrait rfm`'s figures (scaling, nearest centroids, distances, inertia, sizes), and its
// clusters used by `export --cluster` and the rule feature `cluster`; the guard rails.
#include "clirunner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Customer
{
    QString id;
    std::array<double, 3> rfm;   // recency days, frequency, monetary
};

/// The scored customers of rfm.csv (those with an RFM code).
QList<Customer> scoredCustomers(const QString &rfmCsv)
{
    QList<Customer> customers;
    const QList<QStringList> rows = readCsv(rfmCsv);
    for (const QStringList &row : rows.mid(1)) {
        if (!row.at(7).isEmpty())
            customers.append({ row.at(0), { row.at(1).toDouble(), row.at(2).toDouble(), row.at(3).toDouble() } });
    }
    return customers;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

double log1pClamped(double x)
{
    return std::log1p(std::max(x, 0.0));
}

bool close(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

QString writeOrders(const QTemporaryDir &dir, const QString &name, const QByteArray &rows)
{
    const QString csv = dir.filePath(name + u".csv"_s);
    writeFile(csv, "customer_id,order_id,order_date,amount\n" + rows);
    const QString project = dir.filePath(name + u".portrait"_s);
    const CliRun import = runPortrait({ u"import"_s, csv, u"--project"_s, project });
    if (import.exitCode != 0)
        qWarning("%s", import.err.constData());
    return project;
}

} // namespace

class TestCliCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"demo.portrait"_s);
        QCOMPARE(runPortrait({ u"sample"_s, u"--out"_s, m_project }).exitCode, 0);
        const QString rfm = m_dir.filePath(u"rfm.csv"_s);
        QCOMPARE(runPortrait({ u"rfm"_s, u"--project"_s, m_project, u"--out"_s, rfm }).exitCode, 0);
        m_customers = scoredCustomers(rfm);
        QVERIFY(m_customers.size() > 1000);
    }

    void agreesWithAnIndependentComputation()
    {
        const QString out = m_dir.filePath(u"clusters.csv"_s), summaryPath = m_dir.filePath(u"summary.json"_s);
        const CliRun run = runPortrait({ u"cluster"_s, u"--project"_s, m_project, u"--k"_s, u"5"_s, u"--seed"_s, u"3"_s,
                                         u"--out"_s, out, u"--summary"_s, summaryPath });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = readJson(summaryPath);
        QCOMPARE(summary.value(u"k"_s).toInt(), 5);
        QCOMPARE(summary.value(u"features"_s).toArray(),
                 QJsonArray({ u"recency_days"_s, u"frequency"_s, u"monetary"_s }));

        // The scaling: z-scores of log1p values with the population standard deviation.
        const QJsonArray transforms = summary.value(u"transforms"_s).toArray();
        std::array<double, 3> mean {}, sd {};
        for (int a = 0; a < 3; ++a) {
            double sum = 0, squares = 0;
            for (const Customer &c : m_customers)
                sum += log1pClamped(c.rfm[size_t(a)]);
            mean[size_t(a)] = sum / m_customers.size();
            for (const Customer &c : m_customers)
                squares += std::pow(log1pClamped(c.rfm[size_t(a)]) - mean[size_t(a)], 2);
            sd[size_t(a)] = std::sqrt(squares / m_customers.size());
            const QJsonObject t = transforms.at(a).toObject();
            QVERIFY(t.value(u"log1p"_s).toBool());
            QVERIFY(close(t.value(u"mean"_s).toDouble(), mean[size_t(a)], 1e-9));
            QVERIFY(close(t.value(u"sd"_s).toDouble(), sd[size_t(a)], 1e-9));
        }

        // Every customer at its nearest centroid, at the distance written; the inertia their sum.
        const QJsonArray clusters = summary.value(u"clusters"_s).toArray();
        std::vector<std::array<double, 3>> centroids;
        QSet<QString> names;
        for (const QJsonValue &v : clusters) {
            const QJsonArray c = v.toObject().value(u"centroid"_s).toArray();
            centroids.push_back({ c.at(0).toDouble(), c.at(1).toDouble(), c.at(2).toDouble() });
            names.insert(v.toObject().value(u"name"_s).toString());
        }
        QCOMPARE(names.size(), 5);
        QVERIFY(!names.contains(QString()));
        QHash<QString, Customer> byId;
        for (const Customer &c : m_customers)
            byId.insert(c.id, c);
        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.first(), QStringList({ u"customer_id"_s, u"cluster"_s, u"cluster_name"_s, u"distance"_s }));
        QCOMPARE(rows.size() - 1, m_customers.size());
        std::vector<qint64> sizes(5, 0);
        std::vector<double> revenue(5, 0.0);
        double inertia = 0;
        for (const QStringList &row : rows.mid(1)) {
            QVERIFY(byId.contains(row.at(0)));
            const Customer &c = byId.value(row.at(0));
            const int cluster = row.at(1).toInt() - 1;
            QVERIFY(cluster >= 0 && cluster < 5);
            QCOMPARE(row.at(2), clusters.at(cluster).toObject().value(u"name"_s).toString());
            std::array<double, 5> distance {};
            for (int j = 0; j < 5; ++j) {
                double squares = 0;
                for (int a = 0; a < 3; ++a)
                    squares += std::pow((log1pClamped(c.rfm[size_t(a)]) - mean[size_t(a)]) / sd[size_t(a)]
                                                - centroids[size_t(j)][size_t(a)],
                                        2);
                distance[size_t(j)] = std::sqrt(squares);
            }
            QVERIFY(std::abs(row.at(3).toDouble() - distance[size_t(cluster)]) < 1e-5);
            QVERIFY(distance[size_t(cluster)] <= *std::min_element(distance.begin(), distance.end()) + 1e-7);
            inertia += distance[size_t(cluster)] * distance[size_t(cluster)];
            ++sizes[size_t(cluster)];
            revenue[size_t(cluster)] += c.rfm[2];
        }
        QVERIFY(close(summary.value(u"inertia"_s).toDouble(), inertia, 1e-6));
        for (int j = 0; j < 5; ++j) {
            QCOMPARE(clusters.at(j).toObject().value(u"size"_s).toInteger(), sizes[size_t(j)]);
            if (j > 0)   // numbered by falling revenue
                QVERIFY(revenue[size_t(j)] <= revenue[size_t(j - 1)]);
        }
        const double silhouette = summary.value(u"silhouette"_s).toDouble();
        QVERIFY(silhouette > -1 && silhouette < 1);
        QVERIFY(summary.value(u"silhouette_sample"_s).isNull());   // 5,000 customers: exact
    }

    void choosesKBySilhouette()
    {
        const QString summaryPath = m_dir.filePath(u"auto.json"_s);
        const CliRun run = runPortrait({ u"cluster"_s, u"--project"_s, m_project, u"--summary"_s, summaryPath });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject summary = readJson(summaryPath);
        const QJsonArray candidates = summary.value(u"candidates"_s).toArray();
        QCOMPARE(candidates.size(), 7);
        double best = -2;
        int bestK = 0;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const QJsonObject c = candidates.at(i).toObject();
            QCOMPARE(c.value(u"k"_s).toInt(), int(i) + 2);
            QVERIFY(c.value(u"silhouette"_s).toDouble() >= -1 && c.value(u"silhouette"_s).toDouble() <= 1);
            if (i > 0)
                QVERIFY(c.value(u"inertia"_s).toDouble() < candidates.at(i - 1).toObject().value(u"inertia"_s).toDouble());
            if (c.value(u"silhouette"_s).toDouble() > best) {
                best = c.value(u"silhouette"_s).toDouble();
                bestK = c.value(u"k"_s).toInt();
            }
        }
        QCOMPARE(summary.value(u"k"_s).toInt(), bestK);
        QCOMPARE(summary.value(u"silhouette"_s).toDouble(), best);
    }

    void sameSeedSameClusters()
    {
        QByteArray first;
        for (int run = 0; run < 2; ++run) {
            const QString out = m_dir.filePath(u"seed%1.csv"_s.arg(run));
            QCOMPARE(runPortrait({ u"cluster"_s, u"--project"_s, m_project, u"--k"_s, u"6"_s, u"--seed"_s, u"11"_s,
                                   u"--out"_s, out })
                             .exitCode,
                     0);
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (run == 0)
                first = file.readAll();
            else
                QCOMPARE(file.readAll(), first);
        }
    }

    void savedClustersServeExportsAndRules()
    {
        const QString out = m_dir.filePath(u"saved.csv"_s), summaryPath = m_dir.filePath(u"saved.json"_s);
        const CliRun run = runPortrait({ u"cluster"_s, u"--project"_s, m_project, u"--k"_s, u"4"_s, u"--out"_s, out,
                                         u"--summary"_s, summaryPath, u"--save"_s, u"四群"_s, u"--chinese-names"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject cluster = readJson(summaryPath).value(u"clusters"_s).toArray().at(1).toObject();
        const QString name = cluster.value(u"name"_s).toString();
        QSet<QString> members;
        for (const QStringList &row : readCsv(out).mid(1)) {
            if (row.at(2) == name)
                members.insert(row.at(0));
        }
        QCOMPARE(members.size(), cluster.value(u"size"_s).toInt());

        // export --cluster, by name and by number
        for (const QString &which : { name, u"2"_s }) {
            const QString list = m_dir.filePath(u"list.csv"_s);
            const CliRun exported = runPortrait({ u"export"_s, u"--project"_s, m_project, u"--cluster"_s, which,
                                                  u"--no-mask"_s, u"--out"_s, list });
            QVERIFY2(exported.exitCode == 0, exported.err.constData());
            QSet<QString> ids;
            for (const QStringList &row : readCsv(list).mid(1))
                ids.insert(row.at(0));
            QCOMPARE(ids, members);
        }
        const CliRun unknown = runPortrait({ u"export"_s, u"--project"_s, m_project, u"--cluster"_s, u"无此群"_s,
                                             u"--out"_s, m_dir.filePath(u"none.csv"_s) });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(QString::fromUtf8(unknown.err).contains(name), unknown.err.constData());

        // the rule feature `cluster`
        const QString rules = m_dir.filePath(u"rules.txt"_s);
        writeFile(rules, u"聚类/第二群 = cluster = \"%1\"\n聚类/未聚类 = cluster = \"无此群\"\n"_s.arg(name).toUtf8());
        const QString tags = m_dir.filePath(u"tags.csv"_s);
        const CliRun tagged = runPortrait({ u"tag"_s, u"--project"_s, m_project, u"--rules"_s, rules, u"--out"_s, tags });
        QVERIFY2(tagged.exitCode == 0, tagged.err.constData());
        QSet<QString> taggedIds;
        for (const QStringList &row : readCsv(tags).mid(1)) {
            QCOMPARE(row.at(1), u"聚类/第二群"_s);
            taggedIds.insert(row.at(0));
        }
        QCOMPARE(taggedIds, members);
    }

    void guardRails()
    {
        QTemporaryDir dir;
        // One customer: nothing to cluster.
        const QString one = writeOrders(dir, u"one"_s, "A,1,2024-01-01,10\nA,2,2024-02-01,12\n");
        const QString summaryPath = dir.filePath(u"s.json"_s);
        CliRun run = runPortrait({ u"cluster"_s, u"--project"_s, one, u"--summary"_s, summaryPath });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("at least two customers"), run.err.constData());
        QVERIFY(!QFile::exists(summaryPath));

        // Everyone bought once: frequency has no variance.
        const QString once = writeOrders(dir, u"once"_s,
                                         "A,1,2024-01-01,10\nB,2,2024-02-01,20\nC,3,2024-03-01,30\nD,4,2024-03-05,35\n");
        run = runPortrait({ u"cluster"_s, u"--project"_s, once, u"--features"_s, u"recency,frequency"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("frequency") && run.err.contains("same value"), run.err.constData());

        // Four customers, two of them alike: at most 3 distinct points.
        const QString alike = writeOrders(dir, u"alike"_s,
                                          "A,1,2024-01-01,10\nA,2,2024-02-01,10\nB,3,2024-01-01,10\nB,4,2024-02-01,10\n"
                                          "C,5,2024-03-01,30\nD,6,2024-06-01,99\n");
        run = runPortrait({ u"cluster"_s, u"--project"_s, alike, u"--k"_s, u"4"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("only 3 distinct"), run.err.constData());
        run = runPortrait({ u"cluster"_s, u"--project"_s, alike, u"--k"_s, u"3"_s, u"--summary"_s, summaryPath });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile json(summaryPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray text = json.readAll().toLower();
        QVERIFY(!text.contains("nan") && !text.contains("inf"));
        QCOMPARE(readJson(summaryPath).value(u"inertia"_s).toDouble(), 0.0);   // one point per distinct customer

        // Bad command lines
        QCOMPARE(runPortrait({ u"cluster"_s, u"--project"_s, alike, u"--k"_s, u"1"_s }).exitCode, 2);
        QCOMPARE(runPortrait({ u"cluster"_s, u"--project"_s, alike, u"--features"_s, u"province"_s }).exitCode, 2);
        QCOMPARE(runPortrait({ u"cluster"_s, u"--project"_s, alike, u"--restarts"_s, u"0"_s }).exitCode, 2);
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    QList<Customer> m_customers;
};

QTEST_GUILESS_MAIN(TestCliCluster)
#include "tst_cli_cluster.moc"
