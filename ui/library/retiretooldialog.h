// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace bw::ui {

// Tool Catalogue ▸ Retire in Team Library…: an admin retires one of the project's tools for the
// whole team, naming the tool to use instead. The library's tools are read first (a worker
// thread, as everything that talks to the server) to offer them as replacements and to check
// the user's role; a tool or replacement the library does not have yet is published from the
// project with it. Every project that uses the tool then sees the replacement offered in
// Update from Team Library, and the advisor points at it. Nothing in this project changes here.
class RetireToolDialog : public QDialog {
    Q_OBJECT
public:
    RetireToolDialog(const Project &project, Id toolId, QWidget *parent = nullptr);

    QComboBox *replacementBox() const { return m_replacement; }
    QString statusText() const;
    void retire();

Q_SIGNALS:
    void ready(bool ok); // the library was read (ok) or could not be
    void finished(bool retired);

private:
    void load();

    Project m_project;
    Tool m_tool;
    QLabel *m_intro;
    QComboBox *m_replacement;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QStringList m_libraryTools;
    bool m_busy = false;
};

} // namespace bw::ui
