// Every import and refresh leaves a snapshot as of the data's default date; what a refresh shows
// (the last two snapshots compared) equals the engine's segments before and after, by customer.
#include "jobs/importjob.h"
#include "jobs/rfmsettings.h"
#include "jobs/sourcerefresh.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "project/snapshotstore.h"
#include "timeline/comparison.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

/// 60 customers buying in the first months of 2024; the newer file adds orders for a third of
/// them and ten new customers.
QByteArray orders(bool newer)
{
    QByteArray csv = "order_id,customer_id,order_date,amount\n";
    int order = 0;
    for (int c = 1; c <= 60; ++c) {
        for (int k = 0; k <= c % 4; ++k) {
            const QDate day = QDate(2024, 1, 1).addDays((c * 7 + k * 19) % 90);
            csv += "O" + QByteArray::number(++order) + ",C" + QByteArray::number(c) + ',' + day.toString(Qt::ISODate).toLatin1()
                    + ',' + QByteArray::number(20 + (c * 37 + k * 11) % 400) + '\n';
        }
    }
    if (!newer)
        return csv;
    for (int c = 1; c <= 70; c += 3)
        csv += "N" + QByteArray::number(c) + ",C" + QByteArray::number(c) + ",2024-05-" + QByteArray::number(1 + c % 28).rightJustified(2, '0')
                + ',' + QByteArray::number(50 + c) + '\n';
    return csv;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

Rfm::RfmResult scored(Project::ProjectFile &project, Model::CustomerFrame &frame)
{
    CancelToken cancel;
    auto loaded = Project::loadFrame(project, nullProgress(), cancel);
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().toString()));
    frame = loaded.takeValue();
    auto result = Jobs::runRfmSettings(frame, {});
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return result.takeValue();
}

} // namespace

class TestAutoSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importAndRefreshLeaveSnapshots()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.portrait"_s);
        write(dir.filePath(u"march.csv"_s), orders(false));
        write(dir.filePath(u"may.csv"_s), orders(true));
        auto project = Project::ProjectFile::create(path);
        QVERIFY(project);
        CancelToken cancel;
        auto import = Jobs::importFile(**project, dir.filePath(u"march.csv"_s), {}, nullProgress(), cancel);
        QVERIFY2(import, import ? "" : qPrintable(import.error().toString()));
        Project::SnapshotStore store(**project);
        auto list = store.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        const Timeline::SnapshotInfo first = list->first();
        QCOMPARE(first.origin, Timeline::SnapshotOrigin::Import);
        QCOMPARE(first.name, u"march.csv (import)"_s);
        Model::CustomerFrame before;
        const Rfm::RfmResult old = scored(**project, before);
        QCOMPARE(first.asOf, old.metrics.asOf);
        QCOMPARE(first.scored, old.metrics.scoredCount);

        auto refresh = Jobs::refreshSource(**project, import->sourceId, dir.filePath(u"may.csv"_s), nullProgress(), cancel);
        QVERIFY2(refresh, refresh ? "" : qPrintable(refresh.error().toString()));
        list = store.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->last().origin, Timeline::SnapshotOrigin::Refresh);
        QVERIFY(refresh->issues.toText().contains(u"may.csv (refresh)"_s));
        Model::CustomerFrame after;
        const Rfm::RfmResult now = scored(**project, after);
        QCOMPARE(list->last().asOf, now.metrics.asOf);

        auto moved = Timeline::compareLatestSnapshots(**project, after, nullProgress(), cancel);
        QVERIFY(moved && *moved);
        const Timeline::Comparison &c = **moved;
        // The cross-tabulation of the engine before and after, by customer key.
        QHash<QString, QString> segmentBefore;
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (old.segment[size_t(i)] >= 0)
                segmentBefore.insert(before.ids.at(i), old.scheme.displayName(old.segment[size_t(i)], false));
        }
        QHash<QString, qint64> want;
        for (qsizetype i = 0; i < after.size(); ++i) {
            const QString to = now.segment[size_t(i)] >= 0 ? now.scheme.displayName(now.segment[size_t(i)], false)
                                                           : u"(not scored)"_s;
            ++want[segmentBefore.value(after.ids.at(i), u"(new)"_s) + u'|' + to];
        }
        qint64 fresh = 0;
        for (int row = 0; row < c.migration.fromCount; ++row) {
            for (int column = 0; column < c.migration.toCount; ++column) {
                const QString key = Timeline::fromName(c.from, row, false) + u'|' + Timeline::toName(c.to, column, false);
                QCOMPARE(c.migration.customersAt(row, column), want.value(key));
                if (row == c.migration.newRow())
                    fresh += c.migration.customersAt(row, column);
            }
        }
        QCOMPARE(fresh, 4);   // C61, C64, C67 and C70 first buy in the newer file
    }
};

QTEST_GUILESS_MAIN(TestAutoSnapshot)
#include "tst_autosnapshot.moc"
