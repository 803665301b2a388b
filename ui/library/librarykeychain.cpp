// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarykeychain.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#ifdef BLENDWISE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

const QString Service = u"Blendwise team library"_s;

#ifdef BLENDWISE_HAVE_KEYCHAIN
// Runs `job` and hands it to `finished` on `context` (dropped if context went meanwhile).
void startJob(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> finished)
{
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, finished = std::move(finished)](QKeychain::Job *j) {
        if (guard)
            finished(j);
    });
    job->start();
}

QString errorOf(const QKeychain::Job *job)
{
    return job->error() == QKeychain::NoError ? QString() : job->errorString();
}
#else
QString notBuilt()
{
    return QCoreApplication::translate("bw::ui::LibraryKeychain", "this Blendwise was built without keychain support");
}
#endif

} // namespace

bool LibraryKeychain::isAvailable()
{
#ifdef BLENDWISE_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString LibraryKeychain::keyFor(const LibrarySettings &settings)
{
    if (!settings.service.isEmpty() && settings.host.isEmpty())
        return u"%1@service:%2"_s.arg(settings.user, settings.service);
    return u"%1@%2:%3/%4"_s.arg(settings.user, settings.host.isEmpty() ? u"localhost"_s : settings.host)
        .arg(settings.port > 0 ? settings.port : 5432)
        .arg(settings.database);
}

void LibraryKeychain::read(const LibrarySettings &settings, QObject *context,
    std::function<void(const QString &password, const QString &error)> done)
{
#ifdef BLENDWISE_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setKey(keyFor(settings));
    startJob(job, context, [done = std::move(done)](QKeychain::Job *j) {
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData(), errorOf(j));
    });
#else
    Q_UNUSED(settings);
    QTimer::singleShot(0, context, [done = std::move(done)] { done({}, notBuilt()); });
#endif
}

void LibraryKeychain::write(const LibrarySettings &settings, const QString &password, QObject *context,
    std::function<void(const QString &error)> done)
{
#ifdef BLENDWISE_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setKey(keyFor(settings));
    job->setTextData(password);
    startJob(job, context, [done = std::move(done)](QKeychain::Job *j) { done(errorOf(j)); });
#else
    Q_UNUSED(settings);
    Q_UNUSED(password);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(notBuilt()); });
#endif
}

void LibraryKeychain::remove(const LibrarySettings &settings, QObject *context, std::function<void(const QString &error)> done)
{
#ifdef BLENDWISE_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(Service);
    job->setKey(keyFor(settings));
    startJob(job, context, [done = std::move(done)](QKeychain::Job *j) {
        // Nothing stored is not a failure: the keychain holds no password for it either way.
        done(j->error() == QKeychain::EntryNotFound ? QString() : errorOf(j));
    });
#else
    Q_UNUSED(settings);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(notBuilt()); });
#endif
}

} // namespace bw::ui
