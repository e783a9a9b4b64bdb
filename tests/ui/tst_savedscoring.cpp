// The workbench saves how a project is scored in the project itself: reopened, it is scored as it
// was left, whatever the toolbar of the window that opens it says.
#include "jobs/rfmsettings.h"
#include "jobs/sampleproject.h"
#include "mainwindow.h"
#include "projectloader.h"
#include "project/projectfile.h"
#include "workbench/workbenchsession.h"

#include <QComboBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Portrait;

class TestSavedScoring : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static void setToolbarScheme(Ui::MainWindow &window, const QString &id)
    {
        auto *scheme = window.findChild<QComboBox *>(u"schemeBox"_s);
        QVERIFY(scheme);
        scheme->setCurrentIndex(scheme->findData(id));
    }

    static std::optional<Jobs::RfmSettings> savedIn(const QString &path)
    {
        auto project = Project::ProjectFile::open(path, Project::ProjectFile::Lock::None);
        if (!project)
            return std::nullopt;
        auto saved = Jobs::loadRfmSettings(**project);
        return saved ? *saved : std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        m_demo = m_dir.filePath(u"demo.portrait"_s);
        QVERIFY(Jobs::writeSampleProject(m_demo, nullProgress()));
    }

    void reopensScoredAsLeft()
    {
        std::vector<qint16> segments;
        Jobs::RfmSettings changed;
        {
            Ui::MainWindow window;
            window.show();
            setToolbarScheme(window, u"shop11"_s);
            window.openProject(m_demo);
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
            QVERIFY(!savedIn(m_demo)); // opening alone writes nothing
            // Scored by the loader with the toolbar's scheme, and taken as it is: nothing was
            // recomputed on the GUI thread.
            const auto loaded = window.session()->project();
            QVERIFY(loaded->scored);
            QCOMPARE(loaded->scoredWith.request.scheme, u"shop11"_s);
            QCOMPARE(window.session()->result(), loaded->scored);

            // A drag of the recency cut lines plus other tiers, as the RFM page commits them.
            Ui::WorkbenchSession *session = window.session();
            changed = session->settings();
            std::vector<double> cuts = session->result()->scores.cuts[0];
            QCOMPARE(cuts.size(), size_t(4));
            for (double &cut : cuts)
                cut = std::round(cut * 0.8);
            changed.cuts[0] = cuts;
            changed.tiers.high = 70;
            session->changeSettings(changed, u"Move cut lines"_s);
            segments = session->result()->segment;
            // Saved shortly after, off the GUI thread, without closing anything.
            QTRY_VERIFY_WITH_TIMEOUT(savedIn(m_demo).has_value(), 5000);
            QCOMPARE(Jobs::rfmSettingsToJson(*savedIn(m_demo)), Jobs::rfmSettingsToJson(changed));
        }
        {
            Ui::MainWindow window;
            window.show();
            setToolbarScheme(window, u"cn8"_s); // the project's own scoring wins over the toolbar
            window.openProject(m_demo);
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
            QCOMPARE(Jobs::rfmSettingsToJson(window.session()->settings()), Jobs::rfmSettingsToJson(changed));
            QCOMPARE(window.session()->result()->scheme.id, u"shop11"_s);
            QCOMPARE(window.session()->result()->segment, segments);
            QCOMPARE(window.findChild<QComboBox *>(u"schemeBox"_s)->currentData().toString(), u"shop11"_s);

            // Undo is saved too; closing the project writes what is still pending at once.
            setToolbarScheme(window, u"rfm10"_s);
            QCOMPARE(window.session()->result()->scheme.id, u"rfm10"_s);
            QVERIFY(window.closeProject());
            QCOMPARE(savedIn(m_demo)->request.scheme, u"rfm10"_s);
        }
    }

    void damagedSettingsFallBackToTheToolbar()
    {
        {
            auto project = Project::ProjectFile::open(m_demo, Project::ProjectFile::Lock::None);
            QVERIFY(project);
            Jobs::RfmSettings missingScheme;
            missingScheme.request.scheme = m_dir.filePath(u"moved-away.json"_s);
            QVERIFY(Jobs::saveRfmSettings(**project, missingScheme));
        }
        Ui::MainWindow window;
        window.show();
        setToolbarScheme(window, u"cn8"_s);
        window.openProject(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->result(), 20000);
        QCOMPARE(window.session()->result()->scheme.id, u"cn8"_s);
    }
};

QTEST_MAIN(TestSavedScoring)
#include "tst_savedscoring.moc"
