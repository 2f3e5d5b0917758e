// The IPC Studio main window: toolbar, hierarchy dock and the central welcome page.
#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace ipc::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    void createActions();
    QWidget* createWelcomePage();

    QStackedWidget* pages_ = nullptr;
};

}  // namespace ipc::ui
