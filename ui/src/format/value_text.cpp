// How the app spells hashes, addresses, amounts, subnet ids, times and weights.
#include "ipc/ui/format/value_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

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

QString shortAddress(const EthAddress& address) {
    return shortHex(QString::fromStdString(address.toChecksumHex()));
}

namespace {

// "9974" → "9,974" with the locale's separator.
QString grouped(QString digits) {
    const QString separator = QLocale().groupSeparator();
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, separator);
    return digits;
}

QString withDecimals(const QString& whole, QString fraction) {
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? grouped(whole)
                              : grouped(whole) + QLocale().decimalPoint() + fraction;
}

}  // namespace

QString tokenText(const U256& atto) {
    if (atto.isZero())
        return QCoreApplication::translate("ipc::ui::Amounts", "0 FIL");
    // The exact value as whole FIL and 18 decimals.
    const QString exact = QString::fromStdString(TokenAmount::fromAtto(atto).format());
    const qsizetype point = exact.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? exact : exact.left(point);
    const QString fraction = (point < 0 ? QString() : exact.mid(point + 1))
                                 .leftJustified(TokenAmount::kDecimals, QLatin1Char('0'));
    // From a thousandth of a FIL up: FIL with at most four decimals (cut, never rounded up).
    if (whole != QLatin1String("0") || fraction.left(3) != QLatin1String("000")) {
        //: an amount in FIL, e.g. "9,974.9999 FIL"
        return QCoreApplication::translate("ipc::ui::Amounts", "%1 FIL")
            .arg(withDecimals(whole, fraction.left(4)));
    }
    // Fees and dust: nanoFIL (10^-9 FIL) with at most three decimals, else attoFIL (10^-18).
    QString nano = fraction.left(9);
    while (nano.size() > 1 && nano.startsWith(QLatin1Char('0')))
        nano.remove(0, 1);
    if (nano != QLatin1String("0")) {
        //: an amount in nanoFIL (10^-9 FIL), e.g. "14.8 nanoFIL"
        return QCoreApplication::translate("ipc::ui::Amounts", "%1 nanoFIL")
            .arg(withDecimals(nano, fraction.mid(9, 3)));
    }
    QString attos = fraction.mid(9);
    while (attos.size() > 1 && attos.startsWith(QLatin1Char('0')))
        attos.remove(0, 1);
    //: an amount in attoFIL (10^-18 FIL), e.g. "14,800 attoFIL"
    return QCoreApplication::translate("ipc::ui::Amounts", "%1 attoFIL").arg(grouped(attos));
}

QString exactTokenText(const U256& atto) {
    return QString::fromStdString(TokenAmount::fromAtto(atto).formatWithUnit());
}

QString amountInput(const U256& atto) {
    return QString::fromStdString(TokenAmount::fromAtto(atto).format());
}

QString subnetIdText(const SubnetId& id) {
    return QString::fromStdString(id.toString());
}

QString shortSubnetId(const QString& subnetId) {
    // Every element is kept (siblings and cousins often share their last actor address, since
    // actors are deployed the same way in every parent), each cut to its first characters.
    const QStringList parts = subnetId.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString out;
    for (const QString& part : parts) {
        out += QLatin1Char('/');
        out += part.size() <= 10 ? part : part.left(8) + QChar(0x2026);
    }
    return out.isEmpty() ? subnetId : out;
}

const QString& SubnetIdTexts::operator()(const SubnetId& id) {
    auto it = texts_.find(id);
    if (it == texts_.end())
        it = texts_.emplace(id, subnetIdText(id)).first;
    return it->second;
}

QString virtualTimeText(std::uint64_t ms) {
    const std::uint64_t s = ms / 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString formatDuration(std::uint64_t ms) {
    if (ms < 1000) {
        return QCoreApplication::translate("ipc::ui::SubnetFormat", "%1 ms").arg(ms);
    }
    return QCoreApplication::translate("ipc::ui::SubnetFormat", "%1 s")
        .arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', ms % 1000 == 0 ? 0 : 1));
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
