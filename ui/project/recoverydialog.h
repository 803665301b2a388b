// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/recoverystore.h"

#include <QDialog>

#include <optional>

class QListWidget;
class QPushButton;

namespace bw::ui {

// Offered at start when studios that did not close normally left recovery copies. Recover opens
// the chosen copy; Discard deletes copies for good; Later keeps them for the next start. Each copy
// is compared with its file: when the file was saved after the copy, the dialog says so and
// Discard becomes the default, so Enter never brings back older work.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryDialog(RecoveryStore *store, QList<RecoveryEntry> entries, QWidget *parent = nullptr);

    // The copy to recover once the dialog was accepted.
    std::optional<RecoveryEntry> chosen() const { return m_chosen; }
    QListWidget *list() const { return m_list; }
    QPushButton *recoverButton() const { return m_recover; }
    QPushButton *discardButton() const { return m_discard; }
    // How the copy in `row` relates to its file.
    RecoveryState state(int row) const { return m_states.value(row, RecoveryState::Untitled); }

public Q_SLOTS:
    void recoverSelected();
    void discardSelected();

private:
    void fill();
    void updateDefault();

    RecoveryStore *m_store;
    QList<RecoveryEntry> m_entries;
    QList<RecoveryState> m_states; // parallel to m_entries
    std::optional<RecoveryEntry> m_chosen;
    QListWidget *m_list;
    QPushButton *m_recover;
    QPushButton *m_discard;
};

} // namespace bw::ui
