// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include "document/document.h"
#include "storage/recoverystore.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>

namespace bw::ui {

namespace {
// Edits that come in a burst (typing) are copied together once the burst pauses.
constexpr int SettleMs = 2'000;
} // namespace

AutoSaver::AutoSaver(Document *document, std::shared_ptr<RecoveryStore> store, QString sessionKey, QObject *parent)
    : QObject(parent)
    , m_doc(document)
    , m_store(std::move(store))
    , m_sessionKey(std::move(sessionKey))
{
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoSaver::writeInBackground);
    connect(m_doc, &Document::changed, this, &AutoSaver::schedule);
}

AutoSaver::~AutoSaver()
{
    m_pool.waitForDone();
}

void AutoSaver::schedule()
{
    if (m_timer.isActive())
        return;
    // Never more often than the interval; after a quiet spell, soon after the edit.
    qint64 delay = m_interval;
    if (m_lastWrite.isValid())
        delay = m_interval - m_lastWrite.msecsTo(QDateTime::currentDateTimeUtc());
    m_timer.start(int(std::clamp<qint64>(delay, std::min(SettleMs, m_interval), m_interval)));
}

void AutoSaver::writeInBackground()
{
    if (!m_doc->isModified())
        return;
    if (m_writing) {
        m_timer.start(std::min(SettleMs, m_interval));
        return;
    }
    m_writing = true;
    m_lastWrite = QDateTime::currentDateTimeUtc();
    const Project snapshot = m_doc->project();
    const QString original = m_doc->filePath();
    QPointer<AutoSaver> self(this);
    auto store = m_store;
    const QString key = m_sessionKey;
    m_pool.start([self, store, snapshot, original, key] {
        const QString error = store->write(snapshot, original, key);
        QMetaObject::invokeMethod(
            qApp,
            [self, error] {
                if (!self)
                    return;
                self->m_writing = false;
                if (error.isEmpty())
                    Q_EMIT self->written(self->m_lastWrite);
                else
                    Q_EMIT self->failed(error);
            },
            Qt::QueuedConnection);
    });
}

QString AutoSaver::writeNow()
{
    m_pool.waitForDone();
    m_timer.stop();
    if (!m_doc->isModified())
        return {};
    m_lastWrite = QDateTime::currentDateTimeUtc();
    const QString error = m_store->write(m_doc->project(), m_doc->filePath(), m_sessionKey);
    if (error.isEmpty())
        Q_EMIT written(m_lastWrite);
    else
        Q_EMIT failed(error);
    return error;
}

void AutoSaver::discard()
{
    m_timer.stop();
    m_pool.waitForDone();
    m_store->discardSession(m_sessionKey);
}

} // namespace bw::ui
