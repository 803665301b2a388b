// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bw {
struct LibrarySettings;
}

namespace bw::ui {

// Edit ▸ Team Library Settings…: where the team library is — a libpq service name, or host,
// port, database and user —, sslmode and the schema. The password is not stored: libpq reads
// ~/.pgpass, or the one typed here is kept for this session only. "Test Connection" reaches the
// library off the GUI thread and says what it found (schema, roles, counts) or why it failed.
class LibrarySettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit LibrarySettingsDialog(QWidget *parent = nullptr);

    void accept() override;
    // Tests: start a test and read its answer.
    void testConnection();
    QString testResult() const;
    QCheckBox *rememberBox() const { return m_remember; } // null without keychain support

Q_SIGNALS:
    // OK with "Keep the password in the system keychain": whether the keychain kept it.
    void keychainDone(bool kept);

private:
    LibrarySettings edited() const;

    QLineEdit *m_service;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslmode;
    QLineEdit *m_schema;
    QPushButton *m_test;
    QLabel *m_result;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_keeping = false;
};

} // namespace bw::ui
