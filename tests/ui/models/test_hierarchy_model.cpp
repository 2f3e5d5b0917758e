// HierarchyModel over views of a real three-level Hierarchy, checked by QAbstractItemModelTester:
// shape, data and roles, and updates as dataChanged/rowsInserted rather than resets.
#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

#include "ipc/devnet/hierarchy.h"
#include "ipc/devnet/topology.h"
#include "ipc/devnet/views.h"
#include "ipc/ui/models/hierarchy_model.h"

using ipc::devnet::HierarchyView;
using ipc::ui::HierarchyModel;

namespace {

int countRows(const QAbstractItemModel& m, const QModelIndex& parent = {}) {
    int n = 0;
    for (int r = 0; r < m.rowCount(parent); ++r)
        n += 1 + countRows(m, m.index(r, 0, parent));
    return n;
}

QString idText(const ipc::SubnetId& id) {
    return QString::fromStdString(id.toString());
}

}  // namespace

class TestHierarchyModel : public QObject {
    Q_OBJECT
private slots:
    void init() {
        hierarchy_ =
            std::make_unique<ipc::devnet::Hierarchy>(ipc::devnet::builtinTemplate("three-level"));
        model_ = std::make_unique<HierarchyModel>();
        tester_ = std::make_unique<QAbstractItemModelTester>(
            model_.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        tester_.reset();
        model_.reset();
        hierarchy_.reset();
    }

    void treeFollowsParents() {
        const HierarchyView view = ipc::devnet::makeHierarchyView(*hierarchy_);
        QCOMPARE(view.subnets.size(), std::size_t{7});
        model_->setHierarchy(view);

        QCOMPARE(model_->columnCount(), 4);
        QCOMPARE(model_->rowCount(), 1);  // the root
        QCOMPARE(countRows(*model_), 7);
        QCOMPARE(model_->subnetCount(), 7);
        const QModelIndex root = model_->index(0, HierarchyModel::SubnetColumn);
        QCOMPARE(root.data().toString(), QStringLiteral("root"));
        QCOMPARE(root.data(HierarchyModel::SubnetIdRole).toString(), QStringLiteral("/r31337"));
        QVERIFY(root.data(HierarchyModel::ParentIdRole).toString().isEmpty());
        QCOMPARE(model_->rowCount(root), 2);
        for (int r = 0; r < 2; ++r) {
            const QModelIndex child = model_->index(r, 0, root);
            QCOMPARE(child.parent(), root);
            QCOMPARE(model_->rowCount(child), 2);
            QCOMPARE(child.data(HierarchyModel::ParentIdRole).toString(),
                     QStringLiteral("/r31337"));
            for (int g = 0; g < 2; ++g) {
                const QModelIndex grandchild = model_->index(g, 0, child);
                QCOMPARE(grandchild.data(HierarchyModel::ParentIdRole).toString(),
                         child.data(HierarchyModel::SubnetIdRole).toString());
                QCOMPARE(model_->rowCount(grandchild), 0);
            }
        }
        QCOMPARE(model_->index(0, 0, root).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(model_->index(1, 0, model_->index(1, 0, root)).data().toString(),
                 QStringLiteral("beta-2"));
    }

    void dataAndRoles() {
        const HierarchyView view = ipc::devnet::makeHierarchyView(*hierarchy_);
        model_->setHierarchy(view);
        for (const auto& s : view.subnets) {
            const QString id = idText(s.id);
            const QModelIndex name = model_->indexOf(id);
            QVERIFY2(name.isValid(), qPrintable(id));
            QCOMPARE(name.data().toString(), QString::fromStdString(s.name));
            QCOMPARE(name.data(HierarchyModel::SubnetIdRole).toString(), id);
            QCOMPARE(name.data(HierarchyModel::NameRole).toString(),
                     QString::fromStdString(s.name));
            QCOMPARE(name.data(HierarchyModel::ChainIdRole).toULongLong(), s.chainId);
            QCOMPARE(name.data(HierarchyModel::HeightRole).toULongLong(), s.height);
            QCOMPARE(name.data(HierarchyModel::StatusRole).toInt(),
                     static_cast<int>(ipc::devnet::SubnetStatus::Running));
            const QString tip = name.data(Qt::ToolTipRole).toString();
            QVERIFY(tip.contains(id));
            QVERIFY(tip.contains(QString::number(s.chainId)));

            const QModelIndex status = model_->indexOf(id, HierarchyModel::StatusColumn);
            QCOMPARE(status.data().toString(), QStringLiteral("running"));
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
            QCOMPARE(model_->indexOf(id, HierarchyModel::HeightColumn).data().toString(),
                     QLocale().toString(static_cast<qulonglong>(s.height)));
            QCOMPARE(model_->indexOf(id, HierarchyModel::ValidatorsColumn).data().toString(),
                     QStringLiteral("%1/%2").arg(s.validatorsOnline).arg(s.validatorsTotal));
        }
        QCOMPARE(model_->indexOf(QStringLiteral("/r31337"), HierarchyModel::ValidatorsColumn)
                     .data()
                     .toString(),
                 QStringLiteral("1/1"));
        QCOMPARE(model_->headerData(HierarchyModel::SubnetColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Subnet"));
        QCOMPARE(model_->headerData(HierarchyModel::ValidatorsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Validators"));
        QVERIFY(!model_->indexOf(QStringLiteral("/r1/nothing")).isValid());
        QVERIFY(model_->roleNames().contains(HierarchyModel::SubnetIdRole));
    }

    void runningUpdatesRowsInPlace() {
        model_->setHierarchy(ipc::devnet::makeHierarchyView(*hierarchy_));
        const QPersistentModelIndex alpha1 =
            model_->index(0, 0, model_->index(0, 0, model_->index(0, 0)));
        QCOMPARE(alpha1.data().toString(), QStringLiteral("alpha-1"));

        QSignalSpy resets(model_.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(model_.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(model_.get(), &QAbstractItemModel::dataChanged);
        hierarchy_->runUntil(25'000);  // 25 virtual seconds: blocks and checkpoints everywhere
        const HierarchyView later = ipc::devnet::makeHierarchyView(*hierarchy_);
        model_->setHierarchy(later);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(changes.count(), 7);  // one per subnet: its height moved
        for (const auto& args : changes) {
            const auto topLeft = args.at(0).toModelIndex();
            const auto bottomRight = args.at(1).toModelIndex();
            QCOMPARE(topLeft.row(), bottomRight.row());
            QCOMPARE(topLeft.parent(), bottomRight.parent());
            QCOMPARE(topLeft.column(), int(HierarchyModel::HeightColumn));
            QCOMPARE(bottomRight.column(), int(HierarchyModel::HeightColumn));
        }
        QVERIFY(alpha1.isValid());  // persistent indexes survive updates
        QCOMPARE(alpha1.data().toString(), QStringLiteral("alpha-1"));
        for (const auto& s : later.subnets) {
            QVERIFY(s.height >= 20);
            QCOMPARE(model_->indexOf(idText(s.id)).data(HierarchyModel::HeightRole).toULongLong(),
                     s.height);
        }

        // The same snapshot again changes nothing.
        changes.clear();
        model_->setHierarchy(later);
        QCOMPARE(changes.count(), 0);
    }

    void validatorsOfflineChangeOnlyThatCell() {
        const HierarchyView view = ipc::devnet::makeHierarchyView(*hierarchy_);
        model_->setHierarchy(view);
        const auto& alpha = view.subnets.at(1);
        QCOMPARE(alpha.name, std::string("alpha"));
        hierarchy_->setValidatorOnline(alpha.id, alpha.validators.at(0).address, false);

        QSignalSpy changes(model_.get(), &QAbstractItemModel::dataChanged);
        model_->setHierarchy(ipc::devnet::makeHierarchyView(*hierarchy_));
        QCOMPARE(changes.count(), 1);
        const auto topLeft = changes.at(0).at(0).toModelIndex();
        QCOMPARE(topLeft.column(), int(HierarchyModel::ValidatorsColumn));
        QCOMPARE(topLeft.data(HierarchyModel::SubnetIdRole).toString(), idText(alpha.id));
        QCOMPARE(topLeft.data().toString(), QStringLiteral("3/4"));
    }

    void newSubnetsAreInsertedNotReset() {
        const HierarchyView full = ipc::devnet::makeHierarchyView(*hierarchy_);
        HierarchyView partial = full;
        partial.subnets.resize(3);  // parents come first, so a prefix is a valid tree
        model_->setHierarchy(partial);
        QCOMPARE(countRows(*model_), 3);

        QSignalSpy resets(model_.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(model_.get(), &QAbstractItemModel::rowsInserted);
        model_->setHierarchy(full);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 4);
        QCOMPARE(countRows(*model_), 7);
        for (const auto& s : full.subnets)
            QVERIFY(model_->indexOf(idText(s.id)).isValid());
    }

    void anotherHierarchyResets() {
        model_->setHierarchy(ipc::devnet::makeHierarchyView(*hierarchy_));
        ipc::devnet::Hierarchy single(ipc::devnet::builtinTemplate("single"));
        QSignalSpy resets(model_.get(), &QAbstractItemModel::modelReset);
        model_->setHierarchy(ipc::devnet::makeHierarchyView(single));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(countRows(*model_), 2);
        model_->clear();
        QCOMPARE(model_->rowCount(), 0);
    }

    void rpcUrlShowsInTooltip() {
        const HierarchyView view = ipc::devnet::makeHierarchyView(*hierarchy_);
        const QString beta = idText(view.subnets.at(4).id);
        model_->setRpcUrl(QStringLiteral("/r31337"), QStringLiteral("http://127.0.0.1:8545"));
        model_->setHierarchy(view);
        QVERIFY(model_->indexOf(QStringLiteral("/r31337"))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("http://127.0.0.1:8545")));

        QSignalSpy changes(model_.get(), &QAbstractItemModel::dataChanged);
        model_->setRpcUrl(beta, QStringLiteral("http://127.0.0.1:8549"));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model_->indexOf(beta).data(HierarchyModel::RpcUrlRole).toString(),
                 QStringLiteral("http://127.0.0.1:8549"));
        QVERIFY(model_->indexOf(beta)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("8549")));
    }

private:
    std::unique_ptr<ipc::devnet::Hierarchy> hierarchy_;
    std::unique_ptr<HierarchyModel> model_;
    std::unique_ptr<QAbstractItemModelTester> tester_;
};

// QTEST_MAIN, not GUILESS: the status column's decoration is a painted icon.
QTEST_MAIN(TestHierarchyModel)
#include "test_hierarchy_model.moc"
