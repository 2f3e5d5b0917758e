// SPDX-License-Identifier: MIT
// The base of the example contracts: what IPC's SDK (IpcExchange, IIpcHandler) gives an app,
// written for this devnet. `_sendCall` asks the gateway to carry a Call and remembers it by its
// tracing id; the gateway delivers Calls and Results to `handleIpcMessage`, which accepts them
// only from the gateway, hands a Call to `_handleCall` (its return bytes become the Result's
// `ret`, a revert becomes ActorErr with every state change undone) and a Result of a Call this
// contract sent to `_handleResult`. A Result handler must not revert: the gateway would keep the
// value it carries.
pragma solidity ^0.8.24;

import "./IpcTypes.sol";

abstract contract XnetApp {
    using IpcAddressing for FvmAddress;
    using IpcAddressing for IpcEnvelope;

    // Calls sent and not yet answered, by tracing id.
    mapping(bytes32 => bool) public inflight;
    uint256 public inflightCount;

    event CallSent(bytes32 indexed id, uint64 nonce, bytes4 method);
    event ResultReceived(bytes32 indexed id, uint8 outcome, bytes ret);

    error OnlyGateway(address caller);
    error UnknownResult(bytes32 id);
    error UnsupportedKind(uint8 kind);

    function handleIpcMessage(IpcEnvelope calldata envelope)
        external
        payable
        returns (bytes memory)
    {
        if (msg.sender != IPC_GATEWAY) revert OnlyGateway(msg.sender);
        if (envelope.kind == KIND_CALL) {
            CallMsg memory c = abi.decode(envelope.message, (CallMsg));
            return _handleCall(envelope, bytes4(c.method), c.params);
        }
        if (envelope.kind == KIND_RESULT) {
            ResultMsg memory r = abi.decode(envelope.message, (ResultMsg));
            if (!inflight[r.id]) revert UnknownResult(r.id);
            delete inflight[r.id];
            inflightCount -= 1;
            emit ResultReceived(r.id, r.outcome, r.ret);
            _handleResult(r.id, r.outcome, r.ret, envelope.value);
            return "";
        }
        revert UnsupportedKind(envelope.kind);
    }

    // Sends method(params) with `value` to `target` in subnet `to`; returns the Call's id.
    function _sendCall(
        SubnetID memory to,
        address target,
        bytes4 method,
        bytes memory params,
        uint256 value
    ) internal returns (bytes32 id) {
        IpcEnvelope memory e;
        e.kind = KIND_CALL;
        e.value = value;
        e.to = IPCAddress(to, IpcAddressing.f410(target));
        e.message = abi.encode(CallMsg(abi.encodePacked(method), params));
        IpcEnvelope memory committed =
            IIpcGatewayMessenger(IPC_GATEWAY).sendContractXnetMessage{value: value}(e);
        id = committed.tracingId();
        inflight[id] = true;
        inflightCount += 1;
        emit CallSent(id, committed.originalNonce, method);
    }

    // The Ethereum address of a message's sender.
    function _senderOf(IpcEnvelope calldata envelope) internal pure returns (address) {
        return envelope.from.rawAddress.ethAddress();
    }

    function _handleCall(IpcEnvelope calldata envelope, bytes4 method, bytes memory params)
        internal
        virtual
        returns (bytes memory);

    function _handleResult(bytes32 id, uint8 outcome, bytes memory ret, uint256 value)
        internal
        virtual;
}
