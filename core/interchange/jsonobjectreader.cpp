// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonobjectreader.h"

#include "model/projectvalidation.h"
#include <QLocale>

#include <cmath>
#include <limits>

namespace bw {

JsonObjectReader::JsonObjectReader(const QJsonObject &object, const QString &path, QStringList *warnings)
    : m_object(object)
    , m_path(path)
    , m_warnings(warnings)
{
}

QString JsonObjectReader::pathOf(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

bool JsonObjectReader::has(QLatin1String key) const
{
    return m_object.contains(key);
}

void JsonObjectReader::ignore(QLatin1String key)
{
    m_known.insert(QString(key));
}

QJsonValue JsonObjectReader::value(QLatin1String key)
{
    m_known.insert(QString(key));
    return m_object.value(key);
}

QString JsonObjectReader::string(QLatin1String key, const QString &fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isString())
        typeError(key, tr("a string"));
    return v.toString();
}

QString JsonObjectReader::requiredString(QLatin1String key)
{
    if (!has(key))
        missing(key);
    return string(key);
}

bool JsonObjectReader::boolean(QLatin1String key, bool fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        typeError(key, tr("true or false"));
    return v.toBool();
}

int JsonObjectReader::integer(QLatin1String key, int fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || d < std::numeric_limits<int>::min()
        || d > std::numeric_limits<int>::max())
        typeError(key, tr("a whole number"));
    return int(d);
}

std::optional<qint64> JsonObjectReader::itemKey(QLatin1String key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble();
    // Compared as doubles before any conversion: a cast of 1e300 to an integer is undefined.
    if (!v.isDouble() || d != std::floor(d) || d < 1 || d > double(Limits::MaxId))
        typeError(key, tr("a whole number from 1 to %1").arg(Limits::MaxId));
    return qint64(d);
}

QStringList JsonObjectReader::stringList(QLatin1String key, const QStringList &fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isArray())
        typeError(key, tr("a list of strings"));
    QStringList out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString())
            failHere(tr("%1[%2]: expected a string, got %3").arg(pathOf(key)).arg(i).arg(describe(array[i])));
        out.append(array[i].toString());
    }
    return out;
}

QList<JsonObjectReader> JsonObjectReader::objectList(QLatin1String key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        typeError(key, tr("a list"));
    QList<JsonObjectReader> out;
    const QJsonArray array = v.toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = pathOf(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!array[i].isObject())
            throw JsonReadError { tr("%1: expected an object, got %2").arg(where, describe(array[i])) };
        out.append(JsonObjectReader(array[i].toObject(), where, m_warnings));
    }
    return out;
}

JsonObjectReader JsonObjectReader::object(QLatin1String key)
{
    const QJsonValue v = value(key);
    if (!v.isUndefined() && !v.isObject())
        typeError(key, tr("an object"));
    return JsonObjectReader(v.toObject(), pathOf(key), m_warnings);
}

void JsonObjectReader::warnUnknownKeys() const
{
    if (!m_warnings)
        return;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (m_known.contains(it.key()))
            continue;
        // A key is text from the file: a hostile one is megabytes long, a warning needs its start.
        const QString key = it.key().size() > 60 ? it.key().left(60) + QChar(0x2026) : it.key();
        const QString where = m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
        m_warnings->append(tr("%1: unknown key ignored").arg(where));
    }
}

void JsonObjectReader::warn(QLatin1String key, const QString &message) const
{
    if (m_warnings)
        m_warnings->append(pathOf(key) + QLatin1String(": ") + message);
}

void JsonObjectReader::fail(QLatin1String key, const QString &message) const
{
    throw JsonReadError { pathOf(key) + QLatin1String(": ") + message };
}

void JsonObjectReader::failHere(const QString &message) const
{
    throw JsonReadError { message };
}

void JsonObjectReader::missing(QLatin1String key, const QString &detail) const
{
    fail(key, detail.isEmpty() ? tr("required but missing") : tr("required but missing (%1)").arg(detail));
}

void JsonObjectReader::typeError(QLatin1String key, const QString &expected) const
{
    fail(key, tr("expected %1, got %2").arg(expected, describe(m_object.value(key))));
}

QString JsonObjectReader::choice(const QStringList &alternatives)
{
    if (alternatives.size() < 2)
        return alternatives.value(0);
    return tr("%1 or %2")
        .arg(alternatives.mid(0, alternatives.size() - 1).join(QLatin1String(", ")), alternatives.last());
}

QString JsonObjectReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return value.toBool() ? tr("true") : tr("false");
    case QJsonValue::Double:
        // Shortest exact form: "2147483648", not the rounded "2.14748e+09" of the default.
        return tr("the number %1").arg(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    case QJsonValue::String:
        return tr("the text \"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace bw
