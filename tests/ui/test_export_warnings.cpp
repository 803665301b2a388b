// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export… tells the designer which characters no font can draw, after writing the file.
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "exportdialog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

TEST_CASE("Export dialog shows characters no font has, naming the activity", "[ui][export][scripts]")
{
    QSettings().remove(u"export"_s);
    bw::Project project = *bw::templateProject(u"it-risk"_s);
    project.objectives[0].activities[0].title = u"Kick-off 🫨"_s; // U+1FAE8: in no font on Debian 12
    bw::Document document(project);
    QTemporaryDir dir;
    bw::ui::ExportDialog dialog(&document);
    dialog.setFormat(u"odt"_s);
    dialog.setDestination(dir.filePath(u"plan.odt"_s));

    // The notice is modal: read it and close it once it is up.
    QString text, details;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            details = box->detailedText();
            box->accept();
        }
    });
    poll.start(50);
    dialog.accept();
    poll.stop();

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(QFileInfo::exists(dir.filePath(u"plan.odt"_s)));
    CHECK(text.contains(u"plan.odt"_s));
    CHECK(details == u"Activity 1.1 “Kick-off 🫨”: no font has a glyph for U+1FAE8"_s);
}
