// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio.h"

#include <QApplication>
#include <QMainWindow>

namespace bw::ui {

int runStudio(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.show();
    return app.exec();
}

} // namespace bw::ui
