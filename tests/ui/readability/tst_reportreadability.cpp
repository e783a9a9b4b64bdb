// Issue 16, item 8: the report a boss is handed. Its title and subtitle are the analyst's (the
// window's dialog, saved in the project); the first page states the findings in sentences with the
// figures counted here from the data; a method page names every rule and cut point; a data-quality
// page counts the returns and what was left out; the pages are filled in large type; Chinese is
// set in the Simplified Chinese cut of Noto Sans CJK; counts carry no decimals. English and Chinese.
#include "readability.h"

#include "report/presentationwindow.h"
#include "report/reportpages.h"
#include "report/reporttitledialog.h"
#include "report/segmenttableslide.h"
#include "report/slides.h"
#include "settings/interfacefont.h"
#include "workbench/workbenchsession.h"

#include <QFontInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>

using namespace Qt::StringLiterals;
using namespace Portrait;

namespace {

QImage renderSlide(Ui::Slide &slide, QSize size, qreal textScale)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    slide.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), textScale);
    return image;
}

void keepSlide(Ui::Slide &slide, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTRAIT_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    renderSlide(slide, QSize(1280, 720), Ui::PresentationWindow::TextScale)
            .save(dir + u"/"_s + name + u"-"_s + QLocale().name() + u".png"_s);
}

