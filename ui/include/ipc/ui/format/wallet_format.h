// How the wallet, the send dialog and the transfer wizard check and spell what people type:
// addresses (0x, t410f/f410f) and amounts of FIL, each problem said in words next to the field.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "ipc/devnet/wallet.h"

namespace ipc::ui {

class WalletFormat {
    Q_DECLARE_TR_FUNCTIONS(WalletFormat)

public:
    // The address in `text`, or nullopt with `problem` set to why not.
    static std::optional<EthAddress> parseAddress(const QString& text, QString* problem);
    // An amount of FIL above zero (up to 18 decimals), or nullopt with `problem` set.
    static std::optional<U256> parseAmount(const QString& text, QString* problem);
    // "account 3 · 0x90F79b…b906" (shortAddress of value_text.h).
    static QString accountText(const devnet::WalletAccount& account);
};

}  // namespace ipc::ui
