// LazyTableModel: a table over a long, append-only history (blocks, checkpoints) that never holds
// it whole. The row count comes from the known length; rows are read in pages from a RowSource
// only when a view asks for them, arrive later (dataChanged) and live in a bounded page cache, so
// a view over a million blocks scrolls as fast as over ten. Newest first: row 0 is the last key.
//
// Templates must live in headers; the logic is kept small and the column text is left to the
// subclasses.
#pragma once

#include <algorithm>
#include <climits>
#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace ipc::ui {

// Where a LazyTableModel reads its rows. Keys are ordinals from the oldest entry (a block number,
// a checkpoint's index).
template <class Row>
class RowSource {
public:
    using Done = std::function<void(std::vector<Row>)>;
    virtual ~RowSource() = default;
    // Reads keys [first, first + count) (fewer at the end) and calls `done` with them later, on
    // the UI thread. May never call it (the hierarchy was replaced); the model asks again.
    virtual void fetch(std::uint64_t first, std::size_t count, Done done) = 0;
};

template <class Row>
class LazyTableModel : public QAbstractTableModel {
public:
    static constexpr std::uint64_t kPageSize = 100;
    static constexpr std::size_t kMaxPages = 48;
    // At most this many pages are read per event loop turn (a screenful needs one or two).
    static constexpr std::size_t kMaxPagesPerRead = 8;

    explicit LazyTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    // Replaces the source and the length; every cached row is dropped.
    void setSource(std::shared_ptr<RowSource<Row>> source, std::uint64_t count) {
        beginResetModel();
        source_ = std::move(source);
        count_ = std::min<std::uint64_t>(count, INT_MAX);
        dropCache();
        endResetModel();
    }

    // The history grew (rows appear at the top) or was rewound (a reset).
    void setCount(std::uint64_t count) {
        count = std::min<std::uint64_t>(count, INT_MAX);
        if (count == count_)
            return;
        if (count < count_) {
            beginResetModel();
            count_ = count;
            dropCache();
            endResetModel();
            return;
        }
        beginInsertRows({}, 0, static_cast<int>(count - count_ - 1));
        count_ = count;
        endInsertRows();
    }

    // Cached rows stay shown but are read again once a view asks for them (rows that change
    // after they were written, like a checkpoint's stage).
    // Answers lost to a replaced hierarchy are asked for again too.
    void markStale() {
        for (auto& [index, page] : pages_)
            page.stale = true;
        inFlight_.clear();
    }

    std::uint64_t count() const { return count_; }
    std::uint64_t keyOf(int row) const { return count_ - 1 - static_cast<std::uint64_t>(row); }
    int rowOf(std::uint64_t key) const {
        return key < count_ ? static_cast<int>(count_ - 1 - key) : -1;
    }
    std::size_t cachedPages() const { return pages_.size(); }
    // Pages asked for and not yet answered (or not yet sent).
    std::size_t pagesPending() const { return inFlight_.size() + wanted_.size(); }

    // The row if loaded; otherwise nullptr, and its page is requested.
    const Row* rowAt(int row) const {
        if (row < 0 || static_cast<std::uint64_t>(row) >= count_)
            return nullptr;
        const std::uint64_t key = keyOf(row);
        const std::uint64_t index = key / kPageSize;
        auto it = pages_.find(index);
        if (it == pages_.end()) {
            request(index);
            return nullptr;
        }
        Page& page = it->second;
        page.used = ++tick_;
        const std::uint64_t offset = key - index * kPageSize;
        if (page.stale || offset >= page.rows.size())
            request(index);
        return offset < page.rows.size() ? &page.rows[offset] : nullptr;
    }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(count_);
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        if (const Row* r = rowAt(index.row()))
            return rowData(*r, index.column(), role);
        return loadingData(keyOf(index.row()), index.column(), role);
    }

protected:
    virtual QVariant rowData(const Row& row, int column, int role) const = 0;
    // What a row shows before its page arrives (its key is already known).
    virtual QVariant loadingData(std::uint64_t key, int column, int role) const = 0;

private:
    struct Page {
        std::vector<Row> rows;
        std::uint64_t used = 0;
        bool stale = false;
    };

    void dropCache() {
        pages_.clear();
        wanted_.clear();
        inFlight_.clear();
        ++epoch_;
    }

    // Requests are collected and sent from the event loop: data() must not emit signals, and
    // a view painting a screenful asks for the same page many times. Only the pages asked for
    // last are read: a fast scroll over thousands of pages reads where it stopped, and the rows
    // it flew past are asked for again if a view ever paints them.
    void request(std::uint64_t index) const {
        if (inFlight_.count(index) != 0)
            return;
        wanted_.erase(std::remove(wanted_.begin(), wanted_.end(), index), wanted_.end());
        wanted_.push_back(index);
        if (wanted_.size() > kMaxPagesPerRead)
            wanted_.erase(wanted_.begin());
        if (issueQueued_)
            return;
        issueQueued_ = true;
        auto* self = const_cast<LazyTableModel*>(this);
        QTimer::singleShot(0, self, [self] { self->issue(); });
    }

    void issue() {
        issueQueued_ = false;
        std::vector<std::uint64_t> wanted;
        wanted.swap(wanted_);
        if (source_ == nullptr)
            return;
        for (const std::uint64_t index : wanted) {
            if (!inFlight_.insert(index).second)
                continue;
            QPointer<LazyTableModel> guard(this);
            const std::uint64_t epoch = epoch_;
            source_->fetch(index * kPageSize, kPageSize,
                           [guard, epoch, index](std::vector<Row> rows) {
                               if (!guard.isNull())
                                   guard->receive(epoch, index, std::move(rows));
                           });
        }
    }

    void receive(std::uint64_t epoch, std::uint64_t index, std::vector<Row> rows) {
        if (epoch != epoch_)
            return;
        inFlight_.erase(index);
        const std::size_t n = rows.size();
        Page& page = pages_[index];
        page.rows = std::move(rows);
        page.used = ++tick_;
        page.stale = false;
        evict();
        const std::uint64_t first = index * kPageSize;
        if (n == 0 || first >= count_)
            return;
        const std::uint64_t last = std::min<std::uint64_t>(first + n, count_) - 1;
        emit dataChanged(this->index(rowOf(last), 0),
                         this->index(rowOf(first), std::max(0, columnCount() - 1)));
    }

    void evict() {
        while (pages_.size() > kMaxPages) {
            auto oldest = std::min_element(
                pages_.begin(), pages_.end(),
                [](const auto& a, const auto& b) { return a.second.used < b.second.used; });
            pages_.erase(oldest);
        }
    }

    std::shared_ptr<RowSource<Row>> source_;
    std::uint64_t count_ = 0;
    std::uint64_t epoch_ = 0;
    mutable std::unordered_map<std::uint64_t, Page> pages_;
    mutable std::vector<std::uint64_t> wanted_;  // oldest request first
    std::set<std::uint64_t> inFlight_;
    mutable std::uint64_t tick_ = 0;
    mutable bool issueQueued_ = false;
};

}  // namespace ipc::ui
