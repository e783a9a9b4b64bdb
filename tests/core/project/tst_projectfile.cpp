#include "common/progress.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "project/projectsummary.h"
#include "project/projectwriter.h"
#include "project/schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Project;

namespace {

void writeRawDatabase(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

OrderRecord order(qint64 customer, const QByteArray &key, Model::Day day, double purchase, double returned,
                  bool hasPurchase, qint64 lines)
{
    OrderRecord o;
    o.customerId = customer;
    o.orderKey = key;
    o.day = day;
    o.purchase = purchase;
    o.returned = returned;
    o.hasPurchase = hasPurchase;
    o.lineCount = lines;
    return o;
}

// Two customers, three orders of which one is a pure return.
void fillSmallProject(ProjectFile &project)
{
    ProjectWriter writer(project);
    QVERIFY(writer.begin());
    SourceRecord source { u"orders"_s, u"a.csv"_s, u"/tmp/a.csv"_s, u"abc"_s, u"csv"_s, u"UTF-8"_s, u","_s, "{}" };
    const auto sourceId = writer.addSource(source);
    QVERIFY(sourceId);
    bool created = false;
    const auto alice = writer.customerId("alice", &created);
    QVERIFY(created);
    const auto bob = writer.customerId("bob");
    QCOMPARE(*writer.customerId("alice", &created), *alice);
    QVERIFY(!created);
    CustomerRecord attributes;
    attributes.city = u"杭州"_s;
    QVERIFY(writer.updateCustomer(*alice, attributes));
    const Model::Day day = Model::Day(QDate(2024, 3, 1).toJulianDay());
    QVERIFY(writer.addOrder(*sourceId, order(*bob, "o3", day + 5, 0, -20, false, 1)));
    QVERIFY(writer.addOrder(*sourceId, order(*alice, "o2", day + 3, 50, 0, true, 2)));
    OrderRecord first = order(*alice, "o1", day, 100, -10, true, 3);
    first.channel = u"天猫"_s;
    first.promo = 1;
    QVERIFY(writer.addOrder(*sourceId, first));
    QVERIFY(writer.addAnswer(*sourceId, AnswerRecord { *bob, day, 9, 4.0, u"品质好"_s }));
    QVERIFY(writer.addAnswer(*sourceId, AnswerRecord { *bob, day + 9, 3, 2.0, u"太贵"_s }));
    QVERIFY(writer.addRejected(*sourceId, RejectedRow { 7, 3, u"amount"_s, u"not a number"_s, u"abc"_s }));
    source.rowsRead = 7;
    QVERIFY(writer.updateSource(*sourceId, source));
    QVERIFY(writer.commit());
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createReopenAndLoad()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.portrait"_s);
        {
            auto project = ProjectFile::create(path);
            QVERIFY2(project, qPrintable(project.ok() ? QString() : project.error().toString()));
            fillSmallProject(**project);
        }
        auto project = ProjectFile::open(path);
        QVERIFY(project);
        QCOMPARE((*project)->schemaVersion(), SchemaVersion);

        CancelToken cancel;
        auto frame = loadFrame(**project, nullProgress(), cancel);
        QVERIFY(frame);
        QCOMPARE(frame->size(), 2);
        QCOMPARE(frame->ids.toList(), QStringList({ u"alice"_s, u"bob"_s }));
        QCOMPARE(frame->cities.at(0), u"杭州"_s);
        QCOMPARE(frame->orders.size(), 3);
        // Sorted by (customer, day) whatever the insertion order.
        QCOMPARE(frame->orders.customer, std::vector<qint32>({ 0, 0, 1 }));
        QVERIFY(frame->orders.day[0] < frame->orders.day[1]);
        QCOMPARE(frame->orders.purchase[0], 100.0);
        QCOMPARE(frame->latestOrderDay, Model::Day(QDate(2024, 3, 6).toJulianDay()));
        QCOMPARE(frame->channels, QStringList({ u"天猫"_s }));
        QCOMPARE(frame->orders.channel, std::vector<qint16>({ 0, -1, -1 }));
        QCOMPARE(frame->orders.promo, std::vector<qint8>({ 1, -1, -1 }));
        // The latest answer counts; a customer without answers has none.
        QCOMPARE(frame->latestNps, std::vector<qint8>({ -1, 3 }));
        QCOMPARE(frame->satisfaction[1], 2.0f);

        auto summary = summarizeProject(**project);
        QVERIFY(summary);
        QCOMPARE(summary->customers, 2);
        QCOMPARE(summary->orders, 3);
        QCOMPARE(summary->returnOrders, 1);
        QCOMPARE(summary->rejectedRows, 1);
        QCOMPARE(summary->sources.size(), 1);
        QCOMPARE(summary->sources.first().record.rowsRead, 7);
        auto rejected = rejectedRows(**project, summary->sources.first().id, 10);
        QVERIFY(rejected);
        QCOMPARE(rejected->first().reason, u"not a number"_s);
    }

    // Orders stored in shuffled order, with ties on the day and customers of up to 60 orders: the
    // frame must hold them exactly as the (customer, day, id) index walks them, and the summary
    // taken from the frame must equal the one SQLite computes.
    void loadSortsShuffledOrdersAndSummarizesFromFrame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.portrait"_s);
        auto project = ProjectFile::create(path);
        QVERIFY(project);
        {
            ProjectWriter writer(**project);
            QVERIFY(writer.begin());
            SourceRecord source { u"orders"_s, u"s.csv"_s, u"/tmp/s.csv"_s, u"x"_s, u"csv"_s, u"UTF-8"_s, u","_s, "{}" };
            const auto sourceId = writer.addSource(source);
            QVERIFY(sourceId);
            std::vector<qint64> customerIds;
            for (int c = 0; c < 300; ++c)
                customerIds.push_back(*writer.customerId("c" + QByteArray::number(c)));
            quint32 state = 12345;
            const auto next = [&state](quint32 bound) {
                state = state * 1664525u + 1013904223u;
                return (state >> 8) % bound;
            };
            const Model::Day base = Model::Day(QDate(2024, 1, 1).toJulianDay());
            for (int o = 0; o < 4000; ++o) {
                // Customer 7 gets a long history so the sort of one customer's many orders is covered.
                // Customers whose number ends in 3 buy nothing: they are deleted below.
                qint64 customer = customerIds[next(8) == 0 ? 7 : next(300)];
                if (customer % 10 == 3)
                    ++customer;
                const bool purchase = next(10) != 0;
                QVERIFY(writer.addOrder(*sourceId, order(customer, "o" + QByteArray::number(o), base + Model::Day(next(40)),
                                                         purchase ? 1.0 + next(1000) / 7.0 : 0.0,
                                                         purchase ? 0.0 : -1.0 - next(50), purchase, 1)));
            }
            QVERIFY(writer.commit());
        }
        sqlite3 *db = (*project)->handle();
        // Gaps in the customers' row ids, as deleting customers leaves them.
        QCOMPARE(sqlite3_exec(db, "DELETE FROM customers WHERE id % 10 = 3", nullptr, nullptr, nullptr), SQLITE_OK);
        CancelToken cancel;
        auto frame = loadFrame(**project, nullProgress(), cancel);
        QVERIFY(frame);
        QCOMPARE(frame->size(), 270);
        sqlite3_stmt *rows = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db,
                                    "SELECT c.customer_key, o.order_day, o.purchase_amount FROM orders o "
                                    "JOIN customers c ON c.id = o.customer_id ORDER BY o.customer_id, o.order_day, o.id",
                                    -1, &rows, nullptr),
                 SQLITE_OK);
        qsizetype at = 0;
        while (sqlite3_step(rows) == SQLITE_ROW) {
            QVERIFY(at < frame->orders.size());
            const auto i = size_t(at++);
            QCOMPARE(frame->ids.at(frame->orders.customer[i]), QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(rows, 0))));
            QCOMPARE(frame->orders.day[i], Model::Day(sqlite3_column_int64(rows, 1)));
            QCOMPARE(frame->orders.purchase[i], sqlite3_column_double(rows, 2));
        }
        sqlite3_finalize(rows);
        QCOMPARE(at, frame->orders.size());
        QCOMPARE(frame->orders.size(), 4000);

        auto fromSql = summarizeProject(**project);
        auto fromFrame = summarizeProject(**project, *frame);
        QVERIFY(fromSql && fromFrame);
        QCOMPARE(fromFrame->customers, fromSql->customers);
        QCOMPARE(fromFrame->customersWithOrders, fromSql->customersWithOrders);
        QCOMPARE(fromFrame->orders, fromSql->orders);
        QCOMPARE(fromFrame->returnOrders, fromSql->returnOrders);
        QCOMPARE(fromFrame->firstOrderDay, fromSql->firstOrderDay);
        QCOMPARE(fromFrame->lastOrderDay, fromSql->lastOrderDay);
        QVERIFY(qAbs(fromFrame->purchaseAmount - fromSql->purchaseAmount) < 1e-6 * fromSql->purchaseAmount);
        QVERIFY(qAbs(fromFrame->returnedAmount - fromSql->returnedAmount) < 1e-6 * qAbs(fromSql->returnedAmount));
        QCOMPARE(fromFrame->answers, fromSql->answers);
        QCOMPARE(fromFrame->rejectedRows, fromSql->rejectedRows);
        QCOMPARE(fromFrame->sources.size(), fromSql->sources.size());
    }

    // Row ids Portrait never writes (it numbers customers from 1 up) are refused with the file's
    // name, not loaded into a table sized by them.
    void loadRefusesForeignCustomerNumbers_data()
    {
        QTest::addColumn<qint64>("rowId");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative") << qint64(-3) << u"numbers a customer -3"_s;
        QTest::newRow("huge") << (qint64(1) << 40) << u"beyond the"_s;
    }

    void loadRefusesForeignCustomerNumbers()
    {
        QFETCH(qint64, rowId);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ids.portrait"_s);
        auto project = ProjectFile::create(path);
        QVERIFY(project);
        const QByteArray insert = "INSERT INTO customers (id, customer_key) VALUES (" + QByteArray::number(rowId)
                + ", 'odd'), (5, 'fine')";
        QCOMPARE(sqlite3_exec((*project)->handle(), insert.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        CancelToken cancel;
        auto frame = loadFrame(**project, nullProgress(), cancel);
        QVERIFY(!frame);
        QVERIFY2(frame.error().message.contains(expected), qPrintable(frame.error().message));
        QVERIFY(frame.error().message.contains(u"ids.portrait"_s));
    }

    void rollbackLeavesProjectUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.portrait"_s);
        auto project = ProjectFile::create(path);
        QVERIFY(project);
        {
            ProjectWriter writer(**project);
            QVERIFY(writer.begin());
            QVERIFY(writer.customerId("ghost"));
            // destroyed without commit
        }
        auto summary = summarizeProject(**project);
        QVERIFY(summary);
        QCOMPARE(summary->customers, 0);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("text") << u"not a SQLite database"_s;
        QTest::newRow("foreign database") << QByteArray("foreign") << u"another program"_s;
        QTest::newRow("newer version") << QByteArray("newer") << u"newer Portrait"_s;
        QTest::newRow("damaged") << QByteArray("damaged") << u"damaged"_s;
        QTest::newRow("empty database") << QByteArray("empty") << u"empty database"_s;
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.portrait"_s);
        if (kind == "text") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("customer_id,amount\n1,2\n");
        } else if (kind == "foreign") {
            writeRawDatabase(path, "CREATE TABLE t(x); PRAGMA application_id = 1234;");
        } else if (kind == "newer") {
            QVERIFY(ProjectFile::create(path));
            writeRawDatabase(path, "PRAGMA user_version = 99;");
        } else if (kind == "damaged") {
            QVERIFY(ProjectFile::create(path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            // Keep the magic header, scramble the page header and schema page.
            for (int i = 16; i < std::min<int>(int(bytes.size()), 4096); ++i)
                bytes[i] = char(0xA5);
            file.seek(0);
            file.write(bytes);
        } else if (kind == "empty") {
            writeRawDatabase(path, "PRAGMA user_version = 0;");
            // An empty SQLite file has no header until a page is written; give it one.
            writeRawDatabase(path, "CREATE TABLE t(x); DROP TABLE t;");
        }
        auto project = ProjectFile::open(path);
        QVERIFY(!project);
        QVERIFY2(project.error().message.contains(expected), qPrintable(project.error().message));
    }

    void secondInstanceIsLockedOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.portrait"_s);
        auto first = ProjectFile::create(path);
        QVERIFY(first);
        auto second = ProjectFile::open(path);
        QVERIFY(!second);
        QVERIFY(second.error().message.contains(u"already open"_s));
        first = Result<std::unique_ptr<ProjectFile>>(Error {});
        QVERIFY(ProjectFile::open(path));
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.portrait"_s);
        QVERIFY(ProjectFile::create(path));
        QVERIFY(!ProjectFile::create(path));
    }

    void snapshotCopiesEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.portrait"_s);
        {
            auto project = ProjectFile::create(path);
            QVERIFY(project);
            fillSmallProject(**project);
            QVERIFY((*project)->snapshot(dir.filePath(u"copy.portrait"_s)));
        }
        auto copy = ProjectFile::open(dir.filePath(u"copy.portrait"_s));
        QVERIFY(copy);
        QCOMPARE(summarizeProject(**copy)->orders, 3);
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
