// SPDX-License-Identifier: GPL-3.0-or-later
#include "importregistry.h"

#include "abcimporter.h"
#include "courseflowimporter.h"
#include "csvimporter.h"
#include "jsonimporter.h"

namespace bw {

const std::vector<std::unique_ptr<Importer>> &registeredImporters()
{
    static const std::vector<std::unique_ptr<Importer>> all = [] {
        std::vector<std::unique_ptr<Importer>> v;
        v.push_back(std::make_unique<JsonImporter>());
        v.push_back(std::make_unique<CsvImporter>());
        v.push_back(std::make_unique<CourseFlowImporter>());
        v.push_back(std::make_unique<AbcImporter>());
        return v;
    }();
    return all;
}

} // namespace bw
