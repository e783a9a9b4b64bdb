// Duplicate customers: planted duplicates in generated data are found (and nothing else), a merge
// keeps every order, undo puts every table back byte for byte, decisions replay on refresh.
#include "clean/pipeline.h"
#include "jobs/cleanjob.h"
#include "jobs/dedupejob.h"
#include "jobs/importjob.h"
#include "jobs/sourcerefresh.h"
#include "project/mergestore.h"
#include "project/projectfile.h"
#include "project/sqlite.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

constexpr int BaseCustomers = 200;

struct Person
{
    QString id, name, phone, email, city;
};

// 200 distinct customers, then the planted duplicates: 10 by a phone written another way, 10 by
// an e-mail with a differently cased domain, 10 by the member id written with a hyphen, and one
// chain (X shares M0031's phone, Y shares X's e-mail) that only transitive closure makes one group.
struct Generated
{
    QList<Person> people;
    QList<QStringList> groups; ///< each sorted

    Generated()
    {
        const QStringList cities { u"深圳"_s, u"广州市"_s, u"杭州"_s, u"成都"_s };
        auto base = [&](int i) {
            return Person { u"M%1"_s.arg(i, 4, 10, QLatin1Char('0')), u"顾客"_s + QChar(0x4e00 + i),
                            QString::number(13900000000LL + qint64(i) * 7919), u"user%1@example.com"_s.arg(i),
                            cities.at(i % cities.size()) };
        };
        int fresh = 0;
        auto freshPhone = [&] { return QString::number(13700000000LL + qint64(++fresh) * 104729); };
        auto freshEmail = [&] { return u"new%1@example.org"_s.arg(++fresh); };
        for (int i = 1; i <= BaseCustomers; ++i)
            people.append(base(i));
        for (int i = 1; i <= 10; ++i) {
            const QString digits = base(i).phone;
            const QString written = u"+86 %1 %2 %3"_s.arg(digits.left(3), digits.mid(3, 4), digits.mid(7));
            const QString id = u"P%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            people.append({ id, u"路人"_s + QChar(0x4e00 + i), written, freshEmail(), u"上海"_s });
            groups.append({ base(i).id, id });
        }
        for (int i = 11; i <= 20; ++i) {
            const QString id = u"E%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            people.append({ id, base(i).name, freshPhone(), u" user%1@EXAMPLE.Com "_s.arg(i), u"北京"_s });
            groups.append({ base(i).id, id });
        }
        for (int i = 21; i <= 30; ++i) {
            const QString id = u"M-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            people.append({ id, base(i).name, freshPhone(), freshEmail(), base(i).city });
            groups.append({ base(i).id, id });
        }
        const QString shared = freshEmail();
        people.append({ u"X0001"_s, u"张三"_s, base(31).phone, shared, u"南京"_s });
        people.append({ u"Y0001"_s, u"张三"_s, freshPhone(), shared, u"南京"_s });
        groups.append({ base(31).id, u"X0001"_s, u"Y0001"_s });
        for (QStringList &group : groups)
            group.sort();
        std::sort(groups.begin(), groups.end());
    }

    QByteArray customersCsv() const
    {
        QByteArray out = "会员编号,姓名,手机号,邮箱,城市\n";
        for (const Person &p : people)
            out += QStringList { p.id, p.name, p.phone, p.email, p.city }.join(u',').toUtf8() + '\n';
        return out;
    }

    // One or two orders each; returns how many in total.
    QByteArray ordersCsv(int &orders) const
    {
        QByteArray out = "订单号,会员编号,下单时间,实付金额\n";
        orders = 0;
        for (qsizetype i = 0; i < people.size(); ++i) {
            for (int k = 0; k <= int(i % 2); ++k) {
                ++orders;
                out += u"O%1,%2,2024-%3-%4 10:00,%5\n"_s.arg(orders)
                           .arg(people.at(i).id)
                           .arg(1 + int(i % 12), 2, 10, QLatin1Char('0'))
                           .arg(1 + int((i + k) % 28), 2, 10, QLatin1Char('0'))
                           .arg(10 + (i * 13 + k) % 300)
                           .toUtf8();
            }
        }
        return out;
    }
};

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

template<typename T>
T take(Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return result.takeValue();
}

void check(const Status &status)
{
    if (!status)
        qFatal("%s", qPrintable(status.error().toString()));
}

