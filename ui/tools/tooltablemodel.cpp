// SPDX-License-Identifier: GPL-3.0-or-later
#include "tooltablemodel.h"

#include "document/document.h"
#include "theme.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace bw::ui {

namespace {
// The supported directions as a row of their icons: narrower than three labels, and the same
// marks the board and the inspector use.
QIcon directionsIcon(const QList<Direction> &directions)
{
    constexpr int Size = 16;
    constexpr int Gap = 3;
    const auto all = enumValues<Direction>();
    QPixmap pixmap(QSize(int(all.size()) * (Size + Gap), Size) * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    for (int i = 0; i < all.size(); ++i)
        if (directions.contains(all.at(i)))
            Theme::directionIcon(all.at(i)).paint(&p, QRect(i * (Size + Gap), 0, Size, Size));
    return QIcon(pixmap);
}
} // namespace

ToolTableModel::ToolTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
{
    connect(m_doc, &Document::toolAboutToBeInserted, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(m_doc, &Document::toolInserted, this, [this] { endInsertRows(); });
    connect(m_doc, &Document::toolAboutToBeRemoved, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(m_doc, &Document::toolRemoved, this, [this] {
        endRemoveRows();
        usageChanged(); // removing a tool clears it from activities
    });
    connect(m_doc, &Document::toolChanged, this, [this](int row) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(m_doc, &Document::projectReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_doc, &Document::activityChanged, this, &ToolTableModel::usageChanged);
    connect(m_doc, &Document::activityInserted, this, &ToolTableModel::usageChanged);
    connect(m_doc, &Document::activityRemoved, this, &ToolTableModel::usageChanged);
    connect(m_doc, &Document::objectiveRemoved, this, &ToolTableModel::usageChanged);
    connect(m_doc, &Document::objectiveInserted, this, &ToolTableModel::usageChanged);
}

int ToolTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->project().tools.size());
}

int ToolTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Id ToolTableModel::toolId(int row) const
{
    const auto &tools = m_doc->project().tools;
    return row >= 0 && row < tools.size() ? tools.at(row).id : 0;
}

int ToolTableModel::usage(Id toolId) const
{
    int n = 0;
    for (const Objective &o : m_doc->project().objectives)
        for (const Activity &a : o.activities)
            if (a.toolId == toolId)
                ++n;
    return n;
}

void ToolTableModel::usageChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, UsedBy), index(rowCount() - 1, UsedBy));
}

QVariant ToolTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Tool &t = m_doc->project().tools.at(index.row());
    if (role == ToolIdRole)
        return t.id;

    const auto flag = [&](bool value) -> QVariant {
        if (role == Qt::CheckStateRole)
            return value ? Qt::Checked : Qt::Unchecked;
        if (role == SortRole)
            return value;
        if (role == Qt::AccessibleTextRole)
            return value ? tr("Yes") : tr("No");
        if (role == Qt::ToolTipRole) {
            const QString meaning = headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString();
            return QString((value ? tr("Yes: %1").arg(meaning) : tr("No: %1").arg(meaning)) + u'\n'
                + tr("Shown here only: change it with Edit…"));
        }
        return {};
    };
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == SortRole)
            return t.name;
        if (role == Qt::ToolTipRole && !t.description.isEmpty())
            return t.description;
        break;
    case Type:
        if (role == Qt::DisplayRole || role == SortRole)
            return enumLabel(t.type);
        break;
    case Directions:
        if (role == Qt::DecorationRole)
            return directionsIcon(t.directions);
        if (role == SortRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            QStringList labels;
            for (Direction d : t.directions)
                labels.append(enumLabel(d));
            return labels.join(QStringLiteral(", "));
        }
        break;
    case Synchronous:
        return flag(t.synchronous);
    case Account:
        return flag(t.needsAccount);
    case Blocked:
        return flag(t.oftenBlocked);
    case ClientProvided:
        return flag(t.clientProvided);
    case Status:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (t.status == ToolStatus::Retired && !t.replacement.isEmpty())
                return tr("Retired → %1").arg(t.replacement);
            return enumLabel(t.status);
        }
        break;
    case UsedBy:
        if (role == Qt::DisplayRole || role == SortRole)
            return usage(t.id);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ToolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Name");
        case Type: return tr("Type");
        case Directions: return tr("Directions");
        case Synchronous: return tr("Sync");
        case Account: return tr("Account");
        case Blocked: return tr("Blocked");
        case ClientProvided: return tr("Client");
        case Status: return tr("Status");
        case UsedBy: return tr("Used by");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Synchronous: return tr("Everyone uses it at the same time");
        case Account: return tr("Learners need a new personal account");
        case Blocked: return tr("Company networks often block it");
        case ClientProvided: return tr("The client already provides it to learners");
        case UsedBy: return tr("Number of activities that use the tool");
        default: break;
        }
    }
    return {};
}

} // namespace bw::ui
