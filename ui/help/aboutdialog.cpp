#include "aboutdialog.h"

#include "common/libraries.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_libraries(new QTableWidget(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Portrait"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/portrait/icons/portrait.svg"_s).pixmap(64, 64));
    auto *title = new QLabel(u"<h2>"_s + tr("Portrait — Customer Profiles").toHtmlEscaped() + u"</h2><p>"_s
                                     + tr("Version %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped()
                                     + u"</p><p>"_s
                                     + tr("RFM scoring, segments, tags and customer cards for marketing analysts; "
                                          "everything runs on this computer.")
                                               .toHtmlEscaped()
                                     + u"</p>"_s,
                             this);
    title->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    const QList<ThirdPartyLibrary> libraries = thirdPartyLibraries();
    m_libraries->setObjectName(u"libraryTable"_s);
    m_libraries->setColumnCount(4);
    m_libraries->setRowCount(int(libraries.size()));
    m_libraries->setHorizontalHeaderLabels({ tr("Library"), tr("Version"), tr("Licence"), tr("Used for") });
    m_libraries->verticalHeader()->hide();
    m_libraries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraries->setSelectionMode(QAbstractItemView::NoSelection);
    m_libraries->setWordWrap(false);
    for (int row = 0; row < int(libraries.size()); ++row) {
        const ThirdPartyLibrary &library = libraries.at(row);
        const QString cells[] = { library.name, library.version, library.licence, library.use };
        for (int column = 0; column < 4; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(library.url);
            m_libraries->setItem(row, column, item);
        }
    }
    m_libraries->resizeColumnsToContents();
    m_libraries->horizontalHeader()->setStretchLastSection(true);
    auto *notice = new QLabel(tr("Hover over a library for where it comes from. Each keeps its own licence; the "
                                 "texts come with the installed packages (on Debian, /usr/share/doc/*/copyright)."),
                              this);
    notice->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(new QLabel(tr("Built with:"), this));
    layout->addWidget(m_libraries, 1);
    layout->addWidget(notice);
    layout->addWidget(buttons);
    resize(820, 460);
}

} // namespace Portrait::Ui