qint64 number(Project::ProjectFile &project, const char *sql)
{
    Project::Statement statement(project.handle(), sql, project.fileName());
    return statement.ok() && statement.step() ? statement.int64(0) : -1;
}

// Every row of every table with each value's storage class and bytes (hex): equal dumps mean
// equal tables, byte for byte.
QStringList dumpTables(Project::ProjectFile &project)
{
    QStringList tables;
    {
        Project::Statement list(project.handle(),
                                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                project.fileName());
        while (list.step())
            tables.append(list.text(0));
    }
    QStringList out;
    for (const QString &table : tables) {
        QStringList columns;
        {
            Project::Statement info(project.handle(), u"SELECT name FROM pragma_table_info('%1')"_s.arg(table).toUtf8().constData(),
                                    project.fileName());
            while (info.step())
                columns.append(u"typeof(\"%1\") || ':' || hex(\"%1\")"_s.arg(info.text(0)));
        }
        const QString sql = u"SELECT %1 FROM \"%2\""_s.arg(columns.join(u" || '|' || "_s), table);
        Project::Statement rows(project.handle(), sql.toUtf8().constData(), project.fileName());
        QStringList tableRows;
        while (rows.step())
            tableRows.append(table + u": "_s + rows.text(0));
        tableRows.sort();
        out += tableRows;
    }
    return out;
}

