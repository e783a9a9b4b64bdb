#include "schemeeditordialog.h"

#include "schemerulesmodel.h"

#include "rfm/schemefile.h"
#include "rfm/schemelint.h"

#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

/// Bound cells edit in a spin box limited to the scheme's score levels.
class BoundDelegate : public QStyledItemDelegate
{
public:
    BoundDelegate(const SchemeRulesModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *spin = qobject_cast<QSpinBox *>(editor); spin && SchemeRulesModel::isBound(index.column()))
            spin->setRange(1, m_model->scheme().bins);
        return editor;
    }

private:
    const SchemeRulesModel *m_model;
};

constexpr std::array AllMethods { Rfm::Method::Quantile, Rfm::Method::RfmPkg, Rfm::Method::Ntile,
                                  Rfm::Method::Mean, Rfm::Method::Median, Rfm::Method::Thresholds };

const QString SchemeFileFilter = u"*.json"_s;

} // namespace

SchemeEditorDialog::SchemeEditorDialog(const Rfm::SegmentScheme &scheme, bool chinese, QWidget *parent)
    : QDialog(parent)
    , m_chinese(chinese)
    , m_model(new SchemeRulesModel(this))
    , m_view(new QTableView(this))
    , m_lint(new QListWidget(this))
{
    setWindowTitle(tr("Edit segment scheme"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new BoundDelegate(m_model, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_lint->setObjectName(u"lintList"_s);
    m_lint->setMaximumHeight(110);
    m_lint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(new QLabel(tr("Rules, in match order: the first rule a customer's scores fall in wins."), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(buildRuleButtons());
    layout->addWidget(new QLabel(tr("Checks:"), this));
    layout->addWidget(m_lint);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &SchemeRulesModel::schemeChanged, this, &SchemeEditorDialog::relint);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == SchemeRulesModel::Color)
            pickColor(index.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SchemeEditorDialog::updateButtons);
    connect(m_lint, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int rule = item->data(Qt::UserRole).toInt();
        if (rule >= 0)
            m_view->selectRow(rule);
    });

    m_model->setScheme(scheme);
    showScheme();
    m_view->resizeColumnsToContents();
    // Room for the suggested actions without scrolling sideways.
    resize(1120, 720);
}

QWidget *SchemeEditorDialog::buildHeader()
{
    auto *header = new QWidget(this);
    m_name = new QLineEdit(header);
    m_nameZh = new QLineEdit(header);
    m_levels = new QSpinBox(header);
    m_levels->setRange(2, 5);
    m_basis = new QComboBox(header);
    m_basis->addItem(tr("R, F and M"), int(Rfm::SchemeBasis::RFM));
    m_basis->addItem(tr("R against FM = (F + M) / 2"), int(Rfm::SchemeBasis::RecencyVsFM));
    m_method = new QComboBox(header);
    for (Rfm::Method m : AllMethods)
        m_method->addItem(Rfm::methodTitle(m), int(m));
    m_fallback = new QLineEdit(header);
    m_fallbackZh = new QLineEdit(header);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Chinese name:"), m_nameZh);
    form->addRow(tr("Nobody else (fallback):"), m_fallback);
    form->addRow(tr("Fallback, Chinese:"), m_fallbackZh);
    auto *right = new QFormLayout;
    right->addRow(tr("Score levels:"), m_levels);
    right->addRow(tr("Rules bound:"), m_basis);
    right->addRow(tr("Preferred method:"), m_method);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 3);
    layout->addLayout(right, 2);

    auto text = [this](QLineEdit *edit, QString Rfm::SegmentScheme::*field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &value) {
            m_model->editScheme([&](Rfm::SegmentScheme &s) { s.*field = value.trimmed(); });
        });
    };
    text(m_name, &Rfm::SegmentScheme::name);
    text(m_nameZh, &Rfm::SegmentScheme::nameZh);
    text(m_fallback, &Rfm::SegmentScheme::fallbackName);
    text(m_fallbackZh, &Rfm::SegmentScheme::fallbackNameZh);
    connect(m_levels, &QSpinBox::valueChanged, this,
            [this](int n) { m_model->editScheme([n](Rfm::SegmentScheme &s) { s.bins = n; }); });
    connect(m_basis, &QComboBox::activated, this, [this] {
        const auto basis = Rfm::SchemeBasis(m_basis->currentData().toInt());
        m_model->editScheme([basis](Rfm::SegmentScheme &s) { s.basis = basis; });
    });
    connect(m_method, &QComboBox::activated, this, [this] {
        const auto method = Rfm::Method(m_method->currentData().toInt());
        m_model->editScheme([method](Rfm::SegmentScheme &s) { s.preferredMethod = method; });
    });
    return header;
}

