// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;
class QuaZip;

namespace bw {

// A ZIP package (OOXML or ODF) written through QuaZip into a device the caller owns.
//
// The device is left open when the package closes: the export service commits its QSaveFile
// itself, so a failed export never replaces the user's previous file.
class OfficePackage
{
public:
    explicit OfficePackage(QIODevice &out);
    ~OfficePackage();
    OfficePackage(const OfficePackage &) = delete;
    OfficePackage &operator=(const OfficePackage &) = delete;

    // Deflated unless `stored`: ODF requires its "mimetype" entry first and uncompressed, so
    // that tools can sniff the type at a fixed offset.
    bool add(const QString &name, const QByteArray &data, bool stored = false);

    // Finishes the central directory. Returns an empty string on success, else a message for
    // people naming the first entry that failed.
    QString close();

private:
    std::unique_ptr<QuaZip> m_zip;
    QString m_error;
};

} // namespace bw
