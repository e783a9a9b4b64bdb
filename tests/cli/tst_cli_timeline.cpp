// The timeline commands on the demo project: migrate equals the cross-tabulation of two
// `rfm --as-of` runs customer by customer, trend equals `rfm` at each date, snapshots survive
// between runs, campaigns draw a stratified control group by seed and are evaluated against
// orders imported after the campaign's date, counted here from the files themselves. A snapshot
// keeps each customer's cluster of the saved clustering, and a campaign can be drawn from clusters.
#include "clirunner.h"

#include <sqlite3.h>

#include <QDate>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QString segment;   ///< empty: not scored
    double monetary = 0;
};

/// customer id → segment and monetary, from an rfm.csv.
QHash<QString, Row> readRfm(const QString &path)
{
    QHash<QString, Row> out;
    const QList<QStringList> rows = readCsv(path);
    for (qsizetype i = 1; i < rows.size(); ++i)
        out.insert(rows[i][0], { rows[i][9], rows[i][3].toDouble() });
    return out;
}

/// A list written by export (BOM, English headers): column → values per row.
QList<QHash<QString, QString>> readList(const QString &path)
{
    QList<QStringList> rows = readCsv(path);
    QList<QHash<QString, QString>> out;
    if (rows.isEmpty())
        return out;
    QStringList header = rows.first();
    header[0].remove(QChar(0xFEFF));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size() && c < rows[i].size(); ++c)
            row.insert(header[c], rows[i][c]);
        out.append(row);
    }
    return out;
}

