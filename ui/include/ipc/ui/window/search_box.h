// The toolbar search field: Return classifies the text at once (SearchResolver::classify) and
// resolves it on the engine thread through the bridge, so typing never waits on the engine.
// Only the newest search is answered; an older answer that arrives late is dropped.
#pragma once

#include <cstdint>

#include <QLineEdit>
#include <QMetaType>

#include "ipc/ui/bridge/search_resolver.h"

namespace ipc::ui {

class DevnetBridge;

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchBox(DevnetBridge* bridge, QWidget* parent = nullptr);

    // Block numbers are looked up here first (the selected subnet).
    void setPreferredSubnet(const QString& subnetId) { preferred_ = subnetId; }

public slots:
    void search(const QString& text);

signals:
    void found(const ipc::ui::SearchHit& hit);
    // Nothing matched, or the text means nothing: the reason, for the status bar.
    void notFound(const QString& message);

private:
    DevnetBridge* bridge_;
    QString preferred_;
    std::uint64_t latest_ = 0;
};

}  // namespace ipc::ui

Q_DECLARE_METATYPE(ipc::ui::SearchHit)
