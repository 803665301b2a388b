// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "plantranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QStringList>
#include <QTranslator>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace bw {

namespace {
// The translations installTranslations() put in place for the interface, if any.
QPointer<QTranslator> &interfaceTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QString languageCode(const QString &name)
{
    const QString code = name.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    return code.isEmpty() ? u"en"_s : code;
}

// Whether `language`'s compiled-in translation writes a plan: the document's kind and every
// heading of its sections, in the source texts of plan/plantext.cpp and plan/planbuilder.cpp.
// A heading reworded there and not here makes the translations stop being offered once lupdate
// has run, and test_translations (which expects de and fr offered, and builds a plan in each)
// says so.
bool holdsPlanTexts(const PlanLanguage &language)
{
    static constexpr const char *planText[]
        = { "Blended-learning plan", "Contents", "Cover", "Summary", "The blend at a glance", "Flow overview",
              "Learning sequences", "Schedule", "Tools", "Community", "Evaluation plan", "Design review" };
    static constexpr const char *planBuilder[] = { "Objectives", "In-class moments" };
    const auto holds = [&](const char *context, const auto &sources) {
        return std::all_of(std::begin(sources), std::end(sources),
            [&](const char *source) { return language.translates(context, source); });
    };
    return language.translated() && holds("bw::plan::PlanText", planText)
        && holds("bw::plan::PlanBuilder", planBuilder);
}
} // namespace

QStringList translatedLanguages()
{
    QStringList languages;
    const auto files = QDir(u":/i18n"_s).entryList({ u"blendwise_*.qm"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(10, file.size() - 13)); // "blendwise_" … ".qm"
    return languages;
}

QStringList planLanguages()
{
    QStringList languages { u"en"_s, u"en_GB"_s };
    for (const QString &code : translatedLanguages())
        if (holdsPlanTexts(PlanLanguage(code)))
            languages.append(code);
    return languages;
}

bool isPlanLanguage(const QString &language)
{
    const QString code = languageCode(language);
    return code == u"en" || holdsPlanTexts(PlanLanguage(code));
}

QString planLanguageName(const QString &language)
{
    const QLocale locale(language);
    if (locale.language() == QLocale::C || languageCode(language) != languageCode(locale.name()))
        return language; // a code Qt does not know, which QLocale would read as English or C
    if (locale.language() == QLocale::English) {
        // "en" is QLocale's en_US: American dates and a 12-hour clock.
        if (locale.territory() == QLocale::UnitedStates)
            return u"English (US)"_s;
        if (locale.territory() == QLocale::UnitedKingdom)
            return u"English (UK)"_s;
        return u"English ("_s + locale.nativeTerritoryName() + u')';
    }
    // The language's own name, not the variant's ("Deutsch", not "Österreichisches Deutsch").
    QString name = QLocale(locale.language()).nativeLanguageName();
    if (name.isEmpty())
        return language;
    name[0] = name[0].toUpper();
    if (language.contains(u'_') || language.contains(u'-')) {
        QString territory = locale.nativeTerritoryName();
        if (!territory.isEmpty())
            name += u" ("_s + territory + u')';
    }
    return name;
}

QString installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return {};
    // Owned by the application, so they live exactly as long as the texts they translate.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    auto *own = new QTranslator(app);
    if (!own->load(locale, u"blendwise"_s, u"_"_s, u":/i18n"_s)) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    interfaceTranslator() = own;
    return own->language();
}

void removeTranslations()
{
    for (QPointer<QTranslator> *translator : { &interfaceTranslator(), &qtTranslator() }) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

} // namespace bw
