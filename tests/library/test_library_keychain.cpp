// SPDX-License-Identifier: GPL-3.0-or-later
// The team library's password in the system keychain (ui/library/librarykeychain), against a real
// Secret Service: CTest runs "[keychain]" inside dbus-run-session with an unlocked GNOME Keyring
// (with-keyring.sh), and "[nokeychain]" with no session bus at all.
#include "librarykeychain.h"
#include "librarysession.h"
#include "librarysettingsdialog.h"
#include "librarystatuslabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace bw;
using namespace bw::ui;

namespace {

const QString Secret = u"Kl4r-wasser 7!"_s;

QString readKeychain(const LibrarySettings &settings, QString *error)
{
    QString password;
    bool done = false;
    QObject context;
    LibraryKeychain::read(settings, &context, [&](const QString &p, const QString &e) {
        password = p;
        *error = e;
        done = true;
    });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 20000));
    return password;
}

// What the settings file holds, every byte: the password must never be among them.
QByteArray settingsFileBytes()
{
    QSettings s;
    s.sync();
    QFile f(s.fileName());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void fillDialog(LibrarySettingsDialog &dialog, const QString &user)
{
    auto field = [&dialog](const QString &name) {
        auto *edit = dialog.findChild<QLineEdit *>(name);
        REQUIRE(edit);
        return edit;
    };
    field(u"libraryHost"_s)->setText(u"db.example.org"_s);
    field(u"libraryDatabase"_s)->setText(u"teamlib"_s);
    field(u"libraryUser"_s)->setText(user);
    field(u"libraryPassword"_s)->setText(Secret);
}

} // namespace

TEST_CASE("keychain: OK keeps the password in the system keychain, never in the settings; a new session takes it back",
    "[keychain]")
{
    REQUIRE(LibraryKeychain::isAvailable());
    REQUIRE(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QSettings().clear();
    LibrarySession::setSessionPassword({});

    LibrarySettingsDialog dialog;
    fillDialog(dialog, u"ana"_s);
    QCheckBox *remember = dialog.rememberBox();
    REQUIRE(remember);
    CHECK_FALSE(remember->isChecked()); // off until asked for
    remember->setChecked(true);
    QSignalSpy kept(&dialog, &LibrarySettingsDialog::keychainDone);
    dialog.accept();
    REQUIRE(kept.wait(20000));
    INFO(dialog.testResult().toStdString());
    REQUIRE(kept.first().first().toBool());
    CHECK(dialog.result() == QDialog::Accepted);

    const LibrarySettings settings = LibrarySession::settings();
    CHECK(settings.host == u"db.example.org"_s);
    CHECK(LibrarySession::remembersPassword());
    CHECK_FALSE(settingsFileBytes().contains(Secret.toUtf8()));
    QString error;
    CHECK(readKeychain(settings, &error) == Secret);
    CHECK(error.isEmpty());

    // The studio starts again: no password in the session until the keychain gives it.
    LibrarySession::setSessionPassword({});
    bool restored = false;
    bool done = false;
    QObject context;
    LibrarySession::restorePassword(&context, [&](bool r, const QString &) {
        restored = r;
        done = true;
    });
    REQUIRE(QTest::qWaitFor([&] { return done; }, 20000));
    CHECK(restored);
    CHECK(LibrarySession::settings().password == Secret);

    // Unticked: the keychain forgets it, and the next session has no password.
    {
        LibrarySettingsDialog again;
        REQUIRE(again.rememberBox()->isChecked());
        again.rememberBox()->setChecked(false);
        again.accept();
        CHECK(again.result() == QDialog::Accepted);
    }
    CHECK_FALSE(LibrarySession::remembersPassword());
    REQUIRE(QTest::qWaitFor([&] {
        QString e;
        return readKeychain(settings, &e).isEmpty();
    }, 20000));
    QSettings().clear();
    LibrarySession::setSessionPassword({});
}

TEST_CASE("keychain: another user's settings drop the password kept for the first", "[keychain]")
{
    QSettings().clear();
    LibrarySession::setSessionPassword({});
    LibrarySettings ana;
    {
        LibrarySettingsDialog dialog;
        fillDialog(dialog, u"ana"_s);
        dialog.rememberBox()->setChecked(true);
        QSignalSpy kept(&dialog, &LibrarySettingsDialog::keychainDone);
        dialog.accept();
        REQUIRE(kept.wait(20000));
        REQUIRE(kept.first().first().toBool());
        ana = LibrarySession::settings();
    }
    {
        LibrarySettingsDialog dialog;
        fillDialog(dialog, u"ben"_s);
        QSignalSpy kept(&dialog, &LibrarySettingsDialog::keychainDone);
        dialog.accept();
        REQUIRE(kept.wait(20000));
        REQUIRE(kept.first().first().toBool());
    }
    CHECK(LibraryKeychain::keyFor(LibrarySession::settings()) == u"ben@db.example.org:5432/teamlib"_s);
    REQUIRE(QTest::qWaitFor([&] {
        QString e;
        return readKeychain(ana, &e).isEmpty();
    }, 20000));
    QString error;
    CHECK(readKeychain(LibrarySession::settings(), &error) == Secret);
    QSettings().clear();
    LibrarySession::setSessionPassword({});
}

TEST_CASE("keychain: without a keychain running, OK says so, keeps the password for the session only",
    "[nokeychain]")
{
    REQUIRE(LibraryKeychain::isAvailable());
    REQUIRE(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QSettings().clear();
    LibrarySession::setSessionPassword({});
    LibrarySettingsDialog dialog;
    fillDialog(dialog, u"ana"_s);
    dialog.rememberBox()->setChecked(true);
    QSignalSpy kept(&dialog, &LibrarySettingsDialog::keychainDone);
    dialog.accept();
    REQUIRE(kept.wait(30000));
    CHECK_FALSE(kept.first().first().toBool());
    CHECK(dialog.result() != QDialog::Accepted); // still open, saying why
    CHECK(dialog.testResult().contains(u"could not keep the password"_s));
    CHECK_FALSE(dialog.rememberBox()->isChecked());
    CHECK_FALSE(LibrarySession::remembersPassword());
    CHECK(LibrarySession::settings().password == Secret); // this session still has it
    CHECK_FALSE(settingsFileBytes().contains(Secret.toUtf8()));
    dialog.accept(); // OK again: goes on without the keychain
    CHECK(dialog.result() == QDialog::Accepted);
    QSettings().clear();
    LibrarySession::setSessionPassword({});
}
