// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace bw::ui {

// The team library refused the login and the session has no password: asked once, when the
// studio first finds out (and again only when the designer clicks the status bar's "sign-in
// needed"). The password stays for the session; "Keep it in the system keychain" hands it to
// LibraryKeychain as the settings dialog does. Never written to Blendwise's settings.
class LibraryPasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit LibraryPasswordDialog(const QString &reason, QWidget *parent = nullptr);

    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; } // null without keychain support
    void accept() override;

Q_SIGNALS:
    void signedIn(); // the session has the password now (and the keychain, if asked, has it too)

private:
    QLineEdit *m_password;
    QCheckBox *m_remember = nullptr;
    QLabel *m_status;
    bool m_keeping = false;
};

} // namespace bw::ui
