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
    setButtonText(QWizard::CommitButton, tr("Import"));
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(900, 640);
    connect(m_importPage, &ImportPage::importFinished, this, [this](qint64 sourceId) {
        if (sourceId > 0)
            Q_EMIT imported(sourceId);
    });
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
