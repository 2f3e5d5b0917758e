// The one module that spells values in the app (value_text.h): hashes, addresses, amounts, subnet
// ids, times and weights, each in the one form every view shows.
#include <QLocale>
#include <QtTest>

#include "ipc/ui/format/value_text.h"

using namespace ipc;
using namespace ipc::ui;

namespace {

const EthAddress kAddress = EthAddress::parse("0x90f79bf6eb2c4f870365e785982e1f101e93b906");

U256 fil(const char* atto) {
    return U256::parse(atto);
}

}  // namespace

class TestValueText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void hashesAndAddressesAreCutOneWay() {
        QCOMPARE(hexText(kAddress), QStringLiteral("0x90f79bf6eb2c4f870365e785982e1f101e93b906"));
        QCOMPARE(shortHex(hexText(kAddress)), QStringLiteral("0x90f79b…b906"));
        // The address keeps its checksum case and is cut the same way as any hex.
        QCOMPARE(shortAddress(kAddress), QStringLiteral("0x90F79b…b906"));
        QCOMPARE(shortAddress(kAddress).size(), shortHex(hexText(kAddress)).size());
        // Short hex is left alone.
        QCOMPARE(shortHex(QStringLiteral("0x1234")), QStringLiteral("0x1234"));
    }

    void amountsReadAtAGlanceAndExactly() {
        QCOMPARE(tokenText(U256()), QStringLiteral("0 FIL"));
        QCOMPARE(tokenText(fil("9974999999985200000001")), QStringLiteral("9,974.9999 FIL"));
        QCOMPARE(tokenText(fil("1500000000000000000")), QStringLiteral("1.5 FIL"));
        QCOMPARE(tokenText(fil("14800000000")), QStringLiteral("14.8 nanoFIL"));
        QCOMPARE(tokenText(fil("14800")), QStringLiteral("14,800 attoFIL"));
        QCOMPARE(exactTokenText(fil("9974999999985200000001")),
                 QStringLiteral("9974.999999985200000001 FIL"));
        // What an amount field is given back: no unit, no digit groups.
        QCOMPARE(amountInput(fil("1500000000000000000")), QStringLiteral("1.5"));
        QCOMPARE(amountInput(fil("12000000000000000000000")), QStringLiteral("12000"));
    }

    void subnetIdsInFullAndShort() {
        const SubnetId root(31337);
        const SubnetId child(31337, {kAddress});
        QCOMPARE(subnetIdText(root), QStringLiteral("/r31337"));
        QCOMPARE(subnetIdText(child), QString::fromStdString(child.toString()));
        QCOMPARE(shortSubnetId(subnetIdText(root)), QStringLiteral("/r31337"));
        const QString shortChild = shortSubnetId(subnetIdText(child));
        QVERIFY2(shortChild.startsWith(QStringLiteral("/r31337/t410f")), qPrintable(shortChild));
        QVERIFY(shortChild.endsWith(QChar(0x2026)));
        QVERIFY(shortChild.size() < subnetIdText(child).size());
    }

    void subnetIdTextsRememberEachId() {
        SubnetIdTexts texts;
        const SubnetId child(31337, {kAddress});
        const QString& first = texts(child);
        QCOMPARE(first, subnetIdText(child));
        QCOMPARE(&texts(child), &first);  // formatted once, then handed back
        QCOMPARE(texts(SubnetId(31337)), QStringLiteral("/r31337"));
        texts.clear();
        QCOMPARE(texts(child), subnetIdText(child));
    }

    void timesAndWeights() {
        QCOMPARE(virtualTimeText(83400), QStringLiteral("00:01:23.400"));
        QCOMPARE(virtualTimeText(3 * 3600 * 1000 + 5), QStringLiteral("03:00:00.005"));
        QCOMPARE(formatDuration(250), QStringLiteral("250 ms"));
        QCOMPARE(formatDuration(1000), QStringLiteral("1 s"));
        QCOMPARE(formatDuration(1500), QStringLiteral("1.5 s"));
        QCOMPARE(weightText(3, 4), QStringLiteral("3 / 4 (75%)"));
        QCOMPARE(weightText(0, 0), QStringLiteral("0 / 0 (0%)"));
    }
};

QTEST_GUILESS_MAIN(TestValueText)
#include "test_value_text.moc"
