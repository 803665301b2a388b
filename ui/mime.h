// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QMimeData>
#include <QString>

namespace bw::ui {

// Drag-and-drop payloads inside the studio carry ids, never rows: a row is stale the moment
// anything moves, an id is not.
struct Mime
{
    static QString objective() { return QStringLiteral("application/x-blendwise-objective-id"); }
    static QString activity() { return QStringLiteral("application/x-blendwise-activity-id"); }

    static QMimeData *encode(const QString &type, Id id)
    {
        auto *data = new QMimeData;
        data->setData(type, QByteArray::number(id));
        return data;
    }
    static Id decode(const QMimeData *data, const QString &type)
    {
        if (!data || !data->hasFormat(type))
            return 0;
        bool ok = false;
        const Id id = data->data(type).toLongLong(&ok);
        return ok ? id : 0;
    }
};

} // namespace bw::ui
