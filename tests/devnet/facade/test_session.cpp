// Session: a template in memory, a workspace created and reopened, a quickstart, JSON-RPC on
// the next block of ports when the asked ones are taken (or an error when they must be those),
// and a bad workspace refused with its reason and nothing written.
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ipc/core/primitives/error.h"
#include "ipc/devnet/session.h"
#include "ipc/devnet/workspaces.h"

using namespace ipc;
using namespace ipc::devnet;

namespace {

class SessionTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("ipc-session-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        // Named workspaces and quickstarts go below dir_, where they can be counted.
        std::filesystem::create_directories(dir_ / "tmp");
        set("IPC_STUDIO_WORKSPACES_DIR", (dir_ / "named").string());
        set("TMPDIR", (dir_ / "tmp").string());
    }
    void TearDown() override {
        for (const auto& [name, value] : oldEnv_) {
            if (value)
                setenv(name.c_str(), value->c_str(), 1);
            else
                unsetenv(name.c_str());
        }
        std::filesystem::remove_all(dir_);
    }

    void set(const std::string& name, const std::string& value) {
        const char* old = std::getenv(name.c_str());
        oldEnv_.emplace_back(name, old != nullptr ? std::optional<std::string>(old) : std::nullopt);
        setenv(name.c_str(), value.c_str(), 1);
    }

    static SessionOptions paused() {
        SessionOptions o;
        o.devnet.paused = true;
        return o;
    }

    std::size_t filesIn(const std::filesystem::path& d) const {
        if (!std::filesystem::exists(d))
            return 0;
        return static_cast<std::size_t>(
            std::distance(std::filesystem::recursive_directory_iterator(d),
                          std::filesystem::recursive_directory_iterator()));
    }

    std::filesystem::path dir_;
    std::vector<std::pair<std::string, std::optional<std::string>>> oldEnv_;
};

std::uint16_t basePort() {
    return static_cast<std::uint16_t>(22000 + (::getpid() % 15000));
}

// Listening sockets on `count` ports from `first` (the server skips single taken ports itself;
// a whole block taken sends it to the next block).
class TakenPorts {
public:
    TakenPorts(std::uint16_t first, int count) {
        for (int i = 0; i < count; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in a{};
            a.sin_family = AF_INET;
            a.sin_port = htons(static_cast<std::uint16_t>(first + i));
            a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
                ::listen(fd, 1) != 0) {
                if (fd >= 0)
                    ::close(fd);
                ++failed_;
                continue;
            }
            fds_.push_back(fd);
        }
    }
    ~TakenPorts() {
        for (const int fd : fds_)
            ::close(fd);
    }
    TakenPorts(const TakenPorts&) = delete;
    TakenPorts& operator=(const TakenPorts&) = delete;
    int failed() const { return failed_; }

private:
    std::vector<int> fds_;
    int failed_ = 0;
};

TEST_F(SessionTest, StartsATemplateInMemory) {
    auto s = Session::start(SessionSource::inMemory(builtinTemplate("two-level")), paused());
    EXPECT_EQ(s->topologyName(), builtinTemplate("two-level").name);
    EXPECT_TRUE(s->workspacePath().empty());
    EXPECT_FALSE(s->isQuickstart());
    EXPECT_TRUE(s->endpoints().empty());  // none asked for
    EXPECT_TRUE(s->rpcError().empty());
    EXPECT_EQ(s->devnet().view()->subnets.size(), 3u);  // root and two children
    s->stop();
    s->stop();  // twice is harmless
}

TEST_F(SessionTest, CreatesAWorkspaceAndReopensIt) {
    const std::string path = (dir_ / "w.ipcws").string();
    {
        auto s =
            Session::start(SessionSource::workspace(path, builtinTemplate("single")), paused());
        EXPECT_EQ(s->workspacePath(), path);
        EXPECT_FALSE(s->isQuickstart());
    }
    ASSERT_TRUE(std::filesystem::exists(path));
    // Reopened without a topology: the workspace holds it.
    auto s = Session::start(SessionSource::workspace(path, std::nullopt), paused());
    EXPECT_EQ(s->topologyName(), builtinTemplate("single").name);
    EXPECT_EQ(s->workspacePath(), path);
}

