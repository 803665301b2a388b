// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 main for core tests: a QGuiApplication (fonts, images, PDF) on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BlendwiseTests"));
    return Catch::Session().run(argc, argv);
}
