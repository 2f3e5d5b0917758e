// SPDX-License-Identifier: MIT
// A cross-subnet counter and ping-pong. Each side is linked to a peer in another subnet (its
// subnet and address are constructor arguments). `sendIncrement(n)` sends a Call that adds n to
// the peer's counter; the peer answers with its new count, and the Result (outcome and return
// data) is recorded here under the Call's id. A step above MAX_STEP makes the peer revert after
// it has already counted, so the Result is ActorErr and the peer's state is as before.
// `sendPing(n)` sends a ping; the peer answers it and bounces a pong Call back to the sender.
pragma solidity ^0.8.24;

import "./IpcTypes.sol";
import "./XnetApp.sol";

contract XnetPingPong is XnetApp {
    uint256 public constant MAX_STEP = 1000;

    SubnetID internal peerSubnet_;
    address public immutable peer;

    // The counter other subnets increment.
    uint256 public count;
    uint256 public callsReceived;
    address public lastCaller;
    uint256 public pingsReceived;
    uint256 public pongsReceived;
    uint256 public lastPong;

    // The answers to the Calls this contract sent.
    struct Answer {
        bool answered;
        uint8 outcome;
        bytes ret;
        uint256 refunded;
    }
    mapping(bytes32 => Answer) internal answers_;
    uint256 public resultsReceived;
    bytes32 public lastCallId;
    bytes32 public lastResultId;

    event Counted(address indexed caller, uint256 by, uint256 count);
    event Pinged(address indexed from, uint256 n);
    event Ponged(address indexed from, uint256 n);

    error StepTooLarge(uint256 by, uint256 countWouldBe);
    error UnknownMethod(bytes4 method);
    error OnlyViaIpc();

    constructor(SubnetID memory peerSubnet, address peerAddress) payable {
        peerSubnet_ = peerSubnet;
        peer = peerAddress;
    }

    function peerSubnet() external view returns (SubnetID memory) {
        return peerSubnet_;
    }

    // ---- sending ----

    function sendIncrement(uint256 by) external payable returns (bytes32 id) {
        id = _sendCall(peerSubnet_, peer, this.increment.selector, abi.encode(by), msg.value);
        lastCallId = id;
    }

    function sendPing(uint256 n) external returns (bytes32 id) {
        id = _sendCall(peerSubnet_, peer, this.ping.selector, abi.encode(n), 0);
        lastCallId = id;
    }

    // Any method, for trying what a peer refuses.
    function sendRaw(bytes4 method, bytes calldata params) external payable returns (bytes32 id) {
        id = _sendCall(peerSubnet_, peer, method, params, msg.value);
        lastCallId = id;
    }

    function answerOf(bytes32 id)
        external
        view
        returns (bool answered, uint8 outcome, bytes memory ret, uint256 refunded)
    {
        Answer storage a = answers_[id];
        return (a.answered, a.outcome, a.ret, a.refunded);
    }

    // ---- the methods a Call names (their selectors; they run only through IPC) ----

    function increment(uint256) external pure returns (uint256) {
        revert OnlyViaIpc();
    }

    function ping(uint256) external pure returns (uint256) {
        revert OnlyViaIpc();
    }

    function pong(uint256) external pure returns (uint256) {
        revert OnlyViaIpc();
    }

    // ---- receiving ----

    function _handleCall(IpcEnvelope calldata envelope, bytes4 method, bytes memory params)
        internal
        override
        returns (bytes memory)
    {
        address from = _senderOf(envelope);
        if (method == this.increment.selector) {
            uint256 by = abi.decode(params, (uint256));
            // Counted first: a refused step shows that the revert undoes it.
            count += by;
            callsReceived += 1;
            lastCaller = from;
            if (by > MAX_STEP) revert StepTooLarge(by, count);
            emit Counted(from, by, count);
            return abi.encode(count);
        }
        if (method == this.ping.selector) {
            uint256 n = abi.decode(params, (uint256));
            pingsReceived += 1;
            emit Pinged(from, n);
            // The pong goes back to whoever pinged, wherever it is.
            _sendCall(envelope.from.subnetId, from, this.pong.selector, abi.encode(n), 0);
            return abi.encode(n);
        }
        if (method == this.pong.selector) {
            uint256 n = abi.decode(params, (uint256));
            pongsReceived += 1;
            lastPong = n;
            emit Ponged(from, n);
            return abi.encode(n);
        }
        revert UnknownMethod(method);
    }

    function _handleResult(bytes32 id, uint8 outcome, bytes memory ret, uint256 value)
        internal
        override
    {
        answers_[id] = Answer(true, outcome, ret, value);
        resultsReceived += 1;
        lastResultId = id;
    }

    receive() external payable {}
}
