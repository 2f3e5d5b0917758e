// SPDX-License-Identifier: MIT
// IPC's cross-net message types as its gateway encodes them (field order matters for the ABI),
// the gateway's messaging entry point, and helpers every example contract needs: an Ethereum
// address as an FvmAddress (f410, namespace 10), the sender's address back out of one, and a
// message's tracing id (the id a Result names).
pragma solidity ^0.8.24;

struct SubnetID {
    uint64 root;
    address[] route;
}

struct FvmAddress {
    uint8 addrType;
    bytes payload;
}

struct IPCAddress {
    SubnetID subnetId;
    FvmAddress rawAddress;
}

struct IpcEnvelope {
    uint8 kind; // KIND_TRANSFER, KIND_CALL or KIND_RESULT
    uint64 localNonce;
    uint64 originalNonce;
    uint256 value;
    IPCAddress to;
    IPCAddress from;
    bytes message;
}

struct CallMsg {
    bytes method;
    bytes params;
}

struct ResultMsg {
    bytes32 id;
    uint8 outcome; // OUTCOME_OK, OUTCOME_SYSTEM_ERR or OUTCOME_ACTOR_ERR
    bytes ret;
}

struct DelegatedAddress {
    uint64 namespace;
    uint128 length;
    bytes buffer;
}

uint8 constant KIND_TRANSFER = 0;
uint8 constant KIND_CALL = 1;
uint8 constant KIND_RESULT = 2;

uint8 constant OUTCOME_OK = 0;
uint8 constant OUTCOME_SYSTEM_ERR = 1;
uint8 constant OUTCOME_ACTOR_ERR = 2;

// The gateway's address in every subnet's genesis.
address constant IPC_GATEWAY = 0x77Aa40B105843728088c0132e43FC44348881DA8;

interface IIpcGatewayMessenger {
    function sendContractXnetMessage(IpcEnvelope calldata envelope)
        external
        payable
        returns (IpcEnvelope memory committed);
}

library IpcAddressing {
    error NotAnEthAddress();

    // An Ethereum address in Filecoin's delegated form (f410), as IPC's FvmAddressHelper builds
    // it: abi.encode of one DelegatedAddress struct.
    function f410(address a) internal pure returns (FvmAddress memory) {
        return FvmAddress(4, abi.encode(DelegatedAddress(10, 20, abi.encodePacked(a))));
    }

    // The Ethereum address inside an f410 FvmAddress; reverts for any other kind.
    function ethAddress(FvmAddress memory f) internal pure returns (address) {
        if (f.addrType != 4) revert NotAnEthAddress();
        DelegatedAddress memory d = abi.decode(f.payload, (DelegatedAddress));
        if (d.namespace != 10 || d.length != 20 || d.buffer.length != 20) revert NotAnEthAddress();
        return address(bytes20(d.buffer));
    }

    // The id the gateway traces a message by, and a Result names in ResultMsg.id.
    function tracingId(IpcEnvelope memory e) internal pure returns (bytes32) {
        return keccak256(abi.encode(e.kind, e.to, e.from, e.value, e.message, e.originalNonce));
    }

    function sameSubnet(SubnetID memory a, SubnetID memory b) internal pure returns (bool) {
        return keccak256(abi.encode(a)) == keccak256(abi.encode(b));
    }
}
