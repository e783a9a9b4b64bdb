// portrait clean and portrait dedupe as a user runs them: a bad steps file changes nothing, the
// default pipeline shows in info and exports while the imported values stay, the review file
// lists the groups, --apply merges them.
#include "clirunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Orders = "订单号,会员编号,下单时间,实付金额\n"
                          "O1,C001,2024-03-01 10:00,100.00\n"
                          "O2,C002,2024-03-02 11:00,80.00\n"
                          "O3,C003,2024-03-03 12:00,55.50\n"
                          "O4,C004,2024-03-04 09:00,60.00\n"
                          "O5,C005,2024-03-05 09:30,70.00\n";

// C004 is C001 again (the phone written another way), C005 is C002 (the e-mail's domain in
// capitals); 广东/深圳/内蒙古 are short forms.
const QByteArray Customers = "会员编号,姓名,手机号,邮箱,省份,城市\n"
                             "C001,王 芳,138-1234-5678,wang@example.com,广东,深圳\n"
                             "C002,李雷,13900001111,li@example.com,内蒙古,呼和浩特\n"
                             "C003,韩梅梅,(+86) 13700002222,han@example.com,,杭州\n"
                             "C004,王芳,+86 138 1234 5678,wf@other.cn,广东省,深圳市\n"
                             "C005,李 雷,13600003333,li@EXAMPLE.COM,北京,北京\n";

QByteArray line(const QByteArray &text, const QByteArray &start)
{
    for (const QByteArray &l : text.split('\n')) {
        if (l.startsWith(start))
            return l;
    }
    return {};
}

} // namespace

class TestCliClean : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    CliRun run(QStringList arguments)
    {
        arguments << u"--project"_s << m_project;
        return runPortrait(arguments);
    }

