#include "chartcard.h"

#include "dashboardchart.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

/// A file name from the title: what the analyst would type, minus characters file systems refuse.
QString fileNameFor(const QString &title, ChartExport::Format format)
{
    QString name = title;
    static const QString forbidden = u"\\/:*?\"<>|"_s;
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.isSpace())
            c = QLatin1Char('_');
    }
    return name.left(80) + QLatin1Char('.') + ChartExport::suffix(format);
}

} // namespace

ChartCard::ChartCard(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    setPalette(pal);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long title (the scatter plot's sampling note, a long scheme name) wraps rather than
    // making the card, and with it the dashboard, wider than the window.
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    m_options = new QHBoxLayout;
    m_options->setSpacing(0);
    header->addLayout(m_options);

    m_export = new QToolButton(this);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save this chart as an image or a PDF"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setAutoRaise(true);
    auto *menu = new QMenu(m_export);
    const std::pair<ChartExport::Format, QString> formats[] = { { ChartExport::Format::Png, tr("PNG image…") },
                                                                { ChartExport::Format::Svg, tr("SVG vector image…") },
                                                                { ChartExport::Format::Pdf, tr("PDF document…") } };
    for (const auto &[format, text] : formats) {
        connect(menu->addAction(text), &QAction::triggered, this, [this, format] { chooseFileAndExport(format); });
    }
    m_export->setMenu(menu);
    header->addWidget(m_export);
    layout->addLayout(header);

    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body, 1);
}

void ChartCard::setChart(DashboardChart *chart)
{
    delete m_view;
    delete m_chart;
    while (QLayoutItem *item = m_options->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_chart = chart;
    if (!chart)
        return;
    chart->setParent(this);
    for (QAction *option : chart->options()) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(option);
        button->setAutoRaise(true);
        m_options->addWidget(button);
    }
    m_view = chart->createWidget(this);
    m_body->addWidget(m_view);
    connect(chart, &DashboardChart::changed, this, &ChartCard::updateTitle);
    updateTitle();
}

void ChartCard::updateTitle()
{
    if (m_chart)
        m_title->setText(m_chart->title());
}

QSize ChartCard::exportSize() const
{
    if (m_view && m_view->width() >= 320 && m_view->height() >= 200)
        return m_view->size() + QSize(0, 40);   // plus the title the file carries
    return m_chart ? m_chart->preferredSize() : QSize();
}

Status ChartCard::exportTo(const QString &path, ChartExport::Format format)
{
    if (!m_chart)
        return Error { tr("There is no chart to export."), path, 0, 0, {} };
    return ChartExport::write(*m_chart, path, format, exportSize());
}

void ChartCard::chooseFileAndExport(ChartExport::Format format)
{
    if (!m_chart)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                      QDir(folder).filePath(fileNameFor(m_chart->title(), format)),
                                                      ChartExport::filter(format));
    if (path.isEmpty())
        return;
    // A name typed without the suffix (or with another one) still gets the format picked.
    const QString target = ChartExport::formatOf(path) == format ? path : path + QLatin1Char('.') + ChartExport::suffix(format);
    const Status written = exportTo(target, format);
    if (!written)
        QMessageBox::warning(this, tr("Export Chart"), written.error().message);
}

} // namespace Portrait::Ui
