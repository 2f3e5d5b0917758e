// SPDX-License-Identifier: MIT
// Calls within calls: recursion through external calls, DELEGATECALL into a library-like contract,
// STATICCALL, a caught revert from an inner call, and value forwarded down the chain.
pragma solidity ^0.8.24;

contract Logic {
    uint256 public slot0;

    function setSlot0(uint256 v) external returns (address) {
        slot0 = v;
        return address(this);
    }

    function fail(uint256 code) external pure {
        revert(code == 0 ? "inner failed" : "inner failed with code");
    }
}

contract NestedCalls {
    uint256 public slot0; // same layout as Logic: written through DELEGATECALL
    uint256 public depthReached;
    Logic public immutable logic;

    event Caught(string reason);

    constructor() {
        logic = new Logic();
    }

    function recurse(uint256 n) public returns (uint256) {
        if (n == 0) {
            depthReached += 1;
            return 0;
        }
        return this.recurse(n - 1) + 1;
    }

    function delegateSet(uint256 v) external returns (address self, uint256 stored) {
        (bool ok, bytes memory ret) = address(logic).delegatecall(abi.encodeCall(Logic.setSlot0, (v)));
        require(ok, "delegatecall failed");
        self = abi.decode(ret, (address));
        stored = slot0;
    }

    function staticRead() external view returns (uint256) {
        return logic.slot0();
    }

    function catchInner(uint256 code) external returns (bool) {
        try logic.fail(code) {
            return false;
        } catch Error(string memory reason) {
            emit Caught(reason);
            return true;
        }
    }

    function forward(address payable to) external payable returns (uint256) {
        (bool ok, ) = to.call{value: msg.value}("");
        require(ok, "forward failed");
        return to.balance;
    }
}
