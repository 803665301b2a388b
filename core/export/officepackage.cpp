// SPDX-License-Identifier: GPL-3.0-or-later
#include "officepackage.h"

#include <QCoreApplication>
#include <QDateTime>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace bw {

OfficePackage::OfficePackage(QIODevice &out)
    : m_zip(std::make_unique<QuaZip>(&out))
{
    m_zip->setAutoClose(false);
    // Local headers carry sizes and CRC up front (the device is seekable): ODF validators and
    // some Office versions reject a "mimetype" entry that is followed by a data descriptor.
    m_zip->setDataDescriptorWritingEnabled(false);
    if (!m_zip->open(QuaZip::mdCreate))
        m_error = QCoreApplication::translate("bw::OfficePackage", "Could not start the document package (ZIP error %1).")
                      .arg(m_zip->getZipError());
}

OfficePackage::~OfficePackage()
{
    if (m_zip->isOpen())
        m_zip->close();
}

bool OfficePackage::add(const QString &name, const QByteArray &data, bool stored)
{
    if (!m_error.isEmpty())
        return false;
    QuaZipNewInfo info(name);
    // A fixed timestamp keeps exports of the same plan byte-identical, which makes them diffable.
    info.dateTime = QDateTime(QDate(2020, 1, 1), QTime(0, 0));
    info.externalAttr = 0644u << 16;
    QuaZipFile file(m_zip.get());
    const int method = stored ? 0 : Z_DEFLATED;
    const int level = stored ? 0 : Z_DEFAULT_COMPRESSION;
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, method, level) || file.write(data) != data.size()) {
        m_error = QCoreApplication::translate("bw::OfficePackage", "Could not write “%1” into the document package.").arg(name);
        return false;
    }
    file.close();
    if (file.getZipError() != 0) {
        m_error = QCoreApplication::translate("bw::OfficePackage", "Could not write “%1” into the document package.").arg(name);
        return false;
    }
    return true;
}

QString OfficePackage::close()
{
    if (m_zip->isOpen()) {
        m_zip->close();
        if (m_error.isEmpty() && m_zip->getZipError() != 0)
            m_error = QCoreApplication::translate("bw::OfficePackage", "Could not finish the document package (ZIP error %1).")
                          .arg(m_zip->getZipError());
    }
    return m_error;
}

} // namespace bw
