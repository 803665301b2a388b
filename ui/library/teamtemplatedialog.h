// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace bw::ui {

// File ▸ New from Team Template…: the team library's templates (name, description, who published
// it and when), read off the GUI thread; Open reads the chosen one, also off the GUI thread, and
// the dialog ends with its project, which records where it came from (an origin "template").
class TeamTemplateDialog : public QDialog {
    Q_OBJECT
public:
    explicit TeamTemplateDialog(QWidget *parent = nullptr);

    // After Accepted: the template's project, untitled.
    const std::optional<Project> &project() const { return m_project; }
    QListWidget *list() const { return m_list; }
    QString status() const;

    void accept() override;

Q_SIGNALS:
    void listed(bool ok);

private:
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_open;
    std::optional<Project> m_project;
};

} // namespace bw::ui
