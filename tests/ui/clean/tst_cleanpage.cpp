// The Clean page on a small messy project: the default pipeline is previewed with its counts and
// samples, Apply writes the cleaned values, Undo puts the imported ones back; the review dialog
// accepts the exact-key groups; a merged id is found by the customer search and shown on the card.
#include "card/cardtext.h"
#include "clean/cleanpage.h"
#include "clean/duplicatereviewdialog.h"
#include "clean/stepoptionsdialog.h"
#include "jobs/dedupejob.h"
#include "jobs/importjob.h"
#include "models/customertablemodel.h"
#include "project/cleanstore.h"
#include "project/frameloader.h"
#include "project/projectfile.h"

#include <QCheckBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

const QByteArray Customers = "会员编号,姓名,手机号,邮箱,省份,城市\n"
                             "C001,王 芳,138-1234-5678,wang@example.com,广东,深圳\n"
                             "C002,李雷,13900001111,li@example.com,内蒙古,呼和浩特\n"
                             "C003,韩梅梅,13700002222,han@example.com,浙江省,杭州市\n"
                             "C004,王芳,+86 138 1234 5678,wf@other.cn,广东省,深圳市\n";

Project::CleaningSummary summary(const QString &path)
{
    auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
    if (!project)
        qFatal("%s", qPrintable(project.error().toString()));
    auto result = Project::summarizeCleaning(**project);
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return result.takeValue();
}

} // namespace

class TestCleanPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        const QString csv = m_dir.filePath(u"customers.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Customers);
        file.close();
        m_project = m_dir.filePath(u"p.portrait"_s);
        auto project = Project::ProjectFile::create(m_project);
        QVERIFY(project);
        Jobs::ImportOptions options;
        options.kind = Jobs::SourceKind::Customers;
        CancelToken cancel;
        QVERIFY(Jobs::importFile(**project, csv, options, nullProgress(), cancel));
    }

    void previewApplyUndo()
    {
        Ui::CleanPage page;
        page.resize(1100, 640);
        QSignalSpy changed(&page, &Ui::CleanPage::projectChanged);
        QSignalSpy issues(&page, &Ui::CleanPage::issuesChanged);
        page.setProjectPath(m_project);
        // The quality report is read at once, before the page is shown: the Issues page lists it.
        QVERIFY(page.isBusy());
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        QCOMPARE(issues.size(), 2); // the project's report forgotten, then the new one read
        auto *steps = page.findChild<QListWidget *>(u"cleanSteps"_s);
        QCOMPARE(steps->count(), Clean::Pipeline::defaults().steps.size());
        // The phone step is previewed with its count: C001 and C004 are written another way.
        const qsizetype phone = std::find_if(page.pipeline().steps.cbegin(), page.pipeline().steps.cend(),
                                             [](const Clean::Step &s) { return s.kind == Clean::StepKind::Phone; })
                - page.pipeline().steps.cbegin();
        QVERIFY2(steps->item(int(phone))->text().contains(u"2"_s), qPrintable(steps->item(int(phone))->text()));
        steps->setCurrentRow(int(phone));
        auto *samples = page.findChild<QTreeWidget *>(u"cleanSamples"_s);
        QCOMPARE(samples->topLevelItemCount(), 2);
        QStringList after { samples->topLevelItem(0)->text(3), samples->topLevelItem(1)->text(3) };
        QCOMPARE(after, (QStringList { u"13812345678"_s, u"13812345678"_s }));
        QVERIFY(!summary(m_project).pipeline);
        page.grab().save(m_dir.filePath(u"cleanpage.png"_s));
        if (qEnvironmentVariableIsSet("PORTRAIT_SHOTS"))
            page.grab().save(qEnvironmentVariable("PORTRAIT_SHOTS") + u"/cleanpage.png"_s);

        page.findChild<QPushButton *>(u"cleanApply"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        const Project::CleaningSummary cleaned = summary(m_project);
        QCOMPARE(cleaned.pipeline, std::optional(Clean::Pipeline::defaults()));
        QCOMPARE(cleaned.cleanedCustomers, 3); // C003 was clean already
        QCOMPARE(cleaned.provinces.value(0), (QPair<QString, qint64>(u"广东省"_s, 2)));

        auto *undo = page.findChild<QPushButton *>(u"cleanUndo"_s);
        QVERIFY(undo->isEnabled());
        undo->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        const Project::CleaningSummary undone = summary(m_project);
        QVERIFY(!undone.pipeline);
        QCOMPARE(undone.cleanedCustomers, 0);
        QVERIFY(!undo->isEnabled());
    }

    void stepOptionsAreEdited()
    {
        Ui::CleanPage page;
        page.setProjectPath(m_project);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        auto *steps = page.findChild<QListWidget *>(u"cleanSteps"_s);
        const auto rowOf = [&page](Clean::StepKind kind) {
            const auto &list = page.pipeline().steps;
            return int(std::find_if(list.cbegin(), list.cend(), [kind](const Clean::Step &s) { return s.kind == kind; })
                       - list.cbegin());
        };
        auto *apply = page.findChild<QPushButton *>(u"cleanApply"_s);
        // The dialog open now (a closed one deletes itself).
        const auto openDialog = [&page]() -> Ui::StepOptionsDialog * {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            for (auto *dialog : page.findChildren<Ui::StepOptionsDialog *>(u"stepOptionsDialog"_s)) {
                if (dialog->isVisible())
                    return dialog;
            }
            return nullptr;
        };

        // The e-mail step: lower-case the local part too.
        const int email = rowOf(Clean::StepKind::Email);
        QVERIFY(!page.pipeline().steps.at(email).boolOption(u"lowercaseLocal"_s));
        steps->setCurrentRow(email);
        page.findChild<QPushButton *>(u"cleanStepOptions"_s)->click();
        Ui::StepOptionsDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *lowercase = dialog->findChild<QCheckBox *>(u"lowercaseLocal"_s);
        QVERIFY(lowercase && !lowercase->isChecked());
        lowercase->setChecked(true);
        dialog->accept();
        QVERIFY(page.pipeline().steps.at(email).boolOption(u"lowercaseLocal"_s));
        QCOMPARE(steps->currentRow(), email);
        QVERIFY(apply->isEnabled());

        // The whitespace step, opened with Enter: leave the city alone.
        const int whitespace = rowOf(Clean::StepKind::Whitespace);
        steps->setCurrentRow(whitespace);
        QVERIFY(page.pipeline().steps.at(whitespace).fields().contains(Clean::Field::City));
        steps->setFocus();
        QTest::keyClick(steps, Qt::Key_Return);
        dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(Clean::fieldKey(Clean::Field::City))->setChecked(false);
        dialog->accept();
        QVERIFY(!page.pipeline().steps.at(whitespace).fields().contains(Clean::Field::City));
        QVERIFY(page.pipeline().steps.at(whitespace).fields().contains(Clean::Field::Name));

        // Cancel changes nothing.
        const Clean::Pipeline before = page.pipeline();
        page.findChild<QPushButton *>(u"cleanStepOptions"_s)->click();
        dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(Clean::fieldKey(Clean::Field::Name))->setChecked(false);
        dialog->reject();
        QCOMPARE(page.pipeline(), before);
    }

    void reviewAcceptsExactGroups()
    {
        auto project = Project::ProjectFile::open(m_project, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        CancelToken cancel;
        auto found = Jobs::findDuplicates(**project, { Clean::MatchKey::Phone, Clean::MatchKey::NameCity },
                                          nullProgress(), cancel);
        QVERIFY(found);
        QCOMPARE(found->groups.size(), 1); // C001 and C004: same phone, and 王芳 in 深圳
        Ui::DuplicateReviewDialog dialog(*found);
        auto *tree = dialog.findChild<QTreeWidget *>(u"duplicateGroups"_s);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QVERIFY(dialog.acceptedGroups().isEmpty());
        dialog.findChild<QPushButton *>(u"acceptExact"_s)->click();
        QCOMPARE(dialog.acceptedGroups().size(), found->groups.first().exact ? 1 : 0);
        QCOMPARE(dialog.acceptedGroups().value(0).customers(), (QStringList { u"C001"_s, u"C004"_s }));
        tree->topLevelItem(0)->setSelected(true);
        dialog.findChild<QPushButton *>(u"rejectGroup"_s)->click();
        QVERIFY(dialog.acceptedGroups().isEmpty());
        QCOMPARE(dialog.rejectedGroups().size(), 1);
    }

    void mergedIdsAreFoundAndShown()
    {
        // Accept the one group: C004 is merged into C001 and stays as its alias.
        auto project = Project::ProjectFile::open(m_project, Project::ProjectFile::Lock::None);
        QVERIFY(project);
        CancelToken cancel;
        auto found = Jobs::findDuplicates(**project, { Clean::MatchKey::Phone }, nullProgress(), cancel);
        QVERIFY(found);
        QCOMPARE(found->groups.size(), 1);
        auto batch = Jobs::resolveGroups(**project, found->groups, {}, cancel);
        QVERIFY2(batch, qPrintable(batch.ok() ? QString() : batch.error().toString()));
        QCOMPARE(batch->customersMerged, 1);
        auto frame = Project::loadFrame(**project, nullProgress(), cancel);
        QVERIFY(frame);
        auto shared = std::make_shared<const Model::CustomerFrame>(frame.takeValue());
        QCOMPARE(shared->size(), 3);

        // The Customers page's search finds the survivor by the old id…
        Ui::CustomerTableModel model;
        model.setData(shared, nullptr, true);
        Ui::CustomerFilter filter;
        filter.text = u"C004"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        const qint32 survivor = model.visibleRows().front();
        QCOMPARE(shared->ids.value(survivor), u"C001"_s);
        // …and the card lists it.
        const QString card = Ui::CardText::attributes(*shared, survivor, Model::NoDay, false);
        QVERIFY2(card.contains(u"C004"_s), qPrintable(card));
        filter.text = u"C003"_s;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!Ui::CardText::attributes(*shared, model.visibleRows().front(), Model::NoDay, false)
                         .contains(u"C004"_s));
        QVERIFY(Jobs::undoBatch(**project, *batch));
    }
};

QTEST_MAIN(TestCleanPage)
#include "tst_cleanpage.moc"
