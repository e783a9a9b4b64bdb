// Issue 16, item 4: the dashboard's charts as a newcomer reads them, in English and Chinese. Treemap
// tiles write a name whole or a shorter name or the count, never "Hibernat…"; the value-tier ring
// labels its slices where they cannot collide and says the total in its middle; no two segments of a
// preset, and no value tier, share a colour (CIELAB distance, computed here); the scatter plot puts
// skewed spend on a log axis; and the project's currency, once chosen, is named in the tables, the
// charts, the card and the export header, and comes back with the project.
#include "readability.h"

#include "card/customercard.h"
#include "charts/chartdata.h"
#include "charts/histogramchart.h"
#include "charts/scatterchart.h"
#include "charts/segmentpalette.h"
#include "charts/tierchart.h"
#include "charts/treemapchart.h"
#include "export/customerlist.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "models/segmentsummarymodel.h"
#include "pages/customerspage.h"
#include "report/slides.h"
#include "rfm/presets.h"
#include "workbench/workbenchsession.h"

#include <QAction>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLineF>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Portrait;
using namespace Portrait::Ui;

namespace {

/// CIE L*a*b* of an sRGB colour (D65), by the textbook formulas.
std::array<double, 3> lab(const QColor &color)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double r = linear(color.redF()), g = linear(color.greenF()), b = linear(color.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
}

double deltaE(const QColor &a, const QColor &b)
{
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/// Renders chart into an image of size, as the dashboard's export does.
QImage rendered(DashboardChart &chart, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

void keepImage(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTRAIT_SHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + u"/"_s + name + u"-"_s + QLocale().name() + u".png"_s);
}

} // namespace

class TestChartReadability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demoPath;
    std::shared_ptr<LoadedProject> m_demo;

    std::shared_ptr<const Rfm::RfmResult> score(const QString &scheme = {})
    {
        WorkbenchSession session;
        RfmSettings settings;
        if (!scheme.isEmpty())
            settings.request.scheme = scheme;
        session.setProject(m_demo, settings);
        return session.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_demoPath = m_dir.filePath(u"demo.portrait"_s);
        m_demo = Readability::demoProject(m_demoPath);
        QVERIFY(m_demo);
    }