QImage glyphs(const QFont &font, const QString &text)
{
    QImage image(QSize(160, 60), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(image.rect(), Qt::AlignCenter, text);
    return image;
}

bool hasCjk(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

} // namespace

class TestReportReadability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Ui::LoadedProject> m_project;

    Ui::ReportHeader header(const Ui::WorkbenchSession &session) const
    {
        Ui::ReportHeader h;
        h.projectName = u"demo"_s;
        h.chineseNames = session.chineseNames();
        h.currency = session.currency();
        h.settings = &session.settings();
        h.frame = &m_project->frame;
        return h;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = Readability::demoProject(m_dir.filePath(u"demo.portrait"_s));
        QVERIFY(m_project);
    }

    void titleAndSubtitleAreTheAnalysts()
    {
        Ui::WorkbenchSession session;
        session.setProject(m_project, Ui::RfmSettings {});
        QCOMPARE(Ui::buildSlides(session).front()->title(), u"Customer segment report"_s);
        Jobs::DisplaySettings display = session.displaySettings();
        display.reportTitle = u"  Q4 review for the board "_s;
        display.reportSubtitle = u"East China stores"_s;
        session.setDisplaySettings(display);
        const Ui::SlideList slides = Ui::buildSlides(session);
        QCOMPARE(slides.front()->title(), u"Q4 review for the board"_s);
        QVERIFY(slides.front()->texts().contains(u"East China stores"_s));
        // The project's name moves to a line of its own, not lost.
        QVERIFY(slides.front()->texts().contains(u"Project: demo"_s));

        Ui::ReportTitleDialog dialog(display.reportTitle, QString(), u"demo"_s);
        QCOMPARE(dialog.subtitleEdit()->placeholderText(), u"demo"_s);
        QCOMPARE(dialog.titleEdit()->placeholderText(), u"Customer segment report"_s);
        dialog.subtitleEdit()->setText(u" West "_s);
        QCOMPARE(dialog.title(), u"Q4 review for the board"_s);
        QCOMPARE(dialog.subtitle(), u"West"_s);
    }

    void findingsStateWhatTheDataShows()
    {
        Ui::WorkbenchSession session;
        session.setProject(m_project, Ui::RfmSettings {});
        const Rfm::RfmResult &result = *session.result();
        const Ui::ReportHeader h = header(session);
        const std::optional<Rfm::RfmResult> earlier = Ui::earlierScoring(h, result);
        const QStringList sentences = Ui::findingSentences(h, result, earlier ? &*earlier : nullptr);
        const QString all = sentences.join(u'\n');
        keepSlide(*Ui::buildSlides(h, result)[1], u"report-findings"_s);

        // The largest segment, counted here.
        std::map<int, qint64> sizes;
        qint64 scored = 0;
        for (qint16 s : result.segment)
            if (s >= 0) {
                ++sizes[s];
                ++scored;
            }
        const auto largest = std::max_element(sizes.begin(), sizes.end(),
                                              [](auto a, auto b) { return a.second < b.second; });
        const QLocale locale;
        QVERIFY2(all.contains(result.scheme.displayName(largest->first, false) + u": "_s
                              + locale.toString(largest->second)),
                 qPrintable(all));
        QVERIFY(all.contains(locale.toString(scored)));

        // Revenue concentration: the top fifth by spend, summed here.
        std::vector<double> spend;
        double revenue = 0;
        for (size_t i = 0; i < result.segment.size(); ++i)
            if (result.segment[i] >= 0) {
                spend.push_back(result.metrics.monetary[i]);
                revenue += spend.back();
            }
        std::sort(spend.begin(), spend.end(), std::greater<>());
        double top = 0;
        for (size_t i = 0; i < (spend.size() + 4) / 5; ++i)
            top += spend[i];
        QVERIFY(top / revenue > 0.1);
        QVERIFY2(all.contains(locale.toString(qRound(100 * top / revenue)) + u"%"_s), qPrintable(all));

        // The earlier scoring is 90 days back with today's cut points, and its recency is the days
        // from each customer's last purchase up to then, counted here from the orders.
        QVERIFY(earlier);
        QCOMPARE(earlier->metrics.asOf, result.metrics.asOf - 90);
        QCOMPARE(earlier->scores.cuts, result.scores.cuts);
        const Model::OrderTable &orders = m_project->frame.orders;
        std::vector<Model::Day> last(size_t(m_project->frame.size()), Model::NoDay);
        for (size_t i = 0; i < orders.day.size(); ++i)
            if (orders.hasPurchase[i] && orders.day[i] <= earlier->metrics.asOf)
                last[size_t(orders.customer[i])] = std::max(last[size_t(orders.customer[i])], orders.day[i]);
        qsizetype checked = 0;
        for (size_t c = 0; c < last.size(); ++c) {
            if (!earlier->metrics.scored[c])
                continue;
            QCOMPARE(earlier->metrics.recency[c], double(earlier->metrics.asOf - last[c]));
            ++checked;
        }
        QVERIFY(checked > 100);
        const QString earlierDay = QDate::fromJulianDay(earlier->metrics.asOf).toString(Qt::ISODate);
        QVERIFY2(sentences.last().contains(earlierDay), qPrintable(sentences.last()));
        // No figure with a decimal point where a count is meant.
        QVERIFY2(!all.contains(QRegularExpression(u"\\d\\.\\d+ customers"_s)), qPrintable(all));
    }

    void methodPageNamesEveryRuleAndCut()
    {
        Ui::RfmSettings settings;
        settings.request.metrics.windowDays = 365;
        Ui::WorkbenchSession session;
        session.setProject(m_project, settings);
        const Rfm::RfmResult &result = *session.result();
        const QList<QStringList> columns = Ui::methodColumns(header(session), result);
        QCOMPARE(columns.size(), 2);
        const QString all = (columns[0] + columns[1]).join(u'\n');
        QVERIFY2(all.contains(u"last 365 days"_s), qPrintable(all));
        QVERIFY(all.contains(QDate::fromJulianDay(result.metrics.asOf).toString(Qt::ISODate)));
        for (qsizetype i = 0; i <= result.scheme.rules.size(); ++i)
            QVERIFY2(all.contains(result.scheme.displayName(int(i), false) + u": "_s), qPrintable(result.scheme.displayName(int(i), false)));
        for (double cut : result.scores.cuts[size_t(Rfm::Dimension::Recency)])
            QVERIFY2(all.contains(QLocale().toString(qRound(cut))), qPrintable(all));
        QCOMPARE(columns[1].size(), result.scheme.rules.size() + 2);   // heading, rules, everyone else
    }

    void dataQualityCountsReturnsAndWhatWasLeftOut()
    {
        Ui::RfmSettings settings;
        Ui::WorkbenchSession session;
        session.setProject(m_project, settings);
        const Model::Day asOf = session.result()->metrics.asOf - 180;
        settings.request.metrics.asOf = asOf;
        session.setProject(m_project, settings);
        const Rfm::RfmResult &result = *session.result();
        const QStringList lines = Ui::dataQualityLines(header(session), result);
        const QString all = lines.join(u'\n');

        const Model::OrderTable &orders = m_project->frame.orders;
        qint64 withReturns = 0, returnsOnly = 0, after = 0;
        for (size_t i = 0; i < orders.day.size(); ++i) {
            withReturns += orders.returned[i] < 0;
            returnsOnly += !orders.hasPurchase[i];
            after += orders.day[i] > asOf;
        }
        const QLocale locale;
        QVERIFY(withReturns > 0 && after > 0);
        QVERIFY2(all.contains(locale.toString(withReturns) + u" orders include returns"_s), qPrintable(all));
        QVERIFY2(all.contains(locale.toString(returnsOnly) + u" orders are returns only"_s), qPrintable(all));
        QVERIFY2(all.contains(locale.toString(after) + u" orders after the as-of date"_s), qPrintable(all));
        QVERIFY(all.contains(locale.toString(qint64(orders.day.size())) + u" orders"_s));
        const qint64 left = qint64(result.segment.size()) - result.metrics.scoredCount;
        QVERIFY2(all.contains(locale.toString(left) + u" were left out"_s), qPrintable(all));
    }

    void countsCarryNoDecimals()
    {
        Ui::WorkbenchSession session;
        session.setProject(m_project, Ui::RfmSettings {});
        const Ui::SegmentTableSlide table(*session.result(), false, Currency::Yuan);
        QVERIFY(table.headers().contains(u"Median M (¥)"_s));
        const QList<Rfm::SegmentSummary> summary = Rfm::summarize(*session.result(), false);
        for (const QStringList &row : table.rows()) {
            const auto s = std::find_if(summary.begin(), summary.end(), [&](const auto &x) { return x.name == row[0]; });
            QVERIFY(s != summary.end());
            // A median of whole orders is shown whole: "18", not "18.0".
            if (s->medianFrequency == std::round(s->medianFrequency))
                QCOMPARE(row[5], QLocale().toString(qint64(s->medianFrequency)));
            QVERIFY2(!row[5].endsWith(u".0"_s), qPrintable(row[5]));
            QVERIFY(row[6].startsWith(u"¥"_s));
        }
    }

    void pagesAreFilledInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s;
    }

    void pagesAreFilledInBothLanguages()
    {
        QFETCH(QString, language);
        const Readability::Language ui(language);
        Ui::applyInterfaceFont(QLocale());
        Ui::WorkbenchSession session;
        session.setProject(m_project, Ui::RfmSettings {});
        const Ui::SlideList slides = Ui::buildSlides(header(session), *session.result());
        keepSlide(*slides[1], u"report-findings"_s);
        keepSlide(*slides[slides.size() - 2], u"report-method"_s);
        keepSlide(*slides.back(), u"report-data"_s);
        int textPages = 0;
        for (const auto &slide : slides) {
            auto *page = dynamic_cast<Ui::TextSlide *>(slide.get());
            if (!page)
                continue;
            ++textPages;
            for (qreal scale : { 1.25, Ui::PresentationWindow::TextScale }) {
                renderSlide(*page, QSize(1280, 720), scale);
                // Type larger than on the dashboard, and the text takes a good part of the page
                // rather than its top third.
                QVERIFY2(page->lastFactor() * scale >= 1.2,
                         qPrintable(u"%1: type ×%2"_s.arg(page->title()).arg(page->lastFactor())));
                QVERIFY2(page->lastFill() > 0.45 && page->lastFill() <= 1.0,
                         qPrintable(u"%1: %2"_s.arg(page->title()).arg(page->lastFill())));
            }
            if (language == u"zh_CN"_s) {
                // Every line in Chinese: no English sentence left behind.
                QVERIFY2(hasCjk(page->title()), qPrintable(page->title()));
                for (const QString &text : page->texts())
                    QVERIFY2(hasCjk(text), qPrintable(text));
            }
        }
        QCOMPARE(textPages, 3);
        Ui::applyInterfaceFont(QLocale(QLocale::English));
    }

    void chineseIsSetInSimplifiedGlyphs()
    {
        const QString sample = u"直骨没"_s;   // shaped differently in the SC and JP cuts
        QFont sc(u"Noto Sans CJK SC"_s), jp(u"Noto Sans CJK JP"_s);
        QVERIFY2(QFontInfo(sc).family() == u"Noto Sans CJK SC"_s, "fonts-noto-cjk is installed");
        QVERIFY(glyphs(sc, sample) != glyphs(jp, sample));
        {
            const Readability::Language ui(u"zh_CN"_s);
            Ui::applyInterfaceFont(QLocale());
            const QFont font = QGuiApplication::font();
            QCOMPARE(QFontInfo(font).family(), u"Noto Sans CJK SC"_s);
            QFont sized = sc;
            sized.setPointSizeF(font.pointSizeF());
            QCOMPARE(glyphs(font, sample), glyphs(sized, sample));
        }
        Ui::applyInterfaceFont(QLocale(QLocale::English));
        // Back in English the system's font leads again.
        QVERIFY(QGuiApplication::font().families().value(0) != u"Noto Sans CJK SC"_s);
    }
};

QTEST_MAIN(TestReportReadability)
#include "tst_reportreadability.moc"
