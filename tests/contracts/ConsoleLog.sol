// SPDX-License-Identifier: MIT
// A contract that prints with Hardhat's console.log: in a successful call, in a call that
// reverts, and in a nested call that reverts inside one that succeeds.
pragma solidity ^0.8.24;

import "./Console.sol";

contract ConsoleLog {
    uint256 public counter;

    function hello(uint256 n) public {
        counter += n;
        console.log("counter is now %d", counter);
        console.log("sender", msg.sender);
        console.log(true, "flag", n, address(this));
        console.logInt(-5);
        console.logBytes(hex"c0ffee");
        console.logBytes4(0xdeadbeef);
    }

    function failing(uint256 n) public {
        console.log("about to fail with", n);
        counter = n;
        require(n == 0, "n must be zero");
    }

    function recovering() external {
        try this.failing(3) {} catch {
            console.log("caught the failure");
        }
    }
}
