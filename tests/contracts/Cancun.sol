// SPDX-License-Identifier: MIT
// Cancun features: transient storage (a `transient` variable and raw TSTORE/TLOAD), MCOPY
// (assembly and a bytes copy the compiler lowers to MCOPY), BLOBBASEFEE and BLOBHASH.
pragma solidity ^0.8.28;

contract Cancun {
    uint256 transient locked;
    uint256 public entered;

    event Copied(bytes data);

    // A reentrancy guard kept in transient storage: cleared at the end of every transaction.
    modifier nonReentrant() {
        require(locked == 0, "reentrant call");
        locked = 1;
        _;
        locked = 0;
    }

    function guarded(bool reenter) external nonReentrant returns (uint256) {
        entered += 1;
        if (reenter) {
            this.guarded(false);
        }
        return entered;
    }

    function tstoreThenLoad(uint256 slot, uint256 value) external returns (uint256 loaded) {
        assembly {
            tstore(slot, value)
            loaded := tload(slot)
        }
    }

    // Transient storage is shared by every call into this contract within one transaction.
    function tstoreAcrossCalls(uint256 value) external returns (uint256) {
        assembly {
            tstore(0x1234, value)
        }
        return this.tloadSlot(0x1234);
    }

    function tloadSlot(uint256 slot) external view returns (uint256 v) {
        assembly {
            v := tload(slot)
        }
    }

    function mcopyOverlap(bytes calldata data, uint256 shift) external pure returns (bytes memory out) {
        out = data;
        assembly {
            let start := add(out, 0x20)
            // overlapping move forwards by `shift` bytes within the same buffer
            if lt(shift, mload(out)) {
                mcopy(add(start, shift), start, sub(mload(out), shift))
            }
        }
    }

    function concat(bytes memory a, bytes memory b) external returns (bytes memory joined) {
        joined = bytes.concat(a, b);
        emit Copied(joined);
    }

    function blobInfo() external view returns (uint256 fee, bytes32 firstHash) {
        fee = block.blobbasefee;
        firstHash = blobhash(0);
    }
}
