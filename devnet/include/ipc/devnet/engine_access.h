// Direct access to the engine thread for devnet's own code (RPC methods, the wallet), the CLI,
// tests and benchmarks: run any function over the Hierarchy there. Not part of the facade: the
// desktop app asks typed queries (Devnet::ask, queries.h) and the ui.facade_includes check
// refuses this header under ui/.
#pragma once

#include <exception>
#include <future>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include "ipc/devnet/devnet.h"
#include "ipc/devnet/hierarchy.h"

namespace ipc::devnet {

class EngineAccess {
public:
    explicit EngineAccess(Devnet& devnet) : devnet_(devnet) {}

    // Runs `fn` on the engine thread; its result or exception arrives through the future. In a
    // workspace, whatever `fn` produced (blocks from devnet_mine, …) is durable before the
    // future is ready, so a caller never sees what a crash could take back.
    template <class F>
    auto post(F&& fn) -> std::future<std::invoke_result_t<F, Hierarchy&>> {
        using R = std::invoke_result_t<F, Hierarchy&>;
        auto f = std::make_shared<std::decay_t<F>>(std::forward<F>(fn));
        auto promise = std::make_shared<std::promise<R>>();
        auto fut = promise->get_future();
        Devnet* d = &devnet_;
        devnet_.enqueue([d, f, promise](Hierarchy& h) {
            try {
                if constexpr (std::is_void_v<R>) {
                    (*f)(h);
                    d->settle(h);
                    promise->set_value();
                } else {
                    R result = (*f)(h);
                    d->settle(h);
                    promise->set_value(std::move(result));
                }
            } catch (...) {
                d->settle(h);
                promise->set_exception(std::current_exception());
            }
        });
        return fut;
    }

    // Like post(), but nobody waits: `done(result, error)` runs on the engine thread once `fn`
    // ran and what it produced is durable, with its result or the exception it threw. `done`
    // must be quick and must not wait for anything (e.g. it queues an HTTP reply).
    template <class F, class D>
    void postThen(F&& fn, D&& done) {
        using R = std::invoke_result_t<F, Hierarchy&>;
        static_assert(!std::is_void_v<R>, "postThen needs a result");
        auto f = std::make_shared<std::decay_t<F>>(std::forward<F>(fn));
        auto dn = std::make_shared<std::decay_t<D>>(std::forward<D>(done));
        Devnet* d = &devnet_;
        devnet_.enqueue([d, f, dn](Hierarchy& h) {
            std::optional<R> result;
            std::exception_ptr error;
            try {
                result.emplace((*f)(h));
            } catch (...) {
                error = std::current_exception();
            }
            d->settle(h);
            try {
                (*dn)(std::move(result), error);
            } catch (...) {
                // `done` only hands the answer on; the engine keeps running whatever it does.
            }
        });
    }

private:
    Devnet& devnet_;
};

// engine(devnet).post(fn): reads as what it is at the call site.
inline EngineAccess engine(Devnet& devnet) {
    return EngineAccess(devnet);
}

}  // namespace ipc::devnet
