// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: JSON interchange import of arbitrary bytes. A successful import must also
// export again, and that export must import (the round trip the studio relies on).
#include "interchange/jsoninterchange.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The catalogue and translations are Qt resources; an application object makes Qt's
    // message handling and resource lookup behave as in the program.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const bw::JsonImportResult imported = bw::projectFromJson(bytes);
    if (!imported.project)
        return 0;
    const bw::JsonImportResult again = bw::projectFromJson(bw::projectToJson(*imported.project));
    if (!again.project)
        std::abort(); // what Blendwise wrote it must be able to read back
    return 0;
}
