// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio.h"

#include "mainwindow.h"
#include "theme.h"

#include "i18n/translations.h"

#include <QApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bw::ui {

int runStudio(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Blendwise"_s);
    QCoreApplication::setOrganizationDomain(u"blendwise.example"_s);
    QCoreApplication::setApplicationName(u"Blendwise"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BLENDWISE_VERSION));
    // Matches packaging/io.blendwise.Blendwise.desktop, so desktops find the icon and name.
    QGuiApplication::setDesktopFileName(u"io.blendwise.Blendwise"_s);
    // Blendwise's texts and Qt's own (file dialogs, standard buttons) in the user's language.
    installTranslations();
    Theme::instance()->restore();

    MainWindow window;
    window.show();
    QStringList files = QCoreApplication::arguments().mid(1);
    // The window paints first; recovery and the file open right after, in front of it.
    QTimer::singleShot(0, &window, [&window, files] { window.start(files); });
    return app.exec();
}

} // namespace bw::ui
