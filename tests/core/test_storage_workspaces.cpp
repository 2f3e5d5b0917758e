// The workspace directory: create/open/list/rename/duplicate/remove, name validation, the
// last-opened record, the default directory from the environment, and quickstart.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "ipc/core/storage/store_writer.h"
#include "ipc/core/storage/workspaces.h"
#include "test_storage_fixtures.h"

using namespace ipc;
using namespace ipc::storage;
using namespace ipc::storage::testing;

namespace {

void addBlocks(Store& store, std::uint64_t from, std::uint64_t count) {
    WriteBatch b;
    b.blocks.push_back({kRoot, {}});
    for (std::uint64_t n = from; n < from + count; ++n) {
        b.blocks[0].blocks.push_back(makeBlock(n));
    }
    store.write(b);
}

// Restores an environment variable at scope exit.
class EnvGuard {
public:
    explicit EnvGuard(const char* name) : name_(name) {
        if (const char* v = std::getenv(name)) {
            old_ = v;
        }
    }
    ~EnvGuard() {
        if (old_) {
            setenv(name_, old_->c_str(), 1);
        } else {
            unsetenv(name_);
        }
    }

private:
    const char* name_;
    std::optional<std::string> old_;
};

TEST(Workspaces, CreateOpenAndList) {
    TempDir dir;
    Workspaces ws(dir.file("ws"));
    {
        auto a = ws.create("alpha");
        addBlocks(*a, 0, 3);
        auto b = ws.create("beta two");
    }
    EXPECT_THROW(ws.create("alpha"), Error);
    const auto list = ws.list();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].name, "alpha");
    EXPECT_EQ(list[0].path, ws.pathOf("alpha"));
    EXPECT_GT(list[0].sizeBytes, 0u);
    EXPECT_GT(list[0].modifiedMs, 0);
    EXPECT_TRUE(list[0].lastOpenedMs);
    EXPECT_EQ(list[1].name, "beta two");

    auto reopened = ws.open("alpha");
    EXPECT_EQ(reopened->latestHeight(kRoot), 2u);
    EXPECT_EQ(ws.lastOpened(), "alpha");
    auto byPath = ws.open(ws.pathOf("beta two"));
    EXPECT_EQ(ws.lastOpened(), "beta two");
    EXPECT_THROW(ws.open("gamma"), Error);
    EXPECT_THROW(ws.open(dir.file("elsewhere.ipcws")), Error);
    EXPECT_FALSE(std::filesystem::exists(dir.file("elsewhere.ipcws")));
}

TEST(Workspaces, NamesAreValidated) {
    TempDir dir;
    Workspaces ws(dir.path().string());
    for (const std::string& bad :
         std::vector<std::string>{"", "a/b", "a\\b", ".hidden", "..", std::string("tab\there"),
                                  std::string(Workspaces::kMaxNameLength + 1, 'x')}) {
        EXPECT_THROW(ws.create(bad), Error) << bad;
    }
    EXPECT_NO_THROW(ws.create(std::string(Workspaces::kMaxNameLength, 'x')));
    EXPECT_NO_THROW(ws.create("Devnet (copy) – ünïcode"));
    EXPECT_EQ(ws.list().size(), 2u);
}

TEST(Workspaces, RenameMovesTheFileAndItsLastOpenedRecord) {
    TempDir dir;
    Workspaces ws(dir.path().string());
    {
        auto s = ws.create("old");
        addBlocks(*s, 0, 2);
    }
    ws.create("other");
    EXPECT_THROW(ws.rename("old", "other"), Error);
    EXPECT_THROW(ws.rename("missing", "x"), Error);
    EXPECT_THROW(ws.rename("old", "bad/name"), Error);
    ws.open("old");
    ws.rename("old", "new");
    EXPECT_FALSE(std::filesystem::exists(ws.pathOf("old")));
    EXPECT_EQ(ws.lastOpened(), "new");
    EXPECT_EQ(ws.open("new")->latestHeight(kRoot), 1u);
}

TEST(Workspaces, DuplicateWhileTheSourceIsOpenAndWritten) {
    TempDir dir;
    Workspaces ws(dir.path().string());
    auto source = ws.create("source");
    addBlocks(*source, 0, 50);
    {
        StoreWriter writer(*source);
        for (std::uint64_t n = 50; n < 200; ++n) {
            WriteBatch b;
            b.blocks.push_back({kRoot, {makeBlock(n)}});
            writer.submit(std::move(b));
            if (n == 60) {
                ws.duplicate("source", "copy");
            }
        }
    }
    EXPECT_THROW(ws.duplicate("source", "copy"), Error);
    EXPECT_THROW(ws.duplicate("nothing", "copy2"), Error);
    auto copy = ws.open("copy");
    const auto h = copy->latestHeight(kRoot);
    ASSERT_TRUE(h);
    EXPECT_GE(*h, 49u);
    EXPECT_LT(*h, 199u + 1);
    // A consistent copy: every block up to its tip is there and decodes.
    for (std::uint64_t n = 0; n <= *h; ++n) {
        ASSERT_TRUE(copy->block(kRoot, n)) << n;
    }
    // Independent of the source afterwards.
    addBlocks(*copy, *h + 1, 1);
    EXPECT_EQ(source->latestHeight(kRoot), 199u);
    EXPECT_EQ(ws.list().size(), 2u);
}

