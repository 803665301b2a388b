// SPDX-License-Identifier: GPL-3.0-or-later
// Project properties → Language offers the languages a plan is written in, and keeps one a
// project already has.
#include <catch2/catch.hpp>

#include "document/document.h"
#include "i18n/translations.h"
#include "projectpropertiesdialog.h"

#include <QComboBox>

using namespace bw;
using namespace bw::ui;
using namespace Qt::StringLiterals;

namespace {

Project projectIn(const QString &language)
{
    Project p;
    p.info.title = u"Induction"_s;
    p.info.language = language;
    return p;
}

QComboBox *languageBox(const ProjectPropertiesDialog &dialog)
{
    for (QComboBox *box : dialog.findChildren<QComboBox *>())
        if (box->accessibleName() == u"Language")
            return box;
    return nullptr;
}

QStringList codes(const QComboBox &box)
{
    QStringList out;
    for (int i = 0; i < box.count(); ++i)
        out.append(box.itemData(i).toString());
    return out;
}

} // namespace

TEST_CASE("Project language: only languages whose plan is translated are offered", "[ui][i18n]")
{
    Document doc(projectIn(u"fr"_s));
    ProjectPropertiesDialog dialog(&doc);
    QComboBox *box = languageBox(dialog);
    REQUIRE(box != nullptr);
    CHECK(codes(*box) == planLanguages());
    for (const QString &code : { u"en"_s, u"en_GB"_s, u"de"_s, u"fr"_s, u"nl"_s })
        CHECK(codes(*box).contains(code));
    CHECK_FALSE(codes(*box).contains(u"es"_s));
    CHECK(box->currentData().toString() == u"fr"_s);
    CHECK(box->currentText() == u"Français"_s);
    CHECK(box->itemText(box->findData(u"en_GB"_s)) == u"English (UK)"_s);

    box->setCurrentIndex(box->findData(u"en_GB"_s));
    REQUIRE(dialog.problem().isEmpty());
    dialog.accept();
    CHECK(doc.project().info.language == u"en_GB"_s);
}

TEST_CASE("Project language: a project keeps a language that is not offered", "[ui][i18n]")
{
    Document doc(projectIn(u"es"_s));
    {
        ProjectPropertiesDialog dialog(&doc);
        QComboBox *box = languageBox(dialog);
        REQUIRE(box != nullptr);
        CHECK(box->count() == planLanguages().size() + 1);
        CHECK(box->currentData().toString() == u"es"_s);
        CHECK(box->currentText() == u"es (not translated)"_s);
        dialog.accept();
    }
    CHECK(doc.project().info.language == u"es"_s);

    // A variant of an offered language is shown under its own name, not as untranslated.
    Document austrian(projectIn(u"de_AT"_s));
    ProjectPropertiesDialog dialog(&austrian);
    QComboBox *box = languageBox(dialog);
    REQUIRE(box != nullptr);
    CHECK(box->currentData().toString() == u"de_AT"_s);
    CHECK(box->currentText() == u"Deutsch (Österreich)"_s);
}
