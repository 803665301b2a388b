// SPDX-License-Identifier: GPL-3.0-or-later
#include "officelayout.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace bw {

bool sectionStartsPage(const QString &sectionKey)
{
    static const QStringList keys { u"summary"_s, u"flow"_s, u"sequences"_s, u"schedule"_s, u"tools"_s };
    return keys.contains(sectionKey);
}

QByteArray logoPng(const QByteArray &bytes, QSize *size)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize natural = reader.size();
    if (natural.isValid() && reader.format() == "svg")
        reader.setScaledSize(natural.scaled(QSize(720, 224), Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    *size = image.size();
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    image.save(&out, "PNG");
    return png;
}

} // namespace bw
