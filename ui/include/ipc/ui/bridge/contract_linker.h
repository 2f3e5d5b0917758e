// ContractLinker: the project linked to the running devnet (File › Link Contracts…): links a
// Hardhat `artifacts/` or Foundry `out/` directory through the facade (LinkContractsCommand), and
// watches it: when the project is built again the artifacts are linked again by themselves, a
// moment after the last file changed. A workspace remembers its linked project; when one starts,
// the linker reads what it links and watches that.
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include "ipc/devnet/queries.h"

namespace ipc::ui {

class DevnetBridge;

class ContractLinker : public QObject {
    Q_OBJECT
public:
    // At most this many files and directories are watched (inotify's budget is shared).
    static constexpr int kMaxWatched = 4000;
    // The quiet time after a change before linking again (a build writes many files).
    static constexpr int kSettleMs = 600;

    explicit ContractLinker(DevnetBridge* bridge, QObject* parent = nullptr);

    // Links `directory` (empty: unlinks). linked() or linkFailed() follows.
    void link(const QString& directory);
    // The linked directory (empty: none).
    QString directory() const { return directory_; }
    const devnet::LinkedContracts& current() const { return current_; }
    // The paths being watched (tests).
    QStringList watched() const;
    // What a link says in the status bar: "Linked 4 contracts from …" and any clashes.
    static QString summary(const devnet::LinkedContracts& linked);

signals:
    // A directory was linked (or linked again after a build, `rebuilt`), or unlinked.
    void linked(const devnet::LinkedContracts& linked, bool rebuilt);
    // It did not load: the reason (the linked project stays as it was).
    void linkFailed(const QString& error, bool rebuilt);

private:
    void send(const QString& directory, bool rebuilt);
    void watch(const QString& directory);
    void onStarted();

    DevnetBridge* bridge_;
    QString directory_;
    devnet::LinkedContracts current_;
    QFileSystemWatcher watcher_;
    QTimer settle_;
};

}  // namespace ipc::ui
