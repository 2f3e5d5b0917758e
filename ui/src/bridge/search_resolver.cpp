// The toolbar search: what a typed text can mean and where the hierarchy has it.
#include "ipc/ui/bridge/search_resolver.h"

#include <exception>
#include <string>
#include <vector>

#include <QRegularExpression>

#include "ipc/core/primitives/fvm_address.h"
#include "ipc/core/primitives/token_amount.h"
#include "ipc/ui/format/value_text.h"
#include "ipc/ui/models/checkpoint_table_model.h"

namespace ipc::ui {

namespace {

QString hex(const Hash32& h) {
    return QString::fromStdString(h.hex());
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

std::optional<devnet::SearchQuery> SearchResolver::engineQuery(const SearchQuery& q,
                                                               const QString& preferredSubnet) {
    devnet::SearchQuery e;
    switch (q.kind) {
        case SearchKind::Invalid:
            return std::nullopt;
        case SearchKind::BlockNumber:
            e.target = devnet::SearchTarget::BlockNumber;
            break;
        case SearchKind::CheckpointHeight:
            e.target = devnet::SearchTarget::CheckpointHeight;
            break;
        case SearchKind::Hash:
            e.target = devnet::SearchTarget::Hash;
            break;
        case SearchKind::Address:
            e.target = devnet::SearchTarget::Address;
            break;
        case SearchKind::Subnet:
            e.target = devnet::SearchTarget::Subnet;
            if (!q.subnet)
                return std::nullopt;
            e.subnet = *q.subnet;
            break;
    }
    e.number = q.number;
    e.hash = q.hash;
    e.address = q.address;
    if (!preferredSubnet.isEmpty()) {
        try {
            e.preferred = SubnetId::parse(preferredSubnet.toStdString());
        } catch (const std::exception&) {
            e.preferred.reset();  // a stale selection: search everywhere
        }
    }
    return e;
}

SearchHit SearchResolver::describe(const SearchQuery& q, const devnet::SearchAnswer& a) {
    using Found = devnet::SearchAnswer::Found;
    SearchHit hit;
    const QString name = QString::fromStdString(a.subnetName);
    const auto found = [&](SearchHit::What what, QString summary) {
        hit.what = what;
        hit.subnetId = subnetIdText(a.subnet);
        hit.height = a.height;
        hit.summary = std::move(summary);
        return hit;
    };
    switch (q.kind) {
        case SearchKind::BlockNumber:
            if (a.found == Found::Block) {
                return found(SearchHit::What::Block, tr("Block %1 of %2: %3, %n transaction(s)",
                                                        nullptr, static_cast<int>(a.transactions))
                                                         .arg(q.number)
                                                         .arg(name, shortHex(hex(a.blockHash))));
            }
            hit.summary = tr("%1 has no block %2 yet (its height is %3)")
                              .arg(name)
                              .arg(q.number)
                              .arg(a.chainHeight);
            return hit;
        case SearchKind::CheckpointHeight:
            if (a.found == Found::Checkpoint) {
                return found(SearchHit::What::Checkpoint,
                             tr("Checkpoint %1 of %2: %3, %4 of %5 weight signed")
                                 .arg(q.number)
                                 .arg(name, CheckpointTableModel::stageText(a.checkpointStage))
                                 .arg(a.signedWeight)
                                 .arg(a.totalWeight));
            }
            hit.summary = tr("No subnet has cut a checkpoint at height %1").arg(q.number);
            return hit;
        case SearchKind::Hash:
            if (a.found == Found::Message) {
                hit.key = hex(q.hash);
                return found(SearchHit::What::Message,
                             tr("Cross-net message %1: %2 in %3 at height %4")
                                 .arg(hex(q.hash).left(12) + QStringLiteral("…"),
                                      QString::fromLatin1(devnet::toString(a.messageStage)), name)
                                 .arg(a.height));
            }
            if (a.found == Found::Transaction) {
                hit.key = hex(q.hash);
                return found(SearchHit::What::Transaction,
                             tr("Transaction in block %1 of %2 (index %3)")
                                 .arg(a.height)
                                 .arg(name)
                                 .arg(a.txIndex));
            }
            if (a.found == Found::BlockByHash) {
                return found(SearchHit::What::Block, tr("Block %1 of %2").arg(a.height).arg(name));
            }
            hit.summary = tr("No transaction, message or block has the hash %1").arg(hex(q.hash));
            return hit;
        case SearchKind::Address: {
            const QString text = QString::fromStdString(q.address.toChecksumHex());
            hit.key = text;
            if (a.found == Found::SubnetActor) {
                return found(SearchHit::What::Subnet,
                             tr("%1 is the subnet actor of %2").arg(text, name));
            }
            if (a.found == Found::DevnetAccount) {
                return found(SearchHit::What::Account,
                             tr("%1 is the devnet account %2")
                                 .arg(text, QString::fromStdString(a.accountLabel)));
            }
            if (a.found == Found::Holder) {
                return found(
                    SearchHit::What::Account,
                    tr("%1 holds %2 FIL in %3")
                        .arg(text,
                             QString::fromStdString(TokenAmount::fromAtto(a.balance).format()),
                             name));
            }
            hit.summary = tr("No subnet knows the address %1").arg(text);
            return hit;
        }
        case SearchKind::Subnet:
            if (a.found == Found::Subnet) {
                return found(SearchHit::What::Subnet,
                             tr("Subnet %1 at height %2").arg(name).arg(a.height));
            }
            hit.summary = tr("No running subnet has the id %1").arg(subnetIdText(*q.subnet));
            return hit;
        case SearchKind::Invalid:
            break;
    }
    hit.summary = q.problem;
    return hit;
}

}  // namespace ipc::ui
