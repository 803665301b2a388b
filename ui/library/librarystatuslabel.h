// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QTimer>

namespace bw::ui {

// The status bar's word on the team library: "Team library: connected (alice, editor)" or
// "Team library: offline" (the reason in the tooltip); hidden when no library is set up. It asks
// the library on a worker thread (LibrarySession::run) when the studio starts, when the settings
// change (refresh()) and every minute, so a server that goes away or comes back is noticed
// without anyone waiting on it.
class LibraryStatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit LibraryStatusLabel(QWidget *parent = nullptr);

    void refresh();
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void checked(bool connected);
    // The server refused the login and the session has no password to offer: the studio asks
    // for it (once by itself, then when the designer clicks "sign-in needed").
    void passwordNeeded(const QString &reason, bool clicked);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    QTimer m_timer;
    bool m_connected = false;
    bool m_asking = false;
    bool m_needsPassword = false;
    QString m_reason;
};

} // namespace bw::ui
