// The storage thread: the engine hands WriteBatches over and goes on; a background thread commits
// them in submission order. A batch is durable (survives the process being killed) once
// waitDurable() for its ticket returns.
//
// When a commit fails (disk full, file locked or read-only) the transaction has rolled back, so
// nothing of the batch is in the file; the batch stays at the head of the queue, later batches
// queue behind it, the error is reported through lastError() and the callback, and the writer
// tries again on retry() or, when enabled, by itself with exponential backoff.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "ipc/core/storage/store.h"

namespace ipc::storage {

struct WriteFailure {
    std::string message;
    int extendedCode = 0;      // SQLite's extended code; 0 for errors that are not SQLite's
    std::size_t attempts = 0;  // consecutive failed attempts for the batch at the head
};

class StoreWriter {
public:
    using Ticket = std::uint64_t;
    // Called on the writer thread after each failed attempt.
    using FailureCallback = std::function<void(const WriteFailure&)>;

    struct Options {
        // Fast mode: up to this many queued batches are merged into one transaction.
        std::size_t maxBatchesPerTransaction = 1;
        bool autoRetry = false;
        std::chrono::milliseconds retryDelay{100};  // first backoff; doubles up to the maximum
        std::chrono::milliseconds maxRetryDelay{5000};
    };

    explicit StoreWriter(Store& store);
    StoreWriter(Store& store, Options options, FailureCallback onFailure = {});
    // Commits what is queued. If the store keeps failing, makes one last attempt and then drops
    // the remaining batches (reported through the callback) rather than hang.
    ~StoreWriter();
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    // Tickets increase by one per batch, starting at 1.
    Ticket submit(WriteBatch batch);
    // Blocks until every batch up to `ticket` is committed.
    void waitDurable(Ticket ticket);
    // False when `timeout` passed first.
    bool waitDurable(Ticket ticket, std::chrono::milliseconds timeout);
    // Blocks until everything submitted so far is committed.
    void flush();

    Ticket durable() const;
    std::size_t pending() const;
    // The failure that currently holds the queue; nullopt once a commit succeeds again.
    std::optional<WriteFailure> lastError() const;
    // Tries the failed batch again now.
    void retry();

private:
    void run();

    Store& store_;
    Options options_;
    FailureCallback onFailure_;

    mutable std::mutex mutex_;
    std::condition_variable wake_;       // to the writer thread
    std::condition_variable durableCv_;  // to waiters
    std::deque<std::pair<Ticket, WriteBatch>> queue_;
    Ticket submitted_ = 0;
    Ticket durable_ = 0;
    std::optional<WriteFailure> failure_;
    bool retryRequested_ = false;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace ipc::storage
