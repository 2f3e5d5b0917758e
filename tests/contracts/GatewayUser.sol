// SPDX-License-Identifier: MIT
// A contract that uses IPC's gateway through its Solidity ABI, as an application on a subnet
// would: fund a child subnet, release to the parent, read a getter, and the edge cases (a revert
// after a successful fund, a fund inside STATICCALL, a plain value send, SELFDESTRUCT with the
// gateway as beneficiary). The core tests run its bytecode (tests/core/test_evm_builtin_calls.cpp).
pragma solidity ^0.8.24;

struct SubnetID {
    uint64 root;
    address[] route;
}

struct FvmAddress {
    uint8 addrType;
    bytes payload;
}

struct DelegatedAddress {
    uint64 namespace;
    uint128 length;
    bytes buffer;
}

interface IGateway {
    function fund(SubnetID calldata subnetId, FvmAddress calldata to) external payable;
    function release(FvmAddress calldata to) external payable;
    function bottomUpNonce() external view returns (uint64);
}

contract GatewayUser {
    IGateway public constant GATEWAY = IGateway(0x77Aa40B105843728088c0132e43FC44348881DA8);

    event Funded(address indexed to, uint256 amount);

    constructor() payable {}

    // IPC's f410 address of an Ethereum account (FvmAddressHelper.from).
    function f410(address a) internal pure returns (FvmAddress memory) {
        return FvmAddress(4, abi.encode(DelegatedAddress(10, 20, abi.encodePacked(a))));
    }

    function fund(SubnetID calldata subnet, address to, uint256 amount) public {
        GATEWAY.fund{value: amount}(subnet, f410(to));
        emit Funded(to, amount);
    }

    function fundThenRevert(SubnetID calldata subnet, address to, uint256 amount) external {
        fund(subnet, to, amount);
        revert("changed my mind");
    }

    // Funds through an inner call that reverts afterwards, and catches that revert.
    function fundInCaughtRevert(SubnetID calldata subnet, address to, uint256 amount)
        external
        returns (bool)
    {
        try this.fundThenRevert(subnet, to, amount) {
            return true;
        } catch {
            return false;
        }
    }

    function release(address to, uint256 amount) external {
        GATEWAY.release{value: amount}(f410(to));
    }

    // fund() inside a STATICCALL: returns whether it succeeded and its return data.
    function staticFund(SubnetID calldata subnet, address to)
        external
        view
        returns (bool ok, bytes memory data)
    {
        (ok, data) = address(GATEWAY).staticcall(
            abi.encodeCall(IGateway.fund, (subnet, f410(to))));
    }

    function plainSend(uint256 amount) external returns (bool ok) {
        (ok,) = address(GATEWAY).call{value: amount}("");
    }

    function bottomUpNonce() external view returns (uint64) {
        return GATEWAY.bottomUpNonce();
    }

    function destroyToGateway() external {
        selfdestruct(payable(address(GATEWAY)));
    }
}
