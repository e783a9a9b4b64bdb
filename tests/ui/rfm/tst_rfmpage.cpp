// The RFM page on the demo project: dragging a cut line previews and commits exactly what the
// engine computes, one drag is one undo step, the option combos give what runRfmRequest gives,
// and the scheme editor lints and round-trips scheme files.
#include "jobs/rfmjob.h"
#include "jobs/sampleproject.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "rfm/cutpanel.h"
#include "rfm/histogramwidget.h"
#include "rfm/presets.h"
#include "rfm/rfmoptionspanel.h"
#include "rfm/rfmpage.h"
#include "rfm/schemeeditordialog.h"
#include "rfm/schemerulesmodel.h"
#include "rfm/segmentpreviewmodel.h"
#include "rfm/transitionmodel.h"
#include "workbench/workbenchsession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Ui;

namespace {

std::vector<qint64> countsOf(const Rfm::RfmResult &result)
{
    return SegmentPreviewModel::segmentCounts(result);
}

/// Picks the item with data `value` the way a user does: the combo reports activated().
void choose(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    QVERIFY2(index >= 0, qPrintable(value.toString()));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

/// What the page should show after moving one cut: the committed result re-scored directly.
Rfm::RfmResult engineWithCut(const Rfm::RfmResult &base, Rfm::Dimension d, const std::vector<double> &cuts)
{
    Rfm::RfmResult expected = base;
    Rfm::rescoreDimension(expected.metrics, d, cuts, expected.scores.method, expected.scores.bins, expected.scores);
    Rfm::resegment(expected, Rfm::TierOptions {});
    return expected;
}

} // namespace

class TestRfmPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"demo.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(path, nullProgress()));
        auto file = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        QVERIFY(file);
        CancelToken cancel;
        auto frame = Project::loadFrame(**file, nullProgress(), cancel);
        QVERIFY(frame);
        auto project = std::make_shared<LoadedProject>();
        project->path = path;
        project->frame = frame.takeValue();
        m_project = project;
        QCOMPARE(m_project->frame.size(), 5000);
    }

    void dragRecencyCutPreviewsCommitsAndUndoes()
    {
        WorkbenchSession session;
        session.setProject(m_project, RfmSettings {});
        RfmPage page(&session);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModelTester segmentTester(page.segmentModel());
        QAbstractItemModelTester transitionTester(page.transitionModel());

        const auto before = session.result();
        QVERIFY(before);
        const std::vector<qint64> originalCounts = countsOf(*before);
        const std::vector<double> originalCuts = before->scores.cuts[0];
        QCOMPARE(int(originalCuts.size()), before->scores.bins - 1);

        // Drag the second recency line with the mouse, well to the right.
        HistogramWidget *histogram = page.cutPanel(Rfm::Dimension::Recency)->histogram();
        QCOMPARE(histogram->cuts(), originalCuts);
        const int y = histogram->height() / 2;
        const int startX = histogram->xOf(originalCuts[1]);
        const double target = (originalCuts[1] + originalCuts[2]) / 2 + 0.3 * (originalCuts[2] - originalCuts[1]);
        QTest::mousePress(histogram, Qt::LeftButton, {}, QPoint(startX, y));
        QVERIFY(page.isDragging());
        for (int step = 1; step <= 5; ++step) {
            const int x = startX + (histogram->xOf(target) - startX) * step / 5;
            QTest::mouseMove(histogram, QPoint(x, y));
        }
        page.flushPreview();
        const std::vector<double> draggedCuts = histogram->cuts();
        QVERIFY(draggedCuts[1] > originalCuts[1]);
        QCOMPARE(draggedCuts[0], originalCuts[0]);

        // The preview is what the engine computes, and nothing is committed yet.
        const Rfm::RfmResult expected = engineWithCut(*before, Rfm::Dimension::Recency, draggedCuts);
        const std::vector<qint64> expectedCounts = countsOf(expected);
        QVERIFY2(expectedCounts != originalCounts, "the drag must move customers between segments");
        QVERIFY(page.previewResult());
        QCOMPARE(page.previewResult()->segment, expected.segment);
        QCOMPARE(session.result(), before);
        QCOMPARE(session.undoStack()->count(), 0);
        for (int s = 0; s < int(expectedCounts.size()); ++s) {
            QCOMPARE(page.segmentModel()->customers(s), originalCounts[size_t(s)]);
            QCOMPARE(page.segmentModel()->previewCustomers(s), expectedCounts[size_t(s)]);
        }

        // The who-moves matrix: cells sum to the movers, and per segment arrivals − departures
        // equal the change in size.
        TransitionModel *matrix = page.transitionModel();
        QVERIFY(matrix->rowCount() > 0 && matrix->columnCount() > 0);
        std::vector<qint64> in(expectedCounts.size() + 1, 0), out(expectedCounts.size() + 1, 0);
        qint64 cellTotal = 0;
        for (int r = 0; r < matrix->rowCount(); ++r) {
            for (int c = 0; c < matrix->columnCount(); ++c) {
                const qint64 n = matrix->index(r, c).data(TransitionModel::CustomersRole).toLongLong();
                cellTotal += n;
                out[size_t(matrix->fromSegment(r))] += n;
                in[size_t(matrix->toSegment(c))] += n;
                if (n > 0)
                    QVERIFY(matrix->index(r, c).data().toString().contains(u" · "_s));
            }
        }
        QCOMPARE(cellTotal, matrix->movedCustomers());
        qint64 sizeChanges = 0;
        for (size_t s = 0; s < expectedCounts.size(); ++s) {
            QCOMPARE(in[s] - out[s], expectedCounts[s] - originalCounts[s]);
            sizeChanges += std::abs(expectedCounts[s] - originalCounts[s]);
        }
        QVERIFY(cellTotal >= sizeChanges / 2);

        // Release: one undo step with exactly the engine's counts.
        QTest::mouseRelease(histogram, Qt::LeftButton, {}, QPoint(histogram->xOf(draggedCuts[1]), y));
        QVERIFY(!page.isDragging());
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(session.undoStack()->undoText(), u"Move %1 cut"_s.arg(Rfm::dimensionTitle(Rfm::Dimension::Recency)));
        QCOMPARE(*session.settings().cuts[0], draggedCuts);
        QCOMPARE(session.result()->segment, expected.segment);
        QCOMPARE(countsOf(*session.result()), expectedCounts);
        QCOMPARE(page.cutPanel(Rfm::Dimension::Recency)->spinBox(1)->value(), draggedCuts[1]);
        // After the commit the matrix shows what the change moved.
        QCOMPARE(page.transitionModel()->movedCustomers(), cellTotal);

        // Undo restores the original counts exactly; redo re-applies the drag.
        session.undoStack()->undo();
        QCOMPARE(session.result()->segment, before->segment);
        QCOMPARE(countsOf(*session.result()), originalCounts);
        QCOMPARE(histogram->cuts(), originalCuts);
        for (int s = 0; s < int(originalCounts.size()); ++s)
            QCOMPARE(page.segmentModel()->customers(s), originalCounts[size_t(s)]);
        session.undoStack()->redo();
        QCOMPARE(countsOf(*session.result()), expectedCounts);

        // A second drag is a second step, not merged into the first.
        page.beginCutDrag(Rfm::Dimension::Monetary, 0);
        page.dragCut(session.result()->scores.cuts[2][0] * 1.5);
        page.finishCutDrag();
        QCOMPARE(session.undoStack()->count(), 2);
        session.undoStack()->undo();
        QCOMPARE(countsOf(*session.result()), expectedCounts);
    }

    void keyboardAndSpinBoxChangesAreCommitted()
    {
        WorkbenchSession session;
        session.setProject(m_project, RfmSettings {});
        RfmPage page(&session);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto before = session.result();

        // Frequency: focus the histogram (Tab focuses its first line), Right moves it one order.
        HistogramWidget *histogram = page.cutPanel(Rfm::Dimension::Frequency)->histogram();
        histogram->setFocus(Qt::TabFocusReason);
        histogram->setFocusedLine(int(before->scores.cuts[1].size()) - 1);
        const std::vector<double> cuts = before->scores.cuts[1];
        QTest::keyClick(histogram, Qt::Key_Right);
        QCOMPARE(session.undoStack()->count(), 1);
        std::vector<double> moved = cuts;
        moved.back() = std::round(cuts.back() + 1);
        QCOMPARE(*session.settings().cuts[1], moved);
        QCOMPARE(session.result()->segment, engineWithCut(*before, Rfm::Dimension::Frequency, moved).segment);

        // Escape in the middle of a held key puts the line back and commits nothing.
        QTest::keyPress(histogram, Qt::Key_Right);
        QTest::keyPress(histogram, Qt::Key_Escape);
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(histogram->cuts(), moved);

        // Typing a monetary cut point is a committed change too.
        QDoubleSpinBox *spin = page.cutPanel(Rfm::Dimension::Monetary)->spinBox(0);
        QVERIFY(spin);
        const double typed = std::round(before->scores.cuts[2][0] * 0.8);
        spin->setValue(typed);
        QCOMPARE(session.undoStack()->count(), 2);
        QCOMPARE((*session.settings().cuts[2])[0], typed);
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(session.result()->segment, before->segment);
    }

    void optionCombosMatchTheEngine()
    {
        WorkbenchSession session;
        session.setProject(m_project, RfmSettings {});
        RfmPage page(&session);
        RfmOptionsPanel *options = page.optionsPanel();

        Jobs::RfmRequest request; // shop11 by default
        const auto expectSame = [&](const char *step) {
            auto engine = Jobs::runRfmRequest(m_project->frame, request);
            if (!engine) {
                QVERIFY2(!session.result(), step);
                QCOMPARE(session.errorText(), engine.error().toString());
                return;
            }
            QVERIFY2(session.result(), qPrintable(session.errorText()));
            QCOMPARE(session.result()->scores.method, engine->scores.method);
            QCOMPARE(session.result()->scores.bins, engine->scores.bins);
            QCOMPARE(session.result()->scores.cuts, engine->scores.cuts);
            QCOMPARE(session.result()->segment, engine->segment);
        };
        expectSame("default");

        choose(options->methodBox(), Rfm::methodKey(Rfm::Method::RfmPkg));
        request.methodGiven = true;
        request.scoring.method = Rfm::Method::RfmPkg;
        expectSame("rfmpkg");

        choose(options->methodBox(), Rfm::methodKey(Rfm::Method::Ntile));
        request.scoring.method = Rfm::Method::Ntile;
        expectSame("ntile");

        // shop11 is written for five levels: four is refused by both, with the same message.
        choose(options->binsBox(), 4);
        request.scoring.bins = 4;
        expectSame("ntile, 4 levels");
        QVERIFY(!session.result());
        choose(options->binsBox(), 5);
        request.scoring.bins = 5;
        expectSame("ntile, 5 levels");

        choose(options->monetaryBox(), int(Rfm::MonetaryMode::Average));
        request.metrics.monetary = Rfm::MonetaryMode::Average;
        choose(options->windowBox(), 1);
        request.metrics.windowDays = options->windowDaysBox()->value();
        QCOMPARE(request.metrics.windowDays, 365);
        expectSame("average spend, last 365 days");

        // cn8 brings its own two-level method; median is the other two-level one; levels are off.
        choose(options->schemeBox(), u"cn8"_s);
        request.scheme = u"cn8"_s;
        request.methodGiven = false;
        expectSame("cn8");
        QCOMPARE(session.result()->scores.method, Rfm::Method::Mean);
        QVERIFY(!options->binsBox()->isEnabled());
        choose(options->methodBox(), Rfm::methodKey(Rfm::Method::Median));
        request.methodGiven = true;
        request.scoring.method = Rfm::Method::Median;
        request.scoring.bins = 5;
        expectSame("cn8 median");

        // Every step above was one undo step; undoing all returns to the start.
        while (session.undoStack()->canUndo())
            session.undoStack()->undo();
        request = Jobs::RfmRequest {};
        expectSame("undone");
    }

    void thresholdsStartFromTheLinesShown()
    {
        WorkbenchSession session;
        session.setProject(m_project, RfmSettings {});
        RfmPage page(&session);
        const auto before = session.result();
        choose(page.optionsPanel()->methodBox(), Rfm::methodKey(Rfm::Method::Thresholds));
        QVERIFY2(session.result(), qPrintable(session.errorText()));
        QCOMPARE(session.result()->scores.method, Rfm::Method::Thresholds);
        QCOMPARE(session.settings().request.scoring.thresholds, before->scores.cuts);
        QCOMPARE(session.result()->scores.cuts, before->scores.cuts);
    }

    void schemeEditorLintsAndRoundTrips()
    {
        SchemeEditorDialog editor(Rfm::presetScheme(u"shop11"), false);
        QAbstractItemModelTester tester(editor.rulesModel());
        auto *lint = editor.findChild<QListWidget *>(u"lintList"_s);
        QVERIFY(lint);
        QVERIFY(editor.lintMessages().isEmpty());

        // Make rule 2 cover only what rule 1 covers: it can never match, and the editor says so.
        SchemeRulesModel *model = editor.rulesModel();
        for (int c = SchemeRulesModel::RLow; c <= SchemeRulesModel::FHigh; ++c) {
            model->setData(model->index(1, c), model->index(0, c).data(Qt::EditRole));
            QCOMPARE(model->index(1, c).data(Qt::EditRole), model->index(0, c).data(Qt::EditRole));
        }
        QVERIFY(!editor.lintMessages().isEmpty());
        QVERIFY(editor.lintMessages().first().contains(u"Rule 2"_s));
        QVERIFY(editor.lintMessages().first().contains(u"never match"_s));
        QCOMPARE(lint->item(0)->text(), editor.lintMessages().first());
        QVERIFY(!model->index(1, SchemeRulesModel::Name).data(Qt::DecorationRole).isNull());
        QVERIFY(model->index(0, SchemeRulesModel::Name).data(Qt::DecorationRole).isNull());

        // Removing the last rule leaves cells to the fallback.
        model->removeRule(model->rowCount() - 1);
        QVERIFY(editor.lintMessages().last().contains(u"match no rule"_s));
        QVERIFY(model->moveRule(0, 1));
        model->addRule(0);
        QCOMPARE(model->index(0, SchemeRulesModel::Name).data().toString(), u"New segment"_s);
        QVERIFY(model->setData(model->index(0, SchemeRulesModel::Color), u"#123456"_s));

        // Export, import into a fresh editor: the same scheme.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"edited.json"_s);
        QVERIFY(editor.exportTo(path));
        SchemeEditorDialog other(Rfm::presetScheme(u"cn8"), false);
        QVERIFY(other.importFrom(path));
        QCOMPARE(other.scheme(), editor.scheme());
        QCOMPARE(other.lintMessages(), editor.lintMessages());
        QVERIFY(!other.importFrom(dir.filePath(u"missing.json"_s)));

        // rfm10 keeps the R package's rule 9, which rule 8 shadows.
        SchemeEditorDialog rfm10(Rfm::presetScheme(u"rfm10"), false);
        QVERIFY(rfm10.lintMessages().join(u'\n').contains(u"Rule 9"_s));
    }

    void hiddenPageCatchesUpWhenShown()
    {
        WorkbenchSession session;
        RfmPage page(&session);
        session.setProject(m_project, RfmSettings {});
        QCOMPARE(page.segmentModel()->rowCount(), 0);
        page.show();
        QCOMPARE(page.segmentModel()->rowCount(), int(session.result()->scheme.rules.size()) + 1);
    }

    void editedSchemeIsPublishedAndUndoable()
    {
        WorkbenchSession session;
        session.setProject(m_project, RfmSettings {});
        RfmPage page(&session);
        page.show(); // a hidden page leaves its tables until it is shown
        Rfm::SegmentScheme scheme = page.currentScheme();
        QCOMPARE(scheme.id, u"shop11"_s);
        scheme.rules.removeFirst();
        page.applyEditedScheme(scheme);
        QCOMPARE(session.undoStack()->count(), 1);
        QVERIFY(session.settings().editedScheme);
        QCOMPARE(session.result()->scheme, scheme);
        QCOMPARE(page.segmentModel()->rowCount(), int(scheme.rules.size()) + 1);
        session.undoStack()->undo();
        QVERIFY(!session.settings().editedScheme);
        QCOMPARE(page.segmentModel()->rowCount(), int(Rfm::presetScheme(u"shop11").rules.size()) + 1);
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const LoadedProject> m_project;
};

QTEST_MAIN(TestRfmPage)
#include "tst_rfmpage.moc"
