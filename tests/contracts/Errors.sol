// SPDX-License-Identifier: MIT
// Every way a call can fail on purpose: custom errors with arguments, require messages, and
// Solidity panics (assert, division by zero, array index, arithmetic overflow).
pragma solidity ^0.8.24;

contract Errors {
    error InsufficientBalance(uint256 available, uint256 required);
    error Unauthorized(address caller);

    uint256 public stored;
    uint256[] private items;

    function withdraw(uint256 amount) external view returns (uint256) {
        if (amount > stored) revert InsufficientBalance(stored, amount);
        return stored - amount;
    }

    function onlyZero() external view {
        if (msg.sender != address(0)) revert Unauthorized(msg.sender);
    }

    function setPositive(uint256 value) external {
        require(value > 0, "value must be positive");
        stored = value;
    }

    function checkAssert(uint256 value) external pure returns (uint256) {
        assert(value != 7); // Panic(0x01)
        return value;
    }

    function divide(uint256 a, uint256 b) external pure returns (uint256) {
        return a / b; // Panic(0x12) when b == 0
    }

    function overflow(uint256 a) external pure returns (uint256) {
        return a + type(uint256).max; // Panic(0x11) unless a == 0
    }

    function item(uint256 index) external view returns (uint256) {
        return items[index]; // Panic(0x32)
    }
}
