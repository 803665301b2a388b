// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPrinter;
class QString;
class QWidget;

namespace bw {
class Document;
}

namespace bw::ui {

// File → Print…: a print preview of the plan, drawn by the same renderer as the PDF export
// (cover, contents, header and footer, page numbers), then the system's print dialog.
void printPlan(bw::Document *document, QWidget *parent);

// Paints the plan of `document` on `printer` (full-page mode is set here). Returns an empty
// string on success, else a message for people.
QString paintPlan(const bw::Document &document, QPrinter &printer);

} // namespace bw::ui
