// Client output: tables for people, JSON for scripts, lenient reads of the devnet's answers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include <cpprest/json.h>

#include "ipc/core/primitives/u256.h"

namespace ipc::cli::client {

using Json = web::json::value;

// Columns padded to the widest cell, two spaces apart; the columns in `rightAligned` (amounts,
// counts) aligned to the right.
class Table {
public:
    explicit Table(std::vector<std::string> headers, std::vector<std::size_t> rightAligned = {});
    void add(std::vector<std::string> row);
    bool empty() const;
    void print(std::ostream& out) const;

private:
    std::vector<std::vector<std::string>> rows_;
    std::vector<std::size_t> right_;
};

void printJson(std::ostream& out, const Json& j);

// Server JSON read leniently: a field that is missing or of another type reads as "-" or 0, so
// a newer devnet with more (or renamed) fields never crashes an older client.
std::string text(const Json& o, const char* key);
std::uint64_t number(const Json& v);
std::uint64_t number(const Json& o, const char* key);

// Calls `f` on each element of the JSON array `list`; on nothing when it is not an array.
template <class F>
void forEachIn(const Json& list, F f) {
    for (std::size_t i = 0; list.is_array() && i < list.size(); ++i)
        f(list.at(i));
}

// A hex quantity the devnet answered; Error when it sent something else.
U256 quantity(const Json& v, const char* what);

}  // namespace ipc::cli::client
