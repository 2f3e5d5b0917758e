<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>MessageText</name>
    <message>
        <source>submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>included in a block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checkpoint quorum</source>
        <extracomment>a checkpoint's validator signatures reached the required weight</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relayed to parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>executed in parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queued top-down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parent finality, executed</source>
        <extracomment>the child subnet committed the parent block carrying the message (top-down)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>executed in destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>up: bottom-up checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>down: top-down finality</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>bottom-up checkpoint (every %n block(s)), quorum, relayer</source>
        <translation><numerusform>bottom-up checkpoint (every %n block), quorum, relayer</numerusform><numerusform>bottom-up checkpoint (every %n blocks), quorum, relayer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>top-down finality after %n parent block(s)</source>
        <translation><numerusform>top-down finality after %n parent block</numerusform><numerusform>top-down finality after %n parent blocks</numerusform></translation>
    </message>
    <message>
        <source>%1's gateway burns the value and puts the message in its next checkpoint (every %2 blocks); %1's validators sign it, a relayer submits it to %3, and %3 pays the value out of what it locked for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's gateway locks the value for %2; once %2's validators agree on that block of %1 (top-down finality) %2 mints it and executes the message.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>≈ %n block(s) · %1</source>
        <extracomment>expected latency: blocks waited and the time at current block times</extracomment>
        <translation><numerusform>≈ %n block · %1</numerusform><numerusform>≈ %n blocks · %1</numerusform></translation>
    </message>
    <message>
        <source>the sender is not where the message says it comes from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the destination subnet does not exist or was killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it arrived out of order (nonce)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>insufficient circulating supply: the subnet it left never had that much locked in its parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this kind of message cannot be sent there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the destination is the subnet it was sent from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no route to the destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a subnet on the way uses another kind of token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected in %1 (%2). The receipt is back in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done: delivered to %1 and the receipt is back in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arriving in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the next block of %1 to include the transaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transaction failed in %1 and nothing was sent: %2. Only the fee was spent.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Waiting in %1 for its next checkpoint at height %2 (%n block(s) from now). Value leaves a subnet upwards only inside a checkpoint.</source>
        <translation><numerusform>Waiting in %1 for its next checkpoint at height %2 (%n block from now). Value leaves a subnet upwards only inside a checkpoint.</numerusform><numerusform>Waiting in %1 for its next checkpoint at height %2 (%n blocks from now). Value leaves a subnet upwards only inside a checkpoint.</numerusform></translation>
    </message>
    <message>
        <source>Checkpoint %1 of %2 is collecting its validators' signatures; it moves on once they reach the quorum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint %1 of %2 has its signatures; %2's relayer hands it to %3 at its next poll.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered to %1, but the receipt is stuck in %2: %2's relayer is stopped, so nobody submits its checkpoints to %3. Turn the relayer back on (Validators page) and it moves on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stuck in %1: checkpoint %2 has its signatures, but %1's relayer is stopped, so nobody submits it to %3. Turn the relayer back on (Validators page) and it moves on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 executes the checkpoint carrying it in its next block.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked in %1 at height %2; waiting for %3's validators to agree on that block of %1 (top-down finality), then %3 executes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is halted: less than two thirds of its validator power is online, so it makes no blocks and the %2 waits there. Bring validators back online (Validators page) and it continues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered to %1. The receipt is on its way back to %2 (now in %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected in %1: %2. The value comes back to %3 with the receipt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected in %1: %2. A receipt goes back to %3, but it cannot bring the value: the parent never held it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ok, returned %1</source>
        <extracomment>a cross-net call's outcome: it succeeded and its contract returned this data</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ActorErr: the call failed</source>
        <extracomment>a cross-net call's outcome: the called contract failed (the reason follows)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ActorErr: %1</source>
        <extracomment>a cross-net call's outcome: the called contract failed (the reason follows)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SystemErr: %1</source>
        <extracomment>a cross-net message's outcome: IPC rejected it (the reason follows)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SystemErr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The call failed in %1 (%2); its changes there were undone. The value comes back to %3 with the result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done: the call ran in %1 (%2) and its result is back in %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The call ran in %1 (%2). Its result is on its way back to %3 (now in %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParentEdge</name>
    <message>
        <source>Checkpoint lag: %1 blocks of %2 not yet covered by a checkpoint its parent accepted (last accepted: height %3, period %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lag %1</source>
        <extracomment>checkpoint lag in blocks, on an edge of the hierarchy graph</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> “%1”</source>
        <extracomment>a snapshot's name after its id, in quotes (keep the leading space)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%2 — root at %3, t %4 s</source>
        <extracomment>a snapshot in a list: id, optional name, the root's height and the virtual time</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResolver</name>
    <message>
        <source>Type a block number, transaction hash, checkpoint height, tracing id, address or subnet id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is neither a 32-byte hash (0x + 64 hex digits) nor an address (0x + 40 hex digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a block number, hash, checkpoint height, address or subnet id</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Block %1 of %2: %3, %n transaction(s)</source>
        <translation><numerusform>Block %1 of %2: %3, %n transaction</numerusform><numerusform>Block %1 of %2: %3, %n transactions</numerusform></translation>
    </message>
    <message>
        <source>%1 has no block %2 yet (its height is %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint %1 of %2: %3, %4 of %5 weight signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No subnet has cut a checkpoint at height %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-net message %1: %2 in %3 at height %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction in block %1 of %2 (index %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No transaction, message or block has the hash %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the subnet actor of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the devnet account %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds %2 FIL in %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No subnet knows the address %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subnet %1 at height %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No running subnet has the id %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubnetCard</name>
    <message>
        <source>Chain id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 blocks</source>
        <extracomment>block time shown on a subnet card, e.g. "1 s blocks"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 validators</source>
        <extracomment>validators online / in the set, on a subnet card</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>height</source>
        <extracomment>caption before a subnet's block height on its card in the graph</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubnetForm</name>
    <message>
        <source>Give the subnet a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names use lower-case letters, digits and dashes, starting with a letter or digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A subnet named %1 exists already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum collateral is not an amount of FIL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collateral per validator must be an amount above 0 FIL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A subnet needs at least one validator to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The active validator limit is 1 to 256.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum validators (%1) exceeds the active validator limit (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 validators never reach the minimum of %2: the subnet would not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Majority must be between 51 and 100 %.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checkpoint period must be at least 1 block.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block time must be at least 10 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Federated subnets get their validators from their owner; start them from a topology file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 validators × %2 FIL is below the minimum collateral of %3 FIL.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WalletDialogs</name>
    <message>
        <source>That password is wrong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WalletFormat</name>
    <message>
        <source>Enter the receiving address: 0x… or t410f….</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not an address. Paste a 0x address (0x and 40 hex digits) or its Filecoin form t410f…/f410f….</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An address is 0x followed by exactly 40 hex digits; this one has %1. Was it cut short when copying?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the digits 0–9 and letters a–f may follow 0x.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The upper- and lower-case letters do not match the address's checksum (EIP-55): a character is probably mistyped. Paste it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That Filecoin address does not check out (a wrong character or length). Paste it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only f410f/t410f Filecoin addresses belong to Ethereum-style accounts; this one cannot receive here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an amount of FIL, for example 1.5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an amount of FIL: use digits with at most one point and up to 18 decimals, for example 0.25.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be more than 0 FIL.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::Amounts</name>
    <message>
        <source>0 FIL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 FIL</source>
        <extracomment>an amount in FIL, e.g. "9,974.9999 FIL"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 nanoFIL</source>
        <extracomment>an amount in nanoFIL (10^-9 FIL), e.g. "14.8 nanoFIL"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 attoFIL</source>
        <extracomment>an amount in attoFIL (10^-18 FIL), e.g. "14,800 attoFIL"</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::BlockTableModel</name>
    <message>
        <source>Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Txs</source>
        <extracomment>column: number of transactions in the block (short)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gas used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commit power</source>
        <extracomment>the validator power that signed the block's commit</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>genesis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::ChartsPanel</name>
    <message>
        <source>Block interval</source>
        <extracomment>chart title and axis unit (milliseconds)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint lag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint signature weight</source>
        <extracomment>share of the validators' weight that signed the checkpoint being gathered</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>% signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-net message latency</source>
        <extracomment>chart title and axis unit (seconds)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t (s)</source>
        <extracomment>chart axis: virtual time since genesis, in seconds</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (same as %2)</source>
        <extracomment>chart legend: this subnet's line lies exactly on another's; %1: this subnet, %2: the other</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::CheckpointTableModel</name>
    <message>
        <source>signing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quorum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>executed in parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed weight</source>
        <extracomment>signed weight against the quorum threshold</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quorum at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitted (parent)</source>
        <extracomment>parent height where the relayer submitted the checkpoint</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executed (parent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>signed weight / quorum threshold</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::ContractTableModel</name>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creation transaction</source>
        <extracomment>the transaction that deployed the contract</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created in block</source>
        <extracomment>the block the contract was deployed in</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No code: it self-destructed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>the contract's name, from the artifacts linked with File › Link Contracts</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown: link the project's build output with File › Link Contracts… to name it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::CreateSubnetDialog</name>
    <message>
        <source>Create Subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new child of &lt;b&gt;%1&lt;/b&gt;. The registry in the parent creates it; its validators join with their collateral and it starts once enough have joined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. gamma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validators the devnet creates and joins for this subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Validators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collateral each validator stakes when it joins, in FIL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Collateral per validator (FIL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mi&amp;nimum validators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total collateral the subnet needs before it starts, in FIL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum co&amp;llateral (FIL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint &amp;period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of validator weight a checkpoint needs (51–100 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Majority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collateral</source>
        <extracomment>permission mode: validators join by staking collateral</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Federated</source>
        <extracomment>permission mode: the owner sets validator power</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Static</source>
        <extracomment>permission mode: collateral fixed at genesis</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pe&amp;rmission mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active validator &amp;limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Block time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assigned when the subnet is created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; as %2. It starts once its validators have joined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The engine refused: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::CrossMessageModel</name>
    <message>
        <source>committed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checkpoint quorum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>submitted to parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>executed in parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>committed top-down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt returned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transfer</source>
        <extracomment>message kind: a cross-net message that moves value</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call</source>
        <extracomment>message kind: a cross-net message that calls a contract</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result</source>
        <extracomment>a receipt message answering an earlier cross-net message</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracing id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <extracomment>column: virtual time since the message was created</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a cross-net address: the subnet's name and the start of the account</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>column: how the destination ran the message (Ok, ActorErr, SystemErr)</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::DevnetBridge</name>
    <message>
        <source>No hierarchy is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::ExplorerFormat</name>
    <message>
        <source>%1 / %2 (%3%)</source>
        <extracomment>signed weight of total weight, with the percentage</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::ExportAccountDialog</name>
    <message>
        <source>Export %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private key (hex)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keystore file (V3 JSON, for MetaMask, geth, ethers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ipc-cli entry (evm_keystore.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I understand: whoever sees this key controls the account's FIL on every subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The raw private key: anyone who sees it can spend this account's FIL. Show it only to import it somewhere you trust.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted under the password you choose here (scrypt, as MetaMask does).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One entry of ipc-cli's evm_keystore.json: the key in plain hex, as ipc-cli stores it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the box to confirm you want to see the private key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a password for the keystore file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::FundDialog</name>
    <message>
        <source>Fund %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send FIL from an account in &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;. It arrives with the subnet's next top-down finality.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send FIL from an account in &lt;b&gt;%1&lt;/b&gt; back to &lt;b&gt;%2&lt;/b&gt;. It arrives once the checkpoint carrying it is executed in the parent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loading accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the devnet's accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receiver must be a 0x address (40 hex digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an amount of FIL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be a number of FIL above 0.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::HierarchyGraph</name>
    <message>
        <source>Checkpoint executed in the parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edges: checkpoint lag in blocks  ·  dot: checkpoint executed in the parent  ·  Ctrl+wheel zooms, drag pans, F fits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracked transfer %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-net message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-net call %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result of a cross-net call %1</source>
        <extracomment>a Result message carries the outcome of a cross-net call back to its sender</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::HierarchyModel</name>
    <message>
        <source>Subnet id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RPC URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>validators online / validators in the set, e.g. "3/4"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 validators online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validators</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::HierarchySettingsFields</name>
    <message>
        <source>at least one account is needed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the RPC port %1 is out of range: with %n chain(s) it must be between %2 and %3</source>
        <extracomment>%1: the port typed; %2 and %3: the range allowed; %n: how many chains need a port</extracomment>
        <translation><numerusform>the RPC port %1 is out of range: with %n chain it must be between %2 and %3</numerusform><numerusform>the RPC port %1 is out of range: with %n chains it must be between %2 and %3</numerusform></translation>
    </message>
    <message>
        <source>the mnemonic is not a valid BIP-39 phrase (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The root's JSON-RPC port; each subnet gets the next one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <extracomment>unit of the block time field (milliseconds)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0 (a block per transaction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;RPC port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Block time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mnemonic:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::ImportAccountDialog</name>
    <message>
        <source>Import Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0x… (64 hex digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Private key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private &amp;Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste a keystore file (MetaMask, geth, ethers, Foundry)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Keystore File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keystore JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its pass&amp;word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keystore &amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>twelve or twenty-four words…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account number on the derivation path m/44'/60'/0'/0/&lt;index&gt;, as MetaMask counts its accounts from 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recovery phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account &amp;index</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mnemonic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional, e.g. alice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the private key: 64 hex digits, with or without 0x.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A private key has only the digits 0–9 and letters a–f.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A private key is 64 hex digits; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the keystore file's JSON, or open the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A keystore file is JSON, starting with {.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type or paste the recovery phrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::MainWindow</name>
    <message>
        <source>IPC Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Hierarchy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a template and start a new hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the %1 template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause or resume block production everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause and produce one block on the selected subnet (the root when none is)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>×%1</source>
        <extracomment>run speed: virtual time per wall time, e.g. "×10"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run virtual time %1 times as fast as the wall clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About IPC Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About IPC Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;IPC Studio %1&lt;/b&gt;&lt;p&gt;A whole InterPlanetary Consensus hierarchy on your desktop.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Virtual time per wall time (keys 1, 2, 3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocks produced per second across the hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-net messages not yet delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Virtual time since genesis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The running hierarchy's template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hierarchy running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run a whole InterPlanetary Consensus hierarchy on your desktop: a root chain and its subnets, with validators, checkpoints and cross-net messages you can watch and steer. Pick a template to start one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start %1 (Ctrl+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 chains  ·  Ctrl+%2</source>
        <extracomment>under a template's description: how many chains it runs, and its shortcut</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hierarchy is running yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the running hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting %1: building genesis for every chain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (quickstart) — IPC Studio</source>
        <extracomment>window title for an unsaved one-click hierarchy: the template's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — IPC Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>– blocks/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hierarchy could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages in flight: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block production stopped: the workspace cannot be written (%1). It resumes once the disk takes writes again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t %1</source>
        <extracomment>virtual time since genesis, hh:mm:ss</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 blocks/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is running as a quickstart. Picking a template replaces it and discards it; File › Save as Workspace (Ctrl+Shift+S) keeps it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is running. Pick a template to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume block production (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause block production (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause and produce one block on %1 (N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <extracomment>the language choice that follows the operating system's language</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPC Studio uses the new language the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the live charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the dark palette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the light palette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the language of IPC Studio (takes effect after a restart)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes effect after a restart of IPC Studio.</source>
        <extracomment>%1: a language's name, e.g. "Deutsch"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search blocks, transactions, checkpoints, messages, addresses and subnets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checkpoint a parent executed last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start &amp;Last Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start &amp;Last Template (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last checkpoint: %1 @ %2</source>
        <extracomment>status bar: the subnet whose checkpoint its parent executed last, and its height</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the wallet: accounts, balances, send, faucet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide every cross-net message of the hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move FIL between any two subnets and watch it travel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move FIL between any two subnets (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send FIL to an address on the same subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top &amp;Up From Faucet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the selected wallet account %1 FIL on the root from a prefunded account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer submitted: the Messages view (Ctrl+Shift+M) keeps following it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a named workspace from a template; it keeps everything on disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open, rename, duplicate or delete workspaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the running hierarchy into a new named workspace and continue there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take &amp;Snapshot…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember the whole hierarchy (every subnet, mempool, relayer and message in flight) to come back to later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revert to Snapshot…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return every subnet to a snapshot; later blocks are discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Snapshot…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget a snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot</source>
        <extracomment>toolbar labels (the menu says "Take Snapshot…", "Revert to Snapshot…")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the new workspace (the running hierarchy continues in it):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (optional; snapshots also get an id like 0x1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return the whole hierarchy to snapshot %1? Blocks, transactions and messages after it are discarded on every subnet, and snapshots taken after it are deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot %1 deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON-RPC is not served: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quickstart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no workspace named "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to save: no workspace is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save as "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as workspace "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot %1 taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot %1 “%2” taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reverted to snapshot %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No snapshot has been taken yet. Take one with Run › Take Snapshot (Ctrl+Alt+S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snapshot:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace: quickstart (not saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A throw-away workspace in %1: it reopens on the next start, and is discarded when another hierarchy starts. File › Save as Workspace (Ctrl+Shift+S) keeps it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This hierarchy is not kept on disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet. A template click runs a quickstart; File › Save as Workspace keeps it, File › New Workspace (Ctrl+Alt+N) starts a named one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open another workspace… (Ctrl+O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert cancelled: nothing changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow tip paused to show block %1 of %2 (tick Follow tip to resume)</source>
        <extracomment>%1: a block number, %2: a subnet's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start with &amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a template and change its RPC port, block time, accounts or mnemonic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link &amp;Contracts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name your contracts and decode their calls, events and errors: link the project's Hardhat artifacts/ or Foundry out/ directory, linked again after each build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link Contracts: a Hardhat artifacts/ or Foundry out/ directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlink Contracts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rebuilt artifacts do not load yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link Contracts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contracts could not be linked:
%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n contract(s) linked</source>
        <extracomment>the status bar's note of the linked project: how many contracts it has</extracomment>
        <translation><numerusform>%n contract linked</numerusform><numerusform>%n contracts linked</numerusform></translation>
    </message>
    <message>
        <source>Rebuilt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse C&amp;heat Methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shared or demo devnet: JSON-RPC refuses anvil_, hardhat_ and evm_ cheat methods (set balance, code, storage, time, mining); a workspace remembers it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cheat methods are refused on this devnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cheat methods are allowed again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::MessageProgressView</name>
    <message>
        <source>to %1, local nonce %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the transfer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>title of a tracked transfer: what moves, from where to where</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hop %1: %2 → %3</source>
        <extracomment>a hop of a cross-net route: number, subnets, and how it travels</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finality ≥ %1 height %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrival and receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::MessagesPanel</name>
    <message>
        <source>Messages sent from, sent to or passing through this subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account 0x… or t410f…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;receipts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the Result messages that carry each receipt back too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ubnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No message selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a message to follow it hop by hop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>messages shown by the filters, of all messages</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All subnets</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::NewHierarchyDialog</name>
    <message>
        <source>New Hierarchy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>the OK button of New Hierarchy: starts the hierarchy</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::PasswordDialog</name>
    <message>
        <source>Set Wallet Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported keys are then kept only encrypted under this password; the wallet opens locked next time. Accounts of the workspace's own mnemonic stay usable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock Wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The wallet password opens the imported keys for this session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change Wallet Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Wallet Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported keys are then stored unencrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the wallet password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::RouteDiagram</name>
    <message>
        <source>Pick both ends to see the route.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checkpoint ≈ %1</source>
        <extracomment>on the review page's route diagram: what carries a hop and its expected time</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finality ≈ %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::SearchBox</name>
    <message>
        <source>Block, tx, address, subnet… (Ctrl+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the running hierarchy: a block number (in the selected subnet), "checkpoint 20", a transaction hash or tracing id (0x + 64 hex), an address (0x… or t410f…) or a subnet id (/r31337/…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hierarchy is running: start one to search it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::SendDialog</name>
    <message>
        <source>Send FIL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay an address on the same subnet. To move FIL to another subnet use Transfer (Ctrl+T).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0x… or t410f…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ubnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about %1 (%2 gas at the base fee; at most %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The wallet has no accounts to send from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the fee…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough FIL on %1: the account holds %2 and the fee may take up to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::SubnetActions</name>
    <message>
        <source>&amp;Create Child Subnet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a subnet under the selected one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fund…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send FIL from the parent into the selected subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send FIL from the selected subnet back to its parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;RPC URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected subnet's JSON-RPC endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Subnet &amp;Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected subnet's id to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No JSON-RPC server serves this subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fund %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Release from %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The root has no parent to move FIL from or to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1 (%2); it starts once its validators join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding %1 with %2 FIL: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Releasing %1 FIL from %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No JSON-RPC server serves %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Join as Validator…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock collateral and validate the selected subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stake…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add collateral as a validator of the selected subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>U&amp;nstake…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take back part of a validator's collateral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop validating the selected subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the selected subnet for good (its owner, once no collateral is left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The root has no validators to join or leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join sent to %1's subnet actor: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stake sent to %1's subnet actor: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unstake sent to %1's subnet actor: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave sent to %1's subnet actor: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill sent to %1's subnet actor: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (the receipt on the parent's Transactions page says whether the actor accepted it)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::SubnetFormat</name>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>halted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::SubnetPages</name>
    <message>
        <source>Log %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Validators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Checkpoints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+%1</source>
        <extracomment>keyboard shortcut of a subnet page tab</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subnet id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the subnet id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RPC URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the RPC URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subnet actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Majority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min. validators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min. activation collateral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages per batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Circulating supply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supply here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top-down nonce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bottom-up nonce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent finality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoints and validators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relayer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Follow tip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List new blocks as they come; off keeps the list still</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Block Hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ollow tip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List new transactions as they come</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Transaction Hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Relayer on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The relayer submits this subnet's checkpoints to its parent; off stops them there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uncheck Online to take a validator offline: with less than two thirds of the power online the subnet halts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Checkpoint Hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a checkpoint to inspect it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in &amp;Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the parent block where this checkpoint was executed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Virtual time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Tracing Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a block to see its header and commit signatures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a transaction to see its receipt and logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a message to see its route and trace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a subnet in the tree or the graph.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: &lt;b style="color:%1"&gt;%2&lt;/b&gt; · %3 of %4 validators online · height %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (the root)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation><numerusform>%n block</numerusform><numerusform>%n blocks</numerusform></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>majority: the share of validator weight a checkpoint needs, e.g. "67%"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a (the root)</source>
        <extracomment>the relayer submits checkpoints ("on") or is stopped ("off")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent · %2 applied</source>
        <extracomment>top-down nonce: messages the parent sent down, and those this subnet applied</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>height %1 · %2</source>
        <extracomment>parent finality: the parent's height and the start of its block hash</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>height %1 · %2 · %3 cut so far</source>
        <extracomment>last checkpoint: its height, its stage, and how many the subnet cut in all</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipts root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gas used / limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commit signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ verified · power %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ not verified · power %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (index %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contract creation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gas limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gas used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effective gas price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>system (no fee)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint at height %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed %1 of threshold %2 (total %3)</source>
        <extracomment>quorum progress: signed weight of the threshold, and of the total</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cut</source>
        <extracomment>checkpoint stage: the subnet cut (made) the checkpoint at this height</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>submitted to parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1</source>
        <extracomment>the height the first signature arrived at</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation><numerusform>%n signature</numerusform><numerusform>%n signatures</numerusform></translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active validators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocks committed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data root commitment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ABI hash</source>
        <extracomment>keccak256 of the ABI-encoded checkpoint, what validators sign</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hash check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ recomputed from the fields above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ differs from the fields above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 signed · threshold %2 · total %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relayer transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n validator(s)</source>
        <translation><numerusform>%n validator</numerusform><numerusform>%n validators</numerusform></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>joined with weight %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left (weight %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weight %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tracing id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers</source>
        <extracomment>a receipt message: the tracing id of the message it answers</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at height %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Data (%n byte(s))</source>
        <translation><numerusform>Data (%n byte)</numerusform><numerusform>Data (%n bytes)</numerusform></translation>
    </message>
    <message>
        <source>Co&amp;ntracts</source>
        <extracomment>tab listing the contracts deployed on the subnet</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Contract Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>console.log</source>
        <extracomment>The section of Hardhat's console.log output: a function name, keep it as it is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <extracomment>a cross-net call: the contract method it calls (its 4-byte selector)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Params</source>
        <extracomment>a cross-net call: its ABI-encoded arguments, in hex</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>a Result message: how the call it answers went (Ok, ActorErr, SystemErr)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return data</source>
        <extracomment>a Result message: the data the called contract returned (or its revert data)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert</source>
        <extracomment>a Result message: the call's revert in words</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call trace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running it again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contracts on this subnet, newest first: deployed by a transaction or made by a factory contract (CREATE, CREATE2). Select one to read, call or send to it; double-click it to open the transaction that created it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emitter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>one frame of a call trace: the call type (CALL, STATICCALL, ...) and what it called</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gas %1 of %2</source>
        <extracomment>the gas one call of a trace used, of the gas it was given</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::SubnetSummary</name>
    <message>
        <source>Select a subnet in the tree or the graph to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The subnet id; select it to copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subnet id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent finality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relayer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mempool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Circulating supply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>summary title: subnet name and its status, e.g. "alpha · running"</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— (the root)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every %1 · cut %2 · accepted %3</source>
        <extracomment>checkpoint period, last height cut here, last height the parent accepted</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A checkpoint every %1 blocks; the last was cut at height %2 and the parent accepted checkpoints up to height %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parent height %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— (the root has no parent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a (the root)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::Templates</name>
    <message>
        <source>Root and one subnet with 4 validators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Root and two sibling subnets with 4 validators each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Root, two subnets and four grandchildren (7 chains)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Root and one subnet with 4 validators and a short checkpoint period (5 blocks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cross-net example dApp (counter, ping-pong, token bridge) on root, a subnet and a grandchild</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::TransactionTableModel</name>
    <message>
        <source>Hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gas used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contract creation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok (system)</source>
        <extracomment>a transaction validators or relayers send for IPC, without a fee</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contract creation → %1</source>
        <extracomment>the To cell of a transaction that deployed a contract: the contract's address</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created contract %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A contract creation that failed: no contract was made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>the To cell of a call to a known contract: its name and short address</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::TransferAmountPage</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How much FIL to move (up to 18 decimals).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything the account can move: its balance after the fee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available on %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee on %1: about %2 (at most %3). The hops after it charge nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee: %1 expected, %2 at most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moving up out of %1 is limited to what circulates there: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receiver holds %1 on %2 now, %3 once this arrives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receiver holds %1 on %2 now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the balance and the fee…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is more than the account can send from %1: it holds %2 and the fee may take up to %3, so at most %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too much for a move up: %1 has only %2 in circulation (what its parent locked for it), and a transfer up can never take out more than that.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::TransferFromPage</name>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the FIL is now: the subnet and the account that sends it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a subnet to send from there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account on every subnet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(locked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No hierarchy is running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The wallet has no accounts: add one in the Wallet (Ctrl+Shift+W).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading balances…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account's key is locked by the wallet password: unlock the wallet first (Wallet › Unlock).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account holds nothing on %1. Pick another account or subnet, or top the account up on the root (Wallet › Top Up From Faucet).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::TransferReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The route your FIL takes, what happens at each hop and how long it should take at the current block times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The route could not be worked out: go back and check both ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same way back, as IPC's Result message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sends a receipt (IPC's Result message) back to %2 the same way in reverse; it confirms the transfer, or returns the value if it was rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is one hop down: IPC's fund on %1's gateway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is one hop up: IPC's release on %1's gateway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It travels as one cross-net message routed through the gateways, up to %1 (the common ancestor) and then down; you sign once, on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fee on %1: about %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Send %1&lt;/b&gt; from %2 on &lt;b&gt;%3&lt;/b&gt; to %4 on &lt;b&gt;%5&lt;/b&gt;. %6 %n hop(s), expected %7; the receipt follows about %8 later. %9 The subnets on the way charge nothing and need no FIL from you: cross-net messages carry no fee.</source>
        <translation><numerusform>&lt;b&gt;Send %1&lt;/b&gt; from %2 on &lt;b&gt;%3&lt;/b&gt; to %4 on &lt;b&gt;%5&lt;/b&gt;. %6 %n hop, expected %7; the receipt follows about %8 later. %9 The subnets on the way charge nothing and need no FIL from you: cross-net messages carry no fee.</numerusform><numerusform>&lt;b&gt;Send %1&lt;/b&gt; from %2 on &lt;b&gt;%3&lt;/b&gt; to %4 on &lt;b&gt;%5&lt;/b&gt;. %6 %n hops, expected %7; the receipt follows about %8 later. %9 The subnets on the way charge nothing and need no FIL from you: cross-net messages carry no fee.</numerusform></translation>
    </message>
    <message>
        <source>It travels as one cross-net message routed down through the gateways; you sign once, on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It travels as one cross-net message routed up through the gateways, checkpoint by checkpoint; you sign once, on %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::TransferToPage</name>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the destination subnet in the hierarchy and who receives the FIL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0x… or t410f… (paste any address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or pick one of your accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Destination subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(sending from here)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiver: %1  =  %2</source>
        <extracomment>both spellings of the receiving address</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick the destination subnet in the tree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is the subnet the FIL is on now. Pick another subnet, or use Send in the Wallet to pay someone on the same subnet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::TransferTrackPage</name>
    <message>
        <source>Submit and Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every step of every hop as it happens. You can close this window: the Messages view keeps following the transfer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in &amp;Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing with the wallet and handing the transaction to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transaction was refused and nothing moved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::TransferWizard</name>
    <message>
        <source>Transfer Between Subnets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>the commit button of the transfer wizard's review page</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::ValidatorDialog</name>
    <message>
        <source>Join %1 as Validator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account locks collateral in %1's subnet actor on %2 and registers its public key. It starts validating %1 once a checkpoint confirms the change (or at once while %1 is still gathering its first validators).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stake More in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A validator of %1 adds collateral on %2; its power grows once a checkpoint confirms the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unstake from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A validator of %1 takes back part of its collateral; it is released on %2 once a checkpoint confirms the change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The validator stops validating %1. Its whole collateral is released on %2 once a checkpoint confirms it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The subnet's owner ends %1 for good: the subnet actor on %2 refuses it while validators still have collateral in it. A killed subnet produces no more blocks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIL, up to 18 decimals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;mount (FIL):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Collateral (FIL):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unstake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3 on the parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the wallet's accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an amount in FIL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not an amount: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account holds only %1 on the parent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::ValidatorTableModel</name>
    <message>
        <source>Validator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collateral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocks proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signatures given</source>
        <extracomment>checkpoint signatures the validator gave</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online: signs blocks and checkpoints. Uncheck to take it offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline: signs nothing. Check to bring it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::WalletModel</name>
    <message>
        <source>Balance on %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The default account: preselected as the sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions this account sent on the root</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>★</source>
        <extracomment>column of the default-account mark</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filecoin form</source>
        <extracomment>the Filecoin (f4, delegated) form of an address</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked: unlock the wallet with its password to sign with this key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 · nonce %3</source>
        <extracomment>tooltip of a wallet balance: the exact amount and the nonce there</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (locked)</source>
        <extracomment>an account whose key is locked by the wallet password</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::WalletPanel</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the next account of the workspace's mnemonic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a private key, a keystore file or a mnemonic account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the selected account's key (hex, keystore file, ipc-cli)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the selected account's label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected account from the wallet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set &amp;Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preselect the selected account as the sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy 0x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected account's 0x address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;t410</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected account's Filecoin (t410f…) address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send FIL to an address on the same subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Faucet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top the selected account up with %1 FIL on the root from a prefunded account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move FIL from the selected account to another subnet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set, unlock or lock the wallet password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet password changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet password removed: imported keys are stored unencrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a hierarchy to use the wallet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation><numerusform>%n account</numerusform><numerusform>%n accounts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>locked: %n imported key(s) wait for the password</source>
        <translation><numerusform>locked: %n imported key waits for the password</numerusform><numerusform>locked: %n imported keys wait for the password</numerusform></translation>
    </message>
    <message>
        <source>unlocked; imported keys are stored encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>double-click an address to copy it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New account %1: it holds nothing yet; the faucet (Ctrl+U) tops it up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No new account: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label of %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove %1 (%2) from the wallet?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It comes from the workspace's mnemonic: New or an import of that mnemonic brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its key is gone from this workspace afterwards: export it first if you still need it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not set: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent: transaction %1 (it shows on the Transactions page once mined)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The faucet could not pay: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Faucet: %1 FIL for %2 on the root arrive with the next root block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet locked: imported keys need the password again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet unlocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wallet password set: imported keys are stored encrypted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::WorkspaceDialog</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a workspace file from another folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspaces folder cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspaces in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is running: open another workspace first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is running; open another workspace first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot rename "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot duplicate "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 copy</source>
        <extracomment>suggested name of a duplicated workspace; %1: the original's name</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete "%1" and everything in it (blocks, snapshots, keys)? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Workspace File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPC Studio workspaces (*.ipcws);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. workshop-demo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IPC Studio: an IPC hierarchy on your desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a built-in template right away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a workspace (a name or a file path); with --template, a new one starts that template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serve the root's JSON-RPC on &lt;port&gt; and each subnet on the next ports (default 8545).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serve no JSON-RPC endpoints.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run speed: 1, 10 or 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: let the hierarchy run &lt;ms&gt; first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --screenshot: the window size, e.g. 1440x900.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the light or dark palette instead of the desktop's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this language for this run: %1 (default: the one chosen in View › Language, else the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown language %1 (use %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown theme %1 (use %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--rpc-port wants a port number, got %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not save %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::ContractLinker</name>
    <message>
        <source>No project linked.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Linked %n contract(s) from %1</source>
        <translation><numerusform>Linked %n contract from %1</numerusform><numerusform>Linked %n contracts from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selector(s) shared by different signatures are left undecoded</source>
        <translation><numerusform>%n selector shared by different signatures is left undecoded</numerusform><numerusform>%n selectors shared by different signatures are left undecoded</numerusform></translation>
    </message>
</context>
<context>
    <name>ipc::ui::ContractPanel</name>
    <message>
        <source>Read &amp;as:</source>
        <extracomment>read the contract with the ABI of this contract of the linked project</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ABI the forms use: the contract whose code this is, or any contract of the linked project (a proxy, an interface)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs the function at the head, changing nothing (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value (FIL):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send Transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs with the wallet account and sends it (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show Transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FIL sent with the call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This function takes no value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slot: a number or 0x and up to 64 hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Read Slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slot:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As a number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a contract to read, call or send to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No code at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its own code's contract</source>
        <extracomment>the ABI of the contract whose code this is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown contract</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s) of code</source>
        <translation><numerusform>%n byte of code</numerusform><numerusform>%n bytes of code</numerusform></translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No ABI is known for this code: link the project's build output with File › Link Contracts… to read and call it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No linked artifact has this code: choose the contract to read it as.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(returns nothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: the wallet has no account to send from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing and sending %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent %1, waiting for its block…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 succeeded in block %2, gas used %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed in block %2, gas used %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a slot: give a number or 0x and up to 64 hex digits</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ipc::ui::FunctionForm</name>
    <message>
        <source>argument %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No arguments.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>