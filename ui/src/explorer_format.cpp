#include "ipc/ui/explorer_format.h"

#include <QCoreApplication>

#include "ipc/core/primitives/token_amount.h"

namespace ipc::ui {

QString hexText(const Hash32& h) {
    return QString::fromStdString(h.hex());
}

QString hexText(const EthAddress& a) {
    return QString::fromStdString(a.hex());
}

QString shortHex(const QString& hex) {
    if (hex.size() <= 14)
        return hex;
    return hex.left(8) + QChar(0x2026) + hex.right(4);
}

QString tokenText(const U256& atto) {
    return QString::fromStdString(TokenAmount::fromAtto(atto).formatWithUnit());
}

QString virtualTimeText(std::uint64_t ms) {
    const std::uint64_t s = ms / 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString weightText(std::uint64_t weight, std::uint64_t total) {
    const std::uint64_t pct = total == 0 ? 0 : weight * 100 / total;
    //: signed weight of total weight, with the percentage
    return QCoreApplication::translate("ipc::ui::ExplorerFormat", "%1 / %2 (%3%)")
        .arg(weight)
        .arg(total)
        .arg(pct);
}

}  // namespace ipc::ui
