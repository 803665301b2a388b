// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "model/project.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QString>

namespace bw::ui {

// Drag-and-drop payloads inside the studio carry ids, never rows: a row is stale the moment
// anything moves, an id is not. An id means something only in its own project, so the payload
// also names the Document it came from (its identity) and the process: a card dragged from
// another studio window, whose id may be that of an unrelated activity here, decodes as 0 and
// the drop is refused. (A copy would need the tools and moments it points at mapped into this
// project; refusing cannot change anything the designer did not ask for.)
//
// Payload: "<document identity> <process id> <item id>".
struct Mime
{
    static QString objective() { return QStringLiteral("application/x-blendwise-objective-id"); }
    static QString activity() { return QStringLiteral("application/x-blendwise-activity-id"); }
    // A team library pattern dragged from the Patterns panel: "<process id> <pattern id>". The
    // panel that started the drag turns it into an activity where it is dropped.
    static QString pattern() { return QStringLiteral("application/x-blendwise-library-pattern"); }

    static QMimeData *encodePattern(const QString &patternId)
    {
        auto *data = new QMimeData;
        data->setData(pattern(), QByteArray::number(QCoreApplication::applicationPid()) + ' ' + patternId.toUtf8());
        data->setText(patternId);
        return data;
    }
    // The pattern's id, when the drag started in this process; otherwise empty.
    static QString decodePattern(const QMimeData *data)
    {
        if (!data || !data->hasFormat(pattern()))
            return {};
        const QByteArray bytes = data->data(pattern());
        const qsizetype space = bytes.indexOf(' ');
        bool ok = false;
        if (space <= 0 || bytes.left(space).toLongLong(&ok) != QCoreApplication::applicationPid() || !ok)
            return {};
        return QString::fromUtf8(bytes.mid(space + 1));
    }

    static QByteArray payload(const Document &from, Id id)
    {
        return from.identity().toByteArray(QUuid::WithoutBraces) + ' '
            + QByteArray::number(QCoreApplication::applicationPid()) + ' ' + QByteArray::number(id);
    }
    static QMimeData *encode(const QString &type, Id id, const Document &from)
    {
        auto *data = new QMimeData;
        data->setData(type, payload(from, id));
        return data;
    }
    // The id, when the payload came from `document` in this process; otherwise 0.
    static Id decode(const QMimeData *data, const QString &type, const Document &document)
    {
        if (!data || !data->hasFormat(type))
            return 0;
        const QList<QByteArray> parts = data->data(type).split(' ');
        if (parts.size() != 3 || parts[0] != document.identity().toByteArray(QUuid::WithoutBraces))
            return 0;
        bool ok = false;
        if (parts[1].toLongLong(&ok) != QCoreApplication::applicationPid() || !ok)
            return 0;
        const Id id = parts[2].toLongLong(&ok);
        return ok && id > 0 ? id : 0;
    }
};

} // namespace bw::ui
