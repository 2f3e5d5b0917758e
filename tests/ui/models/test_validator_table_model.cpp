// ValidatorTableModel: validators of a real subnet's view, updates in place, the Online column's
// check state asking for the fault instead of changing the row itself.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/topology.h"
#include "ipc/devnet/views.h"
#include "ipc/ui/models/validator_table_model.h"

using ipc::ui::ValidatorTableModel;

class TestValidatorTableModel : public QObject {
    Q_OBJECT
private slots:
    void showsAndUpdatesValidatorsOfASubnet() {
        ipc::devnet::Hierarchy h(ipc::devnet::builtinTemplate("two-level"));
        h.runUntil(5000);
        const auto& child = *h.nodes().at(1);
        ValidatorTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto view = ipc::devnet::makeSubnetView(child);
        model.setValidators(view.validators);
        QCOMPARE(model.rowCount(), static_cast<int>(view.validators.size()));
        QVERIFY(model.rowCount() >= 1);
        const auto& v0 = view.validators.front();
        QCOMPARE(model.index(0, ValidatorTableModel::AddressColumn).data().toString(),
                 QString::fromStdString(v0.address.hex()));
        QCOMPARE(model.index(0, ValidatorTableModel::PowerColumn).data().toULongLong(), v0.power);
        QCOMPARE(model.index(0, ValidatorTableModel::OnlineColumn).data(Qt::CheckStateRole).toInt(),
                 static_cast<int>(Qt::Checked));
        QVERIFY(model.flags(model.index(0, ValidatorTableModel::OnlineColumn)) &
                Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(model.index(0, ValidatorTableModel::PowerColumn)) &
                  Qt::ItemIsUserCheckable));

        // Unchecking asks; the row keeps the engine's state until the next view.
        QSignalSpy asked(&model, &ValidatorTableModel::onlineChangeRequested);
        QVERIFY(model.setData(model.index(0, ValidatorTableModel::OnlineColumn), Qt::Unchecked,
                              Qt::CheckStateRole));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.front().at(0).toString(), QString::fromStdString(v0.address.hex()));
        QCOMPARE(asked.front().at(1).toBool(), false);
        QVERIFY(model.index(0, 0).data(ValidatorTableModel::OnlineRole).toBool());
        QVERIFY(!model.setData(model.index(0, ValidatorTableModel::PowerColumn), 5, Qt::EditRole));

        // The engine applies it: the same members update in place.
        h.setValidatorOnline(child.id, v0.address, false);
        h.runUntil(h.now() + 3000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        view = ipc::devnet::makeSubnetView(child);
        model.setValidators(view.validators);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, ValidatorTableModel::OnlineColumn).data().toString(),
                 QStringLiteral("offline"));
        QVERIFY(model.index(1, ValidatorTableModel::ProposedColumn).data().toULongLong() > 0);

        // A different set resets.
        auto fewer = view.validators;
        fewer.pop_back();
        model.setValidators(fewer);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), static_cast<int>(fewer.size()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestValidatorTableModel)
#include "test_validator_table_model.moc"
