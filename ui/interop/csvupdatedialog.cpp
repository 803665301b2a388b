// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvupdatedialog.h"

#include "document/document.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

// What the worker hands back: the file is read there too, since a spreadsheet can be large
// (up to MaxImportBytes) and both reading and matching take time on it.
struct Work {
    QByteArray data; // in: the file's bytes when already read; out: the bytes read
    QString path;
    bw::Project project;
    bw::CsvUpdateOptions options;
    bw::CsvUpdateResult result;
    std::shared_ptr<std::atomic_bool> cancel;
};

void run(Work &work)
{
    if (work.data.isNull()) {
        QFile file(work.path);
        if (!file.open(QIODevice::ReadOnly)) {
            work.result.error = CsvUpdateDialog::tr("%1 cannot be read: %2").arg(work.path, file.errorString());
            return;
        }
        work.data = file.read(MaxImportBytes + 1);
        if (work.data.size() > MaxImportBytes) {
            work.data.clear();
            work.result.error = CsvUpdateDialog::tr("%1 is larger than %2 MB, the limit for an import")
                                    .arg(work.path)
                                    .arg(MaxImportBytes / (1024 * 1024));
            return;
        }
    }
    work.options.cancel = work.cancel.get();
    work.result = bw::CsvUpdate::apply(work.project, work.data, work.options);
}

QString kindText(ImportNote::Kind kind)
{
    switch (kind) {
    case ImportNote::Kind::Read:
        return CsvUpdateDialog::tr("read");
    case ImportNote::Kind::Guessed:
        return CsvUpdateDialog::tr("guessed");
    case ImportNote::Kind::Skipped:
        return CsvUpdateDialog::tr("skipped");
    case ImportNote::Kind::Warning:
        return CsvUpdateDialog::tr("warning");
    }
    return {};
}

} // namespace

CsvUpdateDialog::FileChooser &CsvUpdateDialog::fileChooser()
{
    static FileChooser chooser = [](QWidget *parent) {
        return QFileDialog::getOpenFileName(parent, CsvUpdateDialog::tr("Update from CSV"), QString(),
            CsvUpdateDialog::tr("Spreadsheets (*.csv);;All files (*)"));
    };
    return chooser;
}

CsvUpdateDialog::CsvUpdateDialog(bw::Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Update from CSV"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Apply the changes made in a spreadsheet to this plan. The spreadsheet must be a "
                                "CSV that Blendwise exported (File ▸ Export…, CSV): its “Key” column tells "
                                "which activity each row is. Rows without a key are added."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("Type a path or choose the file"));
    m_file->setAccessibleName(tr("Spreadsheet file"));
    // A typed or pasted path is read when Return is pressed or the field is left.
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        const QString typed = QDir::fromNativeSeparators(m_file->text().trimmed());
        if (!typed.isEmpty() && typed != m_path)
            setFile(typed);
    });
    fileLabel->setBuddy(m_file);
    auto *choose = new QPushButton(tr("&Choose…"), this);
    choose->setObjectName(u"choose"_s);
    choose->setAutoDefault(false);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);
    // Busy while the file is read and matched: how long that takes is not known beforehand.
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Reading the spreadsheet"));
    m_busy->setVisible(false);
    layout->addWidget(m_busy);

    auto *changesLabel = new QLabel(tr("C&hanges that will be applied:"), this);
    m_changes = new QListWidget(this);
    m_changes->setObjectName(u"changes"_s);
    m_changes->setAccessibleName(tr("Changes that will be applied"));
    m_changes->setWordWrap(true);
    changesLabel->setBuddy(m_changes);
    layout->addWidget(changesLabel);
    layout->addWidget(m_changes, 2);

    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    m_notes = new QListWidget(this);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setAccessibleName(tr("Notes on the spreadsheet"));
    m_notes->setWordWrap(true);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);

    m_removeMissing = new QCheckBox(tr("&Remove activities missing from the spreadsheet"), this);
    m_removeMissing->setObjectName(u"removeMissing"_s);
    m_removeMissing->setChecked(false); // deleting is never the default
    layout->addWidget(m_removeMissing);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("&Apply"));
    m_buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &CsvUpdateDialog::chooseFile);
    connect(m_removeMissing, &QCheckBox::toggled, this, &CsvUpdateDialog::recompute);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 520);
    showPreview();
}

CsvUpdateDialog::~CsvUpdateDialog()
{
    // Cancel (or closing the dialog) stops the work at its next row; it reads only its own copies.
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread)
        m_thread->wait();
}

void CsvUpdateDialog::chooseFile()
{
    const QString path = fileChooser()(this);
    if (!path.isEmpty())
        setFile(path);
}

void CsvUpdateDialog::setFile(const QString &path)
{
    m_path = path;
    m_data = QByteArray(); // null: read it anew
    m_file->setText(QDir::toNativeSeparators(path));
    recompute();
}

void CsvUpdateDialog::recompute()
{
    if (m_path.isEmpty())
        return;
    if (m_thread) {
        m_again = true;
        return;
    }
    m_result = {};
    m_status->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    auto work = std::make_shared<Work>();
    work->data = m_data;
    work->path = m_path;
    work->project = m_document->project();
    work->options.removeMissing = m_removeMissing->isChecked();
    work->cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = work->cancel;
    m_thread.reset(QThread::create([work] { run(*work); }));
    connect(
        m_thread.get(), &QThread::finished, this,
        [this, work] {
            m_thread.reset();
            m_cancel.reset();
            m_busy->setVisible(false);
            m_data = work->data;
            m_result = std::move(work->result);
            if (m_again) {
                m_again = false;
                recompute();
                return;
            }
            showPreview();
            Q_EMIT previewReady();
        },
        Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    m_busy->setVisible(true);
    showPreview();
}

void CsvUpdateDialog::showPreview()
{
    m_changes->clear();
    m_notes->clear();
    QPushButton *apply = m_buttons->button(QDialogButtonBox::Apply);
    if (m_path.isEmpty()) {
        m_status->setText(tr("Choose the CSV file to update from."));
        apply->setEnabled(false);
        return;
    }
    if (m_thread)
        return; // "Reading …" stays until the preview is there
    if (!m_result.project) {
        m_status->setText(tr("Nothing can be applied: %1").arg(m_result.error));
        apply->setEnabled(false);
        return;
    }
    for (const bw::diff::ChangeLine &line : std::as_const(m_result.changes))
        m_changes->addItem(line.text);
    for (const ImportNote &note : std::as_const(m_result.notes)) {
        if (note.kind == ImportNote::Kind::Read)
            continue;
        m_notes->addItem(note.where.isEmpty() ? tr("%1: %2").arg(kindText(note.kind), note.text)
                                              : tr("%1, %2: %3").arg(note.where, kindText(note.kind), note.text));
    }
    m_status->setText(m_result.diff.isEmpty()
            ? tr("The plan already says what %1 says: nothing to apply.").arg(QFileInfo(m_path).fileName())
            : m_result.changes.size() == 1
            ? tr("1 change from %1.").arg(QFileInfo(m_path).fileName())
            : tr("%1 changes from %2.").arg(m_result.changes.size()).arg(QFileInfo(m_path).fileName()));
    apply->setEnabled(!m_result.diff.isEmpty());
}

void CsvUpdateDialog::accept()
{
    if (m_thread || !m_result.project || m_result.diff.isEmpty())
        return;
    QString error;
    if (!m_document->replaceContent(
            tr("Update from %1").arg(QFileInfo(m_path).fileName()), *m_result.project, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

} // namespace bw::ui