/// customer key → cluster of the snapshot named name, read from the project file itself (NULL: "").
QHash<QString, QString> snapshotClusters(const QString &project, const QString &name)
{
    QHash<QString, QString> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(project.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("cannot open %s", qPrintable(project));
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "SELECT customer_key, cluster FROM snapshot_customers c JOIN snapshots s ON s.id = c.snapshot_id "
                      "WHERE s.name = ?";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        qFatal("%s", sqlite3_errmsg(db));
    const QByteArray utf8 = name.toUtf8();
    sqlite3_bind_text(stmt, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto text = [&](int column) {
            const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
            return bytes ? QString::fromUtf8(bytes) : QString();
        };
        out.insert(text(0), text(1));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

} // namespace

class TestCliTimeline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    void run(const QStringList &arguments)
    {
        const CliRun r = runPortrait(arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = file(u"demo.portrait"_s);
        run({ u"sample"_s, u"--out"_s, m_project });
    }

    void migrateIsTheCrossTabulationOfTwoRfmRuns_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("defaults") << QStringList();
        QTest::newRow("rfm10, rfmpkg, 180-day window")
                << QStringList { u"--scheme"_s, u"rfm10"_s, u"--method"_s, u"rfmpkg"_s, u"--window-days"_s, u"180"_s };
    }

    void migrateIsTheCrossTabulationOfTwoRfmRuns()
    {
        QFETCH(QStringList, options);
        run(QStringList { u"rfm"_s, u"--project"_s, m_project, u"--as-of"_s, u"2025-02-01"_s, u"--out"_s, file(u"a.csv"_s) }
            + options);
        run(QStringList { u"rfm"_s, u"--project"_s, m_project, u"--as-of"_s, u"2025-11-15"_s, u"--out"_s, file(u"b.csv"_s) }
            + options);
        run(QStringList { u"migrate"_s, u"--project"_s, m_project, u"--from"_s, u"2025-02-01"_s, u"--to"_s,
                          u"2025-11-15"_s, u"--out"_s, file(u"m.csv"_s), u"--moves"_s, file(u"mv.csv"_s) }
            + options);
        const QHash<QString, Row> a = readRfm(file(u"a.csv"_s)), b = readRfm(file(u"b.csv"_s));
        QHash<QString, qint64> count;
        QHash<QString, double> moneyFrom, moneyTo;
        QSet<QString> movers;
        for (auto it = b.cbegin(); it != b.cend(); ++it) {
            const Row before = a.value(it.key()), after = it.value();
            if (before.segment.isEmpty() && after.segment.isEmpty())
                continue;
            const QString from = before.segment.isEmpty() ? u"(new)"_s : before.segment;
            const QString to = after.segment.isEmpty() ? u"(not scored)"_s : after.segment;
            ++count[from + u'|' + to];
            moneyFrom[from + u'|' + to] += before.segment.isEmpty() ? 0 : before.monetary;
            moneyTo[from + u'|' + to] += after.segment.isEmpty() ? 0 : after.monetary;
            if (from != to)
                movers.insert(it.key());
        }
        const QList<QStringList> matrix = readCsv(file(u"m.csv"_s));
        QCOMPARE(matrix.first(), (QStringList { u"from_segment"_s, u"to_segment"_s, u"customers"_s, u"monetary_from"_s,
                                                u"monetary_to"_s }));
        qint64 total = 0, cells = 0;
        for (qsizetype i = 1; i < matrix.size(); ++i) {
            const QString key = matrix[i][0] + u'|' + matrix[i][1];
            const qint64 customers = matrix[i][2].toLongLong();
            QCOMPARE(customers, count.value(key));
            // rfm.csv rounds each customer to cents, the matrix only the sum.
            QVERIFY2(std::abs(matrix[i][3].toDouble() - moneyFrom.value(key)) <= 0.005 * double(customers + 1), qPrintable(key));
            QVERIFY2(std::abs(matrix[i][4].toDouble() - moneyTo.value(key)) <= 0.005 * double(customers + 1), qPrintable(key));
            total += customers;
            cells += customers > 0;
        }
        QCOMPARE(cells, qint64(count.size()));
        QVERIFY(total > 3000);
        QSet<QString> listed;
        const QList<QStringList> moves = readCsv(file(u"mv.csv"_s));
        for (qsizetype i = 1; i < moves.size(); ++i)
            listed.insert(moves[i][0]);
        QCOMPARE(listed, movers);
    }

    void trendIsRfmAtEachDate()
    {
        run({ u"trend"_s, u"--project"_s, m_project, u"--from"_s, u"2024-06-15"_s, u"--to"_s, u"2025-03-01"_s,
              u"--every"_s, u"quarter"_s, u"--out"_s, file(u"trend.csv"_s) });
        const QList<QStringList> trend = readCsv(file(u"trend.csv"_s));
        QCOMPARE(trend.first(), (QStringList { u"as_of"_s, u"segment"_s, u"customers"_s, u"monetary"_s }));
        QStringList dates;
        for (qsizetype i = 1; i < trend.size(); ++i) {
            if (!dates.contains(trend[i][0]))
                dates.append(trend[i][0]);
        }
        QCOMPARE(dates, (QStringList { u"2024-04-01"_s, u"2024-07-01"_s, u"2024-10-01"_s, u"2025-01-01"_s }));
        for (const QString &date : dates) {
            run({ u"rfm"_s, u"--project"_s, m_project, u"--as-of"_s, date, u"--out"_s, file(u"at.csv"_s) });
            QHash<QString, qint64> sizes;
            QHash<QString, double> money;
            for (const Row &row : readRfm(file(u"at.csv"_s))) {
                if (!row.segment.isEmpty()) {
                    ++sizes[row.segment];
                    money[row.segment] += row.monetary;
                }
            }
            for (qsizetype i = 1; i < trend.size(); ++i) {
                if (trend[i][0] != date)
                    continue;
                const qint64 customers = trend[i][2].toLongLong();
                QCOMPARE(customers, sizes.value(trend[i][1]));
                QVERIFY(std::abs(trend[i][3].toDouble() - money.value(trend[i][1])) <= 0.005 * double(customers + 1));
            }
        }
    }

    void snapshotsSurviveAndCompare()
    {
        run({ u"snapshot"_s, u"--project"_s, m_project, u"--as-of"_s, u"2025-01-01"_s, u"--name"_s, u"新年"_s });
        run({ u"snapshot"_s, u"--project"_s, m_project });
        CliRun list = runPortrait({ u"snapshot"_s, u"--project"_s, m_project, u"--list"_s });
        QCOMPARE(list.exitCode, 0);
        const QString listed = QString::fromLocal8Bit(list.out);
        QVERIFY2(listed.contains(u"\t新年\t2025-01-01\t"_s), list.out.constData());
        QVERIFY(listed.contains(u"\tSnapshot 2026-01-01\t2026-01-01\t"_s));
        QVERIFY(listed.contains(u"\tmanual\t5000\t"_s));

        // A snapshot stands for the date it was taken at.
        run({ u"migrate"_s, u"--project"_s, m_project, u"--from"_s, u"新年"_s, u"--to"_s, u"Snapshot 2026-01-01"_s,
              u"--out"_s, file(u"s.csv"_s) });
        run({ u"migrate"_s, u"--project"_s, m_project, u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2026-01-01"_s,
              u"--out"_s, file(u"d.csv"_s) });
        QCOMPARE(readCsv(file(u"s.csv"_s)), readCsv(file(u"d.csv"_s)));

        run({ u"snapshot"_s, u"--project"_s, m_project, u"--delete"_s, u"新年"_s });
        list = runPortrait({ u"snapshot"_s, u"--project"_s, m_project, u"--list"_s });
        QVERIFY(!QString::fromLocal8Bit(list.out).contains(u"新年"_s));
        const CliRun missing = runPortrait({ u"migrate"_s, u"--project"_s, m_project, u"--from"_s, u"新年"_s, u"--to"_s,
                                             u"2026-01-01"_s, u"--out"_s, file(u"x.csv"_s) });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("neither a date"));
    }

    void campaignControlIsStratifiedAndReproducible()
    {
        const QStringList create { u"campaign"_s, u"create"_s, u"--project"_s, m_project, u"--segment"_s, u"At Risk"_s,
                                   u"--segment"_s, u"Champions"_s, u"--control"_s, u"20"_s, u"--seed"_s, u"11"_s };
        run(create + QStringList { u"--name"_s, u"one"_s, u"--out"_s, file(u"t1.csv"_s), u"--control-out"_s, file(u"c1.csv"_s) });
        run(create + QStringList { u"--name"_s, u"two"_s, u"--out"_s, file(u"t2.csv"_s), u"--control-out"_s, file(u"c2.csv"_s) });
        QCOMPARE(readCsv(file(u"c1.csv"_s)), readCsv(file(u"c2.csv"_s)));
        const auto treated = readList(file(u"t1.csv"_s)), control = readList(file(u"c1.csv"_s));
        QHash<QString, int> size, held;
        QSet<QString> treatedIds;
        for (const auto &row : treated) {
            ++size[row.value(u"Segment"_s)];
            treatedIds.insert(row.value(u"Customer ID"_s));
        }
        for (const auto &row : control) {
            ++size[row.value(u"Segment"_s)];
            ++held[row.value(u"Segment"_s)];
            QVERIFY(!treatedIds.contains(row.value(u"Customer ID"_s)));
        }
        QCOMPARE(size.keys().size(), 2);
        for (auto it = size.cbegin(); it != size.cend(); ++it)
            QVERIFY(std::abs(held.value(it.key()) - it.value() * 0.2) <= 1.0);
        // Masked by default.
        QVERIFY(treated.first().value(u"Phone"_s).contains(u"****"_s));
        const CliRun taken = runPortrait(create + QStringList { u"--name"_s, u"one"_s, u"--out"_s, file(u"t3.csv"_s) });
        QCOMPARE(taken.exitCode, 1);
    }

    void campaignEvaluationCountsTheNewOrders()
    {
        run({ u"campaign"_s, u"create"_s, u"--project"_s, m_project, u"--name"_s, u"新春"_s, u"--control"_s, u"30"_s,
              u"--seed"_s, u"5"_s, u"--segment"_s, u"Loyal Customers"_s, u"--segment"_s, u"At Risk"_s, u"--out"_s,
              file(u"treated.csv"_s), u"--control-out"_s, file(u"control.csv"_s) });
        const auto treated = readList(file(u"treated.csv"_s)), control = readList(file(u"control.csv"_s));
        QVERIFY(treated.size() > 100 && control.size() > 30);
        // Orders after the campaign's date (2026-01-01, the day after the demo's last order): every
        // third treated and every fifth control customer buys, on days inside and outside a
        // 30-day window; one return in the window.
        QByteArray csv = "order_id,customer_id,order_date,amount\n";
        int order = 0;
        const auto add = [&](const QString &customer, const char *day, double amount) {
            csv += "N" + QByteArray::number(++order) + ',' + customer.toUtf8() + ',' + day + ','
                    + QByteArray::number(amount, 'f', 2) + '\n';
        };
        QHash<QString, bool> responded;
        QHash<QString, double> revenue;
        const char *days[] = { "2026-01-01", "2026-01-02", "2026-01-31", "2026-02-01" };   // only the middle two count
        for (const auto *list : { &treated, &control }) {
            const int step = list == &treated ? 3 : 5;
            for (qsizetype i = 0; i < list->size(); i += step) {
                const QString id = list->at(i).value(u"Customer ID"_s);
                const int which = int(i / step) % 4;
                const double amount = 50 + double(i % 7) * 10;
                add(id, days[which], amount);
                if (which == 1 || which == 2) {
                    responded[id] = true;
                    revenue[id] += amount;
                }
            }
        }
        add(treated.at(3).value(u"Customer ID"_s), "2026-01-10", -20);   // a return, not a response
        revenue[treated.at(3).value(u"Customer ID"_s)] -= 20;
        writeFile(file(u"january.csv"_s), csv);
        run({ u"import"_s, file(u"january.csv"_s), u"--project"_s, m_project });

        const CliRun evaluate = runPortrait({ u"campaign"_s, u"evaluate"_s, u"--project"_s, m_project, u"--name"_s,
                                              u"新春"_s, u"--window-days"_s, u"30"_s, u"--out"_s, file(u"ev.csv"_s) });
        QVERIFY2(evaluate.exitCode == 0, evaluate.err.constData());
        QVERIFY(evaluate.out.contains("(all): "));
        const QList<QStringList> ev = readCsv(file(u"ev.csv"_s));
        QCOMPARE(ev.first(), (QStringList { u"segment"_s, u"group"_s, u"customers"_s, u"responders"_s, u"response_rate"_s,
                                            u"revenue"_s, u"revenue_per_customer"_s, u"uplift"_s, u"ci_low"_s,
                                            u"ci_high"_s }));
        QHash<QString, std::array<double, 3>> want;   // customers, responders, revenue per "segment|group"
        for (const auto &[list, group] : { std::pair(&treated, u"treated"_s), std::pair(&control, u"control"_s) }) {
            for (const auto &row : *list) {
                const QString id = row.value(u"Customer ID"_s);
                for (const QString &segment : { row.value(u"Segment"_s), u"(all)"_s }) {
                    auto &w = want[segment + u'|' + group];
                    w[0] += 1;
                    w[1] += responded.value(id) ? 1 : 0;
                    w[2] += revenue.value(id);
                }
            }
        }
        QCOMPARE(ev.size(), 1 + 2 * 3);   // two segments and (all), treated and control each
        for (qsizetype i = 1; i < ev.size(); ++i) {
            const auto w = want.value(ev[i][0] + u'|' + ev[i][1]);
            QCOMPARE(ev[i][2].toDouble(), w[0]);
            QCOMPARE(ev[i][3].toDouble(), w[1]);
            QVERIFY2(std::abs(ev[i][5].toDouble() - w[2]) < 0.005, qPrintable(ev[i].join(u',')));
            QVERIFY(std::abs(ev[i][4].toDouble() - w[1] / w[0]) < 1e-6);
            if (ev[i][1] == u"treated"_s) {
                const auto c = want.value(ev[i][0] + u"|control"_s);
                QVERIFY(std::abs(ev[i][7].toDouble() - (w[1] / w[0] - c[1] / c[0])) < 1e-6);
                QVERIFY(ev[i][8].toDouble() < ev[i][7].toDouble() && ev[i][7].toDouble() < ev[i][9].toDouble());
            } else {
                QVERIFY(ev[i][7].isEmpty());
            }
        }
        // Every third treated customer against every fifth control one: a clear difference.
        QVERIFY2(evaluate.out.contains("(all): Treated customers responded"), evaluate.out.constData());
        QVERIFY(evaluate.out.contains("significant difference"));
    }

    void clustersReachSnapshotsAndCampaigns()
    {
        run({ u"cluster"_s, u"--project"_s, m_project, u"--k"_s, u"4"_s, u"--seed"_s, u"3"_s, u"--save"_s, u"Four"_s,
              u"--out"_s, file(u"clusters.csv"_s) });
        const QList<QStringList> rows = readCsv(file(u"clusters.csv"_s));
        QCOMPARE(rows.first(), QStringList({ u"customer_id"_s, u"cluster"_s, u"cluster_name"_s, u"distance"_s }));
        QHash<QString, QString> clusterOf;   // every clustered customer → the name of its cluster
        QHash<QString, qint64> sizeOf;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (!rows[i][2].isEmpty()) {
                clusterOf.insert(rows[i][0], rows[i][2]);
                ++sizeOf[rows[i][2]];
            }
        }
        QCOMPARE(sizeOf.size(), 4);

        run({ u"snapshot"_s, u"--project"_s, m_project, u"--name"_s, u"with clusters"_s });
        const QHash<QString, QString> kept = snapshotClusters(m_project, u"with clusters"_s);
        QVERIFY(kept.size() >= 5000);   // every customer of the project, clustered or not
        qint64 clustered = 0;
        for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
            QCOMPARE(it.value(), clusterOf.value(it.key()));
            clustered += !it.value().isEmpty();
        }
        QCOMPARE(clustered, qint64(clusterOf.size()));

        // A campaign of two clusters (one by name, one by number) holds exactly their customers.
        const QString first = rows[1][2];
        QString other;
        for (auto it = sizeOf.cbegin(); it != sizeOf.cend(); ++it) {
            if (it.key() != first && (other.isEmpty() || it.key() < other))
                other = it.key();
        }
        int otherNumber = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (rows[i][2] == other)
                otherNumber = rows[i][1].toInt();
        }
        QVERIFY(otherNumber >= 1);
        run({ u"campaign"_s, u"create"_s, u"--project"_s, m_project, u"--name"_s, u"by cluster"_s, u"--cluster"_s,
              first, u"--cluster"_s, QString::number(otherNumber), u"--control"_s, u"25"_s, u"--seed"_s, u"9"_s,
              u"--out"_s, file(u"ct.csv"_s), u"--control-out"_s, file(u"cc.csv"_s) });
        QSet<QString> members, wanted;
        for (const auto &list : { readList(file(u"ct.csv"_s)), readList(file(u"cc.csv"_s)) }) {
            for (const auto &row : list) {
                QVERIFY(!members.contains(row.value(u"Customer ID"_s)));
                members.insert(row.value(u"Customer ID"_s));
            }
        }
        for (auto it = clusterOf.cbegin(); it != clusterOf.cend(); ++it) {
            if (it.value() == first || it.value() == other)
                wanted.insert(it.key());
        }
        QCOMPARE(qint64(wanted.size()), sizeOf.value(first) + sizeOf.value(other));
        QCOMPARE(members, wanted);
        QVERIFY(readList(file(u"cc.csv"_s)).size() > 0);

        const CliRun unknown = runPortrait({ u"campaign"_s, u"create"_s, u"--project"_s, m_project, u"--name"_s,
                                             u"zz"_s, u"--cluster"_s, u"No such cluster"_s, u"--control"_s, u"10"_s,
                                             u"--seed"_s, u"1"_s, u"--out"_s, file(u"x.csv"_s) });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(first.toUtf8()), unknown.err.constData());
        const CliRun help = runPortrait({ u"campaign"_s, u"create"_s, u"--help"_s });
        QVERIFY(help.out.contains("--cluster"));
    }

    void pickedCustomersMakeACampaign()
    {
        // Six customers of an earlier list, picked by id: the campaign holds exactly them.
        QStringList picked;
        for (const auto &row : readList(file(u"ct.csv"_s))) {
            if (picked.size() < 6)
                picked.append(row.value(u"Customer ID"_s));
        }
        QCOMPARE(picked.size(), 6);
        QStringList arguments { u"campaign"_s, u"create"_s, u"--project"_s, m_project, u"--name"_s, u"picked"_s,
                                u"--control"_s, u"30"_s, u"--seed"_s, u"4"_s, u"--out"_s, file(u"pt.csv"_s),
                                u"--control-out"_s, file(u"pc.csv"_s) };
        for (const QString &id : picked)
            arguments << u"--customer"_s << id;
        run(arguments);
        QStringList members;
        for (const auto &list : { readList(file(u"pt.csv"_s)), readList(file(u"pc.csv"_s)) }) {
            for (const auto &row : list)
                members.append(row.value(u"Customer ID"_s));
        }
        members.sort();
        picked.sort();
        QCOMPARE(members, picked);

        const CliRun unknown = runPortrait({ u"campaign"_s, u"create"_s, u"--project"_s, m_project, u"--name"_s,
                                             u"zz"_s, u"--customer"_s, u"NO-SUCH-ID"_s, u"--control"_s, u"10"_s,
                                             u"--seed"_s, u"1"_s, u"--out"_s, file(u"x.csv"_s) });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("NO-SUCH-ID"), unknown.err.constData());
        run({ u"campaign"_s, u"delete"_s, u"--project"_s, m_project, u"--name"_s, u"picked"_s });
    }

    void recordedCampaignsAreExportedListedAndDeleted()
    {
        // The campaign of the test before, written again: the same lists as when it was drawn.
        run({ u"campaign"_s, u"export"_s, u"--project"_s, m_project, u"--name"_s, u"by cluster"_s, u"--out"_s,
              file(u"ct2.csv"_s), u"--control-out"_s, file(u"cc2.csv"_s) });
        QCOMPARE(readCsv(file(u"ct2.csv"_s)), readCsv(file(u"ct.csv"_s)));
        QCOMPARE(readCsv(file(u"cc2.csv"_s)), readCsv(file(u"cc.csv"_s)));
        const qsizetype treated = readList(file(u"ct.csv"_s)).size(), control = readList(file(u"cc.csv"_s)).size();

        CliRun list = runPortrait({ u"campaign"_s, u"list"_s, u"--project"_s, m_project });
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"id\tname\tas_of\tcreated_at\tcontrol_percent\tseed\ttreated\tcontrol"_s);
        QStringList row;
        for (const QString &line : lines) {
            if (line.section(u'\t', 1, 1) == u"by cluster"_s)
                row = line.split(u'\t');
        }
        QCOMPARE(row.size(), 8);
        QCOMPARE(row.at(2), u"2026-02-02"_s);   // the day after the last order imported before (2026-02-01)
        QCOMPARE(row.at(4), u"25"_s);
        QCOMPARE(row.at(5), u"9"_s);
        QCOMPARE(row.at(6).toLongLong(), qint64(treated));
        QCOMPARE(row.at(7).toLongLong(), qint64(control));

        run({ u"campaign"_s, u"delete"_s, u"--project"_s, m_project, u"--name"_s, u"by cluster"_s });
        list = runPortrait({ u"campaign"_s, u"list"_s, u"--project"_s, m_project });
        QVERIFY(!list.out.contains("\tby cluster\t"));
        QVERIFY(list.out.contains("\t新春\t"));   // the others stay
        const CliRun again = runPortrait({ u"campaign"_s, u"delete"_s, u"--project"_s, m_project, u"--name"_s,
                                           u"by cluster"_s });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("no campaign named"));
        const CliRun gone = runPortrait({ u"campaign"_s, u"export"_s, u"--project"_s, m_project, u"--name"_s,
                                          u"by cluster"_s, u"--out"_s, file(u"x.csv"_s) });
        QCOMPARE(gone.exitCode, 1);
    }

    void badCommandLines()
    {
        QCOMPARE(runPortrait({ u"migrate"_s, u"--project"_s, m_project, u"--from"_s, u"2025-01-01"_s }).exitCode, 2);
        QCOMPARE(runPortrait({ u"trend"_s, u"--project"_s, m_project, u"--from"_s, u"2025-01-01"_s, u"--to"_s,
                               u"2025-06-01"_s, u"--every"_s, u"year"_s, u"--out"_s, file(u"x.csv"_s) })
                         .exitCode,
                 2);
        QCOMPARE(runPortrait({ u"campaign"_s, u"launch"_s }).exitCode, 2);
        const CliRun unknown = runPortrait({ u"campaign"_s, u"evaluate"_s, u"--project"_s, m_project, u"--name"_s,
                                             u"nope"_s, u"--out"_s, file(u"x.csv"_s) });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("no campaign named"));
        const CliRun segment = runPortrait({ u"campaign"_s, u"create"_s, u"--project"_s, m_project, u"--name"_s,
                                             u"z"_s, u"--control"_s, u"10"_s, u"--seed"_s, u"1"_s, u"--segment"_s,
                                             u"Champs"_s, u"--out"_s, file(u"x.csv"_s) });
        QCOMPARE(segment.exitCode, 1);
        QVERIFY2(segment.err.contains("Champions"), segment.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliTimeline)
#include "tst_cli_timeline.moc"