private Q_SLOTS:
    void init()
    {
        m_project = m_dir.filePath(u"p.portrait"_s);
        QFile::remove(m_project);
        writeFile(m_dir.filePath(u"orders.csv"_s), Orders);
        writeFile(m_dir.filePath(u"customers.csv"_s), Customers);
        QCOMPARE(run({ u"import"_s, m_dir.filePath(u"orders.csv"_s) }).exitCode, 0);
        QCOMPARE(run({ u"import"_s, m_dir.filePath(u"customers.csv"_s), u"--kind"_s, u"customers"_s }).exitCode, 0);
    }

    void badStepsFileNamesTheStepAndChangesNothing()
    {
        const QString steps = m_dir.filePath(u"steps.json"_s);
        writeFile(steps, R"({"version": 1, "steps": [{"step": "phone"}, {"step": "phone", "colour": "red"}]})");
        const CliRun bad = run({ u"clean"_s, u"--steps"_s, steps });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.startsWith("portrait: error: steps.json: step 2: unknown option \"colour\" of phone"), bad.err.constData());
        writeFile(steps, R"({"steps": [{"step": "whitespace"}, {"step": "tidy"}]})");
        const CliRun unknown = run({ u"clean"_s, u"--steps"_s, steps });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.startsWith("portrait: error: steps.json: step 2: unknown step \"tidy\""), unknown.err.constData());
        const CliRun info = run({ u"info"_s });
        QVERIFY2(info.out.contains("cleaning: none (values as imported)\n"), info.out.constData());
        QCOMPARE(run({ u"clean"_s }).exitCode, 2); // no pipeline stored, none given
    }

    void defaultPipelineShowsInInfoAndExports()
    {
        const QString reportPath = m_dir.filePath(u"report.json"_s);
        const CliRun dry = run({ u"clean"_s, u"--default"_s, u"--dry-run"_s });
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.err.contains("Dry run: nothing was changed."));
        QVERIFY(run({ u"info"_s }).out.contains("cleaning: none"));

        const CliRun clean = run({ u"clean"_s, u"--default"_s, u"--report"_s, reportPath });
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QFile file(reportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(report.value(u"customers"_s).toInt(), 5);

        const CliRun info = run({ u"info"_s });
        QVERIFY2(info.out.contains("provinces: 广东省 2"), info.out.constData());
        QVERIFY2(line(info.out, "cleaning: ").endsWith("(5 customers with cleaned values)"), info.out.constData());

        const QString csv = m_dir.filePath(u"out.csv"_s);
        const CliRun exported = run({ u"export"_s, u"--out"_s, csv, u"--no-mask"_s });
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QList<QStringList> rows = readCsv(csv);
        QVERIFY(rows.size() == 6);
        const QStringList header = rows.first();
        const qsizetype phone = header.indexOf(u"Phone"_s), province = header.indexOf(u"Province"_s),
                        city = header.indexOf(u"City"_s), id = header.indexOf(u"Customer ID"_s);
        QVERIFY2(phone >= 0 && province >= 0 && city >= 0 && id >= 0, qPrintable(header.join(u',')));
        QHash<QString, QStringList> byId;
        for (const QStringList &row : rows.mid(1))
            byId.insert(row.at(id), row);
        QCOMPARE(byId.value(u"C001"_s).at(phone), u"13812345678"_s);
        QCOMPARE(byId.value(u"C001"_s).at(province), u"广东省"_s);
        QCOMPARE(byId.value(u"C001"_s).at(city), u"深圳市"_s);
        QCOMPARE(byId.value(u"C002"_s).at(province), u"内蒙古自治区"_s);
        QCOMPARE(byId.value(u"C003"_s).at(province), u"浙江省"_s); // from the city alone
        QCOMPARE(byId.value(u"C003"_s).at(phone), u"13700002222"_s);

        // The imported values stay: a pipeline without the phone step puts them back.
        const QString steps = m_dir.filePath(u"steps.json"_s);
        writeFile(steps, R"({"version": 1, "steps": [{"step": "region"}]})");
        QCOMPARE(run({ u"clean"_s, u"--steps"_s, steps }).exitCode, 0);
        QCOMPARE(run({ u"export"_s, u"--out"_s, csv, u"--no-mask"_s }).exitCode, 0);
        for (const QStringList &row : readCsv(csv).mid(1)) {
            if (row.at(id) == u"C001"_s)
                QCOMPARE(row.at(phone), u"138-1234-5678"_s);
            // Nothing of C004 needs the region step: its values are the imported ones again (the
            // export puts a quote before a leading + so that no spreadsheet reads a formula).
            if (row.at(id) == u"C004"_s)
                QCOMPARE(row.at(phone), u"'+86 138 1234 5678"_s);
        }
        const CliRun again = run({ u"info"_s });
        // C001, C002, C003 and C005 have short province or city names; C004's row is gone.
        QVERIFY2(again.out.contains("cleaning: region (4 customers with cleaned values)\n"), again.out.constData());
    }

    void dedupeReviewsThenMerges()
    {
        const QString review = m_dir.filePath(u"groups.csv"_s);
        const CliRun look = run({ u"dedupe"_s, u"--review"_s, review });
        QVERIFY2(look.exitCode == 0, look.err.constData());
        QVERIFY2(look.out.contains("candidate groups: 2 (2 by exact keys), 4 customers"), look.out.constData());
        const QList<QStringList> rows = readCsv(review);
        QCOMPARE(rows.value(0), (QStringList { u"group"_s, u"customer_id"_s, u"key"_s, u"value"_s }));
        QCOMPARE(rows.size(), 5);
        QHash<QString, QString> groupOf;
        for (const QStringList &row : rows.mid(1))
            groupOf.insert(row.at(1), row.at(0));
        QCOMPARE(groupOf.value(u"C001"_s), groupOf.value(u"C004"_s));
        QCOMPARE(groupOf.value(u"C002"_s), groupOf.value(u"C005"_s));
        QVERIFY(groupOf.value(u"C001"_s) != groupOf.value(u"C002"_s));
        QVERIFY(!run({ u"info"_s }).out.contains("duplicates:"));

        QCOMPARE(run({ u"dedupe"_s, u"--keys"_s, u"phone,colour"_s }).exitCode, 2);
        const CliRun merge = run({ u"dedupe"_s, u"--apply"_s });
        QVERIFY2(merge.exitCode == 0, merge.err.constData());
        QVERIFY2(merge.out.contains("merged: 2 customers into 2"), merge.out.constData());
        const CliRun info = run({ u"info"_s });
        QVERIFY2(info.out.contains("customers: 3 (3 with orders)\n"), info.out.constData());
        QVERIFY2(info.out.contains("duplicates: 2 merges, 2 aliases; decisions: 2 accepted, 0 rejected"), info.out.constData());
        QVERIFY(run({ u"dedupe"_s }).out.contains("candidate groups: 0"));
    }
};

QTEST_GUILESS_MAIN(TestCliClean)
#include "tst_cli_clean.moc"
