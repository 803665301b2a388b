// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypassworddialog.h"

#include "librarykeychain.h"
#include "librarysession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

LibraryPasswordDialog::LibraryPasswordDialog(const QString &reason, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Team Library Password"));
    const LibrarySettings settings = LibrarySession::settings();
    auto *intro = new QLabel(tr("The team library at %1 asks for your password.").arg(settings.describe()), this);
    intro->setWordWrap(true);
    auto *why = new QLabel(reason, this);
    why->setWordWrap(true);
    why->setEnabled(false); // the server's words, in the quieter colour
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"libraryPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Pass&word:"), this);
    label->setBuddy(m_password);
    form->addRow(label, m_password);
    if (LibraryKeychain::isAvailable()) {
        m_remember = new QCheckBox(tr("&Keep the password in the system keychain"), this);
        m_remember->setChecked(LibrarySession::remembersPassword());
        form->addRow(QString(), m_remember);
    }
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LibraryPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

void LibraryPasswordDialog::accept()
{
    if (m_keeping || m_password->text().isEmpty())
        return;
    const QString password = m_password->text();
    LibrarySession::setSessionPassword(password);
    if (!m_remember || !m_remember->isChecked()) {
        Q_EMIT signedIn();
        QDialog::accept();
        return;
    }
    m_keeping = true;
    m_status->setText(tr("Keeping the password in the system keychain…"));
    LibrarySession::keepPassword(password, this, [this](const QString &error) {
        m_keeping = false;
        if (!error.isEmpty()) {
            // Signed in all the same: the keychain is a convenience, the session has the password.
            m_remember->setChecked(false);
            m_status->setText(tr("The system keychain could not keep the password (%1). It is kept for this session "
                                 "only; press Sign In to go on without the keychain.")
                                  .arg(error));
            return;
        }
        Q_EMIT signedIn();
        QDialog::accept();
    });
}

} // namespace bw::ui
