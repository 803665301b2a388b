// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/changetext.h"
#include "diff/projectdiff.h"
#include "importer.h"

#include <QCoreApplication>

#include <atomic>
#include <optional>

namespace bw {

// "Update from CSV": a spreadsheet exported from a project (one row per activity, see
// CsvExporter), edited elsewhere, applied back to that project. Rows are matched by the CSV's
// last column, the activity's key (its id, PlanText::keyColumn()); a row without a key, or
// with one the project does not know, is a new activity under the objective its "Objective"
// column names (a new objective when none has that statement). Only what the row says
// differently from what the export would write is changed, so an unedited CSV changes nothing.
// Derived columns (Activity no., Due date, Minutes in all) are ignored.

struct CsvUpdateOptions {
    bool removeMissing = false; // delete the activities whose key no row carries
    // Set from another thread to stop early (the studio's Cancel); the result is then an error.
    const std::atomic_bool *cancel = nullptr;
};

struct CsvUpdateResult {
    std::optional<Project> project; // the updated project; unset on error (nothing changes)
    QString error; // "line 7: …"
    QList<ImportNote> notes; // read / skipped / warnings, with their lines
    QList<Id> missing; // activities no row carries (removed when the option says so)
    diff::ProjectDiff diff; // from the project given to the updated one
    QList<diff::ChangeLine> changes; // the diff as sentences, in the project's language
};

class CsvUpdate {
    Q_DECLARE_TR_FUNCTIONS(bw::CsvUpdate)
public:
    // Never changes `current`; `data` is the whole CSV file (comma or semicolon, any shipped
    // header language, BOM, CRLF: see readCsv()).
    static CsvUpdateResult apply(const Project &current, const QByteArray &data, const CsvUpdateOptions &options = {});
};

} // namespace bw
