// The engine's event bus: ordered delivery on the engine thread to RAII subscriptions.
#include "ipc/devnet/events.h"

#include <algorithm>

namespace ipc::devnet {

const char* toString(MessageStage s) {
    switch (s) {
        case MessageStage::Committed:
            return "committed";
        case MessageStage::InCheckpoint:
            return "in-checkpoint";
        case MessageStage::Quorum:
            return "quorum";
        case MessageStage::SubmittedToParent:
            return "submitted-to-parent";
        case MessageStage::ExecutedInParent:
            return "executed-in-parent";
        case MessageStage::CommittedTopDown:
            return "committed-top-down";
        case MessageStage::Delivered:
            return "delivered";
        case MessageStage::Failed:
            return "failed";
        case MessageStage::ReceiptReturned:
            return "receipt-returned";
    }
    return "?";
}

const char* toString(SubnetChange c) {
    switch (c) {
        case SubnetChange::Created:
            return "created";
        case SubnetChange::Bootstrapped:
            return "bootstrapped";
        case SubnetChange::Halted:
            return "halted";
        case SubnetChange::Resumed:
            return "resumed";
        case SubnetChange::Killed:
            return "killed";
    }
    return "?";
}

struct EventBus::Subscription::State {
    mutable std::mutex mutex;
    std::uint64_t nextId = 1;
    std::vector<std::pair<std::uint64_t, std::shared_ptr<Handler>>> handlers;
};

EventBus::EventBus() : state_(std::make_shared<Subscription::State>()) {}

EventBus::Subscription EventBus::subscribe(Handler h) {
    std::lock_guard lock(state_->mutex);
    const auto id = state_->nextId++;
    state_->handlers.emplace_back(id, std::make_shared<Handler>(std::move(h)));
    return Subscription(state_, id);
}

void EventBus::Subscription::reset() {
    if (auto s = bus_.lock()) {
        std::lock_guard lock(s->mutex);
        std::erase_if(s->handlers, [&](const auto& p) { return p.first == id_; });
    }
    bus_.reset();
}

void EventBus::publish(const Event& e) const {
    std::vector<std::shared_ptr<Handler>> copy;
    {
        std::lock_guard lock(state_->mutex);
        if (state_->handlers.empty())
            return;
        for (const auto& [id, h] : state_->handlers)
            copy.push_back(h);
    }
    for (const auto& h : copy)
        (*h)(e);
}

bool EventBus::hasSubscribers() const {
    std::lock_guard lock(state_->mutex);
    return !state_->handlers.empty();
}

}  // namespace ipc::devnet
