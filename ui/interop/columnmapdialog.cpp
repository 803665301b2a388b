// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmapdialog.h"

#include "import/csvimporter.h"
#include "model/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

ColumnMapDialog::ColumnMapDialog(const QString &fileName, const QStringList &header, const QList<QStringList> &sample,
    const QList<std::pair<QString, QString>> &guess, QWidget *parent)
    : QDialog(parent)
    , m_header(header)
    , m_sample(sample)
{
    setObjectName(u"columnMapDialog"_s);
    setWindowTitle(tr("Import Spreadsheet — Columns"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("“%1” is not a spreadsheet exported by Blendwise. Choose the column that holds "
                                "each field of an activity; one row becomes one activity. Only the title is "
                                "required.")
                                 .arg(fileName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fields = new QGroupBox(tr("Columns"), this);
    auto *grid = new QGridLayout(fields);
    // The studio's language names the fields, as the plan's CSV headers would in it.
    const QList<CsvImporter::MappableField> all = CsvImporter::mappableFields(QLocale().name().left(2));
    const int perColumn = int((all.size() + 1) / 2);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const CsvImporter::MappableField &field = all[i];
        auto *box = new QComboBox(fields);
        box->setObjectName(u"column_"_s + field.key);
        box->addItem(field.required ? tr("— choose a column —") : tr("— not imported —"));
        box->addItems(header);
        for (const auto &[key, title] : guess)
            if (key == field.key)
                box->setCurrentIndex(int(header.indexOf(title)) + 1);
        auto *label
            = new QLabel(field.required ? tr("%1 (required):").arg(field.label) : tr("%1:").arg(field.label), fields);
        label->setBuddy(box);
        const int row = int(i % perColumn);
        const int column = int(i / perColumn) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(box, row, column + 1);
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMapDialog::updatePreview);
        m_boxes.append({ field.key, box });
        m_labels.append(field.label);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addWidget(fields);

    auto *previewLabel = new QLabel(tr("Preview of the first rows:"), this);
    layout->addWidget(previewLabel);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(u"columnMapPreview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(false);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(m_preview, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"columnMapProblem"_s);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(820, 620);
    updatePreview();
}

QList<std::pair<QString, QString>> ColumnMapDialog::columnMap() const
{
    QList<std::pair<QString, QString>> map;
    for (const auto &[key, box] : m_boxes)
        if (box->currentIndex() > 0)
            map.append({ key, m_header[box->currentIndex() - 1] });
    return map;
}

QComboBox *ColumnMapDialog::columnBox(const QString &key) const
{
    for (const auto &[k, box] : m_boxes)
        if (k == key)
            return box;
    return nullptr;
}

void ColumnMapDialog::updatePreview()
{
    QList<int> columns; // source column of each shown field
    QStringList titles;
    bool hasTitle = false;
    QStringList twice;
    QList<int> used;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const int index = m_boxes[i].second->currentIndex();
        if (index <= 0)
            continue;
        if (m_boxes[i].first == u"title"_s)
            hasTitle = true;
        if (used.contains(index - 1))
            twice.append(m_header[index - 1]);
        used.append(index - 1);
        columns.append(index - 1);
        titles.append(m_labels[i]);
    }
    m_preview->clear();
    m_preview->setColumnCount(int(columns.size()));
    m_preview->setRowCount(int(m_sample.size()));
    m_preview->setHorizontalHeaderLabels(titles);
    for (qsizetype r = 0; r < m_sample.size(); ++r) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString value = columns[c] < m_sample[r].size() ? m_sample[r][columns[c]] : QString();
            auto *item = new QTableWidgetItem(value.simplified());
            item->setToolTip(value);
            m_preview->setItem(int(r), int(c), item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 260));

    twice.removeDuplicates();
    if (!hasTitle)
        m_problem->setText(tr("Choose the column that holds the activities’ titles."));
    else if (!twice.isEmpty())
        m_problem->setText(tr("The column “%1” is chosen for more than one field; each field then gets the same value.")
                               .arg(twice.join(u"”, “"_s)));
    else
        m_problem->clear();
    m_ok->setEnabled(hasTitle);
}

} // namespace bw::ui