TEST_F(SessionTest, NamedWorkspacesLiveInTheWorkspaceDirectory) {
    const SessionSource where = Session::namedWorkspace("mine", builtinTemplate("single"));
    EXPECT_EQ(std::filesystem::path(where.workspacePath).parent_path(), dir_ / "named");
    EXPECT_EQ(where.rememberAs, "mine");
    auto s = Session::start(where, paused());
    EXPECT_TRUE(std::filesystem::exists(where.workspacePath));
    // A path is taken as it is.
    const std::string path = (dir_ / "elsewhere.ipcws").string();
    EXPECT_EQ(Session::namedWorkspace(path, std::nullopt).workspacePath, path);
    EXPECT_TRUE(Session::namedWorkspace(path, std::nullopt).rememberAs.empty());
}

TEST_F(SessionTest, BadNamesAndBadWorkspacesAreRefusedAndNothingIsWritten) {
    EXPECT_THROW(Session::namedWorkspace(".hidden", builtinTemplate("single")), Error);
    EXPECT_THROW(Session::namedWorkspace("", builtinTemplate("single")), Error);
    EXPECT_EQ(filesIn(dir_ / "named"), 0u);

    const std::string path = (dir_ / "not-a-workspace.ipcws").string();
    {
        std::ofstream f(path);
        f << "just some text, not SQLite";
    }
    const std::size_t before = filesIn(dir_);
    try {
        Session::start(SessionSource::workspace(path, builtinTemplate("single")), paused());
        FAIL() << "opened a file that is no workspace";
    } catch (const Error& e) {
        EXPECT_FALSE(std::string(e.what()).empty());
    }
    std::ifstream in(path);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(text, "just some text, not SQLite");
    EXPECT_EQ(filesIn(dir_), before);

    // An unknown template is refused before anything is made.
    EXPECT_THROW(builtinTemplate("no-such-template"), Error);
}

TEST_F(SessionTest, AQuickstartIsAThrowAwayWorkspace) {
    std::string path;
    {
        auto s = Session::start(SessionSource::newQuickstart(builtinTemplate("single")), paused());
        path = s->workspacePath();
        EXPECT_TRUE(s->isQuickstart());
        EXPECT_TRUE(WorkspaceDirectory::isQuickstart(path));
        EXPECT_TRUE(std::filesystem::exists(path));
        // Opened again by path it is still a quickstart.
        EXPECT_TRUE(SessionSource::workspace(path, std::nullopt).quickstart);
    }
    EXPECT_EQ(std::filesystem::path(path).parent_path().parent_path(), dir_ / "tmp");
    EXPECT_TRUE(WorkspaceDirectory::discardQuickstart(path));
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_EQ(filesIn(dir_ / "tmp"), 0u);
}

TEST_F(SessionTest, ServesJsonRpcOnTheAskedPorts) {
    SessionOptions o = paused();
    o.rpc = rpc::ServerOptions{};
    o.rpc->basePort = basePort();
    auto s = Session::start(SessionSource::inMemory(builtinTemplate("single")), o);
    ASSERT_EQ(s->endpoints().size(), s->devnet().view()->subnets.size());
    EXPECT_EQ(s->endpoints().front().port, basePort());
    EXPECT_TRUE(s->rpcError().empty());
}

TEST_F(SessionTest, ATakenBlockOfPortsMovesToTheNextBlock) {
    const auto base = static_cast<std::uint16_t>(basePort() + 200);
    const TakenPorts taken(base, Session::kRpcPortStride);
    ASSERT_EQ(taken.failed(), 0) << "ports in use on this machine";
    SessionOptions o = paused();
    o.rpc = rpc::ServerOptions{};
    o.rpc->basePort = base;
    auto moved = Session::start(SessionSource::inMemory(builtinTemplate("single")), o);
    ASSERT_FALSE(moved->endpoints().empty());
    EXPECT_EQ(moved->endpoints().front().port, base + Session::kRpcPortStride);
    EXPECT_TRUE(moved->rpcError().empty());
    moved.reset();

    // One block only and not required (the app): it runs without JSON-RPC and says why.
    o.rpcPortBlocks = 1;
    auto without = Session::start(SessionSource::inMemory(builtinTemplate("single")), o);
    EXPECT_TRUE(without->endpoints().empty());
    EXPECT_FALSE(without->rpcError().empty());
    without.reset();

    // Required (`ipc-devnet up`): the start fails with the server's reason and the quickstart
    // it made is removed again.
    o.rpcRequired = true;
    EXPECT_THROW(Session::start(SessionSource::inMemory(builtinTemplate("single")), o), Error);
    EXPECT_THROW(Session::start(SessionSource::newQuickstart(builtinTemplate("single")), o), Error);
    EXPECT_EQ(filesIn(dir_ / "tmp"), 0u);
}

}  // namespace
