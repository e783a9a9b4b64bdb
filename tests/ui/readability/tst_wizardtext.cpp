// Issue 16, item 9: the import wizard's words. The check-only pass says it is checking (正在检查),
// not importing; its counts carry the locale's thousands separators; Chinese spells 客户 ID one way.
#include "readability.h"

#include "import/validationpage.h"
#include "jobs/importjob.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

struct PhaseRecorder : ProgressSink
{
    QStringList phases;
    void setPhase(const QString &phase) override { phases.append(phase); }
};

} // namespace

class TestWizardText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString ordersCsv()
    {
        const QString path = m_dir.filePath(u"orders.csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("customer_id,order_date,amount\n");
        for (int i = 0; i < 50; ++i)
            file.write(QStringLiteral("C%1,2024-0%2-1%3,%4.50\n").arg(i % 12).arg(1 + i % 9).arg(i % 10).arg(10 + i).toUtf8());
        return path;
    }

private Q_SLOTS:
    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }

    void checkingSaysChecking_data() { languages_data(); }
    void checkingSaysChecking()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        PhaseRecorder progress;
        CancelToken cancel;
        auto report = Jobs::validateImport(ordersCsv(), Jobs::ImportOptions {}, progress, cancel);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        const QString checking = language == u"zh_CN"_s ? u"正在检查"_s : u"Checking"_s;
        const QString importing = language == u"zh_CN"_s ? u"正在导入"_s : u"Importing"_s;
        QVERIFY2(std::any_of(progress.phases.begin(), progress.phases.end(),
                             [&](const QString &p) { return p.startsWith(checking); }),
                 qPrintable(progress.phases.join(u" | "_s)));
        for (const QString &phase : progress.phases)
            QVERIFY2(!phase.contains(importing), qPrintable(phase));
    }

    void countsHaveThousandsSeparators_data() { languages_data(); }
    void countsHaveThousandsSeparators()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        Project::SourceRecord counts;
        counts.kind = u"orders"_s;
        counts.rowsRead = 541909;
        counts.rowsAccepted = 530104;
        counts.rowsRejected = 11805;
        counts.rowsWithoutCustomer = 135080;
        counts.ordersInFile = 25900;
        counts.customersInFile = 4372;
        counts.ordersStored = 25900;
        counts.returnOrders = 3836;
        counts.newCustomers = 4372;
        const QString text = Ui::importCountsText(counts, true);
        for (const char *figure : { "541,909", "530,104", "11,805", "135,080", "25,900", "4,372", "3,836" })
            QVERIFY2(text.contains(QLatin1StringView(figure)), qPrintable(text));
        QVERIFY2(!text.contains(u"541909"_s), qPrintable(text));
        if (language == u"zh_CN"_s) {
            QVERIFY2(text.contains(u"客户 ID"_s), qPrintable(text));
            QVERIFY(!text.contains(u"客户ID"_s) && !text.contains(u"客户编号"_s));
        }
    }
};

QTEST_MAIN(TestWizardText)
#include "tst_wizardtext.moc"
