// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace bw {

// The language a plan document is written in: the project's (Project properties → Language),
// whatever the language of the user interface. A cheap value that holds Blendwise's compiled-in
// translation for that language (:/i18n/blendwise_<code>.qm, loaded once per language and
// shared), or none for English, Blendwise's source language, and for languages without a
// translation. It never touches the application's installed translators, so building a plan
// neither retranslates the studio nor depends on the GUI thread: any thread may use one.
// Qt's own translations are not needed: no text of the plan comes from Qt.
class PlanLanguage {
public:
    PlanLanguage(); // English
    explicit PlanLanguage(const QString &language); // an ISO 639 code: "de", "de_AT", "en", ""

    QString code() const { return m_code; } // "de"; "en" for English or an untranslated language
    bool translated() const { return m_translator != nullptr; }

    // The translation of `source` in `context` (the same contexts and messages as tr()), the
    // English source text when there is none. %n is replaced by `n` when n >= 0, like tr().
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;
    // Whether this language's translation holds a translation of `source` in `context`.
    bool translates(const char *context, const char *source, const char *disambiguation = nullptr) const;

private:
    QString m_code;
    std::shared_ptr<const QTranslator> m_translator;
};

// While it lives, planTr() on this thread speaks `language`. Scopes nest (the innermost wins)
// and belong to the thread that made them: a worker thread building a plan does not change what
// the GUI thread shows. The language is copied, so a temporary is fine.
class PlanLanguageScope {
public:
    explicit PlanLanguageScope(const PlanLanguage &language);
    ~PlanLanguageScope();
    PlanLanguageScope(const PlanLanguageScope &) = delete;
    PlanLanguageScope &operator=(const PlanLanguageScope &) = delete;

private:
    PlanLanguage m_language;
    const PlanLanguage *m_outer;
};

// The plan language in effect on this thread, or nullptr outside every PlanLanguageScope.
const PlanLanguage *currentPlanLanguage();

// Translates text that appears in plan documents (and may appear in the studio too, such as the
// names of phases or the advisor's findings): inside a PlanLanguageScope in the scope's
// language, elsewhere like QCoreApplication::translate in the interface's. lupdate knows it as
// an alias of `translate` (see docs/ARCHITECTURE.md, "Translations").
QString planTr(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);

} // namespace bw

// Q_DECLARE_TR_FUNCTIONS for classes whose texts end up in plan documents: the class's tr()
// goes through planTr(). lupdate knows it as an alias of Q_DECLARE_TR_FUNCTIONS.
#define BW_PLAN_TR_FUNCTIONS(context)                                                                                  \
public:                                                                                                                \
    static inline QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)                 \
    {                                                                                                                  \
        return ::bw::planTr(#context, sourceText, disambiguation, n);                                                  \
    }                                                                                                                  \
                                                                                                                       \
private:
