// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for widget tests: a real QApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Tests never touch the user's settings or recent files.
    QCoreApplication::setOrganizationName(QStringLiteral("BlendwiseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("blendwise-tests"));
    // Nor each other's: test binaries run side by side (ctest -j) get settings of their own.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
