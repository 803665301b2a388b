// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace bw {

// Installs Blendwise's translation for `locale` (compiled in under :/i18n) and Qt's own, when
// they exist, on the running application. Returns the language whose translation was installed,
// or an empty string when Blendwise speaks English (its source language) for that locale.
QString installTranslations(const QLocale &locale = QLocale());

// Takes back what installTranslations() installed: English source texts again.
void removeTranslations();

// The languages Blendwise ships translations for, besides English.
QStringList translatedLanguages();

// While it lives, Blendwise's texts (tr()) speak `language` — an ISO 639 code such as "de" or
// "de_DE"; English, or a language without a translation, gives the English source texts. Plan
// documents are written in the project's language whatever the language of the user interface.
// For the main thread only, around work that paints or writes nothing of the interface.
// Superseded for plans by PlanLanguageScope (i18n/plantranslator.h), which leaves the
// application's translators alone and works on any thread; plan::buildPlan and the export
// service use that. Still used by the plan preview and the print preview dialog until they do.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString &language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QTranslator *m_suspended = nullptr; // the interface's translation, back in the destructor
    std::unique_ptr<QTranslator> m_installed;
};

} // namespace bw
