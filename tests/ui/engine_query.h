// For ui tests only: drive and read the running engine directly (the app itself only asks the
// facade's typed queries). Runs `fn` over the Hierarchy on the engine thread and `done(result)`
// on the UI thread afterwards, unless `context` is gone by then.
#pragma once

#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include <QCoreApplication>
#include <QPointer>

#include "ipc/devnet/engine_access.h"
#include "ipc/ui/bridge/devnet_bridge.h"

template <class Fn, class Done>
void engineQuery(ipc::ui::DevnetBridge& bridge, QObject* context, Fn fn, Done done) {
    using R = std::invoke_result_t<Fn&, ipc::devnet::Hierarchy&>;
    ipc::devnet::Devnet* d = bridge.devnet();
    if (d == nullptr)
        return;
    QPointer<QObject> guard(context);
    ipc::devnet::engine(*d).postThen(
        std::move(fn),
        [guard, done = std::move(done)](std::optional<R> result, std::exception_ptr) {
            if (!result)
                return;
            auto answer = std::make_shared<R>(std::move(*result));
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, done, answer] {
                    if (guard)
                        done(*answer);
                },
                Qt::QueuedConnection);
        });
}
