#pragma once

#include "model/customerframe.h"

#include <QWizard>

#include <memory>

namespace Portrait::Ui {

class ImportPage;
class MappingPage;
class SourcePage;
class ValidationPage;
struct ImportSession;

/// Imports one file into the open project: choose and preview the file, map its columns, check
/// every row, then import off the GUI thread. The window that opens it holds the project's lock;
/// the wizard writes through its own connection.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { Source, Mapping, Validation, Import };

    ImportWizard(const QString &projectPath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Starts on this file, e.g. one dropped on the window.
    void setFile(const QString &path);
    /// The open project's customers and orders: the check page warns when the file does not look
    /// like them. Without them (tests, a new project) there is no warning.
    void setProjectFrame(std::shared_ptr<const Model::CustomerFrame> frame);
    /// Where the import saves a copy of the project before writing, so that it can be undone.
    void setUndoSnapshot(const QString &path);

    SourcePage *sourcePage() const { return m_sourcePage; }
    MappingPage *mappingPage() const { return m_mappingPage; }
    ValidationPage *validationPage() const { return m_validationPage; }
    ImportPage *importPage() const { return m_importPage; }
    const ImportSession &session() const { return *m_session; }

    /// Closing while the import runs cancels it and waits for the rollback.
    void reject() override;

Q_SIGNALS:
    /// A source was committed to the project (session().projectPath: the open one, or a new one
    /// the analyst chose instead); the window should reload it.
    void imported(qint64 sourceId);
    /// The analyst pressed Undo This Import after the import; the wizard closes.
    void undoRequested(qint64 sourceId);

private:
    std::unique_ptr<ImportSession> m_session;
    SourcePage *m_sourcePage;
    MappingPage *m_mappingPage;
    ValidationPage *m_validationPage;
    ImportPage *m_importPage;
};

} // namespace Portrait::Ui
