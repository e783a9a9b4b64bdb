// Presentation mode and the PDF report on the demo project: the deck holds the title, every
// dashboard chart and the segment table; every slide draws something; the window pages with the
// keys and buttons and stops at the ends; the PDF has one page per slide and no personal data.
#include "charts/dashboardchart.h"
#include "jobs/sampleproject.h"
#include "project/frameloader.h"
#include "project/projectfile.h"
#include "projectloader.h"
#include "report/pdfreport.h"
#include "report/presentationwindow.h"
#include "report/reportcharts.h"
#include "report/segmenttableslide.h"
#include "report/slides.h"
#include "workbench/workbenchsession.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portrait;

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Ui::LoadedProject> m_project;
    std::unique_ptr<Ui::WorkbenchSession> m_session;

    static constexpr int ChartCount = 10;

    /// Share of pixels of the colour (white: anything but white).
    static double share(const QImage &image, QRgb color, bool other)
    {
        qint64 count = 0;
        for (int y = 0; y < image.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                count += ((line[x] & 0xffffff) == (color & 0xffffff)) != other ? 1 : 0;
        }
        return double(count) / double(qint64(image.width()) * image.height());
    }

    static QImage renderSlide(Ui::Slide &slide, QSize size, qreal textScale)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::red);   // a slide that leaves anything unpainted shows red
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        slide.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), textScale);
        return image;
    }

