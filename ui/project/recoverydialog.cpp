// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydialog.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace bw::ui {

RecoveryDialog::RecoveryDialog(RecoveryStore *store, QList<RecoveryEntry> entries, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_entries(std::move(entries))
    , m_list(new QListWidget(this))
{
    for (const RecoveryEntry &e : std::as_const(m_entries))
        m_states.append(m_store->compare(e));
    setWindowTitle(tr("Recover Unsaved Work"));
    auto *intro = new QLabel(tr("Blendwise did not close normally last time. These copies of unsaved work "
                                "were kept. Recover one to continue where you left off; your project file "
                                "has not been changed. A copy older than its file is marked: its file holds "
                                "newer work."),
        this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Recovery copies"));
    m_list->setIconSize(QSize(24, 24));
    m_list->setMinimumWidth(560);
    // The line that says a copy is older than its file must be read whole, not scrolled to.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);

    auto *buttons = new QDialogButtonBox(this);
    m_recover = buttons->addButton(tr("&Recover"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    auto *later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    m_recover->setToolTip(tr("Open the selected copy; Save writes it to its original file"));
    m_discard->setToolTip(tr("Delete the selected copy for good"));
    later->setToolTip(tr("Keep the copies and decide at the next start"));
    connect(m_recover, &QPushButton::clicked, this, &RecoveryDialog::recoverSelected);
    connect(m_discard, &QPushButton::clicked, this, &RecoveryDialog::discardSelected);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &RecoveryDialog::recoverSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::updateDefault);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    fill();
}

void RecoveryDialog::fill()
{
    m_list->clear();
    const QLocale locale;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const RecoveryEntry &e = m_entries[i];
        const QString title = e.title.isEmpty() ? tr("Untitled project") : e.title;
        const QString where = e.originalPath.isEmpty() ? tr("never saved")
                                                       : QDir::toNativeSeparators(e.originalPath);
        QString text = tr("%1\n%2 — copy of %3")
                           .arg(title, where, locale.toString(e.savedAt.toLocalTime(), QLocale::ShortFormat));
        QString iconName = QStringLiteral("document-save");
        switch (m_states[i]) {
        case RecoveryState::FileIsNewer:
            text += u'\n'
                + tr("The file was saved after this copy (%1) and holds newer work. Recover opens this copy as "
                     "an untitled project.")
                      .arg(locale.toString(QFileInfo(e.originalPath).lastModified(), QLocale::ShortFormat));
            iconName = QStringLiteral("warning");
            break;
        case RecoveryState::SameAsFile:
            text += u'\n' + tr("The file already holds this work.");
            break;
        case RecoveryState::FileMissing:
            text += u'\n' + tr("The file is no longer there; this copy is the only one.");
            break;
        case RecoveryState::Untitled:
        case RecoveryState::CopyIsNewer:
            break;
        }
        auto *item = new QListWidgetItem(icon(iconName), text, m_list);
        item->setToolTip(text);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_recover->setEnabled(m_list->count() > 0);
    m_discard->setEnabled(m_list->count() > 0);
    updateDefault();
}

void RecoveryDialog::updateDefault()
{
    // Enter must not bring back work older than the file.
    const RecoveryState s = state(m_list->currentRow());
    const bool discardFirst = s == RecoveryState::FileIsNewer || s == RecoveryState::SameAsFile;
    m_recover->setDefault(!discardFirst);
    m_discard->setDefault(discardFirst);
}

void RecoveryDialog::recoverSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_chosen = m_entries[row];
    accept();
}

void RecoveryDialog::discardSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_store->discard(m_entries.takeAt(row));
    m_states.removeAt(row);
    fill();
    if (m_entries.isEmpty())
        reject();
}

} // namespace bw::ui
