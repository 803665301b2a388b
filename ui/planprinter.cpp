// SPDX-License-Identifier: GPL-3.0-or-later
#include "planprinter.h"

#include "document/document.h"
#include "export/pdfpagerenderer.h"
#include "i18n/translations.h"
#include "plan/planmodel.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace bw::ui {

QString paintPlan(const bw::Document &document, QPrinter &printer)
{
    // The renderer keeps its own margins and draws header and footer inside them.
    printer.setFullPage(true);
    const ScopedLanguage planLanguage(document.project().info.language); // the document's, not the interface's
    const plan::Plan plan = plan::buildPlan(document.project());
    printer.setDocName(plan.cover.title);
    return PdfPageRenderer(plan).render(printer);
}

void printPlan(bw::Document *document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("bw::ui::PlanPrinter", "Print Preview"));
    // Large enough to read a page: most of the studio window, not Qt's small default.
    if (parent)
        dialog.resize(parent->window()->size() * 0.85);
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&](QPrinter *target) { error = paintPlan(*document, *target); });
    dialog.exec();
    if (!error.isEmpty())
        QMessageBox::warning(parent, QCoreApplication::translate("bw::ui::PlanPrinter", "Print"), error);
}

} // namespace bw::ui
