// The project linked to the running devnet, linked again after each build.
#include "ipc/ui/bridge/contract_linker.h"

#include <QDirIterator>
#include <QFileInfo>

#include "ipc/ui/bridge/devnet_bridge.h"

namespace ipc::ui {

ContractLinker::ContractLinker(DevnetBridge* bridge, QObject* parent)
    : QObject(parent), bridge_(bridge) {
    settle_.setSingleShot(true);
    settle_.setInterval(kSettleMs);
    connect(&settle_, &QTimer::timeout, this, [this] {
        if (!directory_.isEmpty())
            send(directory_, true);
    });
    const auto changed = [this] { settle_.start(); };
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(&watcher_, &QFileSystemWatcher::fileChanged, this, changed);
    connect(bridge_, &DevnetBridge::started, this, &ContractLinker::onStarted);
    connect(bridge_, &DevnetBridge::stopped, this, [this] {
        directory_.clear();
        current_ = {};
        watch({});
    });
}

void ContractLinker::link(const QString& directory) {
    send(directory, false);
}

void ContractLinker::send(const QString& directory, bool rebuilt) {
    bridge_->ask(
        this, devnet::LinkContractsCommand{directory.toStdString()},
        [this, rebuilt](const devnet::LinkedContracts& linked) {
            current_ = linked;
            directory_ = QString::fromStdString(linked.directory);
            watch(directory_);
            emit this->linked(linked, rebuilt);
        },
        [this, directory, rebuilt](const QString& error) {
            // A build half written is retried by the next change; a new choice that does not
            // load leaves the watched project as it was.
            if (rebuilt)
                watch(directory);
            emit linkFailed(error, rebuilt);
        });
}

void ContractLinker::onStarted() {
    bridge_->ask(this, devnet::LinkedContractsQuery{}, [this](const devnet::LinkedContracts& l) {
        current_ = l;
        directory_ = QString::fromStdString(l.directory);
        watch(directory_);
        if (!l.error.empty())
            emit linkFailed(QString::fromStdString(l.error), false);
        else if (!l.directory.empty())
            emit linked(l, false);
    });
}

void ContractLinker::watch(const QString& directory) {
    const QStringList old = watched();
    if (!old.isEmpty())
        watcher_.removePaths(old);
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        return;
    // The directory, every directory below it (new artifacts appear there) and every artifact
    // (a build rewrites them in place); not Hardhat's build-info or debug files.
    QStringList paths{directory};
    QDirIterator it(directory, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && paths.size() < kMaxWatched) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (path.contains(QStringLiteral("/build-info")))
            continue;
        if (info.isDir() || (info.suffix() == QStringLiteral("json") &&
                             !info.fileName().endsWith(QStringLiteral(".dbg.json")))) {
            paths << path;
        }
    }
    watcher_.addPaths(paths);
}

QStringList ContractLinker::watched() const {
    return watcher_.directories() + watcher_.files();
}

QString ContractLinker::summary(const devnet::LinkedContracts& linked) {
    if (linked.directory.empty())
        return tr("No project linked.");
    QString text =
        tr("Linked %n contract(s) from %1", nullptr, static_cast<int>(linked.contracts.size()))
            .arg(QString::fromStdString(linked.directory));
    if (!linked.clashes.empty()) {
        text += QStringLiteral(" · ") +
                tr("%n selector(s) shared by different signatures are left undecoded", nullptr,
                   static_cast<int>(linked.clashes.size()));
    }
    return text;
}

}  // namespace ipc::ui
