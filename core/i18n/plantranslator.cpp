// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantranslator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

thread_local const PlanLanguage *t_current = nullptr;

QString languageCode(const QString &name)
{
    const QString code = name.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    return code.isEmpty() ? u"en"_s : code;
}

// One loaded translator per language for the whole process: loading a .qm costs more than
// building a small plan, and a preview builds one after every pause in typing. QTranslator's
// translate() only reads the loaded data, so threads share one safely.
std::shared_ptr<const QTranslator> translatorFor(const QString &code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    if (const auto it = loaded.constFind(code); it != loaded.cend())
        return it.value();
    auto translator = std::make_shared<QTranslator>();
    std::shared_ptr<const QTranslator> result;
    if (translator->load(u":/i18n/blendwise_"_s + code + u".qm"_s))
        result = std::move(translator);
    loaded.insert(code, result); // a language without a translation is remembered too
    return result;
}

// What QCoreApplication::translate does with %n and %Ln, with the plan's locale for %Ln.
void replacePercentN(QString &text, int n, const QString &code)
{
    if (n < 0)
        return;
    for (qsizetype at = text.indexOf(u'%'); at >= 0 && at + 1 < text.size(); at = text.indexOf(u'%', at + 1)) {
        const bool localized = text.at(at + 1) == u'L';
        const qsizetype letter = at + (localized ? 2 : 1);
        if (letter >= text.size() || text.at(letter) != u'n')
            continue;
        const QString number = localized ? QLocale(code).toString(n) : QString::number(n);
        text.replace(at, letter - at + 1, number);
        at += number.size() - 1;
    }
}

} // namespace

PlanLanguage::PlanLanguage()
    : m_code(u"en"_s)
{
}

PlanLanguage::PlanLanguage(const QString &language)
    : m_code(languageCode(language))
{
    if (m_code != u"en")
        m_translator = translatorFor(m_code);
    if (!m_translator)
        m_code = u"en"_s; // no translation: the plan is written in the English source texts
}

QString PlanLanguage::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isNull())
        text = QString::fromUtf8(source);
    replacePercentN(text, n, m_code);
    return text;
}

bool PlanLanguage::translates(const char *context, const char *source, const char *disambiguation) const
{
    return m_translator && !m_translator->translate(context, source, disambiguation).isEmpty();
}

PlanLanguageScope::PlanLanguageScope(const PlanLanguage &language)
    : m_language(language)
    , m_outer(t_current)
{
    t_current = &m_language;
}

PlanLanguageScope::~PlanLanguageScope()
{
    t_current = m_outer;
}

const PlanLanguage *currentPlanLanguage()
{
    return t_current;
}

QString planTr(const char *context, const char *source, const char *disambiguation, int n)
{
    if (const PlanLanguage *language = t_current)
        return language->translate(context, source, disambiguation, n);
    return QCoreApplication::translate(context, source, disambiguation, n);
}

} // namespace bw
