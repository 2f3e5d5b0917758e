// A plain HTTP/1.1 keep-alive client on POSIX sockets, for tests and benchmarks of the
// JSON-RPC server: it shares nothing with the server's HTTP stack and does as little work per
// request as a client can.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>

namespace ipc::testing {

// One keep-alive HTTP/1.1 connection to 127.0.0.1:port that POSTs JSON bodies.
class HttpConnection {
public:
    explicit HttpConnection(std::uint16_t port) {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd_ < 0)
            throw std::runtime_error("socket() failed");
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            ::close(fd_);
            throw std::runtime_error("cannot connect to port " + std::to_string(port));
        }
        int one = 1;
        ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    ~HttpConnection() { ::close(fd_); }
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    // Sends one request and returns the response body.
    std::string post(const std::string& body) {
        send(body);
        return receive();
    }

    int fd() const { return fd_; }

    // Sends one request without waiting for its answer.
    void send(const std::string& body) {
        std::string req =
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            std::to_string(body.size()) + "\r\n\r\n" + body;
        for (std::size_t sent = 0; sent < req.size();) {
            const ssize_t n = ::send(fd_, req.data() + sent, req.size() - sent, MSG_NOSIGNAL);
            if (n <= 0)
                throw std::runtime_error("send failed");
            sent += static_cast<std::size_t>(n);
        }
    }

    // Reads what has arrived (the socket is readable) and returns a complete answer's body if
    // one is in, without blocking for more.
    std::optional<std::string> poll() {
        char chunk[16384];
        const ssize_t n = ::recv(fd_, chunk, sizeof chunk, MSG_DONTWAIT);
        if (n == 0)
            throw std::runtime_error("connection closed by the server");
        if (n > 0)
            buffer_.append(chunk, static_cast<std::size_t>(n));
        const std::size_t end = buffer_.find("\r\n\r\n");
        if (end == std::string::npos)
            return std::nullopt;
        std::string headers = buffer_.substr(0, end);
        std::transform(headers.begin(), headers.end(), headers.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        const std::size_t cl = headers.find("content-length:");
        if (cl == std::string::npos)
            return receive();  // chunked: rare, read it to the end
        const std::size_t length = std::strtoull(headers.c_str() + cl + 15, nullptr, 10);
        if (buffer_.size() < end + 4 + length)
            return std::nullopt;
        return receive();
    }

    // Waits for the next answer and returns its body; throws unless the status is 200.
    std::string receive() {
        std::size_t end;
        while ((end = buffer_.find("\r\n\r\n")) == std::string::npos)
            fill();
        std::string headers = buffer_.substr(0, end);
        buffer_.erase(0, end + 4);
        std::transform(headers.begin(), headers.end(), headers.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (headers.compare(0, 12, "http/1.1 200") != 0)
            throw std::runtime_error("HTTP status: " + headers.substr(0, headers.find('\r')));
        const std::size_t cl = headers.find("content-length:");
        if (cl != std::string::npos) {
            const std::size_t length = std::strtoull(headers.c_str() + cl + 15, nullptr, 10);
            while (buffer_.size() < length)
                fill();
            std::string body = buffer_.substr(0, length);
            buffer_.erase(0, length);
            return body;
        }
        if (headers.find("transfer-encoding: chunked") == std::string::npos)
            throw std::runtime_error("response without a length");
        std::string body;
        for (;;) {
            std::size_t eol;
            while ((eol = buffer_.find("\r\n")) == std::string::npos)
                fill();
            const std::size_t size = std::strtoull(buffer_.c_str(), nullptr, 16);
            buffer_.erase(0, eol + 2);
            while (buffer_.size() < size + 2)
                fill();
            body.append(buffer_, 0, size);
            buffer_.erase(0, size + 2);
            if (size == 0)
                return body;
        }
    }

private:
    void fill() {
        char chunk[16384];
        const ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
        if (n <= 0)
            throw std::runtime_error("connection closed by the server");
        buffer_.append(chunk, static_cast<std::size_t>(n));
    }

    int fd_ = -1;
    std::string buffer_;
};

}  // namespace ipc::testing
