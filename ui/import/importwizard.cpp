#include "importwizard.h"

#include "importpage.h"
#include "importsession.h"
#include "mappingpage.h"
#include "sourcepage.h"
#include "validationpage.h"

namespace Portrait::Ui {

ImportWizard::ImportWizard(const QString &projectPath, QWidget *parent)
    : QWizard(parent), m_session(std::make_unique<ImportSession>())
{
    m_session->projectPath = projectPath;
    m_sourcePage = new SourcePage(*m_session, this);
    m_mappingPage = new MappingPage(*m_session, this);
    m_validationPage = new ValidationPage(*m_session, this);
    m_importPage = new ImportPage(*m_session, this);
    setPage(Source, m_sourcePage);
    setPage(Mapping, m_mappingPage);
    setPage(Validation, m_validationPage);
    setPage(Import, m_importPage);
    setWindowTitle(tr("Import data"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    // After the import there is nothing to cancel: Close keeps it, Undo This Import takes it back.
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CustomButton1, tr("&Undo This Import"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(900, 640);
    connect(m_importPage, &ImportPage::importFinished, this, [this](qint64 sourceId) {
        setOption(QWizard::HaveCustomButton1, m_importPage->canUndo());
        if (sourceId > 0)
            Q_EMIT imported(sourceId);
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which != QWizard::CustomButton1 || !m_importPage->canUndo())
            return;
        Q_EMIT undoRequested(m_session->result->sourceId);
        accept();
    });
}

void ImportWizard::setProjectFrame(std::shared_ptr<const Model::CustomerFrame> frame)
{
    m_session->projectFrame = std::move(frame);
}

void ImportWizard::setUndoSnapshot(const QString &path)
{
    m_session->undoSnapshot = path;
}

// The pages' jobs wait for their work in their destructors, before the session they read goes.
ImportWizard::~ImportWizard()
{
    if (m_importPage->isRunning())
        m_importPage->cancelImport();
    m_importPage->waitForImport();
}

void ImportWizard::setFile(const QString &path)
{
    m_sourcePage->setFile(path);
}

void ImportWizard::reject()
{
    if (m_importPage->isRunning()) {
        m_importPage->cancelImport();
        m_importPage->waitForImport();
    }
    QWizard::reject();
}

} // namespace Portrait::Ui
