// TipPagedModel: rows of one subnet's history (its transactions, its contracts) newest first, read
// from the tip downwards a page at a time as a view scrolls (canFetchMore / fetchMore), never the
// whole history at once; rows of new blocks are added at the top as the tip moves. A fetch goes on
// reading older pages by itself until it found a row or read `blocksPerFetch` blocks, since a view
// with no new row to scroll would never ask again. Subclasses give the columns.
//
// `Source::fetch(fromBlock, maxRows, maxBlocks, done)` reads from `fromBlock` down and calls
// `done(Page)` later on the UI thread (or never, when the hierarchy was replaced); `Page` holds the
// rows in `Page::*Rows` with `more` and `nextBlock`.
#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <vector>

#include <QAbstractTableModel>
#include <QPointer>

namespace ipc::ui {

template <class Row, class Page, class Source, std::vector<Row> Page::*Rows>
class TipPagedModel : public QAbstractTableModel {
public:
    struct Limits {
        std::size_t pageRows;          // rows asked for per page
        std::size_t pageBlocks;        // blocks read per page
        std::uint64_t blocksPerFetch;  // blocks one fetchMore reads at most while finding nothing
    };

    TipPagedModel(Limits limits, QObject* parent) : QAbstractTableModel(parent), limits_(limits) {}

    // Starts over from block `tip` of a new source (null: empty).
    void setSource(std::shared_ptr<Source> source, std::uint64_t tip) {
        beginResetModel();
        source_ = std::move(source);
        rows_.clear();
        top_ = tip;
        nextBlock_ = tip;
        more_ = source_ != nullptr;
        fetching_ = false;
        tipFetching_ = false;
        ++epoch_;
        endResetModel();
    }

    // The chain grew to `tip`: rows of the new blocks are read and added at the top.
    void setTip(std::uint64_t tip) {
        if (source_ == nullptr || tip <= top_ || tipFetching_)
            return;
        if (tip - top_ > limits_.pageBlocks) {
            // Too far behind to fill the gap in one read: start again from the tip.
            setSource(source_, tip);
            return;
        }
        tipFetching_ = true;
        QPointer<TipPagedModel> guard(this);
        const std::uint64_t epoch = epoch_;
        source_->fetch(tip, SIZE_MAX, static_cast<std::size_t>(tip - top_),
                       [guard, epoch, tip](Page page) {
                           if (!guard.isNull())
                               guard->prependPage(epoch, tip, std::move(page));
                       });
    }

    const Row* rowAt(int row) const {
        if (row < 0 || static_cast<std::size_t>(row) >= rows_.size())
            return nullptr;
        return &rows_[static_cast<std::size_t>(row)];
    }
    bool isFetching() const { return fetching_; }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(rows_.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override {
        return !parent.isValid() && more_ && !fetching_;
    }
    void fetchMore(const QModelIndex& parent) override {
        if (canFetchMore(parent))
            fetchFrom(limits_.blocksPerFetch);
    }

private:
    void fetchFrom(std::uint64_t blocksLeft) {
        fetching_ = true;
        QPointer<TipPagedModel> guard(this);
        const std::uint64_t epoch = epoch_;
        const auto blocks =
            static_cast<std::size_t>(std::min<std::uint64_t>(limits_.pageBlocks, blocksLeft));
        source_->fetch(nextBlock_, limits_.pageRows, blocks,
                       [guard, epoch, blocksLeft, blocks](Page page) {
                           if (!guard.isNull())
                               guard->appendPage(epoch, blocksLeft - blocks, std::move(page));
                       });
    }

    void appendPage(std::uint64_t epoch, std::uint64_t blocksLeft, Page page) {
        if (epoch != epoch_)
            return;
        fetching_ = false;
        more_ = page.more;
        nextBlock_ = page.nextBlock;
        std::vector<Row>& rows = page.*Rows;
        if (!rows.empty()) {
            const int first = static_cast<int>(rows_.size());
            beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
            rows_.insert(rows_.end(), std::make_move_iterator(rows.begin()),
                         std::make_move_iterator(rows.end()));
            endInsertRows();
            return;
        }
        if (more_ && blocksLeft > 0)
            fetchFrom(blocksLeft);
    }

    void prependPage(std::uint64_t epoch, std::uint64_t tip, Page page) {
        if (epoch != epoch_)
            return;
        tipFetching_ = false;
        top_ = tip;
        std::vector<Row>& rows = page.*Rows;
        if (rows.empty())
            return;
        beginInsertRows({}, 0, static_cast<int>(rows.size()) - 1);
        rows_.insert(rows_.begin(), std::make_move_iterator(rows.begin()),
                     std::make_move_iterator(rows.end()));
        endInsertRows();
    }

    Limits limits_;
    std::shared_ptr<Source> source_;
    std::vector<Row> rows_;
    std::uint64_t top_ = 0;        // newest block read
    std::uint64_t nextBlock_ = 0;  // where the next older page starts
    std::uint64_t epoch_ = 0;
    bool more_ = false;
    bool fetching_ = false;
    bool tipFetching_ = false;
};

}  // namespace ipc::ui
