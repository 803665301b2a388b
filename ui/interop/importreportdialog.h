// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace bw::ui {

struct ImportReport;

// The end of every import in the studio: what was read (objectives, activities, tools, moments),
// what was guessed — a phase or a direction inferred from a column or a learning type, which the
// advisor then lists as "check this" —, what was skipped and why, each with its place in the file
// (line, row, JSON path). "Open as New Project" opens the plan untitled; Cancel drops it.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);

    QTreeWidget *notes() const { return m_notes; }
    QString summary() const;

private:
    QLabel *m_summary;
    QTreeWidget *m_notes;
};

} // namespace bw::ui