private Q_SLOTS:
    void initTestCase()
    {
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
        m_session = std::make_unique<Ui::WorkbenchSession>();
        m_session->setProject(m_project, Ui::RfmSettings {});
        QVERIFY(m_session->result());
    }

    void deckHoldsTitleChartsAndTable()
    {
        const Ui::SlideList slides = Ui::buildSlides(*m_session);
        // Title, findings, the charts, the segment table, method, data quality.
        QCOMPARE(int(slides.size()), 2 + ChartCount + 3);
        QCOMPARE(slides.front()->title(), u"Customer segment report"_s);
        QCOMPARE(slides[1]->title(), u"What the data shows"_s);
        QCOMPARE(slides[size_t(2 + ChartCount)]->title(), u"Segments and what to do with them"_s);
        QCOMPARE(slides[size_t(3 + ChartCount)]->title(), u"How the customers were scored"_s);
        QCOMPARE(slides.back()->title(), u"The data behind the report"_s);
        QVERIFY(slides.front()->texts().contains(u"demo"_s));   // the project's name

        const auto charts = Ui::createDashboardCharts(*m_session->result(), m_session->chineseNames());
        QCOMPARE(int(charts.size()), ChartCount);
        QSet<QString> titles;
        for (int i = 0; i < ChartCount; ++i) {
            QCOMPARE(slides[size_t(i + 2)]->title(), charts[size_t(i)]->title());
            QVERIFY(!charts[size_t(i)]->title().isEmpty());
            titles.insert(charts[size_t(i)]->title());
        }
        QCOMPARE(int(titles.size()), ChartCount);
        QVERIFY(Ui::buildSlides(Ui::WorkbenchSession {}).empty());
    }

    void tableRowsAddUpToTheScoredCustomers()
    {
        const Rfm::RfmResult &result = *m_session->result();
        Ui::SegmentTableSlide table(result, false);
        QCOMPARE(table.headers().size(), 8);
        qint64 scored = 0, listed = 0;
        for (qint16 segment : result.segment)
            scored += segment >= 0 ? 1 : 0;
        const QLocale locale;
        for (const QStringList &row : table.rows()) {
            QCOMPARE(row.size(), 8);
            listed += locale.toLongLong(row.at(1));
            QVERIFY(!row.at(7).isEmpty());   // every segment says what to do
        }
        QCOMPARE(listed, scored);
        QCOMPARE(table.rows().first().first(), result.scheme.displayName(0, false));
        QCOMPARE(table.rows().first().last(), result.scheme.displayAction(0, false));
        Ui::SegmentTableSlide chinese(result, true);
        QCOMPARE(chinese.rows().first().first(), result.scheme.displayName(0, true));
    }

    void everySlideDrawsOnWhite()
    {
        const Ui::SlideList slides = Ui::buildSlides(*m_session);
        for (const auto &slide : slides) {
            for (qreal scale : { 1.0, Ui::PresentationWindow::TextScale }) {
                const QImage image = renderSlide(*slide, QSize(1280, 720), scale);
                QVERIFY2(share(image, qRgb(255, 255, 255), true) > 0.005, qPrintable(slide->title()));
                // The whole target is painted: nothing of the red underneath is left.
                QVERIFY2(share(image, qRgb(255, 0, 0), false) < 0.001, qPrintable(slide->title()));
                QCOMPARE(image.pixel(2, 2), qRgb(255, 255, 255));
            }
        }
    }

    void slidesCarryNoPersonalData()
    {
        const Model::CustomerFrame &frame = m_project->frame;
        QStringList texts;
        for (const bool chinese : { false, true }) {
            Ui::ReportHeader header;
            header.projectName = u"demo"_s;
            header.chineseNames = chinese;
            header.frame = &frame;
            header.settings = &m_session->settings();
            for (const auto &slide : Ui::buildSlides(header, *m_session->result()))
                texts += slide->texts();
        }
        const QString all = texts.join(u'\n');
        QVERIFY(all.size() > 500);
        for (qsizetype i = 0; i < frame.size(); i += 7) {
            for (const QString &personal : { frame.phones.at(i), frame.emails.at(i), frame.ids.at(i) }) {
                if (personal.size() >= 5)
                    QVERIFY2(!all.contains(personal), qPrintable(personal));
            }
            // Short names could be part of an ordinary word: look for whole texts only.
            if (!frame.names.at(i).isEmpty())
                QVERIFY2(!texts.contains(frame.names.at(i)), qPrintable(frame.names.at(i)));
        }
    }

    void keysAndButtonsPageThroughAndClamp()
    {
        Ui::PresentationWindow window(Ui::buildSlides(*m_session));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int last = window.slideCount() - 1;
        QCOMPARE(window.currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.currentIndex(), 0);
        QTest::keyClick(&window, Qt::Key_Right);
        QTest::keyClick(&window, Qt::Key_PageDown);
        QTest::keyClick(&window, Qt::Key_Space);
        QCOMPARE(window.currentIndex(), 3);
        QCOMPARE(window.counterText(), u"4 / 15"_s);
        QVERIFY(window.findChild<QLabel *>()->text() == u"4 / 15"_s);
        QTest::keyClick(&window, Qt::Key_PageUp);
        QCOMPARE(window.currentIndex(), 2);
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(window.currentIndex(), last);
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.currentIndex(), last);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(window.currentIndex(), 0);

        QPushButton *previous = nullptr, *next = nullptr;
        for (QPushButton *button : window.findChildren<QPushButton *>()) {
            if (button->text().contains(u"Next"_s))
                next = button;
            else if (button->text().contains(u"Previous"_s))
                previous = button;
        }
        QVERIFY(previous && next);
        QVERIFY(!previous->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(window.currentIndex(), 2);
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(window.currentIndex(), 1);
        QVERIFY(window.grab().toImage().width() > 0);   // paints the slide without trouble

        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void pdfHasOnePagePerSlide()
    {
        const Ui::SlideList slides = Ui::buildSlides(*m_session);
        const QString path = m_dir.filePath(u"report.pdf"_s);
        const Status status = Ui::PdfReport::write(slides, path, u"demo"_s);
        QVERIFY2(status, qPrintable(status.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 20'000);
        const qsizetype pages = QString::fromLatin1(pdf).count(QRegularExpression(u"/Type\\s*/Page(?![s\\w])"_s));
        QCOMPARE(pages, qsizetype(slides.size()));
    }

    void pdfErrorsNameTheFile()
    {
        const QString path = m_dir.filePath(u"missing-folder/report.pdf"_s);
        Status status = Ui::PdfReport::write(Ui::buildSlides(*m_session), path, u"demo"_s);
        QVERIFY(!status);
        QVERIFY(status.error().message.contains(u"report.pdf"_s));
        QVERIFY(!QFile::exists(path));
        status = Ui::PdfReport::write({}, m_dir.filePath(u"empty.pdf"_s), u"demo"_s);
        QVERIFY(!status);
        QVERIFY(!QFile::exists(m_dir.filePath(u"empty.pdf"_s)));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
