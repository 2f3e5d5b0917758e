// The storage thread: commits the engine's write batches in order in the background.
#include "ipc/core/storage/store_writer.h"

#include <algorithm>
#include <vector>

#include "ipc/core/storage/sqlite.h"

namespace ipc::storage {

StoreWriter::StoreWriter(Store& store) : StoreWriter(store, Options{}) {}

StoreWriter::StoreWriter(Store& store, Options options, FailureCallback onFailure)
    : store_(store), options_(options), onFailure_(std::move(onFailure)) {
    options_.maxBatchesPerTransaction = std::max<std::size_t>(options_.maxBatchesPerTransaction, 1);
    thread_ = std::thread([this] { run(); });
}

StoreWriter::~StoreWriter() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

StoreWriter::Ticket StoreWriter::submit(WriteBatch batch) {
    Ticket ticket = 0;
    {
        std::lock_guard lock(mutex_);
        ticket = ++submitted_;
        queue_.emplace_back(ticket, std::move(batch));
    }
    wake_.notify_one();
    return ticket;
}

void StoreWriter::waitDurable(Ticket ticket) {
    std::unique_lock lock(mutex_);
    durableCv_.wait(lock, [&] { return durable_ >= ticket; });
}

bool StoreWriter::waitDurable(Ticket ticket, std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return durableCv_.wait_for(lock, timeout, [&] { return durable_ >= ticket; });
}

void StoreWriter::flush() {
    Ticket last = 0;
    {
        std::lock_guard lock(mutex_);
        last = submitted_;
    }
    waitDurable(last);
}

StoreWriter::Ticket StoreWriter::durable() const {
    std::lock_guard lock(mutex_);
    return durable_;
}

std::size_t StoreWriter::pending() const {
    std::lock_guard lock(mutex_);
    return queue_.size();
}

std::optional<WriteFailure> StoreWriter::lastError() const {
    std::lock_guard lock(mutex_);
    return failure_;
}

void StoreWriter::retry() {
    {
        std::lock_guard lock(mutex_);
        retryRequested_ = true;
    }
    wake_.notify_all();
}

void StoreWriter::run() {
    std::chrono::milliseconds backoff = options_.retryDelay;
    bool lastAttemptAtStop = false;
    std::unique_lock lock(mutex_);
    while (true) {
        wake_.wait(lock,
                   [&] { return stopping_ || retryRequested_ || (!queue_.empty() && !failure_); });
        if (queue_.empty()) {
            retryRequested_ = false;
            if (stopping_) {
                return;
            }
            continue;
        }
        if (failure_ && !retryRequested_ && !stopping_) {
            continue;
        }
        retryRequested_ = false;

        // Only this thread pops, and deque::push_back keeps references to existing elements
        // valid, so the batches can be read without the lock.
        const std::size_t n = std::min(queue_.size(), options_.maxBatchesPerTransaction);
        std::vector<const WriteBatch*> batches;
        batches.reserve(n);
        for (std::size_t i = 0; i < n; ++i) {
            batches.push_back(&queue_[i].second);
        }
        const Ticket last = queue_[n - 1].first;
        lock.unlock();

        std::optional<WriteFailure> failure;
        try {
            store_.write(std::span<const WriteBatch* const>(batches));
        } catch (const StorageError& e) {
            failure = WriteFailure{e.what(), e.extendedCode(), 0};
        } catch (const std::exception& e) {
            failure = WriteFailure{e.what(), 0, 0};
        }

        lock.lock();
        if (!failure) {
            queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(n));
            durable_ = last;
            failure_.reset();
            backoff = options_.retryDelay;
            durableCv_.notify_all();
            continue;
        }
        failure->attempts = failure_ ? failure_->attempts + 1 : 1;
        failure_ = failure;
        const bool giveUp = stopping_ && lastAttemptAtStop;
        lastAttemptAtStop = stopping_;
        if (giveUp) {
            failure->message = "storage stopped with " + std::to_string(queue_.size()) +
                               " batches not written: " + failure->message;
        }
        if (onFailure_) {
            lock.unlock();
            onFailure_(*failure);
            lock.lock();
        }
        if (giveUp) {
            queue_.clear();
            return;
        }
        if (options_.autoRetry && !stopping_) {
            wake_.wait_for(lock, backoff, [&] { return stopping_ || retryRequested_; });
            backoff = std::min(backoff * 2, options_.maxRetryDelay);
            retryRequested_ = true;
        }
    }
}

}  // namespace ipc::storage
