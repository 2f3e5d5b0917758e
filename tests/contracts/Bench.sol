// SPDX-License-Identifier: MIT
// Compute-heavy loops for speed benchmarks; each takes an iteration count so a call can be sized
// to a gas budget.
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

contract BenchCompute {
    mapping(uint256 => uint256) public cells;

    // Hashes in the scratch space (memory 0..63), so memory does not grow with n.
    function keccakLoop(uint256 n) external pure returns (bytes32 h) {
        h = bytes32(n);
        for (uint256 i = 0; i < n; i++) {
            assembly {
                mstore(0, h)
                mstore(32, i)
                h := keccak256(0, 64)
            }
        }
    }

    function arithLoop(uint256 n) external pure returns (uint256 acc) {
        acc = 0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef;
        uint256 m = type(uint256).max - 58; // a large odd modulus
        unchecked {
            for (uint256 i = 1; i <= n; i++) {
                acc = mulmod(acc, acc | i, m);
                acc = addmod(acc, i * 0x9e3779b97f4a7c15, m);
                acc ^= acc / (i | 1);
                acc = acc * 0x100000001b3 + (acc >> 17);
            }
        }
    }

    function storageLoop(uint256 n) external returns (uint256 sum) {
        for (uint256 i = 0; i < n; i++) {
            uint256 v = cells[i] + i + 1;
            cells[i] = v;
            sum += v;
        }
    }
}

contract BenchToken is ERC20 {
    constructor() ERC20("Bench Token", "BENCH") {
        _mint(msg.sender, 1e27);
    }

    // Mints n to the caller, then makes n transfers of 1 to sixteen rotating recipients.
    function transferLoop(uint256 n) external returns (uint256) {
        _mint(msg.sender, n);
        for (uint256 i = 0; i < n; i++) {
            _transfer(msg.sender, address(uint160(0x1000 + (i & 15))), 1);
        }
        return balanceOf(msg.sender);
    }
}
