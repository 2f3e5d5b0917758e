// Answers the modal dialogs a window opens from its own event loop (QInputDialog::getItem,
// QMessageBox::question…): each handler takes the next modal widget that appears, in order.
// Polls the application's active modal widget; nothing sleeps.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace modal_test {

using Handler = std::function<void(QWidget*)>;

// Starts answering; keep the returned object alive until the dialogs have been handled.
class ModalAnswers {
public:
    explicit ModalAnswers(std::vector<Handler> handlers) : handlers_(std::move(handlers)) {
        timer_.setInterval(20);
        QObject::connect(&timer_, &QTimer::timeout, [this] { poll(); });
        timer_.start();
    }
    // True once every handler has run.
    bool done() const { return next_ >= handlers_.size(); }

private:
    void poll() {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal == nullptr || modal == last_ || done())
            return;
        last_ = modal;
        handlers_[next_++](modal);
        if (done())
            timer_.stop();
    }

    std::vector<Handler> handlers_;
    std::size_t next_ = 0;
    QPointer<QWidget> last_;
    QTimer timer_;
};

}  // namespace modal_test
