// The toolbar search field: classifies the text and opens what it names.
#include "ipc/ui/window/search_box.h"

#include "ipc/ui/bridge/devnet_bridge.h"

namespace ipc::ui {

SearchBox::SearchBox(DevnetBridge* bridge, QWidget* parent) : QLineEdit(parent), bridge_(bridge) {
    qRegisterMetaType<SearchHit>("ipc::ui::SearchHit");
    setObjectName(QStringLiteral("searchBox"));
    setClearButtonEnabled(true);
    // Short enough for the narrowest box in every language (the German one was cut mid-word);
    // the tooltip lists everything a search finds.
    setPlaceholderText(tr("Block, tx, address, subnet… (Ctrl+K)"));
    setToolTip(
        tr("Search the running hierarchy: a block number (in the selected subnet), "
           "\"checkpoint 20\", a transaction hash or tracing id (0x + 64 hex), an address "
           "(0x… or t410f…) or a subnet id (/r31337/…)"));
    setMinimumWidth(260);
    setMaximumWidth(420);
    connect(this, &QLineEdit::returnPressed, this, [this] { search(text()); });
}

void SearchBox::search(const QString& text) {
    const SearchQuery query = SearchResolver::classify(text);
    const std::uint64_t id = ++latest_;
    if (query.kind == SearchKind::Invalid) {
        emit notFound(query.problem);
        return;
    }
    if (!bridge_->isRunning()) {
        emit notFound(tr("No hierarchy is running: start one to search it"));
        return;
    }
    const auto engineQuery = SearchResolver::engineQuery(query, preferred_);
    if (!engineQuery) {
        emit notFound(query.problem);
        return;
    }
    bridge_->ask(this, *engineQuery, [this, query, id](const devnet::SearchAnswer& answer) {
        if (latest_ != id)
            return;
        const SearchHit hit = SearchResolver::describe(query, answer);
        if (hit.what == SearchHit::What::Nothing)
            emit notFound(hit.summary);
        else
            emit found(hit);
    });
}

}  // namespace ipc::ui
