// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

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
} // namespace

QStringList translatedLanguages()
{
    QStringList languages;
    const auto files = QDir(u":/i18n"_s).entryList({ u"blendwise_*.qm"_s }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(10, file.size() - 13)); // "blendwise_" … ".qm"
    return languages;
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

ScopedLanguage::ScopedLanguage(const QString &language)
{
    QTranslator *current = interfaceTranslator().data();
    const QString wanted = languageCode(language);
    if (wanted == (current ? languageCode(current->language()) : u"en"_s))
        return;
    if (current) {
        QCoreApplication::removeTranslator(current);
        m_suspended = current;
    }
    if (wanted == u"en"_s)
        return;
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/blendwise_"_s + wanted + u".qm"_s)) {
        QCoreApplication::installTranslator(translator.get());
        m_installed = std::move(translator);
    }
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_installed)
        QCoreApplication::removeTranslator(m_installed.get());
    if (m_suspended && interfaceTranslator() == m_suspended)
        QCoreApplication::installTranslator(m_suspended);
}

} // namespace bw
