// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace bw {

// IMS Common Cartridge 1.1 (.imscc): the plan as a course package that Moodle's and Canvas's
// course import read. One organization with a single root item; under it one item per course
// section: an overview (the plan's summary and objectives), then one section per in-class moment
// in date order (its pre-class activities, the moment's page with the timed running order, its
// in-class activities, its post-class activities), then "Other activities" for activities
// without a moment. Each activity is a web page (webcontent), or a discussion topic
// (imsdt_xmlv1p1) when it is many-to-many; tools with a web address are web links
// (imswl_xmlv1p1). The manifest declares the CC 1.1 namespace on its root element, within the
// first 500 bytes, where Moodle looks for it.
class ImsccExporter : public Exporter {
public:
    QString key() const override;
    QString fileSuffix() const override;
    QString label() const override;
    QString write(const plan::Plan &plan, const Project &project, const ExportOptions &options, QIODevice &out,
        const ExportControl &control) const override;
};

} // namespace bw
