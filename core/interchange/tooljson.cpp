// SPDX-License-Identifier: GPL-3.0-or-later
#include "tooljson.h"

#include "jsonobjectreader.h"
#include "jsonwriter.h"

namespace bw {

void writeToolJson(JsonWriter &out, const Tool &tool, Id key)
{
    out.beginObject();
    if (key) {
        out.key(QLatin1String("id"));
        out.value(qint64(key));
    }
    out.field(QLatin1String("name"), tool.name);
    out.field(QLatin1String("type"), enumKey(tool.type));
    out.field(QLatin1String("url"), tool.url);
    out.field(QLatin1String("needsAccount"), tool.needsAccount);
    out.field(QLatin1String("oftenBlocked"), tool.oftenBlocked);
    out.field(QLatin1String("clientProvided"), tool.clientProvided);
    out.field(QLatin1String("synchronous"), tool.synchronous);
    out.key(QLatin1String("directions"));
    out.beginArray();
    for (Direction d : tool.directions)
        out.value(enumKey(d));
    out.endArray();
    out.field(QLatin1String("status"), enumKey(tool.status));
    out.field(QLatin1String("replacement"), tool.replacement);
    out.field(QLatin1String("cost"), tool.cost);
    out.field(QLatin1String("description"), tool.description);
    out.field(QLatin1String("benefit"), tool.benefit);
    out.field(QLatin1String("access"), tool.access);
    out.field(QLatin1String("setup"), tool.setup);
    out.endObject();
}

Tool readToolJson(JsonObjectReader &in, const Tool &base)
{
    Tool tool;
    tool.name = in.string(QLatin1String("name"), base.name);
    tool.type = in.enumValue(QLatin1String("type"), base.type);

    tool.directions = base.directions;
    if (in.has(QLatin1String("directions"))) {
        tool.directions.clear();
        const QLatin1String key("directions");
        const QStringList keys = in.stringList(key);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const auto d = enumFromKey<Direction>(keys[i]);
            if (!d || *d == Direction::Unset)
                in.failHere(JsonObjectReader::tr("%1[%2]: unknown value \"%3\" (expected %4)")
                                .arg(in.pathOf(key))
                                .arg(i)
                                .arg(keys[i], JsonObjectReader::keyChoice<Direction>()));
            tool.directions.append(*d);
        }
    }
    tool.synchronous = in.boolean(QLatin1String("synchronous"), base.synchronous);
    tool.needsAccount = in.boolean(QLatin1String("needsAccount"), base.needsAccount);
    tool.oftenBlocked = in.boolean(QLatin1String("oftenBlocked"), base.oftenBlocked);
    tool.clientProvided = in.boolean(QLatin1String("clientProvided"), base.clientProvided);
    tool.cost = in.string(QLatin1String("cost"), base.cost);
    tool.url = in.string(QLatin1String("url"), base.url);
    tool.status = in.enumValue(QLatin1String("status"), base.status);
    tool.replacement = in.string(QLatin1String("replacement"), base.replacement);
    tool.description = in.string(QLatin1String("description"), base.description);
    tool.benefit = in.string(QLatin1String("benefit"), base.benefit);
    tool.access = in.string(QLatin1String("access"), base.access);
    tool.setup = in.stringList(QLatin1String("setup"), base.setup);
    in.warnUnknownKeys();
    return tool;
}

} // namespace bw
