// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace bw::ui {

// The column-mapping step of File ▸ Import… for a CSV that is not Blendwise's own: for each field
// of an activity, the column that holds it (or none), first guessed from the column titles, and a
// preview of the first rows as they will be read. The title is required; the rest is optional.
// The same map as `blendwise import --map`.
class ColumnMapDialog : public QDialog {
    Q_OBJECT
public:
    ColumnMapDialog(const QString &fileName, const QStringList &header, const QList<QStringList> &sample,
        const QList<std::pair<QString, QString>> &guess, QWidget *parent = nullptr);

    // Field key → column title, for the fields mapped to a column.
    QList<std::pair<QString, QString>> columnMap() const;
    // The combo box choosing field `key`'s column (index 0 = not imported), for tests.
    QComboBox *columnBox(const QString &key) const;
    QTableWidget *preview() const { return m_preview; }

private:
    void updatePreview();

    QStringList m_header;
    QList<QStringList> m_sample;
    QList<std::pair<QString, QComboBox *>> m_boxes; // field key, its box
    QStringList m_labels; // the fields' labels, parallel to m_boxes
    QTableWidget *m_preview;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace bw::ui