QList<QStringList> groupCustomers(const QList<Clean::CandidateGroup> &groups)
{
    QList<QStringList> out;
    for (const Clean::CandidateGroup &group : groups) {
        QStringList customers = group.customers();
        customers.sort();
        out.append(customers);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestDedupe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Generated m_data;
    int m_orders = 0;
    std::unique_ptr<Project::ProjectFile> m_project;
    qint64 m_customersSource = 0;

    QString customersPath() const { return m_dir.filePath(u"customers.csv"_s); }

    Clean::DuplicateReport find(const QList<Clean::MatchKey> &keys = Clean::defaultMatchKeys())
    {
        CancelToken cancel;
        return take(Jobs::findDuplicates(*m_project, keys, nullProgress(), cancel));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        write(m_dir.filePath(u"orders.csv"_s), m_data.ordersCsv(m_orders));
        write(customersPath(), m_data.customersCsv());
        QFile::remove(m_dir.filePath(u"p.portrait"_s));
        m_project = take(Project::ProjectFile::create(m_dir.filePath(u"p.portrait"_s)));
        CancelToken cancel;
        take(Jobs::importFile(*m_project, m_dir.filePath(u"orders.csv"_s), {}, nullProgress(), cancel));
        Jobs::ImportOptions customers;
        customers.kind = Jobs::SourceKind::Customers;
        m_customersSource = take(Jobs::importFile(*m_project, customersPath(), customers, nullProgress(), cancel)).sourceId;
        Jobs::CleanOptions apply;
        apply.apply = true;
        take(Jobs::runCleaning(*m_project, Clean::Pipeline::defaults(), apply, nullProgress(), cancel));
    }

    void cleanup() { m_project.reset(); }

    void findsEveryPlantedGroupAndNoOther()
    {
        QCOMPARE(number(*m_project, "SELECT count(*) FROM customers"), m_data.people.size());
        const Clean::DuplicateReport report = find();
        QCOMPARE(groupCustomers(report.groups), m_data.groups);
        for (const Clean::CandidateGroup &group : report.groups) {
            QVERIFY(group.exact);
            QCOMPARE(group.links.size(), group.members.size() - 1);
        }
        // The weaker rule adds only same-name-same-city pairs: E-group members share their base's
        // name but live in 北京, M- members share name and city with their base (already a group).
        const Clean::DuplicateReport withNames = find({ Clean::MatchKey::NameCity });
        for (const Clean::CandidateGroup &group : withNames.groups)
            QVERIFY2(!group.exact, qPrintable(group.customers().join(u',')));
        QCOMPARE(withNames.groups.size(), 10 + 1); // M00nn/M-00nn (21..30) and X0001/Y0001
    }

    void mergeKeepsEveryOrderAndUndoRestoresTheTables()
    {
        const QStringList before = dumpTables(*m_project);
        // Σ frequency: the orders of the customers there are.
        const char *frequencySql = "SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id";
        const char *amountSql = "SELECT round(sum(o.purchase_amount) * 100) FROM orders o JOIN customers c ON c.id = o.customer_id";
        const qint64 frequency = number(*m_project, frequencySql);
        QCOMPARE(frequency, m_orders);
        const qint64 amount = number(*m_project, amountSql);
        // A hand-set tag on a customer that will be merged away must follow it.
        check(Project::exec(m_project->handle(),
                            "INSERT INTO tags(id, level, name, position) VALUES(1, 1, 'VIP', 0);"
                            "INSERT INTO manual_tags SELECT 1, id FROM customers WHERE customer_key = 'P0001'",
                            m_project->fileName()));
        const QStringList tagged = dumpTables(*m_project);

        const Clean::DuplicateReport report = find();
        CancelToken cancel;
        const Jobs::MergeBatch batch = take(Jobs::resolveGroups(*m_project, report.groups, {}, cancel));
        QCOMPARE(batch.customersMerged, 32);
        QCOMPARE(number(*m_project, "SELECT count(*) FROM customers"), m_data.people.size() - 32);
        QCOMPARE(number(*m_project, "SELECT count(*) FROM orders"), m_orders);
        QCOMPARE(number(*m_project, frequencySql), frequency);
        QCOMPARE(number(*m_project, amountSql), amount);
        const qint64 m0001 = take(Project::resolveCustomer(*m_project, u"M0001"_s, false));
        QCOMPARE(take(Project::resolveCustomer(*m_project, u"P0001"_s)), m0001);
        QCOMPARE(number(*m_project, "SELECT count(*) FROM manual_tags m JOIN customers c ON c.id = m.customer_id "
                                    "WHERE c.customer_key = 'M0001'"),
                 1);
        const auto aliases = take(Project::loadAliases(*m_project));
        QCOMPARE(aliases.value(m0001), QStringList { u"P0001"_s });
        const qint64 m0031 = take(Project::resolveCustomer(*m_project, u"M0031"_s, false));
        QStringList chain = aliases.value(m0031);
        chain.sort();
        QCOMPARE(chain, (QStringList { u"X0001"_s, u"Y0001"_s }));
        // Each survivor has the orders of its whole group.
        QCOMPARE(number(*m_project, "SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                                    "WHERE c.customer_key = 'M0031'"),
                 1 + 1 + 2); // one order for every even position in the file, two for every odd: 30, 230, 231
        QCOMPARE(find().groups.size(), 0);

        check(Jobs::undoBatch(*m_project, batch));
        QCOMPARE(dumpTables(*m_project), tagged);
        check(Project::exec(m_project->handle(), "DELETE FROM manual_tags; DELETE FROM tags", m_project->fileName()));
        QCOMPARE(dumpTables(*m_project), before);
    }

    void rejectedGroupsAreNotProposedAgain()
    {
        const Clean::DuplicateReport report = find();
        CancelToken cancel;
        take(Jobs::resolveGroups(*m_project, {}, report.groups.mid(0, 3), cancel));
        const Clean::DuplicateReport again = find();
        QCOMPARE(again.suppressed, 3);
        QCOMPARE(groupCustomers(again.groups), groupCustomers(report.groups.mid(3)));
    }

    void acceptedDecisionsReplayOnRefresh()
    {
        const Clean::DuplicateReport report = find();
        CancelToken cancel;
        take(Jobs::resolveGroups(*m_project, report.groups, {}, cancel));
        const qint64 merged = number(*m_project, "SELECT count(*) FROM customers");
        const QStringList customers = dumpTables(*m_project).filter(QRegularExpression(u"^customers: "_s));
        // The customers file still holds the merged-away ids: refreshing it brings them back, and
        // the accepted decisions merge them again.
        take(Jobs::refreshSource(*m_project, m_customersSource, customersPath(), nullProgress(), cancel));
        QCOMPARE(number(*m_project, "SELECT count(*) FROM customers"), merged);
        QCOMPARE(number(*m_project, "SELECT count(*) FROM customers WHERE customer_key IN ('P0001', 'X0001', 'M-0021')"), 0);
        QCOMPARE(number(*m_project, "SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id"), m_orders);
        QCOMPARE(find().groups.size(), 0);
        QCOMPARE(take(Project::resolveCustomer(*m_project, u"Y0001"_s)),
                 take(Project::resolveCustomer(*m_project, u"M0031"_s, false)));
        QCOMPARE(customers.size(), merged);
    }
};

QTEST_GUILESS_MAIN(TestDedupe)
#include "tst_dedupe.moc"
