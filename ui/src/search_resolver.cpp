#include "ipc/ui/search_resolver.h"

#include <exception>
#include <string>
#include <vector>

#include <QRegularExpression>

#include "ipc/core/primitives/fvm_address.h"
#include "ipc/core/primitives/token_amount.h"
#include "ipc/devnet/views.h"
#include "ipc/ui/checkpoint_table_model.h"
#include "ipc/ui/explorer_format.h"

namespace ipc::ui {

namespace {

QString idText(const SubnetId& id) {
    return QString::fromStdString(id.toString());
}

QString nameOf(const devnet::SubnetNode& n) {
    return QString::fromStdString(n.name);
}

QString hex(const Hash32& h) {
    return QString::fromStdString(h.hex());
}

// The preferred subnet first, then every subnet in hierarchy order (parents first).
std::vector<const devnet::SubnetNode*> searchOrder(const devnet::Hierarchy& h,
                                                   const QString& preferred) {
    std::vector<const devnet::SubnetNode*> out;
    const devnet::SubnetNode* first = nullptr;
    if (!preferred.isEmpty()) {
        try {
            first = h.node(SubnetId::parse(preferred.toStdString()));
        } catch (const std::exception&) {
            first = nullptr;  // a stale selection: search everywhere
        }
    }
    if (first != nullptr)
        out.push_back(first);
    for (const auto& n : h.nodes()) {
        if (n.get() != first)
            out.push_back(n.get());
    }
    return out;
}

std::optional<std::uint64_t> parseNumber(const QString& text) {
    bool ok = false;
    const qulonglong v = text.toULongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return v;
}

}  // namespace

SearchQuery SearchResolver::classify(const QString& input) {
    SearchQuery q;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        q.problem =
            tr("Type a block number, transaction hash, checkpoint height, tracing id, "
               "address or subnet id");
        return q;
    }
    static const QRegularExpression blockRe(QStringLiteral("^(?:#|block\\s+|b\\s*)?(\\d{1,19})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression checkpointRe(
        QStringLiteral("^(?:checkpoint|cp|ckpt)\\s*#?\\s*(\\d{1,19})$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hashRe(QStringLiteral("^0x[0-9a-fA-F]{64}$"));
    static const QRegularExpression addressRe(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    static const QRegularExpression fvmRe(QStringLiteral("^[tf]410f[a-z2-7]+$"),
                                          QRegularExpression::CaseInsensitiveOption);

    if (const auto m = checkpointRe.match(text); m.hasMatch()) {
        if (const auto n = parseNumber(m.captured(1))) {
            q.kind = SearchKind::CheckpointHeight;
            q.number = *n;
            return q;
        }
    }
    if (const auto m = blockRe.match(text); m.hasMatch()) {
        if (const auto n = parseNumber(m.captured(1))) {
            q.kind = SearchKind::BlockNumber;
            q.number = *n;
            return q;
        }
    }
    try {
        if (hashRe.match(text).hasMatch()) {
            q.kind = SearchKind::Hash;
            q.hash = Hash32::fromHexString(text.toStdString());
            return q;
        }
        if (addressRe.match(text).hasMatch()) {
            q.kind = SearchKind::Address;
            q.address = EthAddress::parse(text.toStdString());
            return q;
        }
        if (fvmRe.match(text).hasMatch()) {
            const auto eth = FvmAddress::parse(text.toLower().toStdString()).toEth();
            if (eth) {
                q.kind = SearchKind::Address;
                q.address = *eth;
                return q;
            }
        }
        if (text.startsWith(QLatin1String("/r"))) {
            q.subnet = SubnetId::parse(text.toStdString());
            q.kind = SearchKind::Subnet;
            return q;
        }
    } catch (const std::exception& e) {
        q.kind = SearchKind::Invalid;
        q.problem = tr("Cannot read \"%1\": %2").arg(text, QString::fromUtf8(e.what()));
        return q;
    }
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        q.problem = tr("\"%1\" is neither a 32-byte hash (0x + 64 hex digits) nor an address "
                       "(0x + 40 hex digits)")
                        .arg(text);
    } else {
        q.problem = tr("\"%1\" is not a block number, hash, checkpoint height, address or "
                       "subnet id")
                        .arg(text);
    }
    return q;
}

SearchHit SearchResolver::resolve(const devnet::Hierarchy& h, const SearchQuery& q,
                                  const QString& preferredSubnet) {
    SearchHit hit;
    const auto order = searchOrder(h, preferredSubnet);
    const auto found = [&](SearchHit::What what, const devnet::SubnetNode& n, std::uint64_t height,
                           QString summary) {
        hit.what = what;
        hit.subnetId = idText(n.id);
        hit.height = height;
        hit.summary = std::move(summary);
        return hit;
    };

    switch (q.kind) {
        case SearchKind::BlockNumber: {
            // A number names a block of the selected subnet (the root when none is selected).
            const devnet::SubnetNode& n = *order.front();
            if (auto b = n.chain->block(q.number)) {
                return found(SearchHit::What::Block, n, q.number,
                             tr("Block %1 of %2: %3, %n transaction(s)", nullptr,
                                static_cast<int>(b->transactions.size()))
                                 .arg(q.number)
                                 .arg(nameOf(n), shortHex(hex(b->hash))));
            }
            hit.summary = tr("%1 has no block %2 yet (its height is %3)")
                              .arg(nameOf(n))
                              .arg(q.number)
                              .arg(n.chain->height());
            return hit;
        }
        case SearchKind::CheckpointHeight: {
            for (const devnet::SubnetNode* n : order) {
                if (n->parent == nullptr)
                    continue;  // the root cuts no checkpoints
                if (const auto cp = devnet::makeCheckpointView(*n, q.number)) {
                    return found(SearchHit::What::Checkpoint, *n, q.number,
                                 tr("Checkpoint %1 of %2: %3, %4 of %5 weight signed")
                                     .arg(q.number)
                                     .arg(nameOf(*n), CheckpointTableModel::stageText(cp->stage))
                                     .arg(cp->signedWeight)
                                     .arg(cp->totalWeight));
                }
            }
            hit.summary = tr("No subnet has cut a checkpoint at height %1").arg(q.number);
            return hit;
        }
        case SearchKind::Hash: {
            if (const devnet::MessageTrace* t = h.trace(q.hash)) {
                const devnet::SubnetNode* where = nullptr;
                std::uint64_t height = 0;
                if (!t->entries.empty()) {
                    where = h.node(t->entries.back().subnet);
                    height = t->entries.back().height;
                }
                if (where == nullptr)
                    where = &h.root();
                hit.key = hex(q.hash);
                return found(
                    SearchHit::What::Message, *where, height,
                    tr("Cross-net message %1: %2 in %3 at height %4")
                        .arg(hex(q.hash).left(12) + QStringLiteral("…"),
                             QString::fromLatin1(devnet::toString(t->stage)), nameOf(*where))
                        .arg(height));
            }
            for (const devnet::SubnetNode* n : order) {
                if (const auto at = n->chain->findTx(q.hash)) {
                    hit.key = hex(q.hash);
                    return found(SearchHit::What::Transaction, *n, at->block,
                                 tr("Transaction in block %1 of %2 (index %3)")
                                     .arg(at->block)
                                     .arg(nameOf(*n))
                                     .arg(at->index));
                }
            }
            for (const devnet::SubnetNode* n : order) {
                if (auto b = n->chain->blockByHash(q.hash)) {
                    const std::uint64_t number = b->header.number;
                    return found(SearchHit::What::Block, *n, number,
                                 tr("Block %1 of %2").arg(number).arg(nameOf(*n)));
                }
            }
            hit.summary = tr("No transaction, message or block has the hash %1").arg(hex(q.hash));
            return hit;
        }
        case SearchKind::Address: {
            const QString text = QString::fromStdString(q.address.toChecksumHex());
            hit.key = text;
            for (const devnet::SubnetNode* n : order) {
                if (n->id.actor() == q.address) {
                    return found(SearchHit::What::Subnet, *n, n->chain->height(),
                                 tr("%1 is the subnet actor of %2").arg(text, nameOf(*n)));
                }
            }
            for (const auto& account : h.accounts()) {
                if (account.address == q.address) {
                    return found(SearchHit::What::Account, *order.front(), 0,
                                 tr("%1 is the devnet account %2")
                                     .arg(text, QString::fromStdString(account.label)));
                }
            }
            for (const devnet::SubnetNode* n : order) {
                const U256 balance = n->chain->state().balance(q.address);
                if (!balance.isZero()) {
                    return found(
                        SearchHit::What::Account, *n, 0,
                        tr("%1 holds %2 FIL in %3")
                            .arg(text,
                                 QString::fromStdString(TokenAmount::fromAtto(balance).format()),
                                 nameOf(*n)));
                }
            }
            hit.summary = tr("No subnet knows the address %1").arg(text);
            return hit;
        }
        case SearchKind::Subnet: {
            if (const devnet::SubnetNode* n = h.node(*q.subnet)) {
                return found(SearchHit::What::Subnet, *n, n->chain->height(),
                             tr("Subnet %1 at height %2").arg(nameOf(*n)).arg(n->chain->height()));
            }
            hit.summary = tr("No running subnet has the id %1").arg(idText(*q.subnet));
            return hit;
        }
        case SearchKind::Invalid:
            break;
    }
    hit.summary = q.problem;
    return hit;
}

}  // namespace ipc::ui