    void treemapLabelsAreWholeOrAbsent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("scheme");
        for (const QString &scheme : { u"shop11"_s, u"rfm10"_s, u"cn8"_s }) {
            QTest::addRow("English, %s", qPrintable(scheme)) << u"en"_s << scheme;
            QTest::addRow("Chinese, %s", qPrintable(scheme)) << u"zh_CN"_s << scheme;
        }
    }
    void treemapLabelsAreWholeOrAbsent()
    {
        QFETCH(QString, language);
        QFETCH(QString, scheme);
        const Readability::Language ui(language);
        const auto result = score(scheme);
        QVERIFY(result);
        TreemapChart chart(segmentData(*result, language != u"en"_s));
        QImage image = rendered(chart, QSize(720, 440));
        keepImage(image, u"treemap-"_s + scheme);
        bool shortened = false;
        for (const QSizeF size : { QSizeF(720, 400), QSizeF(420, 260), QSizeF(260, 160) }) {
            const QRectF body(QPointF(0, 0), size);
            const QFontMetricsF nameMetrics([] { QFont f = QGuiApplication::font(); f.setBold(true); return f; }());
            for (const TreemapChart::Tile &tile : chart.layout(body)) {
                const SegmentStats &s = chart.data().segments.at(tile.index);
                const QStringList lines = chart.tileLines(tile);
                const QString count = QLocale().toString(s.customers);
                const QString share = QLocale().toString(s.customerShare * 100, 'f', 1) + u"%"_s;
                const QFontMetricsF plainMetrics(QGuiApplication::font());
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    const QString &line = lines.at(i);
                    // The name is bold; the share line, or a count alone, is not.
                    const QFontMetricsF &metrics = i == 0 && line != count ? nameMetrics : plainMetrics;
                    QVERIFY2(!line.contains(u'…') && !line.contains(u"..."_s), qPrintable(line));
                    // Whole: the name, a name without the shared word, the count, or share and count.
                    const bool known = line == s.name || line == TreemapChart::shortName(s.name) || line == count
                            || (line.contains(share) && line.contains(count));
                    QVERIFY2(known, qPrintable(line + u" in the tile of "_s + s.name));
                    QVERIFY2(metrics.horizontalAdvance(line) <= tile.rect.width() - 12 + 0.5,
                             qPrintable(u"%1 (%2 px) in %3 px"_s.arg(line).arg(metrics.horizontalAdvance(line))
                                                .arg(tile.rect.width())));
                }
                QVERIFY(lines.size() * nameMetrics.height() <= tile.rect.height() - 8 + 0.5);
                shortened = shortened || (!lines.isEmpty() && lines.at(0) != s.name);
            }
        }
        // The small sizes do need the fallbacks: the test sees them at work.
        QVERIFY(shortened);
    }

    void shortNamesDropTheSharedWord()
    {
        QCOMPARE(TreemapChart::shortName(u"Loyal Customers"_s), u"Loyal"_s);
        QCOMPARE(TreemapChart::shortName(u"Customers Needing Attention"_s), u"Needing Attention"_s);
        QCOMPARE(TreemapChart::shortName(u"休眠客户"_s), u"休眠"_s);
        QCOMPARE(TreemapChart::shortName(u"Hibernating"_s), u"Hibernating"_s);
        QCOMPARE(TreemapChart::shortName(u"新客户"_s), u"新客户"_s);
    }

    void tierRingLabelsItsSlicesAndItsTotal_data() { Readability::addLanguages(); }
    void tierRingLabelsItsSlicesAndItsTotal()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        const auto result = score();
        qint64 perTier[3] = { 0, 0, 0 };
        for (size_t i = 0; i < result->tier.size(); ++i) {
            if (result->segment[i] >= 0 && result->tier[i] >= 0)
                ++perTier[result->tier[i]];
        }
        TierChart chart(tierData(*result));
        keepImage(rendered(chart, QSize(720, 440)), u"tiers"_s);
        QCOMPARE(chart.centreText().at(0), QLocale().toString(perTier[0] + perTier[1] + perTier[2]));
        for (const QSizeF size : { QSizeF(720, 400), QSizeF(480, 300), QSizeF(360, 240) }) {
            const QRectF body(QPointF(0, 0), size);
            const QList<TierChart::SliceLabel> labels = chart.sliceLabels(body);
            int withCustomers = 0;
            for (qint64 n : perTier)
                withCustomers += n > 0 ? 1 : 0;
            QCOMPARE(labels.size(), withCustomers);
            QList<QRect> rects;
            const QRectF ring = chart.ringRect(body);
            for (const TierChart::SliceLabel &label : labels) {
                rects.append(label.rect.toAlignedRect());
                QVERIFY(body.contains(label.rect));
                // Around the ring, never over it: the label's nearest point lies outside the circle.
                const QPointF centre = ring.center();
                const QPointF nearest(std::clamp(centre.x(), label.rect.left(), label.rect.right()),
                                      std::clamp(centre.y(), label.rect.top(), label.rect.bottom()));
                QVERIFY2(QLineF(centre, nearest).length() >= ring.width() / 2,
                         qPrintable(label.lines.join(u" "_s)));
                QCOMPARE(label.lines.at(0), Rfm::tierTitle(label.tier));
                QVERIFY2(label.lines.at(1).contains(QLocale().toString(perTier[label.tier])), qPrintable(label.lines.at(1)));
            }
            QString pair;
            QVERIFY2(!Readability::anyOverlap(rects, &pair), qPrintable(pair));
        }
    }

    void noTwoSegmentsOrTiersShareAColour_data()
    {
        QTest::addColumn<QString>("scheme");
        for (const QString &id : Rfm::presetIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void noTwoSegmentsOrTiersShareAColour()
    {
        QFETCH(QString, scheme);
        const Rfm::SegmentScheme preset = Rfm::presetScheme(scheme);
        const SegmentPalette palette(preset);
        QList<QColor> colours;
        QStringList names;
        for (int s = 0; s <= int(preset.rules.size()); ++s) {
            colours.append(palette.color(s));
            names.append(s < preset.rules.size() ? preset.rules.at(s).name : u"fallback"_s);
        }
        for (int tier = 0; tier < 3; ++tier) {
            colours.append(SegmentPalette::tierColor(tier));
            names.append(u"tier %1"_s.arg(tier));
        }
        for (qsizetype i = 0; i < colours.size(); ++i) {
            for (qsizetype j = i + 1; j < colours.size(); ++j) {
                QVERIFY2(deltaE(colours.at(i), colours.at(j)) >= 20,
                         qPrintable(u"%1 %2 and %3 %4: ΔE %5"_s.arg(names.at(i), colours.at(i).name(), names.at(j),
                                                                  colours.at(j).name())
                                            .arg(deltaE(colours.at(i), colours.at(j)))));
            }
        }
    }

    void scatterPutsSkewedSpendOnALogAxis_data() { Readability::addLanguages(); }
    void scatterPutsSkewedSpendOnALogAxis()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        const auto result = score();
        ScatterChart chart(scatterSample(*result), segmentData(*result, false));
        keepImage(rendered(chart, QSize(720, 440)), u"scatter"_s);
        QVERIFY(chart.isLogAxis(Rfm::Dimension::Monetary));
        QVERIFY(!chart.isLogAxis(Rfm::Dimension::Recency));
        // The ticks climb by powers of ten (with 2s and 5s between when few), reaching the top spender.
        const std::vector<double> ticks = chart.axisTicks(Rfm::Dimension::Monetary);
        QVERIFY(ticks.size() >= 3);
        for (double t : ticks) {
            const double mantissa = t / std::pow(10, std::floor(std::log10(std::max(t, 1.0))));
            QVERIFY2(t == 0 || std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9
                             || std::abs(mantissa - 5) < 1e-9,
                     qPrintable(QString::number(t)));
        }
        double top = 0;
        for (size_t i = 0; i < result->metrics.monetary.size(); ++i)
            top = result->metrics.scored[i] ? std::max(top, result->metrics.monetary[i]) : top;
        QVERIFY(ticks.back() * 10 > top);
        QVERIFY(chart.axisTitle(Rfm::Dimension::Monetary) != chart.axisTitle(Rfm::Dimension::Frequency));
        // Distinct colours: every segment in the legend has its own.
        QSet<QRgb> seen;
        for (const SegmentStats &s : segmentData(*result, false).segments) {
            QVERIFY2(!seen.contains(s.color.rgb()), qPrintable(s.name));
            seen.insert(s.color.rgb());
        }
    }

    void currencyIsNamedEverywhereAndKept_data() { Readability::addLanguages(); }
    void currencyIsNamedEverywhereAndKept()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        const QString path = m_dir.filePath(u"currency-%1.portrait"_s.arg(language));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_demoPath, path));
        for (int round = 0; round < 2; ++round) {
            MainWindow window;
            window.resize(1200, 700);
            window.show();
            window.openProject(path);
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
            if (round == 0) {
                // The demo is a Chinese shop: ¥ until the analyst says otherwise.
                QCOMPARE(window.session()->currency(), Currency::Yuan);
                auto *menu = window.menuBar()->findChild<QMenu *>(u"currencyMenu"_s);
                QVERIFY(menu && menu->isEnabled());
                QAction *dollar = nullptr;
                for (QAction *action : menu->actions())
                    dollar = action->data().toString() == currencyKey(Currency::Dollar) ? action : dollar;
                QVERIFY(dollar);
                dollar->trigger();
                QCOMPARE(window.session()->currency(), Currency::Dollar);
            } else {
                // Saved in the project: the reopened window says $ too.
                QCOMPARE(window.session()->currency(), Currency::Dollar);
            }
            const QString sign = u"$"_s;
            CustomerTableModel *customers = window.customersPage()->model();
            const auto header = [](QAbstractItemModel *model, int column) {
                return model->headerData(column, Qt::Horizontal).toString();
            };
            QVERIFY2(header(customers, CustomerTableModel::Monetary).contains(sign),
                     qPrintable(header(customers, CustomerTableModel::Monetary)));
            QVERIFY(header(customers, CustomerTableModel::AverageOrderValue).contains(sign));
            QVERIFY(!header(customers, CustomerTableModel::Frequency).contains(sign));
            SegmentSummaryModel summary;
            summary.setCurrency(window.session()->currency());
            QVERIFY(header(&summary, SegmentSummaryModel::Revenue).contains(sign));
            MetricHistogram spend = metricHistogram(*window.session()->result(), Rfm::Dimension::Monetary);
            spend.currency = window.session()->currency();
            QVERIFY(HistogramChart(spend).axisTitle().contains(sign));
            Export::CustomerList list;
            list.frame = window.session()->frame();
            list.result = window.session()->result();
            list.currency = window.session()->currency();
            QVERIFY(Export::ListCells(list).header(Export::ListColumn::Monetary).contains(sign));
            CustomerCard card;
            card.setContext(window.session()->frame(), window.session()->result(), false, { 0, 1 });
            card.setCurrency(window.session()->currency());
            card.showPosition(0);
            QVERIFY(card.ordersTable()->horizontalHeaderItem(1)->text().contains(sign));
            QVERIFY2(card.explanationText().contains(sign), qPrintable(card.explanationText()));
            Readability::keepShot(&window, u"currency-round%1"_s.arg(round));
            window.close();
        }
    }
};

QTEST_MAIN(TestChartReadability)
#include "tst_chartreadability.moc"
