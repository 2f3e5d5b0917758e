// SPDX-License-Identifier: MIT
// Deploys Child contracts with CREATE2 and predicts their address from salt and constructor
// argument (EIP-1014), and with CREATE from its own nonce.
pragma solidity ^0.8.24;

contract Child {
    address public immutable factory;
    uint256 public value;

    constructor(uint256 initial) payable {
        factory = msg.sender;
        value = initial;
    }

    function setValue(uint256 v) external {
        value = v;
    }
}

contract Create2Factory {
    event Deployed(address indexed child, bytes32 indexed salt, uint256 value);

    function deploy(bytes32 salt, uint256 initial) external payable returns (address child) {
        child = address(new Child{salt: salt, value: msg.value}(initial));
        emit Deployed(child, salt, initial);
    }

    function deployPlain(uint256 initial) external returns (address child) {
        child = address(new Child(initial));
        emit Deployed(child, bytes32(0), initial);
    }

    function predict(bytes32 salt, uint256 initial) public view returns (address) {
        bytes32 codeHash = keccak256(abi.encodePacked(type(Child).creationCode, abi.encode(initial)));
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), address(this), salt, codeHash)))));
    }
}
