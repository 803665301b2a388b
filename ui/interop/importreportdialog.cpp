// SPDX-License-Identifier: GPL-3.0-or-later
#include "importreportdialog.h"

#include "importrunner.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

QString kindText(ImportNote::Kind kind)
{
    switch (kind) {
    case ImportNote::Kind::Read:
        return ImportReportDialog::tr("Read");
    case ImportNote::Kind::Guessed:
        return ImportReportDialog::tr("Guessed — check this");
    case ImportNote::Kind::Skipped:
        return ImportReportDialog::tr("Skipped");
    case ImportNote::Kind::Warning:
        return ImportReportDialog::tr("Warning");
    }
    return {};
}

} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"importReportDialog"_s);
    setWindowTitle(tr("Import Report — %1").arg(QFileInfo(report.path).fileName()));
    auto *layout = new QVBoxLayout(this);

    const Project &project = *report.result.project;
    const qsizetype guessed = report.result.notesOf(ImportNote::Kind::Guessed).size();
    const qsizetype skipped = report.result.notesOf(ImportNote::Kind::Skipped).size();
    const qsizetype warnings = report.result.notesOf(ImportNote::Kind::Warning).size();
    QStringList lines;
    lines.append(tr("<b>“%1”</b> was read as %2.")
                     .arg(QFileInfo(report.path).fileName().toHtmlEscaped(), report.formatLabel.toHtmlEscaped()));
    // Spelt out for one and for many, so that the untranslated English reads right too.
    const auto count = [](qsizetype n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    lines.append(tr("It holds %1, %2, %3 and %4.")
                     .arg(count(project.objectives.size(), tr("1 objective"), tr("%1 objectives")),
                         count(project.activityCount(), tr("1 activity"), tr("%1 activities")),
                         count(project.tools.size(), tr("1 tool"), tr("%1 tools")),
                         count(project.moments.size(), tr("1 in-class moment"), tr("%1 in-class moments"))));
    if (guessed)
        lines.append(count(guessed, tr("1 value was guessed: the advisor lists it so that you can check it."),
            tr("%1 values were guessed: the advisor lists them so that you can check each one.")));
    if (skipped)
        lines.append(count(skipped, tr("1 part of the file was skipped."), tr("%1 parts of the file were skipped.")));
    if (warnings)
        lines.append(count(warnings, tr("1 warning."), tr("%1 warnings.")));
    if (!guessed && !skipped && !warnings)
        lines.append(tr("Nothing was guessed or skipped."));
    m_summary = new QLabel(lines.join(u"<br>"_s), this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_notes = new QTreeWidget(this);
    m_notes->setObjectName(u"importNotes"_s);
    m_notes->setRootIsDecorated(false);
    m_notes->setAlternatingRowColors(true);
    m_notes->setUniformRowHeights(true);
    m_notes->setHeaderLabels({ tr("What"), tr("Where"), tr("Note") });
    m_notes->setAccessibleName(tr("Import notes"));
    // Guessed, skipped and warnings first: those are what the designer has to look at.
    static constexpr ImportNote::Kind order[]
        = { ImportNote::Kind::Guessed, ImportNote::Kind::Skipped, ImportNote::Kind::Warning, ImportNote::Kind::Read };
    for (const ImportNote::Kind kind : order) {
        for (const ImportNote &note : report.result.notesOf(kind)) {
            auto *item = new QTreeWidgetItem(m_notes, { kindText(kind), note.where, note.text });
            item->setToolTip(2, note.text);
            if (kind == ImportNote::Kind::Guessed || kind == ImportNote::Kind::Warning)
                item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            else if (kind == ImportNote::Kind::Skipped)
                item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxInformation));
        }
    }
    m_notes->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_notes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_notes->setVisible(m_notes->topLevelItemCount() > 0);
    layout->addWidget(m_notes, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->button(QDialogButtonBox::Ok);
    open->setText(tr("&Open as New Project"));
    open->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(m_notes->isVisible() ? QSize(760, 480) : QSize(520, 200));
}

QString ImportReportDialog::summary() const
{
    return m_summary->text();
}

} // namespace bw::ui
