// The subnet pages inside the real main window, driven like a tester: start the workshop
// template, select its subnet, open a checkpoint that reached quorum and see every signature
// verified, follow it into the parent, then take validators offline until the subnet halts.
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "ipc/devnet/hierarchy.h"
#include "ipc/ui/block_table_model.h"
#include "ipc/ui/checkpoint_table_model.h"
#include "ipc/ui/devnet_bridge.h"
#include "ipc/ui/hierarchy_model.h"
#include "ipc/ui/main_window.h"
#include "ipc/ui/subnet_format.h"
#include "ipc/ui/subnet_pages.h"
#include "ipc/ui/theme.h"
#include "ipc/ui/validator_table_model.h"

using ipc::ui::CheckpointTableModel;
using ipc::ui::HierarchyModel;
using ipc::ui::MainWindow;
using ipc::ui::SubnetPages;

namespace {

constexpr int kTimeout = 15000;

// With IPC_SCREENSHOT_DIR set (and IPC_THEME, light or dark), the pages are saved there as the
// test walks through them, for looking at them.
void shoot(QWidget& w, const char* page) {
    const QString dir = qEnvironmentVariable("IPC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);  // let pending pages of the tables arrive and paint
    w.grab().save(dir + QStringLiteral("/pages-%1-%2.png")
                            .arg(qEnvironmentVariable("IPC_THEME", QStringLiteral("light")),
                                 QString::fromLatin1(page)));
}

// The first loaded row whose checkpoint reached quorum (asking for the first rows loads them).
int quorumRow(QTableView* table) {
    auto* model = table->model();
    for (int r = 0; r < std::min(model->rowCount(), 20); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(CheckpointTableModel::LoadedRole).toBool() &&
            index.data(CheckpointTableModel::StageRole).toInt() >=
                static_cast<int>(ipc::protocol::CheckpointStage::Quorum)) {
            return r;
        }
    }
    return -1;
}

}  // namespace

