// How the wallet and the transfer wizard check and spell what people type.
#include "ipc/ui/format/wallet_format.h"

#include <exception>

#include "ipc/core/primitives/token_amount.h"
#include "ipc/ui/format/value_text.h"

namespace ipc::ui {

std::optional<EthAddress> WalletFormat::parseAddress(const QString& text, QString* problem) {
    const devnet::CheckedAddress c = devnet::checkAccountAddress(text.toStdString());
    QString why;
    switch (c.problem) {
        case devnet::AddressProblem::None:
            break;
        case devnet::AddressProblem::Empty:
            why = tr("Enter the receiving address: 0x… or t410f….");
            break;
        case devnet::AddressProblem::NotAnAddress:
            why =
                tr("That is not an address. Paste a 0x address (0x and 40 hex digits) or its "
                   "Filecoin form t410f…/f410f….");
            break;
        case devnet::AddressProblem::HexLength:
            why = tr("An address is 0x followed by exactly 40 hex digits; this one has %1. "
                     "Was it cut short when copying?")
                      .arg(text.trimmed().size() - 2);
            break;
        case devnet::AddressProblem::HexDigits:
            why = tr("Only the digits 0–9 and letters a–f may follow 0x.");
            break;
        case devnet::AddressProblem::Checksum:
            why =
                tr("The upper- and lower-case letters do not match the address's checksum "
                   "(EIP-55): a character is probably mistyped. Paste it again.");
            break;
        case devnet::AddressProblem::FilecoinForm:
            why =
                tr("That Filecoin address does not check out (a wrong character or length). "
                   "Paste it again.");
            break;
        case devnet::AddressProblem::NotAccount:
            why =
                tr("Only f410f/t410f Filecoin addresses belong to Ethereum-style accounts; "
                   "this one cannot receive here.");
            break;
    }
    if (problem != nullptr)
        *problem = why;
    return c.address;
}

std::optional<U256> WalletFormat::parseAmount(const QString& text, QString* problem) {
    const QString t = text.trimmed();
    QString why;
    std::optional<U256> atto;
    if (t.isEmpty()) {
        why = tr("Enter an amount of FIL, for example 1.5.");
    } else {
        try {
            atto = TokenAmount::parse(t.toStdString()).atto();
        } catch (const std::exception&) {
            why = tr("“%1” is not an amount of FIL: use digits with at most one point and up to "
                     "18 decimals, for example 0.25.")
                      .arg(t);
        }
        if (atto && atto->isZero()) {
            atto.reset();
            why = tr("The amount must be more than 0 FIL.");
        }
    }
    if (problem != nullptr)
        *problem = why;
    return atto;
}

QString WalletFormat::accountText(const devnet::WalletAccount& account) {
    return QStringLiteral("%1 · %2").arg(QString::fromStdString(account.label),
                                         shortAddress(account.address));
}

}  // namespace ipc::ui
