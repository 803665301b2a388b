// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace bw {

// Installs Blendwise's translation for `locale` (compiled in under :/i18n) and Qt's own, when
// they exist, on the running application. Returns the language whose translation was installed,
// or an empty string when Blendwise speaks English (its source language) for that locale.
QString installTranslations(const QLocale &locale = QLocale());

// Takes back what installTranslations() installed: English source texts again.
void removeTranslations();

// The languages Blendwise ships translations for, besides English.
QStringList translatedLanguages();

// The languages a project's plan can be written in (Project properties → Language), as codes
// in the order to offer them: "en" (US formats), "en_GB" (British dates and a 24-hour clock) —
// English is Blendwise's source language — then every compiled-in translation that holds the
// plan's texts. A translation of the studio alone would write a plan in English under another
// language's name, so it is not offered.
QStringList planLanguages();

// Whether a plan in `language` ("fr", "de_AT", "en_GB") is written in that language: English
// in any variant, or a language planLanguages() offers.
bool isPlanLanguage(const QString &language);

// The name to offer a plan language under, in that language (a Dutch consultant looks for
// "Nederlands"): "English (US)", "English (UK)", "Deutsch", "Français", "Nederlands"; the
// territory is added for other variants ("Deutsch (Österreich)"). The code itself when Qt
// knows no name for it.
QString planLanguageName(const QString &language);

} // namespace bw
