// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportservice.h"
#include "exportrunner.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace bw {
class Document;
}

namespace bw::ui {

// File → Export…: format, sections, client version, paper, CSV byte-order mark and destination.
// When the user confirms, the dialog closes and the export runs in the background
// (ExportRunner: progress, Cancel, where it wrote or what went wrong). Choices are remembered
// (QSettings, group "export") for the next export.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(bw::Document *document, QWidget *parent = nullptr);

    // The options chosen. With a version to compare with, its project is read from the
    // document (Document::versionContent); when it cannot be, `error` says why.
    ExportOptions options(QString *error = nullptr) const;
    QString destination() const;
    void setDestination(const QString &path);
    void setFormat(const QString &key);

    // The path of the export last started (empty before), and what runs it.
    QString exportedPath() const { return m_exported; }
    ExportRunner *runner() const { return m_runner; }

public Q_SLOTS:
    void accept() override;

private:
    void chooseDestination();
    void formatChanged();
    void updateControls();
    QString defaultName() const;
    ExportOptions chosenOptions() const; // without the version's project
    QString currentSuffix() const;
    void restoreSettings();
    void saveSettings() const;

    bw::Document *m_document;
    QComboBox *m_format;
    QMap<QString, QCheckBox *> m_sections;
    QCheckBox *m_client;
    QComboBox *m_paper;
    QCheckBox *m_bom;
    QComboBox *m_changesSince; // none, then the document's versions, newest first (data: id)
    QCheckBox *m_tracked;
    QLineEdit *m_destination;
    QDialogButtonBox *m_buttons;
    QString m_exported;
    QPointer<ExportRunner> m_runner;
};

} // namespace bw::ui
