// SPDX-License-Identifier: MIT
// A contract that talks to contracts in other subnets through IPC's general message passing, as
// IPC's SDK shapes it (IpcEnvelope, CallMsg, ResultMsg, handleIpcMessage): `send` asks the gateway
// to carry a Call; a Call arriving runs `increment(uint256)` (or reverts on `refuse()`), and the
// return value goes back in the Result; a Result arriving is recorded. The C++ tests run its
// bytecode (tests/core/test_xnet_calls.cpp, tests/devnet/engine/test_contract_gateway.cpp).
pragma solidity ^0.8.24;

struct SubnetID {
    uint64 root;
    address[] route;
}

struct FvmAddress {
    uint8 addrType;
    bytes payload;
}

struct IPCAddress {
    SubnetID subnetId;
    FvmAddress rawAddress;
}

struct IpcEnvelope {
    uint8 kind; // 0 Transfer, 1 Call, 2 Result
    uint64 localNonce;
    uint64 originalNonce;
    uint256 value;
    IPCAddress to;
    IPCAddress from;
    bytes message;
}

struct CallMsg {
    bytes method;
    bytes params;
}

struct ResultMsg {
    bytes32 id;
    uint8 outcome; // 0 Ok, 1 SystemErr, 2 ActorErr
    bytes ret;
}

struct DelegatedAddress {
    uint64 namespace;
    uint128 length;
    bytes buffer;
}

interface IGatewayMessenger {
    function sendContractXnetMessage(IpcEnvelope calldata envelope)
        external
        payable
        returns (IpcEnvelope memory committed);
}

contract XnetCounter {
    address public constant GATEWAY = 0x77Aa40B105843728088c0132e43FC44348881DA8;

    uint256 public count;
    uint256 public calls;
    uint256 public results;
    uint8 public lastOutcome;
    bytes public lastRet;
    address public lastSender;

    event Sent(uint64 nonce);

    error OnlyGateway();
    error Refused(uint256 count);

    constructor() payable {}

    function f410(address a) internal pure returns (FvmAddress memory) {
        return FvmAddress(4, abi.encode(DelegatedAddress(10, 20, abi.encodePacked(a))));
    }

    // Sends method(params) with msg.value to `target` in subnet `to`.
    function send(SubnetID calldata to, address target, bytes4 method, bytes calldata params)
        external
        payable
        returns (uint64)
    {
        IpcEnvelope memory e;
        e.kind = 1;
        e.value = msg.value;
        e.to = IPCAddress(to, f410(target));
        e.message = abi.encode(CallMsg(abi.encodePacked(method), params));
        IpcEnvelope memory committed =
            IGatewayMessenger(GATEWAY).sendContractXnetMessage{value: msg.value}(e);
        emit Sent(committed.localNonce);
        return committed.localNonce;
    }

    // The raw call, for malformed envelopes.
    function sendRaw(IpcEnvelope calldata e) external payable {
        IGatewayMessenger(GATEWAY).sendContractXnetMessage{value: msg.value}(e);
    }

    function handleIpcMessage(IpcEnvelope calldata envelope)
        external
        payable
        returns (bytes memory)
    {
        if (msg.sender != GATEWAY) revert OnlyGateway();
        if (envelope.kind == 2) {
            ResultMsg memory r = abi.decode(envelope.message, (ResultMsg));
            results += 1;
            lastOutcome = r.outcome;
            lastRet = r.ret;
            return "";
        }
        CallMsg memory c = abi.decode(envelope.message, (CallMsg));
        calls += 1;
        bytes memory raw = abi.decode(envelope.from.rawAddress.payload, (DelegatedAddress)).buffer;
        lastSender = address(bytes20(raw));
        if (bytes4(c.method) == this.increment.selector) {
            count += abi.decode(c.params, (uint256));
            return abi.encode(count);
        }
        if (bytes4(c.method) == this.spin.selector) {
            while (true) {}
        }
        revert Refused(count);
    }

    // Only their selectors are used, as the methods a Call names: increment(n) adds n and
    // returns the count; spin() burns all the gas a delivery gets; anything else reverts.
    function increment(uint256) external pure {}

    function spin() external pure {}

    receive() external payable {}
}
