// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"
#include "mime.h"
#include "projectsession.h"
#include "storage/recoverystore.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

// A studio window on a private settings file and recovery folder, shown and active (shortcuts
// only reach active windows). Message boxes are answered by `answer` and recorded in `prompts`;
// Save As is answered with `savePath`.
struct WorkspaceFixture {
    QTemporaryDir dir;
    std::shared_ptr<bw::RecoveryStore> store;
    std::unique_ptr<bw::ui::MainWindow> window;
    QStringList prompts;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    QString savePath;

    WorkspaceFixture()
    {
        REQUIRE(dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
        QStandardPaths::setTestModeEnabled(true);
        store = std::make_shared<bw::RecoveryStore>(dir.filePath(QStringLiteral("recovery")));
        window = makeWindow();
    }

    std::unique_ptr<bw::ui::MainWindow> makeWindow()
    {
        auto w = std::make_unique<bw::ui::MainWindow>(store);
        w->session()->setPrompt([this](QMessageBox::Icon, const QString &, const QString &text,
                                       QMessageBox::StandardButtons buttons) {
            prompts.append(text);
            return (buttons & answer) ? answer : QMessageBox::Cancel;
        });
        w->session()->setSavePathPrompt([this](const QString &) { return savePath; });
        w->show();
        w->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(w.get()));
        return w;
    }

    ~WorkspaceFixture()
    {
        if (window) {
            answer = QMessageBox::Discard;
            window->close();
        }
    }
};