QWidget *SchemeEditorDialog::buildRuleButtons()
{
    auto *row = new QWidget(this);
    auto *add = new QPushButton(tr("Add rule"), row);
    m_remove = new QPushButton(tr("Remove"), row);
    m_up = new QPushButton(tr("Move up"), row);
    m_down = new QPushButton(tr("Move down"), row);
    auto *import = new QPushButton(tr("Import…"), row);
    auto *exportButton = new QPushButton(tr("Export…"), row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : { add, m_remove, m_up, m_down })
        layout->addWidget(b);
    layout->addStretch(1);
    layout->addWidget(import);
    layout->addWidget(exportButton);

    connect(add, &QPushButton::clicked, this, [this] {
        const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
        m_model->addRule(row);
        m_view->selectRow(row);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_model->removeRule(currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (m_model->moveRule(row, -1))
            m_view->selectRow(row - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (m_model->moveRule(row, 1))
            m_view->selectRow(row + 1);
    });
    connect(import, &QPushButton::clicked, this, &SchemeEditorDialog::importWithDialog);
    connect(exportButton, &QPushButton::clicked, this, &SchemeEditorDialog::exportWithDialog);
    return row;
}

void SchemeEditorDialog::showScheme()
{
    const Rfm::SegmentScheme &s = m_model->scheme();
    const QSignalBlocker b1(m_levels), b2(m_basis), b3(m_method);
    m_name->setText(s.name);
    m_nameZh->setText(s.nameZh);
    m_fallback->setText(s.fallbackName);
    m_fallbackZh->setText(s.fallbackNameZh);
    m_levels->setValue(s.bins);
    m_basis->setCurrentIndex(m_basis->findData(int(s.basis)));
    m_method->setCurrentIndex(m_method->findData(int(s.preferredMethod)));
    relint();
    updateButtons();
}

void SchemeEditorDialog::relint()
{
    const QList<Rfm::LintFinding> findings = Rfm::lintScheme(m_model->scheme(), m_chinese);
    m_model->setFindings(findings);
    m_lint->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Rfm::LintFinding &f : findings) {
        auto *item = new QListWidgetItem(warning, f.text, m_lint);
        item->setData(Qt::UserRole, f.rule);
    }
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                         tr("Every rule can match and every score cell has a rule."), m_lint);
        item->setData(Qt::UserRole, -1);
    }
    updateButtons();
}

QStringList SchemeEditorDialog::lintMessages() const
{
    QStringList texts;
    for (const Rfm::LintFinding &f : Rfm::lintScheme(m_model->scheme(), m_chinese))
        texts << f.text;
    return texts;
}

int SchemeEditorDialog::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SchemeEditorDialog::updateButtons()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

void SchemeEditorDialog::pickColor(int row)
{
    const QModelIndex cell = m_model->index(row, SchemeRulesModel::Color);
    const QColor color = QColorDialog::getColor(QColor::fromString(cell.data(Qt::EditRole).toString()), this,
                                                tr("Segment colour"));
    if (color.isValid())
        m_model->setData(cell, color.name());
}

Rfm::SegmentScheme SchemeEditorDialog::scheme() const
{
    return m_model->scheme();
}

Status SchemeEditorDialog::importFrom(const QString &path)
{
    auto loaded = Rfm::loadSchemeFile(path);
    if (!loaded)
        return loaded.error();
    m_model->setScheme(loaded.takeValue());
    showScheme();
    return {};
}

Status SchemeEditorDialog::exportTo(const QString &path) const
{
    return Rfm::saveSchemeFile(m_model->scheme(), path);
}

void SchemeEditorDialog::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import segment scheme"), QString(),
                                                      tr("Scheme files (%1)").arg(SchemeFileFilter));
    if (path.isEmpty())
        return;
    if (Status s = importFrom(path); !s)
        QMessageBox::warning(this, tr("Import segment scheme"), s.error().toString());
}

void SchemeEditorDialog::exportWithDialog()
{
    const Rfm::SegmentScheme s = m_model->scheme();
    const QString suggested = (s.id.isEmpty() ? u"scheme"_s : s.id) + u".json"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export segment scheme"), suggested,
                                                      tr("Scheme files (%1)").arg(SchemeFileFilter));
    if (path.isEmpty())
        return;
    if (Status status = exportTo(path); !status)
        QMessageBox::warning(this, tr("Export segment scheme"), status.error().toString());
}

} // namespace Portrait::Ui
