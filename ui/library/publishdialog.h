// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/teamlibrary.h"
#include "model/project.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bw {
class Document;
}

namespace bw::ui {

// What one publish sends: the project as a template, its tools, some activities as patterns.
struct PublishRequest {
    bool asTemplate = false;
    QString templateName;
    QString templateDescription;
    bool tools = false;
    QList<Id> activities; // published as patterns
};

// What came back: the origins to record (kind, library id, new version, local id), and the
// first refusal. On a Conflict, `conflictKind`/`conflictLocalId` name the item and `theirs`
// describes the library's version field by field (label, theirs, ours) for Compare.
struct PublishOutcome {
    QList<ProjectOrigin> published;
    LibraryError error;
    QString conflictItem; // the item's name, for the message
    QList<std::array<QString, 3>> comparison;
};

// Runs on the library's worker thread (LibrarySession::run): publishes in the order template,
// tools, patterns and stops at the first refusal (what went before stays published and recorded).
PublishOutcome publishToLibrary(TeamLibrary &library, const Project &project, const PublishRequest &request);

// The one line a Conflict shows: "Changed by bob at 14:02 since you read it."
QString conflictSentence(const LibraryError &error);

// File ▸ Publish to Team Library…: choose what to publish; the publish runs off the GUI thread;
// what was published is recorded in the project's origins as ONE undo step.
class PublishDialog : public QDialog {
    Q_OBJECT
public:
    PublishDialog(Document *document, Id currentActivity, QWidget *parent = nullptr);

    PublishRequest request() const;
    void setRequest(const PublishRequest &request); // for tests and for a retry
    void publish(); // starts the publish (the Publish button)
    QString statusText() const;
    const PublishOutcome &outcome() const { return m_outcome; }
    // The Compare view's text, after a Conflict.
    QString comparisonText() const;

Q_SIGNALS:
    void finished(bool ok);

private:
    void done(PublishOutcome outcome);
    void record(const QList<ProjectOrigin> &published);

    Document *m_document;
    QCheckBox *m_template;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QCheckBox *m_tools;
    QListWidget *m_activities;
    QLabel *m_status;
    QPushButton *m_publish;
    QPushButton *m_compare;
    PublishOutcome m_outcome;
};

} // namespace bw::ui
