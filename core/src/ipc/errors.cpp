// IPC's custom errors as revert data, and a registry that names them.
#include "ipc/core/ipc/errors.h"

#include "ipc/core/encoding/abi.h"

namespace ipc::protocol {

namespace {

constexpr const char* kInvalidXnetMessage = "InvalidXnetMessage(uint8)";
constexpr const char* kCannotSendToItself = "CannotSendCrossMsgToItself()";
constexpr const char* kSignatures[] = {kInvalidXnetMessage, kCannotSendToItself};

}  // namespace

chain::Revert invalidXnetMessage(XnetFailure reason, const std::string& words) {
    return chain::Revert(
        std::string("InvalidXnetMessage(") + toString(reason) + "): " + words,
        abi::encodeCall(kInvalidXnetMessage,
                        {abi::Value::uint(U256(static_cast<std::uint64_t>(reason)))}));
}

chain::Revert cannotSendCrossMsgToItself(const std::string& words) {
    return chain::Revert("CannotSendCrossMsgToItself(): " + words,
                         abi::encodeCall(kCannotSendToItself, {}));
}

std::span<const char* const> ipcErrorSignatures() {
    return kSignatures;
}

const abi::ErrorRegistry& ipcErrors() {
    static const abi::ErrorRegistry registry = [] {
        abi::ErrorRegistry r;
        for (const char* signature : kSignatures)
            r.add(signature, "IPC gateway");
        return r;
    }();
    return registry;
}

}  // namespace ipc::protocol
