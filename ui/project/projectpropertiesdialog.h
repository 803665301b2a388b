// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QDialog>
#include <QLocale>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace bw {
class Document;
}

namespace bw::ui {

class InlineMessage;

// Everything about the project that is not an objective, an activity or a tool: general facts,
// brand, in-class moments, community (roles, rules, sub-groups) and evaluation. The dialog edits
// copies; OK applies every change as ONE undo step, Cancel leaves the project untouched.
class ProjectPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProjectPropertiesDialog(bw::Document *document, QWidget *parent = nullptr);

    void accept() override;

    // The values as edited so far (new moments, roles and sub-groups have id 0).
    ProjectInfo info() const;
    QList<Moment> moments() const;
    QList<Role> roles() const;
    QList<SubGroup> subGroups() const;

    // For tests and for opening the dialog on a given page.
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *titleEdit() const { return m_title; }
    QTableWidget *momentsTable() const { return m_moments; }
    QTableWidget *rolesTable() const { return m_roles; }
    QTableWidget *subGroupsTable() const { return m_subGroups; }
    void addMoment(const Moment &moment);
    void addRole(const Role &role);
    void addSubGroup(const SubGroup &group);
    void setLogo(const QByteArray &bytes);
    void setAccent(const QColor &colour);
    // The first problem that stops OK, or an empty string.
    QString problem() const;
    // The locale of the language chosen for the plan: moment times are shown in it.
    QLocale planLocale() const;
    // When "Add moment" schedules a new one: the day after `previous`, at the same time and for
    // as long; the first one on the next working day after `today`, 09:00, for 420 minutes.
    static void defaultSchedule(const Moment *previous, const QDate &today, Moment *moment);

private:
    QWidget *buildGeneral();
    QWidget *buildBrand();
    QWidget *buildMoments();
    QWidget *buildCommunity();
    QWidget *buildEvaluation();
    void chooseLogo();
    void chooseAccent();
    void updateProblem();
    void updateCustomKindCell(int row);
    // The first problem with the place to show it: which tab, table and row.
    QString findProblem(int *tab, QTableWidget **table, int *row) const;

    Document *m_doc;
    ProjectInfo m_original;
    QTabWidget *m_tabs;
    InlineMessage *m_problem;

    QLineEdit *m_title = nullptr;
    QLineEdit *m_client = nullptr;
    QLineEdit *m_audience = nullptr;
    QLineEdit *m_author = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_version = nullptr;

    QByteArray m_logo;
    QColor m_accent;
    QLabel *m_logoPreview = nullptr;
    QToolButton *m_removeLogo = nullptr;
    QToolButton *m_accentButton = nullptr;
    QLineEdit *m_footer = nullptr;

    QTableWidget *m_moments = nullptr;
    QTableWidget *m_roles = nullptr;
    QPlainTextEdit *m_rules = nullptr;
    QTableWidget *m_subGroups = nullptr;

    QPlainTextEdit *m_evaluation = nullptr;
    QSpinBox *m_maxTools = nullptr;
};

} // namespace bw::ui
