// The flat tables' column titles: one per column, in column order, nothing past the last column,
// and the vertical header and other roles as QAbstractItemModel gives them.
#include <QSet>
#include <QTest>

#include "ipc/ui/models/block_table_model.h"
#include "ipc/ui/models/checkpoint_table_model.h"
#include "ipc/ui/models/contract_table_model.h"
#include "ipc/ui/models/cross_message_model.h"
#include "ipc/ui/models/transaction_table_model.h"
#include "ipc/ui/models/validator_table_model.h"

using namespace ipc::ui;

namespace {

// Every title of `model`, left to right; fails the test on an empty or repeated one.
QStringList titlesOf(const QAbstractItemModel& model, int columns) {
    QStringList titles;
    for (int c = 0; c < columns; ++c) {
        const QString t = model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        if (t.isEmpty() || titles.contains(t))
            QTest::qFail(qPrintable(QStringLiteral("column %1: '%2'").arg(c).arg(t)), __FILE__,
                         __LINE__);
        titles << t;
    }
    return titles;
}

void checkEdges(const QAbstractItemModel& model, int columns) {
    QCOMPARE(model.columnCount(), columns);
    QVERIFY(!model.headerData(columns, Qt::Horizontal, Qt::DisplayRole).isValid());
    QVERIFY(!model.headerData(-1, Qt::Horizontal, Qt::DisplayRole).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    QCOMPARE(model.headerData(4, Qt::Vertical, Qt::DisplayRole).toInt(), 5);
}

}  // namespace

class ColumnTitlesTest : public QObject {
    Q_OBJECT
private slots:
    void blocks() {
        BlockTableModel m;
        checkEdges(m, BlockTableModel::ColumnCount);
        const QStringList t = titlesOf(m, BlockTableModel::ColumnCount);
        QCOMPARE(t.value(BlockTableModel::NumberColumn), QStringLiteral("Block"));
        QCOMPARE(t.value(BlockTableModel::TransactionsColumn), QStringLiteral("Txs"));
        QCOMPARE(t.value(BlockTableModel::IntervalColumn), QStringLiteral("Interval"));
    }

    void checkpoints() {
        CheckpointTableModel m;
        checkEdges(m, CheckpointTableModel::ColumnCount);
        const QStringList t = titlesOf(m, CheckpointTableModel::ColumnCount);
        QCOMPARE(t.value(CheckpointTableModel::StageColumn), QStringLiteral("Status"));
        QCOMPARE(t.value(CheckpointTableModel::ExecutedColumn),
                 QStringLiteral("Executed (parent)"));
    }

    void contracts() {
        ContractTableModel m;
        checkEdges(m, ContractTableModel::ColumnCount);
        const QStringList t = titlesOf(m, ContractTableModel::ColumnCount);
        QCOMPARE(t.value(ContractTableModel::NameColumn), QStringLiteral("Contract"));
        QCOMPARE(t.value(ContractTableModel::BlockColumn), QStringLiteral("Created in block"));
    }

    void messages() {
        CrossMessageModel m;
        checkEdges(m, CrossMessageModel::ColumnCount);
        const QStringList t = titlesOf(m, CrossMessageModel::ColumnCount);
        QCOMPARE(t.value(CrossMessageModel::TracingIdColumn), QStringLiteral("Tracing id"));
        QCOMPARE(t.value(CrossMessageModel::OutcomeColumn), QStringLiteral("Outcome"));
        QCOMPARE(t.value(CrossMessageModel::RouteColumn), QStringLiteral("Route"));
    }

    void transactions() {
        TransactionTableModel m;
        checkEdges(m, TransactionTableModel::ColumnCount);
        const QStringList t = titlesOf(m, TransactionTableModel::ColumnCount);
        QCOMPARE(t.value(TransactionTableModel::MethodColumn), QStringLiteral("Method"));
        QCOMPARE(t.value(TransactionTableModel::StatusColumn), QStringLiteral("Status"));
    }

    void validators() {
        ValidatorTableModel m;
        checkEdges(m, ValidatorTableModel::ColumnCount);
        const QStringList t = titlesOf(m, ValidatorTableModel::ColumnCount);
        QCOMPARE(t.value(ValidatorTableModel::AddressColumn), QStringLiteral("Validator"));
        QCOMPARE(t.value(ValidatorTableModel::SignaturesColumn),
                 QStringLiteral("Signatures given"));
    }
};

QTEST_MAIN(ColumnTitlesTest)
#include "test_column_titles.moc"
