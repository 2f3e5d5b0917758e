// SPDX-License-Identifier: MIT
// A plain ERC-20 on the parent: the token the bridge locks. The whole supply goes to `holder`.
pragma solidity ^0.8.24;

import "@openzeppelin/contracts/token/ERC20/ERC20.sol";

contract DemoToken is ERC20 {
    constructor(string memory name_, string memory symbol_, address holder, uint256 wholeTokens)
        ERC20(name_, symbol_)
    {
        _mint(holder, wholeTokens * 10 ** decimals());
    }
}
