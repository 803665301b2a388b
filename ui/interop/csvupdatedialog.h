// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/csvupdate.h"

#include <QDialog>

#include <functional>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QListWidget;
class QThread;

namespace bw {
class Document;
}

namespace bw::ui {

// File ▸ Update from CSV…: a spreadsheet exported from this plan and edited elsewhere, applied
// back (CsvUpdate). The dialog shows what would change and what was noticed on the way; Apply
// makes it one undo step ("Update from plan.csv"), Cancel changes nothing.
class CsvUpdateDialog : public QDialog {
    Q_OBJECT
public:
    explicit CsvUpdateDialog(bw::Document *document, QWidget *parent = nullptr);
    ~CsvUpdateDialog() override;

    // Asks for the CSV file (QFileDialog); tests replace it. An empty path: the user cancelled.
    using FileChooser = std::function<QString(QWidget *parent)>;
    static FileChooser &fileChooser();

    // Reads `path` and works out the update, off the GUI thread; previewReady() follows.
    void setFile(const QString &path);
    bool isReading() const { return m_thread != nullptr; }
    // The last preview; unset project while reading or after an error.
    const bw::CsvUpdateResult &preview() const { return m_result; }

    void accept() override;

Q_SIGNALS:
    void previewReady();

private:
    void chooseFile();
    void recompute();
    void showPreview();

    bw::Document *m_document;
    QString m_path;
    QByteArray m_data;
    bw::CsvUpdateResult m_result;
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the running work
    bool m_again = false; // the option changed while reading: compute once more
    QLineEdit *m_file;
    QLabel *m_status;
    QProgressBar *m_busy;
    QListWidget *m_changes;
    QListWidget *m_notes;
    QCheckBox *m_removeMissing;
    QDialogButtonBox *m_buttons;
};

} // namespace bw::ui
