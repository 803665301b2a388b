// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recoverystore.h"

#include <QDialog>

#include <optional>

class QListWidget;
class QPushButton;

namespace bw::ui {

// Offered at start when studios that did not close normally left recovery copies. Recover opens
// the chosen copy; Discard deletes copies for good; Later keeps them for the next start.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryDialog(RecoveryStore *store, QList<RecoveryEntry> entries, QWidget *parent = nullptr);

    // The copy to recover once the dialog was accepted.
    std::optional<RecoveryEntry> chosen() const { return m_chosen; }
    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    void recoverSelected();
    void discardSelected();

private:
    void fill();

    RecoveryStore *m_store;
    QList<RecoveryEntry> m_entries;
    std::optional<RecoveryEntry> m_chosen;
    QListWidget *m_list;
    QPushButton *m_recover;
    QPushButton *m_discard;
};

} // namespace bw::ui
