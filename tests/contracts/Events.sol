// SPDX-License-Identifier: MIT
// Events with zero to three indexed parameters of several types, and an anonymous one, so log
// topics and data can be checked against their ABI.
pragma solidity ^0.8.24;

contract Events {
    event Ping();
    event Deposit(address indexed from, uint256 indexed id, bytes32 indexed tag, uint256 amount, string note);
    event Named(string indexed name, uint8 kind);
    event Raw(uint256 indexed a, uint256 indexed b, uint256 indexed c, uint256 d) anonymous;

    uint256 public count;

    function ping() external {
        emit Ping();
    }

    function deposit(uint256 id, bytes32 tag, string calldata note) external payable {
        count += 1;
        emit Deposit(msg.sender, id, tag, msg.value, note);
    }

    function named(string calldata name, uint8 kind) external {
        emit Named(name, kind);
    }

    function raw(uint256 a, uint256 b, uint256 c, uint256 d) external {
        emit Raw(a, b, c, d);
    }

    function many(uint256 n) external {
        for (uint256 i = 0; i < n; i++) {
            emit Deposit(msg.sender, i, bytes32(i * 3), i * 7, "");
        }
    }
}
