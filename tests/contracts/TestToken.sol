// SPDX-License-Identifier: MIT
// An ERC-20 on OpenZeppelin's: the deployer gets the initial supply; the owner may mint more.
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

contract TestToken is ERC20, Ownable {
    constructor(uint256 initialSupply) ERC20("Test Token", "TST") Ownable(msg.sender) {
        _mint(msg.sender, initialSupply);
    }

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
