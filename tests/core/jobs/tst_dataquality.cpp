// The Issues page's findings: return-only orders, cancellation rows and customers with negative
// net spend are found with the counts a hand count of the file gives, each with its severity and
// the one action that addresses it, most severe first.
#include "jobs/dataquality.h"
#include "jobs/importjob.h"
#include "jobs/rfmsettings.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "project/projectsummary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Fix = Jobs::DataFinding::Fix;
using Severity = Issue::Severity;

namespace {

// By hand: A buys 100 and returns 30 in an order of its own (net 70); B buys 50 and cancels 80
// (C4, net −30); C has nothing but a return (net −20, not scored); D buys and returns 10 in one
// order (net 0); E buys 40. Return-only orders: O2, C4, O5. One cancellation row, one row
// without a customer, one unreadable amount.
const QByteArray Shop = "order_id,customer_id,order_date,amount\n"
                        "O1,A,2024-03-01,100\n"
                        "O2,A,2024-03-05,-30\n"
                        "O3,B,2024-03-02,50\n"
                        "C4,B,2024-03-06,80\n"
                        "O5,C,2024-03-03,-20\n"
                        "O6,D,2024-03-04,10\n"
                        "O6,D,2024-03-04,-10\n"
                        "O7,E,2024-03-04,40\n"
                        "O8,,2024-03-04,15\n"
                        "O9,E,2024-03-07,lots\n";

const Jobs::DataFinding *find(const QList<Jobs::DataFinding> &findings, const QString &text)
{
    for (const Jobs::DataFinding &f : findings) {
        if (f.text.contains(text))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestDataQuality : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Model::CustomerFrame m_frame;
    Project::ProjectSummary m_summary;
    Rfm::RfmResult m_result;

    QStringList keys(const std::vector<qint32> &rows) const
    {
        QStringList out;
        for (qint32 row : rows)
            out.append(m_frame.ids.at(row));
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString csv = m_dir.filePath(u"shop.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Shop);
        file.close();
        auto project = Project::ProjectFile::create(m_dir.filePath(u"q.portrait"_s), Project::ProjectFile::Lock::None);
        QVERIFY(project);
        CancelToken cancel;
        QVERIFY(Jobs::importFile(**project, csv, {}, nullProgress(), cancel));
        auto frame = Project::loadFrame(**project, nullProgress(), cancel);
        QVERIFY(frame);
        m_frame = frame.takeValue();
        auto summary = Project::summarizeProject(**project, m_frame);
        QVERIFY(summary);
        m_summary = summary.takeValue();
        auto result = Jobs::runRfmBase(m_frame, {});
        QVERIFY(result);
        m_result = result.takeValue();
    }

    void negativeNetSpendByHand()
    {
        QCOMPARE(keys(Jobs::customersWithNegativeNetSpend(m_frame)), QStringList({ u"B"_s, u"C"_s }));
    }

    void findingsWithReturnsNet()
    {
        const auto findings = Jobs::findDataIssues(&m_summary, &m_frame, { &m_result, Rfm::ReturnsMode::Net, {}, false });
        const Jobs::DataFinding *returnOnly = find(findings, u"only of returns"_s);
        QVERIFY(returnOnly);
        QCOMPARE(returnOnly->count, 3);
        QCOMPARE(returnOnly->severity, Severity::Info);
        QCOMPARE(returnOnly->fix, Fix::ExcludeReturns);
        QCOMPARE(returnOnly->sourceId, 1);
        const Jobs::DataFinding *cancellations = find(findings, u"cancellation rows"_s);
        QVERIFY(cancellations);
        QCOMPARE(cancellations->count, 1);
        const Jobs::DataFinding *negative = find(findings, u"returned more than they bought"_s);
        QVERIFY(negative);
        QCOMPARE(negative->count, 2);
        QCOMPARE(negative->severity, Severity::Warning);
        QCOMPARE(negative->fix, Fix::ExcludeReturns);
        QCOMPARE(keys(negative->customers), QStringList({ u"B"_s, u"C"_s }));
        const Jobs::DataFinding *rejected = find(findings, u"rows rejected"_s);
        QVERIFY(rejected);
        QCOMPARE(rejected->count, 1);
        QCOMPARE(rejected->fix, Fix::ShowSource);
        const Jobs::DataFinding *anonymous = find(findings, u"without a customer id"_s);
        QVERIFY(anonymous);
        QCOMPARE(anonymous->count, 1);
        // C has only a return: listed, not scored.
        const Jobs::DataFinding *unscored = find(findings, u"not scored"_s);
        QVERIFY(unscored);
        QCOMPARE(unscored->count, 1);
        QCOMPARE(unscored->fix, Fix::OpenRfm);
        // Most severe first.
        for (qsizetype i = 1; i < findings.size(); ++i)
            QVERIFY(int(findings.at(i - 1).severity) >= int(findings.at(i).severity));
    }

    void findingsWithReturnsExcluded()
    {
        const auto findings = Jobs::findDataIssues(&m_summary, &m_frame, { &m_result, Rfm::ReturnsMode::Exclude, {}, false });
        const Jobs::DataFinding *negative = find(findings, u"returned more than they bought"_s);
        QVERIFY(negative);
        QCOMPARE(negative->severity, Severity::Info);
        QCOMPARE(negative->fix, Fix::ExportCustomers);
        QCOMPARE(find(findings, u"only of returns"_s)->fix, Fix::None);
    }

    void scoringThatFailedIsAnError()
    {
        const auto findings = Jobs::findDataIssues(&m_summary, &m_frame,
                                                   { nullptr, Rfm::ReturnsMode::Net, u"no such scheme file"_s, false });
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().severity, Severity::Error);
        QVERIFY(findings.first().text.contains(u"no such scheme file"_s));
        QCOMPARE(findings.first().fix, Fix::OpenRfm);
    }
};

QTEST_GUILESS_MAIN(TestDataQuality)
#include "tst_dataquality.moc"