TEST(Workspaces, DuplicateRefusesAForeignFile) {
    TempDir dir;
    Workspaces ws(dir.file("ws"));
    const std::string foreign = dir.file("notes.txt");
    std::ofstream(foreign) << "not a database";
    EXPECT_THROW(ws.duplicate(foreign, "copy"), Error);
    EXPECT_TRUE(ws.list().empty());
}

TEST(Workspaces, RemoveDeletesTheFileAndItsLog) {
    TempDir dir;
    Workspaces ws(dir.path().string());
    {
        auto s = ws.create("gone");
        addBlocks(*s, 0, 2);
        EXPECT_TRUE(std::filesystem::exists(ws.pathOf("gone") + "-wal"));
    }
    ws.create("kept");
    ws.open("gone");  // latest
    ws.remove("gone");
    EXPECT_FALSE(std::filesystem::exists(ws.pathOf("gone")));
    EXPECT_FALSE(std::filesystem::exists(ws.pathOf("gone") + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(ws.pathOf("gone") + "-shm"));
    EXPECT_EQ(ws.lastOpened(), "kept");
    EXPECT_THROW(ws.remove("gone"), Error);
    ASSERT_EQ(ws.list().size(), 1u);
}

TEST(Workspaces, LastOpenedSurvivesAndIgnoresDamage) {
    TempDir dir;
    {
        Workspaces ws(dir.path().string());
        EXPECT_FALSE(ws.lastOpened());
        ws.create("a");
        ws.create("b");
        ws.setLastOpened("a");
    }
    std::ofstream(dir.file(".last-opened"), std::ios::app) << "garbage line\n";
    Workspaces again(dir.path().string());
    EXPECT_EQ(again.lastOpened(), "a");
    EXPECT_EQ(again.list().size(), 2u);
}

TEST(Workspaces, DefaultDirectoryFollowsTheEnvironment) {
    EnvGuard a("IPC_STUDIO_WORKSPACES_DIR");
    EnvGuard b("XDG_DATA_HOME");
    EnvGuard c("HOME");
    setenv("HOME", "/home/u", 1);
    unsetenv("XDG_DATA_HOME");
    unsetenv("IPC_STUDIO_WORKSPACES_DIR");
    EXPECT_EQ(Workspaces::defaultDirectory(), "/home/u/.local/share/ipc-studio/workspaces");
    setenv("XDG_DATA_HOME", "/data", 1);
    EXPECT_EQ(Workspaces::defaultDirectory(), "/data/ipc-studio/workspaces");
    TempDir dir;
    setenv("IPC_STUDIO_WORKSPACES_DIR", dir.file("env").c_str(), 1);
    EXPECT_EQ(Workspaces::defaultDirectory(), dir.file("env"));
    Workspaces ws;
    EXPECT_EQ(ws.directory(), dir.file("env"));
    EXPECT_TRUE(std::filesystem::is_directory(dir.file("env")));
}

TEST(Workspaces, DirectoryThatIsAFileIsRefused) {
    TempDir dir;
    std::ofstream(dir.file("plain")) << "x";
    EXPECT_THROW(Workspaces(dir.file("plain")), Error);
}

TEST(Workspaces, RecentListsTheLastOpenedFirst) {
    TempDir dir;
    Workspaces ws(dir.file("ws"));
    for (const char* name : {"alpha", "beta", "gamma", "delta"})
        ws.create(name);
    // When each was last opened ("<ms> <name>" lines); delta never was.
    std::ofstream(dir.file("ws") + "/.last-opened") << "100 alpha\n300 gamma\n200 beta\n";
    std::vector<std::string> names;
    for (const auto& w : ws.recent())
        names.push_back(w.name);
    EXPECT_EQ(names, (std::vector<std::string>{"gamma", "beta", "alpha", "delta"}));
    EXPECT_EQ(ws.list().front().name, "alpha");  // list() stays by name
}

TEST(Workspaces, QuickstartIsAThrowAwayWorkspaceElsewhere) {
    auto a = Workspaces::quickstart();
    auto b = Workspaces::quickstart();
    EXPECT_NE(a->path(), b->path());
    addBlocks(*a, 0, 1);
    EXPECT_EQ(a->latestHeight(kRoot), 0u);
    EXPECT_FALSE(b->latestHeight(kRoot));
    const auto parent = std::filesystem::path(a->path()).parent_path();
    EXPECT_TRUE(parent.string().starts_with(std::filesystem::temp_directory_path().string()));
    // It can be kept as a named workspace.
    TempDir dir;
    Workspaces ws(dir.path().string());
    ws.duplicate(a->path(), "kept");
    EXPECT_EQ(ws.open("kept")->latestHeight(kRoot), 0u);
    const std::string bPath = b->path();
    a.reset();
    b.reset();
    // Discarding removes the quickstart and nothing else.
    EXPECT_TRUE(Workspaces::isQuickstart(bPath));
    EXPECT_FALSE(Workspaces::isQuickstart(ws.pathOf("kept")));
    EXPECT_FALSE(Workspaces::discardQuickstart(ws.pathOf("kept")));
    EXPECT_TRUE(std::filesystem::exists(ws.pathOf("kept")));
    EXPECT_TRUE(Workspaces::discardQuickstart(bPath));
    EXPECT_FALSE(std::filesystem::exists(std::filesystem::path(bPath).parent_path()));
    std::error_code ec;
    std::filesystem::remove_all(parent, ec);
}

}  // namespace
