// ValidatorTableModel: one subnet's validators (power, collateral, online, blocks proposed,
// checkpoint signatures given). The Online column is checkable; unchecking asks for the fault
// (onlineChangeRequested) and the row follows once the engine's next view shows it.
#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "ipc/devnet/views.h"

namespace ipc::ui {

class ValidatorTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        AddressColumn,
        PowerColumn,
        CollateralColumn,
        OnlineColumn,
        ProposedColumn,
        SignaturesColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        AddressRole = Qt::UserRole + 1,  // QString, 0x…
        OnlineRole,                      // bool
    };
    Q_ENUM(Role)

    explicit ValidatorTableModel(QObject* parent = nullptr);

    // Rows are updated in place while the set keeps its members; a new set resets the model.
    void setValidators(const std::vector<devnet::ValidatorView>& validators);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void onlineChangeRequested(const QString& validator, bool online);

private:
    std::vector<devnet::ValidatorView> rows_;
};

}  // namespace ipc::ui
