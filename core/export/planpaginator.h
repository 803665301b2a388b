// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportcontrol.h"
#include "pagelayout.h"
#include "plan/planmodel.h"

#include <QPageSize>

namespace bw {

// The fixed words the pages show besides the plan's own text, translated by the caller in the
// plan's language (the paginator may run on a worker thread, where the language is not switched).
struct PageWords {
    QString contents; // "Contents"
    QString pageOfPattern; // "Page %1 of %2"
    QString preparedFor;
    QString preparedBy;
    QString date;
    QString version;
    QString audience;

    // The words in the language currently installed (plan::PlanText).
    static PageWords translated();
};

struct PageLayoutOptions {
    QPageSize pageSize = QPageSize(QPageSize::A4);
    // Top and bottom leave room for the running header and the footer.
    QMarginsF margins { 56.0, 72.0, 56.0, 66.0 };
    bool contents = true; // a table of contents after the cover
    PageWords words = PageWords::translated();
};

// Lays the plan out on pages the way a typesetter does: every block is measured once at the
// body width (each table cell with QTextLayout at its column's width, the columns sized from
// their content), then one pass over the measured blocks breaks the pages:
// - a heading keeps with what follows it: its introduction and the first row of the table after
//   that (keep-with-next chains);
// - a table row is never split, unless it alone is taller than a page (then it continues under
//   the repeated header); a table's header repeats on every page it spans; a table starts on
//   the current page as soon as its header and first row fit;
// - paragraphs and list items leave at least two lines at a page's bottom and top (no widows or
//   orphans); a short one moves whole;
// - the sections that open a page in print (officelayout's sectionStartsPage) do so, unless the
//   page so far holds less than a third of a page (no page is left nearly empty), and the last
//   section follows on the current page when it fits there whole;
// - the contents (one line per level-1/2 heading, so their size is known up front) get their
//   page numbers from the same pass.
// Cost is linear in the plan. No widgets: it runs on a worker thread.
class PlanPaginator {
public:
    // Reports pages laid out to `control`; an early stop returns a layout marked cancelled.
    static PageLayout layOut(
        const plan::Plan &plan, const PageLayoutOptions &options = {}, const ExportControl &control = {});
};

} // namespace bw
