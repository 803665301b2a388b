// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysettingsdialog.h"

#include "librarykeychain.h"
#include "librarysession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

struct TestAnswer {
    QStringList roles;
    LibraryCounts counts;
    QString server;
};

} // namespace

LibrarySettingsDialog::LibrarySettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"librarySettingsDialog"_s);
    setWindowTitle(tr("Team Library Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A team library is a PostgreSQL database your consultancy shares: tools, client "
                                "profiles, templates and activity patterns. Name a libpq service, or the server, "
                                "database and user. Leave everything empty to work without one."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const LibrarySettings current = LibrarySession::settings();
    auto *form = new QFormLayout;
    m_service = new QLineEdit(current.service, this);
    m_service->setPlaceholderText(tr("from pg_service.conf, e.g. blendwise"));
    m_host = new QLineEdit(current.host, this);
    m_host->setPlaceholderText(tr("e.g. db.example.com"));
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_port->setValue(current.port);
    m_database = new QLineEdit(current.database, this);
    m_user = new QLineEdit(current.user, this);
    m_user->setPlaceholderText(tr("your login name"));
    m_password = new QLineEdit(current.password, this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_password->setToolTip(LibraryKeychain::isAvailable()
            ? tr("Kept for this session only, unless the system keychain keeps it. Never in Blendwise's settings.")
            : tr("Kept for this session only, never saved. ~/.pgpass keeps it across sessions."));
    if (LibraryKeychain::isAvailable()) {
        m_remember = new QCheckBox(tr("&Keep the password in the system keychain"), this);
        m_remember->setObjectName(u"rememberPassword"_s);
        m_remember->setChecked(LibrarySession::remembersPassword());
        m_remember->setToolTip(tr("GNOME Keyring, KWallet or your system's own keychain keeps it, locked with your login"));
    }
    m_sslmode = new QComboBox(this);
    m_sslmode->addItem(tr("libpq’s default"), QString());
    for (const char *mode : { "disable", "allow", "prefer", "require", "verify-ca", "verify-full" })
        m_sslmode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_sslmode->setCurrentIndex(std::max(0, m_sslmode->findData(current.sslmode)));
    m_schema = new QLineEdit(current.schema, this);
    m_service->setObjectName(u"libraryService"_s);
    m_host->setObjectName(u"libraryHost"_s);
    m_database->setObjectName(u"libraryDatabase"_s);
    m_user->setObjectName(u"libraryUser"_s);
    m_password->setObjectName(u"libraryPassword"_s);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    if (m_remember)
        form->addRow(QString(), m_remember);
    form->addRow(tr("SS&L mode:"), m_sslmode);
    form->addRow(tr("S&chema:"), m_schema);
    layout->addLayout(form);

    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &LibrarySettingsDialog::testConnection);
    m_result = new QLabel(this);
    m_result->setObjectName(u"libraryTestResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);

    auto *buttons = m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

LibrarySettings LibrarySettingsDialog::edited() const
{
    LibrarySettings s;
    s.service = m_service->text().trimmed();
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.sslmode = m_sslmode->currentData().toString();
    s.schema = m_schema->text().trimmed().isEmpty() ? u"blendwise"_s : m_schema->text().trimmed();
    return s;
}

void LibrarySettingsDialog::accept()
{
    if (m_keeping)
        return;
    const LibrarySettings before = LibrarySession::settings();
    const bool remembered = LibrarySession::remembersPassword();
    const LibrarySettings now = edited();
    LibrarySession::setSettings(now);
    LibrarySession::setSessionPassword(now.password);
    const bool remember = m_remember && m_remember->isChecked() && !now.password.isEmpty();
    // A password kept for other settings (another user, server) or no longer wanted goes.
    if (remembered && (!remember || LibraryKeychain::keyFor(before) != LibraryKeychain::keyFor(now)))
        LibraryKeychain::remove(before, qApp, [](const QString &) {});
    if (!remember) {
        LibrarySession::setRemembersPassword(false);
        QDialog::accept();
        return;
    }
    // The keychain may take a moment (or ask to be unlocked): the dialog waits, the window does not.
    m_keeping = true;
    m_buttons->setEnabled(false);
    m_result->setText(tr("Keeping the password in the system keychain…"));
    LibrarySession::keepPassword(now.password, this, [this](const QString &error) {
        m_keeping = false;
        m_buttons->setEnabled(true);
        if (!error.isEmpty()) {
            m_remember->setChecked(false);
            m_result->setText(tr("The system keychain could not keep the password (%1). It is kept for this session "
                                 "only; press OK to go on without the keychain.")
                                  .arg(error));
            Q_EMIT keychainDone(false);
            return;
        }
        Q_EMIT keychainDone(true);
        QDialog::accept();
    });
}

void LibrarySettingsDialog::testConnection()
{
    // The session's settings are what LibrarySession::run connects with: test what is typed
    // without keeping it unless OK is pressed.
    const LibrarySettings before = LibrarySession::settings();
    LibrarySession::setSettings(edited());
    LibrarySession::setSessionPassword(m_password->text());
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(edited().describe()));
    LibrarySession::run<TestAnswer>(
        this,
        [](TeamLibrary &library, LibraryError &error) {
            TestAnswer answer;
            answer.roles = library.roles(&error);
            if (!error)
                answer.counts = library.counts(&error);
            answer.server = library.serverVersion();
            return answer;
        },
        [this](TestAnswer answer, const LibraryError &error) {
            m_test->setEnabled(true);
            if (error) {
                m_result->setText(tr("Not connected: %1").arg(error.message));
                return;
            }
            m_result->setText(
                tr("Connected (PostgreSQL %1). Your roles: %2. The library holds %3 tools, %4 client profiles, "
                   "%5 templates and %6 patterns.")
                    .arg(answer.server, answer.roles.isEmpty() ? tr("none") : answer.roles.join(u", "_s))
                    .arg(answer.counts.tools)
                    .arg(answer.counts.clients)
                    .arg(answer.counts.templates)
                    .arg(answer.counts.patterns));
        });
    LibrarySession::setSettings(before);
    LibrarySession::setSessionPassword(before.password);
}

QString LibrarySettingsDialog::testResult() const
{
    return m_result->text();
}

} // namespace bw::ui
