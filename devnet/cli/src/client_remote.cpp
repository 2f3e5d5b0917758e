// The devnet seen through its root endpoint: the subnets and where each one answers.
#include "client_remote.h"

#include "ipc/core/primitives/error.h"

namespace ipc::cli::client {

Json params(std::initializer_list<Json> items) {
    return Json::array(std::vector<Json>(items));
}

Remote::Remote(const Common& c) : root_(c.rpc) {}

const std::vector<SubnetEntry>& Remote::subnets() {
    if (loaded_)
        return subnets_;
    const Json list = root_.call("ipc_listSubnets");
    if (!list.is_array())
        throw Error("ipc_listSubnets did not answer a list of subnets");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Json& s = list.at(i);
        SubnetEntry e;
        e.raw = s;
        e.idText = text(s, "id");
        e.id = SubnetId::parse(e.idText);
        e.name = text(s, "name");
        if (s.has_field("parent") && s.at("parent").is_string())
            e.parent = SubnetId::parse(s.at("parent").as_string());
        e.chainId = number(s, "chainId");
        if (s.has_field("rpcUrl") && s.at("rpcUrl").is_string())
            e.rpcUrl = s.at("rpcUrl").as_string();
        subnets_.push_back(std::move(e));
    }
    loaded_ = true;
    return subnets_;
}

const SubnetEntry& Remote::subnet(const std::string& ref) {
    const auto& all = subnets();
    if (!ref.empty() && ref[0] == '/') {
        const SubnetId id = SubnetId::parse(ref);  // ParseError for a malformed id
        for (const auto& s : all) {
            if (s.id == id)
                return s;
        }
    } else {
        for (const auto& s : all) {
            if (s.name == ref)
                return s;
        }
    }
    std::string known;
    for (const auto& s : all)
        known += (known.empty() ? "" : ", ") + s.name + " (" + s.idText + ")";
    throw ParseError("unknown subnet '" + ref + "': the devnet at " + root_.url() + " has " +
                     known);
}

const SubnetEntry& Remote::rootSubnet() {
    for (const auto& s : subnets()) {
        if (!s.parent)
            return s;
    }
    throw Error("the devnet at " + root_.url() + " lists no root subnet");
}

const SubnetEntry& Remote::subnetOrRoot(const std::string& ref) {
    return ref.empty() ? rootSubnet() : subnet(ref);
}

const SubnetEntry& Remote::parentOf(const SubnetEntry& s) {
    if (!s.parent)
        throw ParseError(s.name + " (" + s.idText + ") is the root: it has no parent");
    for (const auto& p : subnets()) {
        if (p.id == *s.parent)
            return p;
    }
    throw Error("the parent of " + s.idText + " is not listed by the devnet");
}

Json Remote::about(const char* method, const SubnetEntry& s) const {
    return root_.call(method, params({Json::string(s.idText)}));
}

rpc::Client Remote::client(const SubnetEntry& s) const {
    if (s.rpcUrl.empty()) {
        throw Error(s.name + " (" + s.idText + ") has no JSON-RPC endpoint yet: a subnet " +
                    "gets one when it starts (once its validators' collateral has landed)");
    }
    return rpc::Client(s.rpcUrl);
}

EthAddress actorOf(const SubnetEntry& s, const char* rootHasNo) {
    const auto a = s.id.actor();
    if (!a)
        throw ParseError(s.name + " (" + s.idText + ") is the root: " + rootHasNo);
    return *a;
}

}  // namespace ipc::cli::client
