#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace Portrait::Ui {

struct ImportSession;

/// The mapping page's word on a shop-platform export: the platform recognised (its preset is what
/// the table shows, still editable), masked buyer ids, and — for orders without a customer id — a
/// plain statement of what can and cannot be done, with the choice to import for order-level
/// analysis only.
class PlatformNotice : public QWidget
{
    Q_OBJECT

public:
    explicit PlatformNotice(QWidget *parent = nullptr);

    /// Shows what the session's plan and current mapping call for; hidden when nothing does.
    void update(const ImportSession &session);
    /// False while an orders mapping has no customer id and the analyst has not chosen the
    /// order-level import.
    bool allowsImport(const ImportSession &session) const;

    QLabel *label() const { return m_label; }
    QCheckBox *orderLevelOnly() const { return m_orderLevelOnly; }

Q_SIGNALS:
    void choiceChanged();

private:
    QLabel *m_label;
    QCheckBox *m_orderLevelOnly;
    QString m_planKey; ///< the plan the check box was last set up for
};

} // namespace Portrait::Ui
