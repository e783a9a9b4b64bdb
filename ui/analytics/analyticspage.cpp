#include "analyticspage.h"

#include "clusteringpanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

AnalyticsPage::AnalyticsPage(WorkbenchSession *session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_clustering(new ClusteringPanel(session, m_tabs))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_clustering->setObjectName(u"clusteringPanel"_s);
    addPanel(m_clustering, tr("&Clusters"));
}

void AnalyticsPage::addPanel(QWidget *panel, const QString &title)
{
    m_tabs->addTab(panel, title);
}

} // namespace Portrait::Ui
