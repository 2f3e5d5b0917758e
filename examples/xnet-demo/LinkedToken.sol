// SPDX-License-Identifier: MIT
// A token bridge between a parent and a child subnet, in the spirit of IPC's linked token:
// LinkedTokenParent locks an ERC-20 on the parent and sends a Call that mints as much of
// LinkedTokenChild (itself an ERC-20) on the child; burning on the child sends a Call that unlocks
// on the parent. Each side accepts Calls only from its linked peer (subnet and address). A
// transfer whose Call fails (the Result is ActorErr or SystemErr) is refunded to its sender:
// the parent unlocks the tokens it locked, the child mints back what it burnt.
pragma solidity ^0.8.24;

import "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import "./IpcTypes.sol";
import "./XnetApp.sol";

// What both sides share: the peer link, the pending transfers and their refunds.
abstract contract LinkedTokenSide is XnetApp {
    SubnetID internal peerSubnet_;
    address public immutable peer;

    struct Pending {
        address sender;
        uint256 amount;
    }
    mapping(bytes32 => Pending) public pending;
    uint256 public confirmed;
    uint256 public refunds;

    event TransferSent(bytes32 indexed id, address indexed sender, address recipient, uint256 amount);
    event TransferConfirmed(bytes32 indexed id);
    event TransferRefunded(bytes32 indexed id, address indexed sender, uint256 amount, uint8 outcome);
    event TransferReceived(address indexed recipient, uint256 amount);

    error NotPeer(address from);
    error UnknownMethod(bytes4 method);
    error ZeroAmount();
    error OnlyViaIpc();

    constructor(SubnetID memory peerSubnet, address peerAddress) {
        peerSubnet_ = peerSubnet;
        peer = peerAddress;
    }

    function peerSubnet() external view returns (SubnetID memory) {
        return peerSubnet_;
    }

    // The method the peer names in its Call (mint on the child, unlock on the parent).
    function _inboundMethod() internal pure virtual returns (bytes4);

    // Credits `amount` to `recipient` on this side for a Call from the peer.
    function _credit(address recipient, uint256 amount) internal virtual;

    // Gives a refused transfer back to its sender on this side.
    function _refund(address sender, uint256 amount) internal virtual;

    function _sendTransfer(bytes4 method, address recipient, uint256 amount) internal returns (bytes32 id) {
        id = _sendCall(peerSubnet_, peer, method, abi.encode(recipient, amount), 0);
        pending[id] = Pending(msg.sender, amount);
        emit TransferSent(id, msg.sender, recipient, amount);
    }

    function _handleCall(IpcEnvelope calldata envelope, bytes4 method, bytes memory params)
        internal
        override
        returns (bytes memory)
    {
        address from = _senderOf(envelope);
        if (from != peer || !IpcAddressing.sameSubnet(envelope.from.subnetId, peerSubnet_)) {
            revert NotPeer(from);
        }
        if (method != _inboundMethod()) revert UnknownMethod(method);
        (address recipient, uint256 amount) = abi.decode(params, (address, uint256));
        _credit(recipient, amount);
        emit TransferReceived(recipient, amount);
        return abi.encode(amount);
    }

    function _handleResult(bytes32 id, uint8 outcome, bytes memory, uint256) internal override {
        Pending memory p = pending[id];
        delete pending[id];
        if (outcome == OUTCOME_OK) {
            confirmed += 1;
            emit TransferConfirmed(id);
            return;
        }
        refunds += 1;
        _refund(p.sender, p.amount);
        emit TransferRefunded(id, p.sender, p.amount, outcome);
    }
}

// On the parent: locks the ERC-20 and unlocks it when the child burns.
contract LinkedTokenParent is LinkedTokenSide {
    using SafeERC20 for IERC20;

    IERC20 public immutable token;
    uint256 public locked;

    error NotEnoughLocked(uint256 locked, uint256 amount);

    constructor(IERC20 token_, SubnetID memory childSubnet, address childSide)
        LinkedTokenSide(childSubnet, childSide)
    {
        token = token_;
    }

    // Locks `amount` of the caller's tokens here (approve first) and mints them to `recipient`
    // on the child.
    function bridge(address recipient, uint256 amount) external returns (bytes32) {
        if (amount == 0) revert ZeroAmount();
        token.safeTransferFrom(msg.sender, address(this), amount);
        locked += amount;
        return _sendTransfer(LinkedTokenChild.mint.selector, recipient, amount);
    }

    function unlock(address, uint256) external pure {
        revert OnlyViaIpc();
    }

    function _inboundMethod() internal pure override returns (bytes4) {
        return LinkedTokenParent.unlock.selector;
    }

    function _credit(address recipient, uint256 amount) internal override {
        if (amount > locked) revert NotEnoughLocked(locked, amount);
        locked -= amount;
        token.safeTransfer(recipient, amount);
    }

    function _refund(address sender, uint256 amount) internal override {
        locked -= amount;
        token.safeTransfer(sender, amount);
    }
}

// On the child: the linked token itself, minted for the parent's locks and burnt to go back.
contract LinkedTokenChild is LinkedTokenSide, ERC20 {
    constructor(string memory name_, string memory symbol_, SubnetID memory parentSubnet, address parentSide)
        LinkedTokenSide(parentSubnet, parentSide)
        ERC20(name_, symbol_)
    {}

    // Burns `amount` of the caller's linked tokens and unlocks them to `recipient` on the parent.
    function bridgeBack(address recipient, uint256 amount) external returns (bytes32) {
        if (amount == 0) revert ZeroAmount();
        _burn(msg.sender, amount);
        return _sendTransfer(LinkedTokenParent.unlock.selector, recipient, amount);
    }

    function mint(address, uint256) external pure {
        revert OnlyViaIpc();
    }

    function _inboundMethod() internal pure override returns (bytes4) {
        return LinkedTokenChild.mint.selector;
    }

    function _credit(address recipient, uint256 amount) internal override {
        _mint(recipient, amount);
    }

    function _refund(address sender, uint256 amount) internal override {
        _mint(sender, amount);
    }
}
