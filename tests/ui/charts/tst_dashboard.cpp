// The segment dashboard on the demo project: what the charts draw equals the RFM result's
// figures, clicks on a segment anywhere open it, heatmap cells give their scores, the cards fit
// the window in either language, and every export writes a valid file.
#include "charts/chartexport.h"
#include "charts/heatmapchart.h"
#include "charts/histogramchart.h"
#include "charts/medianchart.h"
#include "charts/scatterchart.h"
#include "charts/segmentsizechart.h"
#include "charts/treemapchart.h"
#include "charts/chartcard.h"
#include "jobs/sampleproject.h"
#include "mainwindow.h"
#include "models/segmentsummarymodel.h"
#include "pages/segmentspage.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "workbench/workbenchsession.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLibraryInfo>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Portrait;
using Page = Ui::SegmentsPage;

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Ui::LoadedProject> m_project;

    /// A session scored with the demo project and scheme (shop11 unless given).
    std::unique_ptr<Ui::WorkbenchSession> makeSession(const QString &scheme = {})
    {
        auto session = std::make_unique<Ui::WorkbenchSession>();
        Ui::RfmSettings settings;
        if (!scheme.isEmpty())
            settings.request.scheme = scheme;
        session->setProject(m_project, settings);
        return session;
    }

    static QList<Rfm::SegmentSummary> summary(const Ui::WorkbenchSession &session)
    {
        return Rfm::summarize(*session.result(), session.chineseNames());
    }

    static Ui::SegmentSizeChart *sizes(const Page &page)
    {
        return qobject_cast<Ui::SegmentSizeChart *>(page.chart(Page::Chart::SegmentSizes));
    }

    static QPoint clickPoint(QChartView *view, QAbstractSeries *series, QPointF value)
    {
        const QPointF inChart = view->chart()->mapToPosition(value, series);
        return view->mapFromScene(view->chart()->mapToScene(inChart));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The main window reads its saved geometry: from here, not from the user's settings.
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        const QString path = m_dir.filePath(u"demo.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(path, nullProgress()));
        auto file = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        QVERIFY(file);
        CancelToken cancel;
        auto frame = Project::loadFrame(**file, nullProgress(), cancel);
        QVERIFY(frame);
        m_project = std::make_shared<Ui::LoadedProject>();
        m_project->path = path;
        m_project->frame = frame.takeValue();
    }

    void barValuesEqualSummarize()
    {
        auto session = makeSession();
        QVERIFY(session->result());
        Page page(session.get());
        page.refresh();
        auto *view = qobject_cast<QChartView *>(page.card(Page::Chart::SegmentSizes)->view());
        QVERIFY(view);
        const QList<QAbstractSeries *> series = view->chart()->series();
        QCOMPARE(series.size(), 1);
        auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series.first());
        QVERIFY(bars);
        const QList<Rfm::SegmentSummary> rows = summary(*session);
        QCOMPARE(rows.size(), 12);   // shop11: eleven rules and "Others"
        const qsizetype n = bars->count();
        QVERIFY(n == rows.size() || (n == rows.size() - 1 && rows.last().customers == 0));
        qint64 drawn = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const QBarSet *set = bars->barSets().at(i);
            QCOMPARE(set->label(), rows.at(i).name);
            for (qsizetype category = 0; category < n; ++category) {
                const qreal expected = category == n - 1 - i ? qreal(rows.at(i).customers) : 0.0;
                QCOMPARE(set->at(category), expected);
            }
            drawn += qint64(set->at(n - 1 - i));
        }
        QCOMPARE(drawn, qint64(session->result()->metrics.scoredCount));
        // The figures the other charts draw are summarize()'s too, medians included.
        for (const Ui::SegmentStats &s : sizes(page)->data().segments) {
            const Rfm::SegmentSummary &row = rows.at(s.segment);
            QCOMPARE(s.name, row.name);
            QCOMPARE(s.customers, row.customers);
            QCOMPARE(s.customerShare, row.customerShare);
            QCOMPARE(s.revenue, row.revenue);
            QCOMPARE(s.revenueShare, row.revenueShare);
            QCOMPARE(s.medianRecency, row.medianRecency);
            QCOMPARE(s.medianFrequency, row.medianFrequency);
            QCOMPARE(s.medianMonetary, row.medianMonetary);
            // The summary table's swatch is the charts' colour, the fallback's grey included.
            const QModelIndex swatch = page.summaryModel()->index(s.segment, Ui::SegmentSummaryModel::Segment);
            QCOMPARE(swatch.data(Qt::DecorationRole).value<QColor>(), s.color);
        }
        QCOMPARE(page.summaryModel()->rowCount(), int(rows.size()));
    }

    void heatmapAndHistogramsCountEveryScoredCustomer()
    {
        auto session = makeSession();
        Page page(session.get());
        page.refresh();
        const qint64 scored = session->result()->metrics.scoredCount;
        QVERIFY(scored > 4000);
        auto *heatmap = qobject_cast<Ui::HeatmapChart *>(page.chart(Page::Chart::Heatmap));
        QVERIFY(heatmap);
        QCOMPARE(heatmap->data().bins, 5);
        QCOMPARE(heatmap->data().total(), scored);
        const QString customersTitle = heatmap->title();
        heatmap->setMeasure(Ui::HeatmapChart::Measure::MeanMonetary);
        QVERIFY(heatmap->title() != customersTitle);
        QVERIFY(heatmap->options().at(1)->isChecked());

        for (Page::Chart which : { Page::Chart::RecencyHistogram, Page::Chart::FrequencyHistogram,
                                   Page::Chart::MonetaryHistogram }) {
            auto *histogram = qobject_cast<Ui::HistogramChart *>(page.chart(which));
            QVERIFY(histogram);
            const Ui::MetricHistogram &h = histogram->data();
            qint64 counted = h.aboveClip;
            for (qint64 c : h.counts)
                counted += c;
            QCOMPARE(counted, scored);
            QCOMPARE(h.cuts, session->result()->scores.cuts[size_t(h.dimension)]);
            QCOMPARE(h.edges.size(), h.counts.size() + 1);
        }
        // Spend is skewed in the demo data: drawn up to its 99th percentile, and the axis says so.
        auto *monetary = qobject_cast<Ui::HistogramChart *>(page.chart(Page::Chart::MonetaryHistogram));
        QVERIFY(!std::isnan(monetary->data().clippedAt));
        QVERIFY(monetary->data().aboveClip > 0);
        QVERIFY(monetary->data().aboveClip <= scored / 100 + 1);
        QVERIFY(monetary->axisTitle().contains(u"99th percentile"_s));
    }

    void scatterSampleIsDeterministicAndSaysSo()
    {
        auto session = makeSession();
        const Rfm::RfmResult &result = *session->result();
        const Ui::ScatterSample a = Ui::scatterSample(result, 1000);
        const Ui::ScatterSample b = Ui::scatterSample(result, 1000);
        QCOMPARE(a.size(), 1000);
        QCOMPARE(a.population, qint64(result.metrics.scoredCount));
        QVERIFY(a.sampled());
        QCOMPARE(a.values[2], b.values[2]);
        QCOMPARE(a.segment, b.segment);
        Ui::ScatterChart chart(a, Ui::segmentData(result, false));
        QVERIFY(chart.title().contains(u"sampled 1,000 of"_s));
        const Ui::ScatterSample all = Ui::scatterSample(result);
        QCOMPARE(all.size(), qsizetype(result.metrics.scoredCount));
        QVERIFY(!Ui::ScatterChart(all, Ui::segmentData(result, false)).title().contains(u"sampled"_s));
    }

    void clickingASegmentActivatesIt()
    {
        auto session = makeSession();
        Page page(session.get());
        page.resize(1400, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();
        QSignalSpy activated(&page, &Page::segmentActivated);
        const QList<Rfm::SegmentSummary> rows = summary(*session);

        // A bar: the third segment, clicked in the middle of its bar.
        auto *view = qobject_cast<QChartView *>(page.card(Page::Chart::SegmentSizes)->view());
        auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(view->chart()->series().first());
        const qsizetype n = bars->count();
        const int target = 2;
        QVERIFY(rows.at(target).customers > 0);
        const QPoint onBar = clickPoint(view, bars, QPointF(qreal(rows.at(target).customers) / 2, qreal(n - 1 - target)));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onBar);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.takeFirst().at(0).toInt(), rows.at(target).rule);

        // A treemap tile: the smallest one drawn.
        auto *treemap = qobject_cast<Ui::TreemapChart *>(page.chart(Page::Chart::Treemap));
        QWidget *treemapView = page.card(Page::Chart::Treemap)->view();
        const auto tiles = treemap->layout(QRectF(treemapView->rect()));
        QVERIFY(tiles.size() >= 5);
        const auto &smallest = tiles.back();
        QTest::mouseClick(treemapView, Qt::LeftButton, {}, smallest.rect.center().toPoint());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.takeFirst().at(0).toInt(), treemap->data().segments.at(smallest.index).segment);

        // A legend entry of the scatter plot.
        auto *scatter = qobject_cast<Ui::ScatterChart *>(page.chart(Page::Chart::Scatter));
        QWidget *scatterView = page.card(Page::Chart::Scatter)->view();
        const QRectF entry = scatter->legendEntry(QRectF(scatterView->rect()), 3);
        QTest::mouseClick(scatterView, Qt::LeftButton, {}, entry.center().toPoint());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.takeFirst().at(0).toInt(), rows.at(3).rule);
        // The title row of the card is no segment.
        QTest::mouseClick(scatterView, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(activated.size(), 0);

        // A row of the summary table.
        const QModelIndex row = page.summaryModel()->index(4, 0);
        Q_EMIT page.summaryTable()->activated(row);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.takeFirst().at(0).toInt(), row.data(Ui::SegmentSummaryModel::RuleRole).toInt());
    }

    void clickingAHeatmapCellGivesItsScores()
    {
        auto session = makeSession();
        Page page(session.get());
        page.resize(1400, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.refresh();
        QCoreApplication::processEvents();   // the cards settle in their columns
        QSignalSpy cells(&page, &Page::scoreCellActivated);
        QSignalSpy segments(&page, &Page::segmentActivated);
        auto *heatmap = qobject_cast<Ui::HeatmapChart *>(page.chart(Page::Chart::Heatmap));
        QWidget *view = page.card(Page::Chart::Heatmap)->view();
        const QRectF body(view->rect());
        const QImage drawn = view->grab().toImage();
        const int n = heatmap->data().bins;
        int opened = 0;
        for (int r = 1; r <= n; ++r) {
            for (int f = 1; f <= n; ++f) {
                const QRectF cell = heatmap->cellRect(body, r, f);
                // Higher R is drawn higher up, higher F further right.
                QVERIFY(r == 1 || heatmap->cellRect(body, r - 1, f).top() > cell.top());
                QVERIFY(f == 1 || heatmap->cellRect(body, r, f - 1).left() < cell.left());
                // The cell is where a cell is painted: shaded, not the white background.
                const QPoint inside(int(cell.center().x()), int(cell.bottom()) - 4);
                QVERIFY(body.contains(inside));
                QVERIFY2(drawn.pixel(inside * drawn.devicePixelRatio()) != qRgb(255, 255, 255),
                         qPrintable(u"R %1 F %2"_s.arg(r).arg(f)));

                QTest::mouseClick(view, Qt::LeftButton, {}, cell.center().toPoint());
                if (heatmap->data().customersAt(r, f) == 0) {
                    QCOMPARE(cells.size(), 0);   // an empty cell opens nothing
                    continue;
                }
                QCOMPARE(cells.size(), 1);
                const QList<QVariant> scores = cells.takeFirst();
                QCOMPARE(scores.at(0).toInt(), r);
                QCOMPARE(scores.at(1).toInt(), f);
                ++opened;
            }
        }
        QVERIFY(opened > n);
        // Beside the grid (the axis titles) nothing opens; cells are no segments.
        QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(cells.size(), 0);
        QCOMPARE(segments.size(), 0);
    }

    void cardsFitTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("English, shop11") << u"en"_s << u"shop11"_s;
        QTest::newRow("Chinese, shop11") << u"zh_CN"_s << u"shop11"_s;
        QTest::newRow("Chinese, cn8") << u"zh_CN"_s << u"cn8"_s;
    }

    void cardsFitTheWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, scheme);
        // As app/main.cpp does: the locale, then our translation and Qt's.
        const QLocale previous;
        QTranslator ours, qt;
        QLocale::setDefault(QLocale(language));
        if (language != u"en"_s) {
            QVERIFY(ours.load(QLocale(), u"portrait"_s, u"_"_s, u":/i18n"_s));
            QCoreApplication::installTranslator(&ours);
            if (qt.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qt);
        }
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&ours);
            QCoreApplication::removeTranslator(&qt);
            QLocale::setDefault(previous);
        });

        Ui::MainWindow window;
        Ui::RfmSettings settings;
        settings.request.scheme = scheme;
        window.session()->setProject(m_project, settings);
        window.pages()->setCurrentWidget(window.segmentsPage());
        Page *page = window.segmentsPage();
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        page->refresh();
        const Ui::DashboardChart *heatmap = page->chart(Page::Chart::Heatmap);
        QWidget *heatmapView = page->card(Page::Chart::Heatmap)->view();

        // The window (or, narrower than the other pages allow the window, the page alone) at a
        // width: nothing made it wider than asked, and the cards stay inside the viewport.
        const auto fitsIn = [](QWidget &top, Page *page, int width) {
            top.resize(width, 800);
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();   // the page re-arranges after the layout pass
            QCOMPARE(top.width(), width);
            QVERIFY(top.minimumSizeHint().width() <= width);
            const QWidget *viewport = page->scrollArea()->viewport();
            const QWidget *content = page->scrollArea()->widget();
            QVERIFY2(content->minimumSizeHint().width() <= viewport->width(),
                     qPrintable(u"%1 > %2"_s.arg(content->minimumSizeHint().width()).arg(viewport->width())));
            QCOMPARE(content->width(), viewport->width());
            QVERIFY(!page->scrollArea()->horizontalScrollBar()->isVisible());
            for (int i = 0; i < int(Page::Chart::Count); ++i) {
                const Ui::ChartCard *card = page->card(Page::Chart(i));
                QVERIFY2(card->geometry().right() < viewport->width(), qPrintable(card->chart()->title()));
                QVERIFY2(card->width() >= card->minimumSizeHint().width(), qPrintable(card->chart()->title()));
            }
        };
        const auto fits = [&](int width) { fitsIn(window, page, width); };
        const auto sideBySide = [page](Page::Chart a, Page::Chart b) {
            return page->card(a)->y() == page->card(b)->y() && page->card(a)->x() < page->card(b)->x();
        };

        fits(1200);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(page->columnCount(), 1);
        QVERIFY(!sideBySide(Page::Chart::Heatmap, Page::Chart::Medians));
        QVERIFY(page->card(Page::Chart::Medians)->y() > page->card(Page::Chart::Heatmap)->y());
        {
            // The RFM page keeps the window wider than 1,000 px; the dashboard itself fits.
            Page alone(window.session());
            alone.show();
            alone.refresh();
            fitsIn(alone, &alone, 1000);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(alone.columnCount(), 1);
        }

        fits(2000);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(page->columnCount(), 2);
        QVERIFY(sideBySide(Page::Chart::SegmentSizes, Page::Chart::Treemap));
        QVERIFY(sideBySide(Page::Chart::Heatmap, Page::Chart::Medians));
        QVERIFY(sideBySide(Page::Chart::RecencyHistogram, Page::Chart::FrequencyHistogram));
        QVERIFY(sideBySide(Page::Chart::FrequencyHistogram, Page::Chart::MonetaryHistogram));
        // Re-arranged, not rebuilt: the same charts in the same views.
        QCOMPARE(page->chart(Page::Chart::Heatmap), heatmap);
        QCOMPARE(page->card(Page::Chart::Heatmap)->view(), heatmapView);

        fits(1200);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(page->columnCount(), 1);
    }

    void followsTheSessionsResult()
    {
        auto session = makeSession();
        Page page(session.get());
        page.refresh();
        Ui::RfmSettings settings;
        settings.request.scheme = u"cn8"_s;
        session->applySettings(settings);
        QVERIFY(page.isStale());
        page.refresh();
        // cn8 covers every cell: its empty "Others" is not drawn; names are Chinese (the scheme's).
        QCOMPARE(sizes(page)->data().segments.size(), 8);
        QCOMPARE(sizes(page)->data().segments.first().name, u"重要价值客户"_s);
        QCOMPARE(qobject_cast<Ui::HeatmapChart *>(page.chart(Page::Chart::Heatmap))->data().bins, 2);
    }

    void exportsWriteValidFiles_data()
    {
        QTest::addColumn<int>("chart");
        QTest::newRow("bars (Qt Charts)") << int(Page::Chart::SegmentSizes);
        QTest::newRow("treemap (painted)") << int(Page::Chart::Treemap);
        QTest::newRow("heatmap (painted)") << int(Page::Chart::Heatmap);
        QTest::newRow("histogram (Qt Charts)") << int(Page::Chart::MonetaryHistogram);
        QTest::newRow("scatter (painted)") << int(Page::Chart::Scatter);
        QTest::newRow("tiers (painted)") << int(Page::Chart::Tiers);
        QTest::newRow("medians (painted)") << int(Page::Chart::Medians);
    }

    void exportsWriteValidFiles()
    {
        QFETCH(int, chart);
        auto session = makeSession();
        Page page(session.get());
        page.refresh();
        Ui::DashboardChart *c = page.chart(Page::Chart(chart));
        const QSize size(800, 500);
        const QString base = m_dir.filePath(u"chart%1."_s.arg(chart));

        QVERIFY(Ui::ChartExport::write(*c, base + u"png"_s, Ui::ChartExport::Format::Png, size));
        QImage image(base + u"png"_s);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size * 2);
        // Something was drawn besides the white background: at least 5 % of the pixels.
        qint64 inked = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
        QVERIFY2(inked * 4 * 20 > qint64(image.width()) * image.height(), qPrintable(QString::number(inked)));

        QVERIFY(Ui::ChartExport::write(*c, base + u"svg"_s, Ui::ChartExport::Format::Svg, size));
        QFile svg(base + u"svg"_s);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.size() > 2000);

        QVERIFY(Ui::ChartExport::write(*c, base + u"pdf"_s, Ui::ChartExport::Format::Pdf, size));
        QFile pdf(base + u"pdf"_s);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdf.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF"));
        QVERIFY(pdfBytes.size() > 1000);
    }

    void barExportDrawsTheSegmentColours()
    {
        auto session = makeSession();
        Page page(session.get());
        page.refresh();
        Ui::SegmentSizeChart *bars = sizes(page);
        const QString path = m_dir.filePath(u"bars.png"_s);
        QVERIFY(Ui::ChartExport::write(*bars, path, Ui::ChartExport::Format::Png, QSize(900, 560)));
        const QImage image(path);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                colours.insert(image.pixel(x, y) & 0xffffff);
        }
        for (const Ui::SegmentStats &s : bars->data().segments) {
            if (s.customers * 200 > bars->data().scored)   // bars wider than a few pixels
                QVERIFY2(colours.contains(s.color.rgb() & 0xffffff), qPrintable(s.name));
        }
    }

    void exportToAMissingFolderFailsWithAReason()
    {
        auto session = makeSession();
        Page page(session.get());
        page.refresh();
        const Status written = Ui::ChartExport::write(*page.chart(Page::Chart::Tiers), m_dir.filePath(u"no/such/x.png"_s),
                                                      Ui::ChartExport::Format::Png);
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(u"x.png"_s));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
