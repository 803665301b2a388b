// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarystatuslabel.h"

#include "librarysession.h"

#include <QMouseEvent>

using namespace Qt::StringLiterals;

namespace bw::ui {

LibraryStatusLabel::LibraryStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"libraryStatus"_s);
    setVisible(false);
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, &LibraryStatusLabel::refresh);
    m_timer.start();
    QTimer::singleShot(0, this, &LibraryStatusLabel::refresh);
}

void LibraryStatusLabel::refresh()
{
    if (!LibrarySession::isConfigured()) {
        setVisible(false);
        m_connected = false;
        return;
    }
    if (m_asking)
        return;
    m_asking = true;
    const QString where = LibrarySession::settings().describe();
    LibrarySession::run<QStringList>(
        this,
        [](TeamLibrary &library, LibraryError &error) {
            QStringList roles = library.roles(&error);
            return roles;
        },
        [this, where](QStringList roles, const LibraryError &error) {
            m_asking = false;
            m_connected = !error;
            setVisible(true);
            m_needsPassword = error.status == LibraryStatus::AuthFailed;
            m_reason = error.message;
            setCursor(m_needsPassword ? Qt::PointingHandCursor : Qt::ArrowCursor);
            if (m_needsPassword) {
                setText(tr("Team library: sign-in needed"));
                setToolTip(tr("%1: %2\nClick to enter your password.").arg(where, error.message));
                Q_EMIT passwordNeeded(error.message, false);
            } else if (error) {
                setText(tr("Team library: offline"));
                setToolTip(tr("%1: %2\nThe studio works as before; library commands say when they cannot reach it.")
                               .arg(where, error.message));
            } else {
                QString role = roles.isEmpty() ? tr("no library role") : roles.first();
                role.remove(u"blendwise_"_s);
                setText(tr("Team library: connected (%1)").arg(role));
                setToolTip(where);
            }
            Q_EMIT checked(m_connected);
        });
}

void LibraryStatusLabel::mousePressEvent(QMouseEvent *event)
{
    if (m_needsPassword && event->button() == Qt::LeftButton) {
        Q_EMIT passwordNeeded(m_reason, true);
        return;
    }
    QLabel::mousePressEvent(event);
}

} // namespace bw::ui
