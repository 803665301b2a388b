// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

namespace bw {

// A streaming, indented JSON writer that keeps keys in the order they are written.
// QJsonDocument sorts object keys alphabetically; the interchange format is read by people
// too, so "format" and "version" come first and an activity reads title → instructions → phase.
class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    void key(QLatin1String name);
    void value(const QString &text);
    void value(qint64 number);
    void value(bool flag);
    void null();

    // key + value in one call, for the common case.
    void field(QLatin1String name, const QString &text);
    void field(QLatin1String name, int number);
    void field(QLatin1String name, bool flag);
    void field(QLatin1String name, const QStringList &texts);
    // A string literal would silently pick the bool overload.
    void field(QLatin1String name, const char *) = delete;

    // The document so far, followed by a newline once the outermost value is closed.
    QByteArray data() const { return m_out; }

private:
    void beforeValue();
    void newLine();
    void raw(const QString &text);

    struct Level {
        bool isObject = false;
        bool empty = true;
    };
    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace bw
