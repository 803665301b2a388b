// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace bw {

// Thrown by JsonObjectReader when a document cannot be imported. The message names the place,
// e.g. "objectives[2].activities[0].phase: unknown value …". Caught at the import entry points.
struct JsonReadError {
    QString message;
};

// Reads one JSON object of the interchange format, knowing where it sits in the document so
// that every error and warning names its path. Each accessor marks its key as known;
// warnUnknownKeys() then reports the keys nobody asked for (PRODUCT.md §7: unknown keys are
// ignored with a warning). Missing optional keys take the fallback the caller gives.
class JsonObjectReader {
    // The context of the interchange's texts (tr() is public), declared first so that lupdate
    // files every text of the class under it too.
    Q_DECLARE_TR_FUNCTIONS(bw::JsonInterchange)

public:
    JsonObjectReader(const QJsonObject &object, const QString &path, QStringList *warnings);

    const QString &path() const { return m_path; }
    QString pathOf(QLatin1String key) const;
    bool has(QLatin1String key) const;
    // Marks a key as known without reading it (e.g. a template's own description).
    void ignore(QLatin1String key);

    QString string(QLatin1String key, const QString &fallback = {});
    QString requiredString(QLatin1String key);
    bool boolean(QLatin1String key, bool fallback);
    int integer(QLatin1String key, int fallback);
    QStringList stringList(QLatin1String key, const QStringList &fallback = {});
    // An item's key or a reference to one ("id", "toolId" …): a whole number from 1 to
    // Limits::MaxId; nullopt when missing or null.
    std::optional<qint64> itemKey(QLatin1String key);
    // The raw value (Undefined when missing); the caller checks its type with typeError().
    QJsonValue value(QLatin1String key);
    // Readers for each object of an array; an element that is not an object is an error.
    QList<JsonObjectReader> objectList(QLatin1String key);
    // Reader for a nested object; an empty one when the key is missing.
    JsonObjectReader object(QLatin1String key);

    template <typename E> E enumValue(QLatin1String key, E fallback)
    {
        if (!has(key))
            return fallback;
        return enumAt<E>(key);
    }
    template <typename E> E requiredEnum(QLatin1String key)
    {
        if (!has(key))
            missing(key, tr("expected %1").arg(keyChoice<E>()));
        return enumAt<E>(key);
    }

    // Reports every key of the object that no accessor asked for.
    void warnUnknownKeys() const;
    void warn(QLatin1String key, const QString &message) const;

    [[noreturn]] void fail(QLatin1String key, const QString &message) const;
    [[noreturn]] void failHere(const QString &message) const;
    [[noreturn]] void missing(QLatin1String key, const QString &detail = {}) const;
    [[noreturn]] void typeError(QLatin1String key, const QString &expected) const;

    // "pre-class, in-class or post-class": the accepted keys of an enum, for messages.
    template <typename E> static QString keyChoice()
    {
        QStringList keys;
        for (E value : enumValues<E>())
            keys.append(enumKey(value));
        return choice(keys);
    }
    static QString choice(const QStringList &alternatives);
    // "a number", "true or false", … for "expected X, got Y" messages.
    static QString describe(const QJsonValue &value);

private:
    template <typename E> E enumAt(QLatin1String key)
    {
        const QJsonValue v = value(key);
        if (!v.isString())
            typeError(key, tr("one of %1").arg(keyChoice<E>()));
        const auto parsed = enumFromKey<E>(v.toString());
        if (!parsed)
            fail(key, tr("unknown value \"%1\" (expected %2)").arg(v.toString(), keyChoice<E>()));
        return *parsed;
    }

    QJsonObject m_object;
    QString m_path;
    QStringList *m_warnings;
    QSet<QString> m_known;
};

} // namespace bw
