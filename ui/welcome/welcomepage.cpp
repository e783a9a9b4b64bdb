#include "welcomepage.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QString droppedFile(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    return urls.size() == 1 && urls.first().isLocalFile() ? urls.first().toLocalFile() : QString();
}

QLabel *scaledLabel(const QString &text, double scale, bool bold, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

DropZone::DropZone(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(u"dropZone"_s);
    setAcceptDrops(true);
    setMinimumHeight(90);
    m_label->setObjectName(u"dropZoneText"_s);
    m_label->setText(tr("Drop a project (.portrait), or a CSV, Excel or database dump file to import, here."));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    setHighlighted(false);
}

bool DropZone::takes(const QString &path)
{
    static const QStringList suffixes { u"portrait"_s, u"csv"_s, u"tsv"_s, u"txt"_s,     u"xlsx"_s,
                                        u"sql"_s,      u"dump"_s, u"db"_s, u"sqlite"_s, u"sqlite3"_s };
    const QFileInfo info(path);
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

void DropZone::setHighlighted(bool on)
{
    setStyleSheet(on ? u"#dropZone { border: 2px dashed #2f6fb3; border-radius: 8px; background: #e8f1fb; }"_s
                     : u"#dropZone { border: 2px dashed #9aa5b1; border-radius: 8px; }"_s);
}

void DropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (takes(droppedFile(event->mimeData()))) {
        setHighlighted(true);
        event->acceptProposedAction();
    }
}

void DropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void DropZone::dropEvent(QDropEvent *event)
{
    setHighlighted(false);
    const QString path = droppedFile(event->mimeData());
    if (!takes(path))
        return;
    event->acceptProposedAction();
    Q_EMIT fileDropped(path);
}

QPushButton *WelcomePage::bigButton(const QString &text, const QString &detail, const QIcon &icon)
{
    auto *button = new QPushButton(icon, text, this);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    button->setFont(font);
    button->setIconSize(QSize(32, 32));
    button->setMinimumHeight(64);
    button->setToolTip(detail);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);
    auto *title = scaledLabel(tr("Portrait — customer profiles from your order exports"), 1.8, true, this);
    title->setObjectName(u"welcomeTitle"_s);
    auto *about = new QLabel(this);
    about->setObjectName(u"welcomeAbout"_s);
    about->setWordWrap(true);
    about->setText(u"<p>"_s
                   + QStringList { tr("Import orders, customers and survey answers from CSV, Excel or a database dump "
                                      "into one project file that stays on this computer.")
                                           .toHtmlEscaped(),
                                   tr("Score every customer by how recently, how often and how much they buy (RFM), "
                                      "and see which segments are valuable, growing, slipping or lost.")
                                           .toHtmlEscaped(),
                                   tr("Tag customers by rules, open any customer's card, and hand on masked lists, "
                                      "charts and a PDF report.")
                                           .toHtmlEscaped() }
                             .join(u"</p><p>"_s)
                   + u"</p>"_s);

    QPushButton *import = bigButton(tr("&Import a File…"),
                                    tr("Start a new project from a CSV, Excel or database dump file"),
                                    style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    import->setObjectName(u"welcomeImport"_s);
    QPushButton *open = bigButton(tr("&Open a Project…"), tr("Open a .portrait project file"),
                                  style()->standardIcon(QStyle::SP_DialogOpenButton));
    open->setObjectName(u"welcomeOpen"_s);
    QPushButton *demo = bigButton(tr("Try the &Demo"), tr("Open a generated shop with 5,000 customers to look around"),
                                  style()->standardIcon(QStyle::SP_MediaPlay));
    demo->setObjectName(u"welcomeDemo"_s);
    connect(import, &QPushButton::clicked, this, &WelcomePage::importFileRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);

    m_recent = new QTreeWidget(this);
    m_recent->setObjectName(u"recentProjects"_s);
    m_recent->setHeaderLabels({ tr("Project"), tr("Size"), tr("Last opened") });
    m_recent->setRootIsDecorated(false);
    m_recent->setAlternatingRowColors(true);
    m_recent->header()->setStretchLastSection(false);
    m_recent->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_recent->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_recent->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_recent, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->flags() & Qt::ItemIsEnabled)
            Q_EMIT recentProjectActivated(item->data(0, Qt::UserRole).toString());
    });
    m_noRecent = new QLabel(tr("Projects you open appear here."), this);
    m_noRecent->setObjectName(u"noRecentProjects"_s);

    m_drop = new DropZone(this);
    connect(m_drop, &DropZone::fileDropped, this, &WelcomePage::fileDropped);

    auto *actions = new QHBoxLayout;
    actions->addWidget(import);
    actions->addWidget(open);
    actions->addWidget(demo);
    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(about);
    column->addSpacing(8);
    column->addLayout(actions);
    column->addSpacing(8);
    column->addWidget(scaledLabel(tr("Recent projects"), 1.15, true, this));
    column->addWidget(m_noRecent);
    column->addWidget(m_recent);
    column->addWidget(m_drop);
    column->addStretch(1);
    // A readable column in a wide window, not buttons a metre apart.
    auto *centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMaximumWidth(960);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(centre, 100);
    layout->addStretch(1);
    setRecentProjects({});
}

void WelcomePage::setRecentProjects(const QList<RecentProject> &projects)
{
    m_recent->clear();
    const QLocale locale;
    for (const RecentProject &project : projects) {
        const QFileInfo info(project.path);
        const bool missing = project.size < 0;
        auto *item = new QTreeWidgetItem(m_recent);
        item->setText(0, missing ? tr("%1 (missing)").arg(info.completeBaseName()) : info.completeBaseName());
        item->setText(1, missing ? QString() : locale.formattedDataSize(project.size));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, project.lastOpened.isValid()
                                 ? locale.toString(project.lastOpened.toLocalTime(), u"yyyy-MM-dd HH:mm"_s)
                                 : QString());
        item->setToolTip(0, QDir::toNativeSeparators(project.path));
        item->setData(0, Qt::UserRole, project.path);
        if (missing)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    // As tall as its rows: a short list, not an empty table.
    int rows = 0;
    for (int i = 0; i < m_recent->topLevelItemCount(); ++i)
        rows += std::max(m_recent->sizeHintForRow(i), fontMetrics().height() + 4);   // a Chinese name's row is taller
    m_recent->setFixedHeight(m_recent->header()->sizeHint().height() + rows + 2 * m_recent->frameWidth() + 2);
    m_recent->setVisible(!projects.isEmpty());
    m_noRecent->setVisible(projects.isEmpty());
}

} // namespace Portrait::Ui
