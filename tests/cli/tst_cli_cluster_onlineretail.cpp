// `portrait cluster --k auto` end to end on the UCI Online Retail data set (label realdata): the
// clusters are sane and agree with an independent computation from `portrait rfm`'s figures —
// sizes sum to the scored customers, every customer sits at its nearest centroid, the inertia
// recomputed from the members matches, inertia falls from k = 2 to 8, silhouettes lie in
// [-1, 1], every cluster has a name; saved, `export --cluster` lists exactly its members.
#include "clirunner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

class TestClusterOnlineRetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clustersTheRetailCustomers()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"online_retail.csv"_s);
        QProcess xz;
        xz.setStandardOutputFile(csv);
        xz.start(u"xz"_s, { u"-dc"_s, QStringLiteral(PORTRAIT_SHARED_DATA_DIR "/online_retail/online_retail.csv.xz") });
        QVERIFY(xz.waitForFinished(120000) && xz.exitCode() == 0);
        const QString project = dir.filePath(u"retail.portrait"_s);
        const CliRun import = runPortrait({ u"import"_s, csv, u"--project"_s, project });
        QVERIFY2(import.exitCode == 0, import.err.constData());

        // The scored customers and their log1p RFM values, z-scored (population sd) here.
        const QString rfmCsv = dir.filePath(u"rfm.csv"_s);
        QCOMPARE(runPortrait({ u"rfm"_s, u"--project"_s, project, u"--out"_s, rfmCsv }).exitCode, 0);
        QHash<QString, std::array<double, 3>> scored;
        for (const QStringList &row : readCsv(rfmCsv).mid(1)) {
            if (!row.at(7).isEmpty())
                scored.insert(row.at(0), { std::log1p(std::max(row.at(1).toDouble(), 0.0)),
                                           std::log1p(std::max(row.at(2).toDouble(), 0.0)),
                                           std::log1p(std::max(row.at(3).toDouble(), 0.0)) });
        }
        QVERIFY(scored.size() > 4000);
        std::array<double, 3> mean {}, sd {};
        for (const auto &v : std::as_const(scored))
            for (int a = 0; a < 3; ++a)
                mean[a] += v[a] / double(scored.size());
        for (const auto &v : std::as_const(scored))
            for (int a = 0; a < 3; ++a)
                sd[a] += (v[a] - mean[a]) * (v[a] - mean[a]) / double(scored.size());
        for (auto it = scored.begin(); it != scored.end(); ++it)
            for (int a = 0; a < 3; ++a)
                (*it)[a] = ((*it)[a] - mean[a]) / std::sqrt(sd[a]);

        const QString out = dir.filePath(u"clusters.csv"_s), summaryPath = dir.filePath(u"summary.json"_s);
        const CliRun run = runPortrait({ u"cluster"_s, u"--project"_s, project, u"--k"_s, u"auto"_s, u"--out"_s, out,
                                         u"--summary"_s, summaryPath, u"--save"_s, u"retail"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(summaryPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(file.readAll()).object();
        const int k = summary.value(u"k"_s).toInt();
        QVERIFY(k >= 2 && k <= 8);

        // Candidates: inertia falls with k, silhouettes within [-1, 1], the chosen k the best.
        const QJsonArray candidates = summary.value(u"candidates"_s).toArray();
        QCOMPARE(candidates.size(), 7);
        double best = -2;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const QJsonObject c = candidates.at(i).toObject();
            QCOMPARE(c.value(u"k"_s).toInt(), int(i) + 2);
            const double s = c.value(u"silhouette"_s).toDouble(-9);
            QVERIFY(s >= -1 && s <= 1);
            best = std::max(best, s);
            if (i > 0)
                QVERIFY(c.value(u"inertia"_s).toDouble() < candidates.at(i - 1).toObject().value(u"inertia"_s).toDouble());
        }
        QCOMPARE(summary.value(u"silhouette"_s).toDouble(), best);

        // Names: one per cluster, none empty, all different; sizes sum to the scored customers.
        const QJsonArray clusters = summary.value(u"clusters"_s).toArray();
        QCOMPARE(clusters.size(), k);
        QSet<QString> names;
        qint64 sizes = 0;
        QHash<int, QJsonObject> byNumber;
        for (const QJsonValue &c : clusters) {
            names.insert(c.toObject().value(u"name"_s).toString());
            sizes += c.toObject().value(u"size"_s).toInteger();
            byNumber.insert(c.toObject().value(u"cluster"_s).toInt(), c.toObject());
        }
        QCOMPARE(byNumber.size(), k);
        QCOMPARE(names.size(), k);
        QVERIFY(!names.contains(QString()));
        QCOMPARE(sizes, qint64(scored.size()));

        // Members: each scored customer once; centroids and inertia recomputed from them.
        const QList<QStringList> members = readCsv(out).mid(1);
        QCOMPARE(members.size(), scored.size());
        std::vector<std::array<double, 3>> centre(size_t(k), { 0, 0, 0 });
        std::vector<qint64> count(size_t(k), 0);
        for (const QStringList &m : members) {
            QVERIFY(scored.contains(m.at(0)));
            const int c = m.at(1).toInt() - 1;
            QVERIFY(c >= 0 && c < k);
            ++count[size_t(c)];
            for (int a = 0; a < 3; ++a)
                centre[size_t(c)][a] += scored.value(m.at(0))[a];
        }
        for (int c = 0; c < k; ++c) {
            QCOMPARE(count[size_t(c)], byNumber.value(c + 1).value(u"size"_s).toInteger());
            for (int a = 0; a < 3; ++a)
                centre[size_t(c)][a] /= double(count[size_t(c)]);
        }
        double inertia = 0;
        qsizetype notNearest = 0;
        for (const QStringList &m : members) {
            const auto &v = scored.value(m.at(0));
            auto distance = [&v, &centre](int c) {
                double s = 0;
                for (int a = 0; a < 3; ++a)
                    s += (v[a] - centre[size_t(c)][a]) * (v[a] - centre[size_t(c)][a]);
                return s;
            };
            const int own = m.at(1).toInt() - 1;
            inertia += distance(own);
            for (int c = 0; c < k; ++c)
                notNearest += distance(c) < distance(own) - 1e-9 ? 1 : 0;
        }
        QCOMPARE(notNearest, 0);
        QVERIFY2(std::abs(inertia - summary.value(u"inertia"_s).toDouble()) <= 1e-6 * inertia,
                 qPrintable(u"%1 vs %2"_s.arg(inertia).arg(summary.value(u"inertia"_s).toDouble())));

        // Saved: export --cluster lists exactly the members of that cluster.
        const QString first = byNumber.value(1).value(u"name"_s).toString();
        const QString list = dir.filePath(u"first.csv"_s);
        const CliRun exported = runPortrait({ u"export"_s, u"--project"_s, project, u"--cluster"_s, first,
                                              u"--no-mask"_s, u"--out"_s, list });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QSet<QString> listed, expected;
        for (const QStringList &row : readCsv(list).mid(1))
            listed.insert(row.at(0));
        for (const QStringList &m : members)
            if (m.at(1) == u"1"_s)
                expected.insert(m.at(0));
        QCOMPARE(listed, expected);
    }
};

QTEST_GUILESS_MAIN(TestClusterOnlineRetail)
#include "tst_cli_cluster_onlineretail.moc"
