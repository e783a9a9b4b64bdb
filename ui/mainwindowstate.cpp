// What the analyst is looking at, carried across a rebuild of the window (a language switch).
#include "card/customercard.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "pages/customerspage.h"

#include <QItemSelectionModel>
#include <QSet>
#include <QTabWidget>
#include <QTableView>

namespace Portrait::Ui {

MainWindow::ViewState MainWindow::viewState() const
{
    ViewState state;
    if (QWidget *page = m_pages->currentWidget())
        state.page = page->objectName();
    const auto frame = m_session->frame();
    if (!frame)
        return state;
    state.customersFilter = m_customers->filterState();
    const std::vector<qint32> &rows = m_customers->model()->visibleRows();
    for (const QModelIndex &index : m_customers->table()->selectionModel()->selectedRows()) {
        if (index.row() >= 0 && size_t(index.row()) < rows.size())
            state.selectedCustomers.append(frame->ids.value(rows[size_t(index.row())]));
    }
    if (m_card->isVisible())
        state.cardCustomer = frame->ids.value(m_card->currentRow());
    return state;
}

void MainWindow::restoreViewState(const ViewState &state)
{
    if (isLoading())
        m_pendingView = state;   // applied by onLoaded
    else
        applyViewState(state);
}

void MainWindow::applyViewState(const ViewState &state)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == state.page)
            m_pages->setCurrentIndex(i);
    }
    const auto frame = m_session->frame();
    if (frame && state.customersFilter)
        m_customers->restoreFilterState(*state.customersFilter);
    if (!frame || (state.selectedCustomers.isEmpty() && state.cardCustomer.isEmpty()))
        return;
    const QSet<QString> wanted(state.selectedCustomers.begin(), state.selectedCustomers.end());
    const std::vector<qint32> &rows = m_customers->model()->visibleRows();
    QItemSelectionModel *selection = m_customers->table()->selectionModel();
    selection->clearSelection();
    qsizetype card = -1;
    for (size_t position = 0; position < rows.size(); ++position) {
        const QString id = frame->ids.value(rows[position]);
        if (wanted.contains(id)) {
            const QModelIndex index = m_customers->model()->index(int(position), 0);
            selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            if (!selection->currentIndex().isValid())
                selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
        if (!state.cardCustomer.isEmpty() && id == state.cardCustomer)
            card = qsizetype(position);
    }
    if (card >= 0)
        showCustomerCard(card);
}

} // namespace Portrait::Ui