class TestSubnetPages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("ipc-studio-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_subnet_pages"));
        QSettings().clear();
        if (qEnvironmentVariableIsSet("IPC_THEME"))
            ipc::ui::applyTheme(qEnvironmentVariable("IPC_THEME"));
    }

    void inspectCheckpointThenHaltTheSubnet() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setSpeed(100);
        w.startTemplate(QStringLiteral("workshop"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);

        // Select the subnet in the tree: the pages follow.
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        QVERIFY(tree);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(tree->model()->index(0, 0)) == 1,
                                 kTimeout);
        const QModelIndex rootIndex = tree->model()->index(0, 0);
        const QModelIndex child = tree->model()->index(0, 0, rootIndex);
        const QString childId = child.data(HierarchyModel::SubnetIdRole).toString();
        const QString rootId = rootIndex.data(HierarchyModel::SubnetIdRole).toString();
        tree->setCurrentIndex(child);
        SubnetPages* pages = w.subnetPages();
        QVERIFY(pages);
        QVERIFY(pages->isVisible());
        QCOMPARE(pages->subnet(), childId);
        auto* overviewId = pages->findChild<QLineEdit*>(QStringLiteral("overviewSubnetId"));
        QTRY_COMPARE_WITH_TIMEOUT(overviewId->text(), childId, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            !pages->findChild<QLabel*>(QStringLiteral("overviewActor"))->text().isEmpty(),
            kTimeout);

        shoot(w, "overview");
        for (const auto& [key, page] :
             {std::pair{Qt::Key_2, "blocks"}, std::pair{Qt::Key_3, "transactions"},
              std::pair{Qt::Key_6, "messages"}}) {
            QTest::keyClick(&w, key, Qt::AltModifier);
            shoot(w, page);
        }

        // Alt+5 opens the checkpoint inspector.
        QTest::keyClick(&w, Qt::Key_5, Qt::AltModifier);
        QCOMPARE(pages->currentIndex(), static_cast<int>(SubnetPages::CheckpointsPage));
        auto* table = pages->findChild<QTableView*>(QStringLiteral("checkpointTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(quorumRow(table) >= 0, kTimeout);
        const int row = quorumRow(table);
        const QModelIndex index = table->model()->index(row, 0);
        const auto height = index.data(CheckpointTableModel::HeightRole).toULongLong();
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QCOMPARE(table->currentIndex().row(), row);

        // Every signature was recovered again on the engine thread and matches its signer.
        auto* signatures = pages->findChild<QTreeWidget*>(QStringLiteral("checkpointSignatures"));
        auto* title = pages->findChild<QLabel*>(QStringLiteral("checkpointTitle"));
        QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(QString::number(height)), kTimeout);
        QVERIFY(signatures->topLevelItemCount() >= 3);
        for (int i = 0; i < signatures->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = signatures->topLevelItem(i);
            QVERIFY(item->data(3, Qt::UserRole).toBool());
            QCOMPARE(item->text(3), QStringLiteral("✓ verified"));
            QVERIFY(item->text(0).startsWith(QStringLiteral("0x")));
        }
        auto* bar = pages->findChild<QProgressBar*>(QStringLiteral("quorumBar"));
        QCOMPARE(bar->value(), bar->maximum());
        auto* stages = pages->findChild<QTreeWidget*>(QStringLiteral("checkpointStages"));
        QCOMPARE(stages->topLevelItemCount(), 5);  // cut, signing, quorum, submitted, executed
        QCOMPARE(stages->topLevelItem(0)->text(2), QString::number(height));
        auto* fields = pages->findChild<QTreeWidget*>(QStringLiteral("checkpointFields"));
        QVERIFY(!fields->findItems(QStringLiteral("ABI hash"), Qt::MatchRecursive).isEmpty());

        shoot(w, "checkpoints");

        // Follow it into the parent once executed there.
        auto* open = pages->findChild<QPushButton*>(QStringLiteral("openInParent"));
        QTRY_VERIFY_WITH_TIMEOUT(!stages->topLevelItem(4)->text(2).isEmpty(), kTimeout);
        const auto executedAt = stages->topLevelItem(4)->text(2).toULongLong();
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(pages->subnet(), rootId);
        QCOMPARE(pages->currentIndex(), static_cast<int>(SubnetPages::BlocksPage));
        auto* blockDetails = pages->findChild<QTreeWidget*>(QStringLiteral("blockDetails"));
        QTRY_COMPARE_WITH_TIMEOUT(blockDetails->topLevelItem(0)->text(0),
                                  QStringLiteral("Block %1").arg(executedAt), kTimeout);
        shoot(w, "parent-block");

        // Back in the subnet, validators go offline until it halts.
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        QCOMPARE(pages->subnet(), childId);
        QTest::keyClick(&w, Qt::Key_4, Qt::AltModifier);
        QCOMPARE(pages->currentIndex(), static_cast<int>(SubnetPages::ValidatorsPage));
        auto* validators = pages->findChild<QTableView*>(QStringLiteral("validatorTable"));
        auto* status = pages->findChild<QLabel*>(QStringLiteral("subnetStatusLabel"));
        QTRY_COMPARE_WITH_TIMEOUT(validators->model()->rowCount(), 4, kTimeout);
        QCOMPARE(status->property("status").toString(),
                 ipc::ui::statusText(ipc::devnet::SubnetStatus::Running));
        for (int r = 0; r < 2; ++r) {
            // What a click on the Online check box does.
            const QModelIndex online =
                validators->model()->index(r, ipc::ui::ValidatorTableModel::OnlineColumn);
            QVERIFY(validators->model()->setData(online, Qt::Unchecked, Qt::CheckStateRole));
            QTRY_COMPARE_WITH_TIMEOUT(online.data(Qt::CheckStateRole).toInt(),
                                      static_cast<int>(Qt::Unchecked), kTimeout);
        }
        QTRY_COMPARE_WITH_TIMEOUT(status->property("status").toString(),
                                  ipc::ui::statusText(ipc::devnet::SubnetStatus::Halted), kTimeout);
        QVERIFY(status->text().contains(QStringLiteral("2 of 4 validators online")));
        shoot(w, "validators");
    }

    // A checkpoint row made current before its data arrived (the page not shown yet, or a
    // click on a "loading…" row): the inspector shows it once the row loads. It used to stay on
    // "Select a checkpoint to inspect it."
    void inspectorFollowsARowChosenWhileLoading() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setSpeed(100);
        w.startTemplate(QStringLiteral("workshop"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("hierarchyTree"));
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(tree->model()->index(0, 0)) == 1,
                                 kTimeout);
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        SubnetPages* pages = w.subnetPages();
        QCOMPARE(pages->currentIndex(), int(SubnetPages::OverviewPage));
        auto* table = pages->findChild<QTableView*>(QStringLiteral("checkpointTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kTimeout);
        // The Checkpoints page is hidden: nothing has asked for its rows yet.
        const QModelIndex first = table->model()->index(0, 0);
        QVERIFY(!first.data(CheckpointTableModel::LoadedRole).toBool());
        table->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keyClick(&w, Qt::Key_5, Qt::AltModifier);
        auto* title = pages->findChild<QLabel*>(QStringLiteral("checkpointTitle"));
        QTRY_VERIFY_WITH_TIMEOUT(title->text().startsWith(QStringLiteral("Checkpoint at height")),
                                 kTimeout);
        QCOMPARE(title->text().section(QLatin1Char(' '), 3, 3).toULongLong(),
                 table->currentIndex().data(CheckpointTableModel::HeightRole).toULongLong());
    }

    void blocksPageListsNewestFirstAndStopsFollowing() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setSpeed(100);
        w.startTemplate(QStringLiteral("workshop"));
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->isRunning(), kTimeout);
        SubnetPages* pages = w.subnetPages();
        QTRY_VERIFY_WITH_TIMEOUT(!pages->subnet().isEmpty(), kTimeout);  // the root
        // The root has no relayer, and the Overview and the side panel say the same.
        QTRY_COMPARE_WITH_TIMEOUT(w.findChild<QLabel*>(QStringLiteral("overviewRelayer"))->text(),
                                  QStringLiteral("n/a (the root)"), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(w.findChild<QLabel*>(QStringLiteral("summaryRelayer"))->text(),
                                  QStringLiteral("n/a (the root)"), kTimeout);
        QTest::keyClick(&w, Qt::Key_2, Qt::AltModifier);
        auto* blocks = pages->findChild<QTableView*>(QStringLiteral("blockTable"));
        QTRY_VERIFY_WITH_TIMEOUT(blocks->model()->rowCount() > 20, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            blocks->model()->index(0, 0).data(ipc::ui::BlockTableModel::LoadedRole).toBool(),
            kTimeout);
        // Follow tip off (the box, as a user unticks it): the rows on screen hold still while
        // the chain grows, and new blocks still arrive above them.
        auto* follow = pages->findChild<QCheckBox*>(QStringLiteral("followTipBlocks"));
        follow->click();
        QVERIFY(!pages->followTip());
        blocks->scrollTo(blocks->model()->index(10, 0), QAbstractItemView::PositionAtTop);
        const auto topBlock = [blocks] {
            return blocks->indexAt(QPoint(1, 1))
                .data(ipc::ui::BlockTableModel::NumberRole)
                .toULongLong();
        };
        const quint64 top = topBlock();
        const int rows = blocks->model()->rowCount();
        const quint64 height = w.bridge()->view()->subnets.front().height;
        QTRY_VERIFY_WITH_TIMEOUT(w.bridge()->view()->subnets.front().height > height + 5, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(blocks->model()->rowCount() > rows + 5, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(topBlock(), top, kTimeout);
        // Ctrl+Home reaches the tip, not a stale height.
        blocks->setFocus();
        QTest::keyClick(blocks, Qt::Key_Home, Qt::ControlModifier);
        const quint64 tip = blocks->model()->rowCount() - 1;
        QCOMPARE(blocks->currentIndex().row(), 0);
        QCOMPARE(blocks->currentIndex().data(ipc::ui::BlockTableModel::NumberRole).toULongLong(),
                 tip);

        // Following again, then a click on a block stops following so it stays in view.
        follow->click();
        QVERIFY(pages->followTip());
        blocks->scrollToTop();
        const QRect cell = blocks->visualRect(blocks->model()->index(3, 0));
        QTest::mouseClick(blocks->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(!pages->followTip());
        QVERIFY(!follow->isChecked());
        const quint64 clicked =
            blocks->currentIndex().data(ipc::ui::BlockTableModel::NumberRole).toULongLong();
        const int before = blocks->model()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(blocks->model()->rowCount() > before + 3, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(blocks->viewport()->rect().contains(
                                     blocks->visualRect(blocks->currentIndex()).center()),
                                 kTimeout);
        QCOMPARE(blocks->currentIndex().data(ipc::ui::BlockTableModel::NumberRole).toULongLong(),
                 clicked);
    }
};

QTEST_MAIN(TestSubnetPages)
#include "test_subnet_pages.moc"
