// Output of the client commands: tables, JSON, and lenient reads of the devnet's answers.
#include "client_output.h"

#include <algorithm>

#include "ipc/core/primitives/error.h"

namespace ipc::cli::client {

Table::Table(std::vector<std::string> headers, std::vector<std::size_t> rightAligned)
    : right_(std::move(rightAligned)) {
    rows_.push_back(std::move(headers));
}

void Table::add(std::vector<std::string> row) {
    rows_.push_back(std::move(row));
}

bool Table::empty() const {
    return rows_.size() == 1;
}

void Table::print(std::ostream& out) const {
    std::vector<std::size_t> width;
    for (const auto& r : rows_) {
        width.resize(std::max(width.size(), r.size()), 0);
        for (std::size_t i = 0; i < r.size(); ++i)
            width[i] = std::max(width[i], r[i].size());
    }
    for (const auto& r : rows_) {
        std::string line;
        for (std::size_t i = 0; i < r.size(); ++i) {
            const std::string pad(width[i] - r[i].size(), ' ');
            const bool right = std::find(right_.begin(), right_.end(), i) != right_.end();
            line += right ? pad + r[i] : r[i] + pad;
            if (i + 1 < r.size())
                line += "  ";
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out << line << "\n";
    }
}

void printJson(std::ostream& out, const Json& j) {
    out << j.serialize() << "\n";
}

std::string text(const Json& o, const char* key) {
    if (!o.is_object() || !o.has_field(key))
        return "-";
    const Json& v = o.at(key);
    if (v.is_string())
        return v.as_string();
    if (v.is_null())
        return "-";
    if (v.is_boolean())
        return v.as_bool() ? "yes" : "no";
    return v.serialize();
}

std::uint64_t number(const Json& v) {
    if (v.is_number() && v.as_number().is_uint64())
        return v.as_number().to_uint64();
    if (v.is_string()) {
        try {
            return U256::parse(v.as_string()).toUint64();
        } catch (const Error&) {
            return 0;
        }
    }
    return 0;
}

std::uint64_t number(const Json& o, const char* key) {
    return o.is_object() && o.has_field(key) ? number(o.at(key)) : 0;
}

U256 quantity(const Json& v, const char* what) {
    if (!v.is_string())
        throw Error(std::string("the devnet answered a non-quantity for ") + what);
    return U256::parse(v.as_string());
}

}  // namespace ipc::cli::client
