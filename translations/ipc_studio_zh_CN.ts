<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MessageText</name>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>included in a block</source>
        <translation>已打包进区块</translation>
    </message>
    <message>
        <source>in checkpoint</source>
        <translation>已进入检查点</translation>
    </message>
    <message>
        <source>checkpoint quorum</source>
        <extracomment>a checkpoint's validator signatures reached the required weight</extracomment>
        <translation>检查点达到法定人数</translation>
    </message>
    <message>
        <source>relayed to parent</source>
        <translation>已中继到父网</translation>
    </message>
    <message>
        <source>executed in parent</source>
        <translation>已在父网执行</translation>
    </message>
    <message>
        <source>queued top-down</source>
        <translation>已排入自上而下队列</translation>
    </message>
    <message>
        <source>parent finality, executed</source>
        <extracomment>the child subnet committed the parent block carrying the message (top-down)</extracomment>
        <translation>父网最终性，已执行</translation>
    </message>
    <message>
        <source>executed in destination</source>
        <translation>已在目标执行</translation>
    </message>
    <message>
        <source>receipt back</source>
        <translation>回执已返回</translation>
    </message>
    <message>
        <source>up: bottom-up checkpoint</source>
        <translation>向上：自下而上检查点</translation>
    </message>
    <message>
        <source>down: top-down finality</source>
        <translation>向下：自上而下最终性</translation>
    </message>
    <message numerus="yes">
        <source>bottom-up checkpoint (every %n block(s)), quorum, relayer</source>
        <translation><numerusform>自下而上检查点（每 %n 个区块），法定人数，中继器</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>top-down finality after %n parent block(s)</source>
        <translation><numerusform>%n 个父网区块后的自上而下最终性</numerusform></translation>
    </message>
    <message>
        <source>%1's gateway burns the value and puts the message in its next checkpoint (every %2 blocks); %1's validators sign it, a relayer submits it to %3, and %3 pays the value out of what it locked for %1.</source>
        <translation>%1 的网关销毁该金额，并把消息放入下一个检查点（每 %2 个区块）；%1 的验证者对其签名，中继器将其提交到 %3，%3 再从为 %1 锁定的资金中支付该金额。</translation>
    </message>
    <message>
        <source>%1's gateway locks the value for %2; once %2's validators agree on that block of %1 (top-down finality) %2 mints it and executes the message.</source>
        <translation>%1 的网关为 %2 锁定该金额；一旦 %2 的验证者就 %1 的该区块达成一致（自上而下最终性），%2 便铸造该金额并执行消息。</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n block(s) · %1</source>
        <extracomment>expected latency: blocks waited and the time at current block times</extracomment>
        <translation><numerusform>≈ %n 个区块 · %1</numerusform></translation>
    </message>
    <message>
        <source>the sender is not where the message says it comes from</source>
        <translation>发送方与消息声明的来源不符</translation>
    </message>
    <message>
        <source>the destination subnet does not exist or was killed</source>
        <translation>目标子网不存在或已被终止</translation>
    </message>
    <message>
        <source>it arrived out of order (nonce)</source>
        <translation>到达顺序错误（nonce）</translation>
    </message>
    <message>
        <source>insufficient circulating supply: the subnet it left never had that much locked in its parent</source>
        <translation>流通量不足：其离开的子网在父网中从未锁定这么多</translation>
    </message>
    <message>
        <source>this kind of message cannot be sent there</source>
        <translation>这类消息无法发送到那里</translation>
    </message>
    <message>
        <source>the destination is the subnet it was sent from</source>
        <translation>目标就是发送它的子网</translation>
    </message>
    <message>
        <source>there is no route to the destination</source>
        <translation>没有到达目标的路由</translation>
    </message>
    <message>
        <source>a subnet on the way uses another kind of token</source>
        <translation>途经的某个子网使用另一种代币</translation>
    </message>
    <message>
        <source>Rejected in %1 (%2). The receipt is back in %3.</source>
        <translation>在 %1 被拒绝（%2）。回执已返回 %3。</translation>
    </message>
    <message>
        <source>Done: delivered to %1 and the receipt is back in %2.</source>
        <translation>完成：已送达 %1，回执已返回 %2。</translation>
    </message>
    <message>
        <source>Arriving in %1.</source>
        <translation>正在到达 %1。</translation>
    </message>
    <message>
        <source>Waiting for the next block of %1 to include the transaction.</source>
        <translation>等待 %1 的下一个区块打包该交易。</translation>
    </message>
    <message>
        <source>The transaction failed in %1 and nothing was sent: %2. Only the fee was spent.</source>
        <translation>交易在 %1 失败，未发送任何内容：%2。仅扣除了手续费。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting in %1 for its next checkpoint at height %2 (%n block(s) from now). Value leaves a subnet upwards only inside a checkpoint.</source>
        <translation><numerusform>正在 %1 等待高度 %2 的下一个检查点（还有 %n 个区块）。资金只能通过检查点从子网向上转出。</numerusform></translation>
    </message>
    <message>
        <source>Checkpoint %1 of %2 is collecting its validators' signatures; it moves on once they reach the quorum.</source>
        <translation>%2 的检查点 %1 正在收集验证者签名；达到法定人数后即继续。</translation>
    </message>
    <message>
        <source>Checkpoint %1 of %2 has its signatures; %2's relayer hands it to %3 at its next poll.</source>
        <translation>%2 的检查点 %1 已集齐签名；%2 的中继器会在下次轮询时将其交给 %3。</translation>
    </message>
    <message>
        <source>Delivered to %1, but the receipt is stuck in %2: %2's relayer is stopped, so nobody submits its checkpoints to %3. Turn the relayer back on (Validators page) and it moves on.</source>
        <translation>已送达 %1，但回执卡在 %2：%2 的中继器已停止，没有人把它的检查点提交到 %3。重新开启中继器（验证者页面）后即可继续。</translation>
    </message>
    <message>
        <source>Stuck in %1: checkpoint %2 has its signatures, but %1's relayer is stopped, so nobody submits it to %3. Turn the relayer back on (Validators page) and it moves on.</source>
        <translation>卡在 %1：检查点 %2 已集齐签名，但 %1 的中继器已停止，没有人将其提交到 %3。重新开启中继器（验证者页面）后即可继续。</translation>
    </message>
    <message>
        <source>%1 executes the checkpoint carrying it in its next block.</source>
        <translation>%1 将在其下一个区块中执行包含它的检查点。</translation>
    </message>
    <message>
        <source>Locked in %1 at height %2; waiting for %3's validators to agree on that block of %1 (top-down finality), then %3 executes it.</source>
        <translation>已在 %1 的高度 %2 锁定；等待 %3 的验证者就 %1 的该区块达成一致（自上而下最终性），随后 %3 执行它。</translation>
    </message>
    <message>
        <source>%1 is halted: less than two thirds of its validator power is online, so it makes no blocks and the %2 waits there. Bring validators back online (Validators page) and it continues.</source>
        <translation>%1 已停机：在线验证者的投票权不足三分之二，因此不出块，%2 在此等待。让验证者重新上线（验证者页面）后即可继续。</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Delivered to %1. The receipt is on its way back to %2 (now in %3).</source>
        <translation>已送达 %1。回执正在返回 %2（当前在 %3）。</translation>
    </message>
    <message>
        <source>Rejected in %1: %2. A receipt goes back to %3, but it cannot bring the value: the parent never held it.</source>
        <translation>在 %1 被拒绝：%2。回执会返回 %3，但无法带回金额：父网从未持有这笔资金。</translation>
    </message>
    <message>
        <source>Rejected in %1: %2. The value comes back to %3 with the receipt.</source>
        <translation>在 %1 被拒绝：%2。金额将随回执退回 %3。</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Ok, returned %1</source>
        <extracomment>a cross-net call's outcome: it succeeded and its contract returned this data</extracomment>
        <translation>Ok，返回 %1</translation>
    </message>
    <message>
        <source>ActorErr: the call failed</source>
        <extracomment>a cross-net call's outcome: the called contract failed (the reason follows)</extracomment>
        <translation>ActorErr：调用失败</translation>
    </message>
    <message>
        <source>ActorErr: %1</source>
        <extracomment>a cross-net call's outcome: the called contract failed (the reason follows)</extracomment>
        <translation>ActorErr：%1</translation>
    </message>
    <message>
        <source>SystemErr: %1</source>
        <extracomment>a cross-net message's outcome: IPC rejected it (the reason follows)</extracomment>
        <translation>SystemErr：%1</translation>
    </message>
    <message>
        <source>SystemErr</source>
        <translation>SystemErr</translation>
    </message>
    <message>
        <source>The call failed in %1 (%2); its changes there were undone. The value comes back to %3 with the result.</source>
        <translation>调用在 %1 中失败（%2）；它在那里的更改已撤销。金额随结果返回 %3。</translation>
    </message>
    <message>
        <source>Done: the call ran in %1 (%2) and its result is back in %3.</source>
        <translation>完成：调用已在 %1 中运行（%2），其结果已返回 %3。</translation>
    </message>
    <message>
        <source>The call ran in %1 (%2). Its result is on its way back to %3 (now in %4).</source>
        <translation>调用已在 %1 中运行（%2）。其结果正在返回 %3 的途中（当前在 %4）。</translation>
    </message>
    <message>
        <source>call</source>
        <translation>调用</translation>
    </message>
</context>
<context>
    <name>ParentEdge</name>
    <message>
        <source>Checkpoint lag: %1 blocks of %2 not yet covered by a checkpoint its parent accepted (last accepted: height %3, period %4)</source>
        <translation>检查点滞后：%2 有 %1 个区块尚未被父网接受的检查点覆盖（最近接受：高度 %3，周期 %4）</translation>
    </message>
    <message>
        <source>lag %1</source>
        <extracomment>checkpoint lag in blocks, on an edge of the hierarchy graph</extracomment>
        <translation>滞后 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> “%1”</source>
        <extracomment>a snapshot's name after its id, in quotes (keep the leading space)</extracomment>
        <translation> “%1”</translation>
    </message>
    <message>
        <source>%1%2 — root at %3, t %4 s</source>
        <extracomment>a snapshot in a list: id, optional name, the root's height and the virtual time</extracomment>
        <translation>%1%2 — 根网高度 %3，t %4 秒</translation>
    </message>
</context>
<context>
    <name>SearchResolver</name>
    <message>
        <source>Type a block number, transaction hash, checkpoint height, tracing id, address or subnet id</source>
        <translation>输入区块号、交易哈希、检查点高度、追踪 ID、地址或子网 ID</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>"%1" is neither a 32-byte hash (0x + 64 hex digits) nor an address (0x + 40 hex digits)</source>
        <translation>“%1”既不是 32 字节哈希（0x + 64 位十六进制数字），也不是地址（0x + 40 位十六进制数字）</translation>
    </message>
    <message>
        <source>"%1" is not a block number, hash, checkpoint height, address or subnet id</source>
        <translation>“%1”不是区块号、哈希、检查点高度、地址或子网 ID</translation>
    </message>
    <message numerus="yes">
        <source>Block %1 of %2: %3, %n transaction(s)</source>
        <translation><numerusform>%2 的区块 %1：%3，%n 笔交易</numerusform></translation>
    </message>
    <message>
        <source>%1 has no block %2 yet (its height is %3)</source>
        <translation>%1 还没有区块 %2（当前高度 %3）</translation>
    </message>
    <message>
        <source>Checkpoint %1 of %2: %3, %4 of %5 weight signed</source>
        <translation>%2 的检查点 %1：%3，已签名权重 %4 / %5</translation>
    </message>
    <message>
        <source>No subnet has cut a checkpoint at height %1</source>
        <translation>没有子网在高度 %1 生成检查点</translation>
    </message>
    <message>
        <source>Cross-net message %1: %2 in %3 at height %4</source>
        <translation>跨网消息 %1：%2，位于 %3 高度 %4</translation>
    </message>
    <message>
        <source>Transaction in block %1 of %2 (index %3)</source>
        <translation>%2 区块 %1 中的交易（索引 %3）</translation>
    </message>
    <message>
        <source>Block %1 of %2</source>
        <translation>%2 的区块 %1</translation>
    </message>
    <message>
        <source>No transaction, message or block has the hash %1</source>
        <translation>没有哈希为 %1 的交易、消息或区块</translation>
    </message>
    <message>
        <source>%1 is the subnet actor of %2</source>
        <translation>%1 是 %2 的子网 Actor</translation>
    </message>
    <message>
        <source>%1 is the devnet account %2</source>
        <translation>%1 是开发网账户 %2</translation>
    </message>
    <message>
        <source>%1 holds %2 FIL in %3</source>
        <translation>%1 在 %3 持有 %2 FIL</translation>
    </message>
    <message>
        <source>No subnet knows the address %1</source>
        <translation>没有子网知道地址 %1</translation>
    </message>
    <message>
        <source>Subnet %1 at height %2</source>
        <translation>子网 %1，高度 %2</translation>
    </message>
    <message>
        <source>No running subnet has the id %1</source>
        <translation>没有 ID 为 %1 的运行中子网</translation>
    </message>
</context>
<context>
    <name>SubnetCard</name>
    <message>
        <source>Chain id %1</source>
        <translation>链 ID %1</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <extracomment>block time shown on a subnet card, e.g. "1 s blocks"</extracomment>
        <translation>%1/区块</translation>
    </message>
    <message>
        <source>%1/%2 validators</source>
        <extracomment>validators online / in the set, on a subnet card</extracomment>
        <translation>%1/%2 验证者</translation>
    </message>
    <message>
        <source>height</source>
        <extracomment>caption before a subnet's block height on its card in the graph</extracomment>
        <translation>高度</translation>
    </message>
</context>
<context>
    <name>SubnetForm</name>
    <message>
        <source>Give the subnet a name.</source>
        <translation>请为子网命名。</translation>
    </message>
    <message>
        <source>Names use lower-case letters, digits and dashes, starting with a letter or digit.</source>
        <translation>名称只能包含小写字母、数字和连字符，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>A subnet named %1 exists already.</source>
        <translation>名为 %1 的子网已存在。</translation>
    </message>
    <message>
        <source>Minimum collateral is not an amount of FIL.</source>
        <translation>最低抵押不是有效的 FIL 金额。</translation>
    </message>
    <message>
        <source>Collateral per validator must be an amount above 0 FIL.</source>
        <translation>每个验证者的抵押必须大于 0 FIL。</translation>
    </message>
    <message>
        <source>A subnet needs at least one validator to start.</source>
        <translation>子网至少需要一个验证者才能启动。</translation>
    </message>
    <message>
        <source>The active validator limit is 1 to 256.</source>
        <translation>活跃验证者上限为 1 到 256。</translation>
    </message>
    <message>
        <source>Minimum validators (%1) exceeds the active validator limit (%2).</source>
        <translation>最少验证者数（%1）超过了活跃验证者上限（%2）。</translation>
    </message>
    <message>
        <source>%1 validators never reach the minimum of %2: the subnet would not start.</source>
        <translation>%1 个验证者永远达不到最低 %2 个：子网将无法启动。</translation>
    </message>
    <message>
        <source>Majority must be between 51 and 100 %.</source>
        <translation>多数比例必须在 51 % 到 100 % 之间。</translation>
    </message>
    <message>
        <source>The checkpoint period must be at least 1 block.</source>
        <translation>检查点周期至少为 1 个区块。</translation>
    </message>
    <message>
        <source>Block time must be at least 10 ms.</source>
        <translation>出块时间至少为 10 毫秒。</translation>
    </message>
    <message>
        <source>Federated subnets get their validators from their owner; start them from a topology file.</source>
        <translation>联邦式子网的验证者由其所有者指定；请从拓扑文件启动。</translation>
    </message>
    <message>
        <source>%1 validators × %2 FIL is below the minimum collateral of %3 FIL.</source>
        <translation>%1 个验证者 × %2 FIL 低于最低抵押 %3 FIL。</translation>
    </message>
</context>
<context>
    <name>WalletDialogs</name>
    <message>
        <source>That password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>WalletFormat</name>
    <message>
        <source>Enter the receiving address: 0x… or t410f….</source>
        <translation>请输入接收地址：0x… 或 t410f…。</translation>
    </message>
    <message>
        <source>That is not an address. Paste a 0x address (0x and 40 hex digits) or its Filecoin form t410f…/f410f….</source>
        <translation>这不是地址。请粘贴 0x 地址（0x 加 40 位十六进制数字）或其 Filecoin 形式 t410f…/f410f…。</translation>
    </message>
    <message>
        <source>An address is 0x followed by exactly 40 hex digits; this one has %1. Was it cut short when copying?</source>
        <translation>地址是 0x 后跟恰好 40 位十六进制数字；此地址有 %1 位。是否复制时被截断了？</translation>
    </message>
    <message>
        <source>Only the digits 0–9 and letters a–f may follow 0x.</source>
        <translation>0x 之后只能是数字 0–9 和字母 a–f。</translation>
    </message>
    <message>
        <source>The upper- and lower-case letters do not match the address's checksum (EIP-55): a character is probably mistyped. Paste it again.</source>
        <translation>大小写与地址校验和（EIP-55）不符：可能有字符输错。请重新粘贴。</translation>
    </message>
    <message>
        <source>That Filecoin address does not check out (a wrong character or length). Paste it again.</source>
        <translation>该 Filecoin 地址校验失败（字符或长度有误）。请重新粘贴。</translation>
    </message>
    <message>
        <source>Only f410f/t410f Filecoin addresses belong to Ethereum-style accounts; this one cannot receive here.</source>
        <translation>只有 f410f/t410f Filecoin 地址属于以太坊式账户；此地址无法在这里接收。</translation>
    </message>
    <message>
        <source>Enter an amount of FIL, for example 1.5.</source>
        <translation>请输入 FIL 金额，例如 1.5。</translation>
    </message>
    <message>
        <source>“%1” is not an amount of FIL: use digits with at most one point and up to 18 decimals, for example 0.25.</source>
        <translation>“%1”不是有效的 FIL 金额：请使用数字，最多一个小数点、最多 18 位小数，例如 0.25。</translation>
    </message>
    <message>
        <source>The amount must be more than 0 FIL.</source>
        <translation>金额必须大于 0 FIL。</translation>
    </message>
</context>
<context>
    <name>ipc::ui::Amounts</name>
    <message>
        <source>0 FIL</source>
        <translation>0 FIL</translation>
    </message>
    <message>
        <source>%1 FIL</source>
        <extracomment>an amount in FIL, e.g. "9,974.9999 FIL"</extracomment>
        <translation>%1 FIL</translation>
    </message>
    <message>
        <source>%1 nanoFIL</source>
        <extracomment>an amount in nanoFIL (10^-9 FIL), e.g. "14.8 nanoFIL"</extracomment>
        <translation>%1 nanoFIL</translation>
    </message>
    <message>
        <source>%1 attoFIL</source>
        <extracomment>an amount in attoFIL (10^-18 FIL), e.g. "14,800 attoFIL"</extracomment>
        <translation>%1 attoFIL</translation>
    </message>
</context>
<context>
    <name>ipc::ui::BlockTableModel</name>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提议者</translation>
    </message>
    <message>
        <source>Txs</source>
        <extracomment>column: number of transactions in the block (short)</extracomment>
        <translation>交易数</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>已用 Gas</translation>
    </message>
    <message>
        <source>Commit power</source>
        <extracomment>the validator power that signed the block's commit</extracomment>
        <translation>提交投票权</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>创世</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ChartsPanel</name>
    <message>
        <source>Block interval</source>
        <extracomment>chart title and axis unit (milliseconds)</extracomment>
        <translation>出块间隔</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Checkpoint lag</source>
        <translation>检查点滞后</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Checkpoint signature weight</source>
        <extracomment>share of the validators' weight that signed the checkpoint being gathered</extracomment>
        <translation>检查点签名权重</translation>
    </message>
    <message>
        <source>% signed</source>
        <translation>% 已签名</translation>
    </message>
    <message>
        <source>Cross-net message latency</source>
        <extracomment>chart title and axis unit (seconds)</extracomment>
        <translation>跨网消息延迟</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>t (s)</source>
        <extracomment>chart axis: virtual time since genesis, in seconds</extracomment>
        <translation>t（秒）</translation>
    </message>
    <message>
        <source>receipt returned</source>
        <translation>回执已返回</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>%1 (same as %2)</source>
        <extracomment>chart legend: this subnet's line lies exactly on another's; %1: this subnet, %2: the other</extracomment>
        <translation>%1（与 %2 相同）</translation>
    </message>
</context>
<context>
    <name>ipc::ui::CheckpointTableModel</name>
    <message>
        <source>signing</source>
        <translation>签名中</translation>
    </message>
    <message>
        <source>quorum</source>
        <translation>法定人数</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>executed in parent</source>
        <translation>已在父网执行</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Signed weight</source>
        <extracomment>signed weight against the quorum threshold</extracomment>
        <translation>已签名权重</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Quorum at</source>
        <translation>达到法定人数于</translation>
    </message>
    <message>
        <source>Submitted (parent)</source>
        <extracomment>parent height where the relayer submitted the checkpoint</extracomment>
        <translation>提交（父网）</translation>
    </message>
    <message>
        <source>Executed (parent)</source>
        <translation>执行（父网）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>signed weight / quorum threshold</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ContractTableModel</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Creation transaction</source>
        <extracomment>the transaction that deployed the contract</extracomment>
        <translation>创建交易</translation>
    </message>
    <message>
        <source>Code size</source>
        <translation>代码大小</translation>
    </message>
    <message>
        <source>Created in block</source>
        <extracomment>the block the contract was deployed in</extracomment>
        <translation>创建区块</translation>
    </message>
    <message>
        <source>No code: it self-destructed</source>
        <translation>无代码：合约已自毁</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n 字节</numerusform></translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>the contract's name, from the artifacts linked with File › Link Contracts</extracomment>
        <translation>合约</translation>
    </message>
    <message>
        <source>Unknown: link the project's build output with File › Link Contracts… to name it</source>
        <translation>未知：通过 文件 › 关联合约… 关联项目的构建输出以命名它</translation>
    </message>
</context>
<context>
    <name>ipc::ui::CreateSubnetDialog</name>
    <message>
        <source>Create Subnet</source>
        <translation>创建子网</translation>
    </message>
    <message>
        <source>A new child of &lt;b&gt;%1&lt;/b&gt;. The registry in the parent creates it; its validators join with their collateral and it starts once enough have joined.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的新子网。由父网中的注册合约创建；其验证者带着抵押加入，加入数量足够后即启动。</translation>
    </message>
    <message>
        <source>e.g. gamma</source>
        <translation>例如 gamma</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父网</translation>
    </message>
    <message>
        <source>Validators the devnet creates and joins for this subnet</source>
        <translation>开发网为该子网创建并加入的验证者</translation>
    </message>
    <message>
        <source>&amp;Validators</source>
        <translation>验证者(&amp;V)</translation>
    </message>
    <message>
        <source>Collateral each validator stakes when it joins, in FIL</source>
        <translation>每个验证者加入时质押的抵押，单位 FIL</translation>
    </message>
    <message>
        <source>&amp;Collateral per validator (FIL)</source>
        <translation>每个验证者的抵押（FIL）(&amp;C)</translation>
    </message>
    <message>
        <source>Mi&amp;nimum validators</source>
        <translation>最少验证者数(&amp;N)</translation>
    </message>
    <message>
        <source>Total collateral the subnet needs before it starts, in FIL</source>
        <translation>子网启动前所需的抵押总额，单位 FIL</translation>
    </message>
    <message>
        <source>Minimum co&amp;llateral (FIL)</source>
        <translation>最低抵押（FIL）(&amp;L)</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> 个区块</translation>
    </message>
    <message>
        <source>Checkpoint &amp;period</source>
        <translation>检查点周期(&amp;P)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of validator weight a checkpoint needs (51–100 %)</source>
        <translation>检查点所需的验证者权重比例（51–100 %）</translation>
    </message>
    <message>
        <source>&amp;Majority</source>
        <translation>多数(&amp;M)</translation>
    </message>
    <message>
        <source>Collateral</source>
        <extracomment>permission mode: validators join by staking collateral</extracomment>
        <translation>抵押</translation>
    </message>
    <message>
        <source>Federated</source>
        <extracomment>permission mode: the owner sets validator power</extracomment>
        <translation>联邦式</translation>
    </message>
    <message>
        <source>Static</source>
        <extracomment>permission mode: collateral fixed at genesis</extracomment>
        <translation>静态</translation>
    </message>
    <message>
        <source>Pe&amp;rmission mode</source>
        <translation>权限模式(&amp;R)</translation>
    </message>
    <message>
        <source>Active validator &amp;limit</source>
        <translation>活跃验证者上限(&amp;L)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>&amp;Block time</source>
        <translation>出块时间(&amp;B)</translation>
    </message>
    <message>
        <source>assigned when the subnet is created</source>
        <translation>创建子网时分配</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>链 ID</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; as %2. It starts once its validators have joined.</source>
        <translation>已创建 &lt;b&gt;%1&lt;/b&gt;，ID 为 %2。其验证者加入后即启动。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>The engine refused: %1</source>
        <translation>引擎拒绝：%1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::CrossMessageModel</name>
    <message>
        <source>committed</source>
        <translation>已上链</translation>
    </message>
    <message>
        <source>in checkpoint</source>
        <translation>已进入检查点</translation>
    </message>
    <message>
        <source>checkpoint quorum</source>
        <translation>检查点达到法定人数</translation>
    </message>
    <message>
        <source>submitted to parent</source>
        <translation>已提交到父网</translation>
    </message>
    <message>
        <source>executed in parent</source>
        <translation>已在父网执行</translation>
    </message>
    <message>
        <source>committed top-down</source>
        <translation>自上而下已上链</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>receipt returned</source>
        <translation>回执已返回</translation>
    </message>
    <message>
        <source>transfer</source>
        <extracomment>message kind: a cross-net message that moves value</extracomment>
        <translation>转账</translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>message kind: a cross-net message that calls a contract</extracomment>
        <translation>调用</translation>
    </message>
    <message>
        <source>result</source>
        <extracomment>a receipt message answering an earlier cross-net message</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <source>Tracing id</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>column: virtual time since the message was created</extracomment>
        <translation>时长</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a cross-net address: the subnet's name and the start of the account</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>column: how the destination ran the message (Ok, ActorErr, SystemErr)</extracomment>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ipc::ui::DevnetBridge</name>
    <message>
        <source>No hierarchy is running.</source>
        <translation>没有正在运行的层级。</translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation>引擎拒绝了该请求。</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ExplorerFormat</name>
    <message>
        <source>%1 / %2 (%3%)</source>
        <extracomment>signed weight of total weight, with the percentage</extracomment>
        <translation>%1 / %2（%3%）</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ExportAccountDialog</name>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>Private key (hex)</source>
        <translation>私钥（十六进制）</translation>
    </message>
    <message>
        <source>Keystore file (V3 JSON, for MetaMask, geth, ethers)</source>
        <translation>Keystore 文件（V3 JSON，适用于 MetaMask、geth、ethers）</translation>
    </message>
    <message>
        <source>ipc-cli entry (evm_keystore.json)</source>
        <translation>ipc-cli 条目（evm_keystore.json）</translation>
    </message>
    <message>
        <source>I understand: whoever sees this key controls the account's FIL on every subnet</source>
        <translation>我明白：任何看到此密钥的人都能控制该账户在所有子网上的 FIL</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>确认(&amp;F)</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>保存导出</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The raw private key: anyone who sees it can spend this account's FIL. Show it only to import it somewhere you trust.</source>
        <translation>原始私钥：任何看到它的人都能花掉此账户的 FIL。仅在需要导入到你信任的地方时才显示它。</translation>
    </message>
    <message>
        <source>Encrypted under the password you choose here (scrypt, as MetaMask does).</source>
        <translation>使用你在此设置的密码加密（scrypt，与 MetaMask 相同）。</translation>
    </message>
    <message>
        <source>One entry of ipc-cli's evm_keystore.json: the key in plain hex, as ipc-cli stores it.</source>
        <translation>ipc-cli 的 evm_keystore.json 中的一个条目：以明文十六进制保存的密钥，与 ipc-cli 的存储方式相同。</translation>
    </message>
    <message>
        <source>Tick the box to confirm you want to see the private key.</source>
        <translation>勾选此框以确认你要查看私钥。</translation>
    </message>
    <message>
        <source>Choose a password for the keystore file.</source>
        <translation>请为 keystore 文件设置密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::FundDialog</name>
    <message>
        <source>Fund %1</source>
        <translation>为 %1 注资</translation>
    </message>
    <message>
        <source>Release from %1</source>
        <translation>从 %1 释放</translation>
    </message>
    <message>
        <source>Send FIL from an account in &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;. It arrives with the subnet's next top-down finality.</source>
        <translation>从 &lt;b&gt;%1&lt;/b&gt; 中的账户向 &lt;b&gt;%2&lt;/b&gt; 发送 FIL。资金将随该子网的下一次自上而下最终性到账。</translation>
    </message>
    <message>
        <source>Send FIL from an account in &lt;b&gt;%1&lt;/b&gt; back to &lt;b&gt;%2&lt;/b&gt;. It arrives once the checkpoint carrying it is executed in the parent.</source>
        <translation>从 &lt;b&gt;%1&lt;/b&gt; 中的账户将 FIL 发回 &lt;b&gt;%2&lt;/b&gt;。包含它的检查点在父网执行后即到账。</translation>
    </message>
    <message>
        <source>loading accounts…</source>
        <translation>正在加载账户…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>来源(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>目标(&amp;T)</translation>
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation>FIL，例如 1.5</translation>
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation>金额（FIL）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fund</source>
        <translation>注资(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>释放(&amp;R)</translation>
    </message>
    <message>
        <source>Waiting for the devnet's accounts…</source>
        <translation>正在等待开发网账户…</translation>
    </message>
    <message>
        <source>The receiver must be a 0x address (40 hex digits).</source>
        <translation>接收方必须是 0x 地址（40 位十六进制数字）。</translation>
    </message>
    <message>
        <source>Enter an amount of FIL.</source>
        <translation>请输入 FIL 金额。</translation>
    </message>
    <message>
        <source>The amount must be a number of FIL above 0.</source>
        <translation>金额必须是大于 0 的 FIL 数值。</translation>
    </message>
</context>
<context>
    <name>ipc::ui::HierarchyGraph</name>
    <message>
        <source>Checkpoint executed in the parent</source>
        <translation>检查点已在父网执行</translation>
    </message>
    <message>
        <source>Edges: checkpoint lag in blocks  ·  dot: checkpoint executed in the parent  ·  Ctrl+wheel zooms, drag pans, F fits</source>
        <translation>连线：以区块计的检查点滞后  ·  圆点：已在父网执行的检查点  ·  Ctrl+滚轮缩放，拖动平移，F 适应窗口</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Tracked transfer %1 (%2)</source>
        <translation>跟踪的转账 %1（%2）</translation>
    </message>
    <message>
        <source>Cross-net message %1</source>
        <translation>跨网消息 %1</translation>
    </message>
    <message>
        <source>Cross-net call %1</source>
        <translation>跨网调用 %1</translation>
    </message>
    <message>
        <source>Result of a cross-net call %1</source>
        <extracomment>a Result message carries the outcome of a cross-net call back to its sender</extracomment>
        <translation>跨网调用结果 %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::HierarchyModel</name>
    <message>
        <source>Subnet id</source>
        <translation>子网 ID</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>链 ID</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>RPC 地址</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>validators online / validators in the set, e.g. "3/4"</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 validators online</source>
        <translation>%2 个验证者中 %1 个在线</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>验证者</translation>
    </message>
</context>
<context>
    <name>ipc::ui::HierarchySettingsFields</name>
    <message>
        <source>at least one account is needed</source>
        <translation>至少需要一个账户</translation>
    </message>
    <message numerus="yes">
        <source>the RPC port %1 is out of range: with %n chain(s) it must be between %2 and %3</source>
        <extracomment>%1: the port typed; %2 and %3: the range allowed; %n: how many chains need a port</extracomment>
        <translation><numerusform>RPC 端口 %1 超出范围：共 %n 条链时，它必须在 %2 到 %3 之间</numerusform></translation>
    </message>
    <message>
        <source>the mnemonic is not a valid BIP-39 phrase (%1)</source>
        <translation>助记词不是有效的 BIP-39 短语（%1）</translation>
    </message>
    <message>
        <source>The root's JSON-RPC port; each subnet gets the next one</source>
        <translation>根链的 JSON-RPC 端口；每个子网使用下一个端口</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>unit of the block time field (milliseconds)</extracomment>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>0 (a block per transaction)</source>
        <translation>0（每笔交易一个区块）</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;RPC port:</source>
        <translation>RPC 端口(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Block time:</source>
        <translation>出块时间(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>账户数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Mnemonic:</source>
        <translation>助记词(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ImportAccountDialog</name>
    <message>
        <source>Import Account</source>
        <translation>导入账户</translation>
    </message>
    <message>
        <source>0x… (64 hex digits)</source>
        <translation>0x…（64 位十六进制数字）</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Private key</source>
        <translation>私钥(&amp;P)</translation>
    </message>
    <message>
        <source>Private &amp;Key</source>
        <translation>私钥(&amp;K)</translation>
    </message>
    <message>
        <source>Paste a keystore file (MetaMask, geth, ethers, Foundry)…</source>
        <translation>粘贴 keystore 文件（MetaMask、geth、ethers、Foundry）…</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Keystore File</source>
        <translation>打开 Keystore 文件</translation>
    </message>
    <message>
        <source>&amp;Keystore JSON</source>
        <translation>Keystore JSON(&amp;K)</translation>
    </message>
    <message>
        <source>Its pass&amp;word</source>
        <translation>其密码(&amp;W)</translation>
    </message>
    <message>
        <source>Keystore &amp;File</source>
        <translation>Keystore 文件(&amp;F)</translation>
    </message>
    <message>
        <source>twelve or twenty-four words…</source>
        <translation>十二或二十四个单词…</translation>
    </message>
    <message>
        <source>The account number on the derivation path m/44'/60'/0'/0/&lt;index&gt;, as MetaMask counts its accounts from 0</source>
        <translation>派生路径 m/44'/60'/0'/0/&lt;index&gt; 上的账户编号，与 MetaMask 一样从 0 开始计数</translation>
    </message>
    <message>
        <source>&amp;Recovery phrase</source>
        <translation>助记词(&amp;R)</translation>
    </message>
    <message>
        <source>Account &amp;index</source>
        <translation>账户索引(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Mnemonic</source>
        <translation>助记词(&amp;M)</translation>
    </message>
    <message>
        <source>optional, e.g. alice</source>
        <translation>可选，例如 alice</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <source>Paste the private key: 64 hex digits, with or without 0x.</source>
        <translation>粘贴私钥：64 位十六进制数字，可带或不带 0x。</translation>
    </message>
    <message>
        <source>A private key has only the digits 0–9 and letters a–f.</source>
        <translation>私钥只包含数字 0–9 和字母 a–f。</translation>
    </message>
    <message>
        <source>A private key is 64 hex digits; this one has %1.</source>
        <translation>私钥为 64 位十六进制数字；此私钥有 %1 位。</translation>
    </message>
    <message>
        <source>Paste the keystore file's JSON, or open the file.</source>
        <translation>粘贴 keystore 文件的 JSON，或打开该文件。</translation>
    </message>
    <message>
        <source>A keystore file is JSON, starting with {.</source>
        <translation>keystore 文件是以 { 开头的 JSON。</translation>
    </message>
    <message>
        <source>Type or paste the recovery phrase.</source>
        <translation>输入或粘贴助记词。</translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %1.</source>
        <translation>助记词有 12、15、18、21 或 24 个单词；此助记词有 %1 个。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::MainWindow</name>
    <message>
        <source>IPC Studio</source>
        <translation>IPC Studio</translation>
    </message>
    <message>
        <source>&amp;New Hierarchy…</source>
        <translation>新建层级(&amp;N)…</translation>
    </message>
    <message>
        <source>Choose a template and start a new hierarchy</source>
        <translation>选择模板并启动新的层级</translation>
    </message>
    <message>
        <source>Start the %1 template</source>
        <translation>启动 %1 模板</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume block production everywhere</source>
        <translation>暂停或恢复所有链的出块</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>Pause and produce one block on the selected subnet (the root when none is)</source>
        <translation>暂停并在所选子网上生成一个区块（未选择时为根网）</translation>
    </message>
    <message>
        <source>×%1</source>
        <extracomment>run speed: virtual time per wall time, e.g. "×10"</extracomment>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Run virtual time %1 times as fast as the wall clock</source>
        <translation>让虚拟时间以实际时间的 %1 倍速运行</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole hierarchy</source>
        <translation>显示整个层级</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About IPC Studio</source>
        <translation>关于 IPC Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About IPC Studio</source>
        <translation>关于 IPC Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;IPC Studio %1&lt;/b&gt;&lt;p&gt;A whole InterPlanetary Consensus hierarchy on your desktop.&lt;/p&gt;</source>
        <translation>&lt;b&gt;IPC Studio %1&lt;/b&gt;&lt;p&gt;在你的桌面上运行完整的 InterPlanetary Consensus 层级。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>速度(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Virtual time per wall time (keys 1, 2, 3)</source>
        <translation>虚拟时间与实际时间之比（按键 1、2、3）</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Blocks produced per second across the hierarchy</source>
        <translation>整个层级每秒生成的区块数</translation>
    </message>
    <message>
        <source>Cross-net messages not yet delivered</source>
        <translation>尚未送达的跨网消息</translation>
    </message>
    <message>
        <source>Virtual time since genesis</source>
        <translation>自创世以来的虚拟时间</translation>
    </message>
    <message>
        <source>The running hierarchy's template</source>
        <translation>当前运行层级的模板</translation>
    </message>
    <message>
        <source>No hierarchy running</source>
        <translation>没有运行中的层级</translation>
    </message>
    <message>
        <source>Run a whole InterPlanetary Consensus hierarchy on your desktop: a root chain and its subnets, with validators, checkpoints and cross-net messages you can watch and steer. Pick a template to start one.</source>
        <translation>在桌面上运行完整的 InterPlanetary Consensus 层级：一条根链及其子网，包含验证者、检查点和跨网消息，你可以观察并操控它们。选择一个模板即可启动。</translation>
    </message>
    <message>
        <source>Start %1 (Ctrl+%2)</source>
        <translation>启动 %1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>%1 chains  ·  Ctrl+%2</source>
        <extracomment>under a template's description: how many chains it runs, and its shortcut</extracomment>
        <translation>%1 条链  ·  Ctrl+%2</translation>
    </message>
    <message>
        <source>No hierarchy is running yet.</source>
        <translation>尚无运行中的层级。</translation>
    </message>
    <message>
        <source>Back to the running hierarchy</source>
        <translation>返回运行中的层级</translation>
    </message>
    <message>
        <source>Starting %1: building genesis for every chain…</source>
        <translation>正在启动 %1：为每条链构建创世…</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 正在运行。</translation>
    </message>
    <message>
        <source>%1 (quickstart) — IPC Studio</source>
        <extracomment>window title for an unsaved one-click hierarchy: the template's name</extracomment>
        <translation>%1（快速启动）— IPC Studio</translation>
    </message>
    <message>
        <source>%1 — IPC Studio</source>
        <translation>%1 — IPC Studio</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>模板：%1</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 已启动</translation>
    </message>
    <message>
        <source>– blocks/s</source>
        <translation>– 区块/秒</translation>
    </message>
    <message>
        <source>The hierarchy could not start: %1</source>
        <translation>层级无法启动：%1</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>启动失败</translation>
    </message>
    <message>
        <source>Messages in flight: %1</source>
        <translation>传输中的消息：%1</translation>
    </message>
    <message>
        <source>Block production stopped: the workspace cannot be written (%1). It resumes once the disk takes writes again.</source>
        <translation>出块已停止：无法写入工作区（%1）。磁盘恢复可写后将继续。</translation>
    </message>
    <message>
        <source>t %1</source>
        <extracomment>virtual time since genesis, hh:mm:ss</extracomment>
        <translation>t %1</translation>
    </message>
    <message>
        <source>%1 blocks/s</source>
        <translation>%1 区块/秒</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>%1 is running as a quickstart. Picking a template replaces it and discards it; File › Save as Workspace (Ctrl+Shift+S) keeps it.</source>
        <translation>%1 正以快速启动方式运行。选择模板会替换并丢弃它；文件 › 另存为工作区（Ctrl+Shift+S）可保留它。</translation>
    </message>
    <message>
        <source>%1 is running. Pick a template to replace it.</source>
        <translation>%1 正在运行。选择一个模板以替换它。</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>继续(&amp;P)</translation>
    </message>
    <message>
        <source>Resume block production (Space)</source>
        <translation>恢复出块（空格）</translation>
    </message>
    <message>
        <source>Pause block production (Space)</source>
        <translation>暂停出块（空格）</translation>
    </message>
    <message>
        <source>the root</source>
        <translation>根网</translation>
    </message>
    <message>
        <source>Pause and produce one block on %1 (N)</source>
        <translation>暂停并在 %1 上生成一个区块（N）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>the language choice that follows the operating system's language</extracomment>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>IPC Studio uses the new language the next time it starts.</source>
        <translation>IPC Studio 将在下次启动时使用新语言。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the live charts</source>
        <translation>显示或隐藏实时图表</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Use the dark palette</source>
        <translation>使用深色配色</translation>
    </message>
    <message>
        <source>Use the light palette</source>
        <translation>使用浅色配色</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the language of IPC Studio (takes effect after a restart)</source>
        <translation>选择 IPC Studio 的语言（重启后生效）</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>%1 takes effect after a restart of IPC Studio.</source>
        <extracomment>%1: a language's name, e.g. "Deutsch"</extracomment>
        <translation>%1 将在 IPC Studio 重启后生效。</translation>
    </message>
    <message>
        <source>&amp;Subnet</source>
        <translation>子网(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search blocks, transactions, checkpoints, messages, addresses and subnets</source>
        <translation>搜索区块、交易、检查点、消息、地址和子网</translation>
    </message>
    <message>
        <source>The checkpoint a parent executed last</source>
        <translation>父网最近执行的检查点</translation>
    </message>
    <message>
        <source>Start &amp;Last Template</source>
        <translation>启动上次的模板(&amp;L)</translation>
    </message>
    <message>
        <source>Start &amp;Last Template (%1)</source>
        <translation>启动上次的模板（%1）(&amp;L)</translation>
    </message>
    <message>
        <source>Last checkpoint: %1 @ %2</source>
        <extracomment>status bar: the subnet whose checkpoint its parent executed last, and its height</extracomment>
        <translation>最近检查点：%1 @ %2</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>钱包</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>钱包(&amp;W)</translation>
    </message>
    <message>
        <source>Show or hide the wallet: accounts, balances, send, faucet</source>
        <translation>显示或隐藏钱包：账户、余额、发送、水龙头</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <source>Show or hide every cross-net message of the hierarchy</source>
        <translation>显示或隐藏层级中的所有跨网消息</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转账(&amp;T)…</translation>
    </message>
    <message>
        <source>Move FIL between any two subnets and watch it travel</source>
        <translation>在任意两个子网之间转移 FIL 并观察其流转</translation>
    </message>
    <message>
        <source>Move FIL between any two subnets (Ctrl+T)</source>
        <translation>在任意两个子网之间转移 FIL（Ctrl+T）</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>发送(&amp;S)…</translation>
    </message>
    <message>
        <source>Send FIL to an address on the same subnet</source>
        <translation>向同一子网上的地址发送 FIL</translation>
    </message>
    <message>
        <source>Top &amp;Up From Faucet</source>
        <translation>从水龙头充值(&amp;U)</translation>
    </message>
    <message>
        <source>Give the selected wallet account %1 FIL on the root from a prefunded account</source>
        <translation>从预充值账户向所选钱包账户在根网上发放 %1 FIL</translation>
    </message>
    <message>
        <source>Transfer submitted: the Messages view (Ctrl+Shift+M) keeps following it</source>
        <translation>转账已提交：消息视图（Ctrl+Shift+M）会持续跟踪</translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation>新建工作区(&amp;W)…</translation>
    </message>
    <message>
        <source>Create a named workspace from a template; it keeps everything on disk</source>
        <translation>从模板创建命名工作区；所有内容都保存在磁盘上</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open, rename, duplicate or delete workspaces</source>
        <translation>打开、重命名、复制或删除工作区</translation>
    </message>
    <message>
        <source>&amp;Save as Workspace…</source>
        <translation>另存为工作区(&amp;S)…</translation>
    </message>
    <message>
        <source>Copy the running hierarchy into a new named workspace and continue there</source>
        <translation>将运行中的层级复制到新的命名工作区并在其中继续</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot…</source>
        <translation>创建快照(&amp;S)…</translation>
    </message>
    <message>
        <source>Remember the whole hierarchy (every subnet, mempool, relayer and message in flight) to come back to later</source>
        <translation>记录整个层级（每个子网、内存池、中继器和传输中的消息），以便之后返回</translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot…</source>
        <translation>回滚到快照(&amp;R)…</translation>
    </message>
    <message>
        <source>Return every subnet to a snapshot; later blocks are discarded</source>
        <translation>将每个子网恢复到某个快照；之后的区块将被丢弃</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot…</source>
        <translation>删除快照(&amp;D)…</translation>
    </message>
    <message>
        <source>Forget a snapshot</source>
        <translation>删除一个快照</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <extracomment>toolbar labels (the menu says "Take Snapshot…", "Revert to Snapshot…")</extracomment>
        <translation>快照</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Save as Workspace</source>
        <translation>另存为工作区</translation>
    </message>
    <message>
        <source>Name of the new workspace (the running hierarchy continues in it):</source>
        <translation>新工作区的名称（运行中的层级将在其中继续）：</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <source>Name (optional; snapshots also get an id like 0x1):</source>
        <translation>名称（可选；快照还会获得类似 0x1 的 ID）：</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>回滚到快照</translation>
    </message>
    <message>
        <source>Return the whole hierarchy to snapshot %1? Blocks, transactions and messages after it are discarded on every subnet, and snapshots taken after it are deleted.</source>
        <translation>将整个层级回滚到快照 %1？所有子网上此后的区块、交易和消息都将被丢弃，之后创建的快照也会被删除。</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <source>Snapshot %1 deleted</source>
        <translation>快照 %1 已删除</translation>
    </message>
    <message>
        <source>JSON-RPC is not served: %1</source>
        <translation>未提供 JSON-RPC 服务：%1</translation>
    </message>
    <message>
        <source>quickstart</source>
        <translation>快速启动</translation>
    </message>
    <message>
        <source>There is no workspace named "%1"</source>
        <translation>没有名为“%1”的工作区</translation>
    </message>
    <message>
        <source>Nothing to save: no workspace is running</source>
        <translation>没有可保存的内容：没有运行中的工作区</translation>
    </message>
    <message>
        <source>Cannot save as "%1": %2</source>
        <translation>无法另存为“%1”：%2</translation>
    </message>
    <message>
        <source>Saved as workspace "%1"</source>
        <translation>已另存为工作区“%1”</translation>
    </message>
    <message>
        <source>Snapshot %1 taken</source>
        <translation>已创建快照 %1</translation>
    </message>
    <message>
        <source>Snapshot %1 “%2” taken</source>
        <translation>已创建快照 %1“%2”</translation>
    </message>
    <message>
        <source>Reverted to snapshot %1</source>
        <translation>已回滚到快照 %1</translation>
    </message>
    <message>
        <source>No snapshot has been taken yet. Take one with Run › Take Snapshot (Ctrl+Alt+S).</source>
        <translation>尚未创建任何快照。可通过 运行 › 创建快照（Ctrl+Alt+S）创建。</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>快照：</translation>
    </message>
    <message>
        <source>Workspace: quickstart (not saved)</source>
        <translation>工作区：快速启动（未保存）</translation>
    </message>
    <message>
        <source>A throw-away workspace in %1: it reopens on the next start, and is discarded when another hierarchy starts. File › Save as Workspace (Ctrl+Shift+S) keeps it.</source>
        <translation>位于 %1 的临时工作区：下次启动时会重新打开，启动其他层级时会被丢弃。文件 › 另存为工作区（Ctrl+Shift+S）可保留它。</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>仅内存</translation>
    </message>
    <message>
        <source>This hierarchy is not kept on disk</source>
        <translation>此层级不会保存到磁盘</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <source>None yet. A template click runs a quickstart; File › Save as Workspace keeps it, File › New Workspace (Ctrl+Alt+N) starts a named one.</source>
        <translation>暂无。点击模板会运行快速启动；文件 › 另存为工作区可保留它，文件 › 新建工作区（Ctrl+Alt+N）可启动一个命名工作区。</translation>
    </message>
    <message>
        <source>Open another workspace… (Ctrl+O)</source>
        <translation>打开其他工作区…（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>回退(&amp;R)</translation>
    </message>
    <message>
        <source>Revert cancelled: nothing changed</source>
        <translation>已取消回退：没有任何更改</translation>
    </message>
    <message>
        <source>Follow tip paused to show block %1 of %2 (tick Follow tip to resume)</source>
        <extracomment>%1: a block number, %2: a subnet's name</extracomment>
        <translation>已暂停“跟随最新”以显示 %2 的区块 %1（勾选即可恢复）</translation>
    </message>
    <message>
        <source>Start with &amp;Settings…</source>
        <translation>按设置启动(&amp;S)…</translation>
    </message>
    <message>
        <source>Pick a template and change its RPC port, block time, accounts or mnemonic</source>
        <translation>选择模板并修改其 RPC 端口、出块时间、账户数或助记词</translation>
    </message>
    <message>
        <source>Link &amp;Contracts…</source>
        <translation>关联合约(&amp;C)…</translation>
    </message>
    <message>
        <source>Name your contracts and decode their calls, events and errors: link the project's Hardhat artifacts/ or Foundry out/ directory, linked again after each build</source>
        <translation>为合约命名并解码其调用、事件和错误：关联项目的 Hardhat artifacts/ 或 Foundry out/ 目录，每次构建后会自动重新关联</translation>
    </message>
    <message>
        <source>Link Contracts: a Hardhat artifacts/ or Foundry out/ directory</source>
        <translation>关联合约：Hardhat 的 artifacts/ 或 Foundry 的 out/ 目录</translation>
    </message>
    <message>
        <source>&amp;Unlink Contracts</source>
        <translation>取消关联合约(&amp;U)</translation>
    </message>
    <message>
        <source>The rebuilt artifacts do not load yet: %1</source>
        <translation>重新构建的构件尚无法加载：%1</translation>
    </message>
    <message>
        <source>Link Contracts</source>
        <translation>关联合约</translation>
    </message>
    <message>
        <source>The contracts could not be linked:
%1</source>
        <translation>无法关联合约：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) linked</source>
        <extracomment>the status bar's note of the linked project: how many contracts it has</extracomment>
        <translation><numerusform>已关联 %n 个合约</numerusform></translation>
    </message>
    <message>
        <source>Rebuilt: %1</source>
        <translation>已重新构建：%1</translation>
    </message>
    <message>
        <source>Refuse C&amp;heat Methods</source>
        <translation>拒绝作弊方法(&amp;H)</translation>
    </message>
    <message>
        <source>A shared or demo devnet: JSON-RPC refuses anvil_, hardhat_ and evm_ cheat methods (set balance, code, storage, time, mining); a workspace remembers it</source>
        <translation>共享或演示用的开发网：JSON-RPC 拒绝 anvil_、hardhat_ 和 evm_ 作弊方法（设置余额、代码、存储、时间、出块）；工作区会记住此设置</translation>
    </message>
    <message>
        <source>Cheat methods are refused on this devnet</source>
        <translation>此开发网拒绝作弊方法</translation>
    </message>
    <message>
        <source>Cheat methods are allowed again</source>
        <translation>作弊方法已重新允许</translation>
    </message>
</context>
<context>
    <name>ipc::ui::MessageProgressView</name>
    <message>
        <source>to %1, local nonce %2</source>
        <translation>发往 %1，本地 nonce %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Reading the transfer…</source>
        <translation>正在读取转账…</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>title of a tracked transfer: what moves, from where to where</extracomment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Transaction in %1</source>
        <translation>%1 中的交易</translation>
    </message>
    <message>
        <source>Hop %1: %2 → %3</source>
        <extracomment>a hop of a cross-net route: number, subnets, and how it travels</extracomment>
        <translation>第 %1 跳：%2 → %3</translation>
    </message>
    <message>
        <source>finality ≥ %1 height %2</source>
        <translation>最终性 ≥ %1 高度 %2</translation>
    </message>
    <message>
        <source>Arrival and receipt</source>
        <translation>到达与回执</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::MessagesPanel</name>
    <message>
        <source>Messages sent from, sent to or passing through this subnet</source>
        <translation>从此子网发出、发往此子网或经过此子网的消息</translation>
    </message>
    <message>
        <source>account 0x… or t410f…</source>
        <translation>账户 0x… 或 t410f…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>任意阶段</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>Show &amp;receipts</source>
        <translation>显示回执(&amp;R)</translation>
    </message>
    <message>
        <source>List the Result messages that carry each receipt back too</source>
        <translation>同时列出携带回执返回的 Result 消息</translation>
    </message>
    <message>
        <source>S&amp;ubnet</source>
        <translation>子网(&amp;U)</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>账户(&amp;O)</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>阶段(&amp;G)</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>未选择消息</translation>
    </message>
    <message>
        <source>Pick a message to follow it hop by hop.</source>
        <translation>选择一条消息以逐跳跟踪。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>messages shown by the filters, of all messages</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>All subnets</source>
        <translation>所有子网</translation>
    </message>
</context>
<context>
    <name>ipc::ui::NewHierarchyDialog</name>
    <message>
        <source>New Hierarchy</source>
        <translation>新建层级</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>the OK button of New Hierarchy: starts the hierarchy</extracomment>
        <translation>启动(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ipc::ui::PasswordDialog</name>
    <message>
        <source>Set Wallet Password</source>
        <translation>设置钱包密码</translation>
    </message>
    <message>
        <source>Imported keys are then kept only encrypted under this password; the wallet opens locked next time. Accounts of the workspace's own mnemonic stay usable.</source>
        <translation>此后导入的密钥仅以此密码加密保存；下次钱包将以锁定状态打开。工作区自身助记词的账户仍可使用。</translation>
    </message>
    <message>
        <source>Unlock Wallet</source>
        <translation>解锁钱包</translation>
    </message>
    <message>
        <source>The wallet password opens the imported keys for this session.</source>
        <translation>钱包密码将在本次会话中解锁导入的密钥。</translation>
    </message>
    <message>
        <source>Change Wallet Password</source>
        <translation>更改钱包密码</translation>
    </message>
    <message>
        <source>Remove Wallet Password</source>
        <translation>移除钱包密码</translation>
    </message>
    <message>
        <source>Imported keys are then stored unencrypted.</source>
        <translation>此后导入的密钥将以未加密方式存储。</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>确认(&amp;F)</translation>
    </message>
    <message>
        <source>Enter the wallet password.</source>
        <translation>请输入钱包密码。</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>请设置密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
</context>
<context>
    <name>ipc::ui::RouteDiagram</name>
    <message>
        <source>Pick both ends to see the route.</source>
        <translation>选择两端以查看路由。</translation>
    </message>
    <message>
        <source>checkpoint ≈ %1</source>
        <extracomment>on the review page's route diagram: what carries a hop and its expected time</extracomment>
        <translation>检查点 ≈ %1</translation>
    </message>
    <message>
        <source>finality ≈ %1</source>
        <translation>最终性 ≈ %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SearchBox</name>
    <message>
        <source>Block, tx, address, subnet… (Ctrl+K)</source>
        <translation>区块、交易、地址、子网…（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search the running hierarchy: a block number (in the selected subnet), "checkpoint 20", a transaction hash or tracing id (0x + 64 hex), an address (0x… or t410f…) or a subnet id (/r31337/…)</source>
        <translation>搜索运行中的层级：区块号（在所选子网中）、“checkpoint 20”、交易哈希或追踪 ID（0x + 64 位十六进制）、地址（0x… 或 t410f…）或子网 ID（/r31337/…）</translation>
    </message>
    <message>
        <source>No hierarchy is running: start one to search it</source>
        <translation>没有运行中的层级：请先启动一个再搜索</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SendDialog</name>
    <message>
        <source>Send FIL</source>
        <translation>发送 FIL</translation>
    </message>
    <message>
        <source>Pay an address on the same subnet. To move FIL to another subnet use Transfer (Ctrl+T).</source>
        <translation>向同一子网上的地址付款。要将 FIL 转到其他子网，请使用转账（Ctrl+T）。</translation>
    </message>
    <message>
        <source>0x… or t410f…</source>
        <translation>0x… 或 t410f…</translation>
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation>FIL，例如 1.5</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ubnet</source>
        <translation>子网(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>来源(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>目标(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation>金额（FIL）(&amp;A)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>about %1 (%2 gas at the base fee; at most %3)</source>
        <translation>约 %1（按基础费用计 %2 Gas；最多 %3）</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>The wallet has no accounts to send from.</source>
        <translation>钱包中没有可用于发送的账户。</translation>
    </message>
    <message>
        <source>Reading the fee…</source>
        <translation>正在读取手续费…</translation>
    </message>
    <message>
        <source>Not enough FIL on %1: the account holds %2 and the fee may take up to %3.</source>
        <translation>%1 上的 FIL 不足：账户持有 %2，手续费最多可能为 %3。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SubnetActions</name>
    <message>
        <source>&amp;Create Child Subnet…</source>
        <translation>创建子网(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a subnet under the selected one</source>
        <translation>在所选子网下创建子网</translation>
    </message>
    <message>
        <source>&amp;Fund…</source>
        <translation>注资(&amp;F)…</translation>
    </message>
    <message>
        <source>Send FIL from the parent into the selected subnet</source>
        <translation>从父网向所选子网发送 FIL</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>释放(&amp;R)…</translation>
    </message>
    <message>
        <source>Send FIL from the selected subnet back to its parent</source>
        <translation>从所选子网将 FIL 发回其父网</translation>
    </message>
    <message>
        <source>Open &amp;RPC URL</source>
        <translation>打开 RPC 地址(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected subnet's JSON-RPC endpoint</source>
        <translation>打开所选子网的 JSON-RPC 端点</translation>
    </message>
    <message>
        <source>Copy Subnet &amp;Id</source>
        <translation>复制子网 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy the selected subnet's id to the clipboard</source>
        <translation>将所选子网的 ID 复制到剪贴板</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>No JSON-RPC server serves this subnet</source>
        <translation>没有 JSON-RPC 服务器为此子网提供服务</translation>
    </message>
    <message>
        <source>&amp;Fund %1…</source>
        <translation>为 %1 注资(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Release from %1…</source>
        <translation>从 %1 释放(&amp;R)…</translation>
    </message>
    <message>
        <source>The root has no parent to move FIL from or to</source>
        <translation>根网没有父网，无法与之互转 FIL</translation>
    </message>
    <message>
        <source>Created %1 (%2); it starts once its validators join</source>
        <translation>已创建 %1（%2）；其验证者加入后即启动</translation>
    </message>
    <message>
        <source>Funding %1 with %2 FIL: %3</source>
        <translation>正在为 %1 注资 %2 FIL：%3</translation>
    </message>
    <message>
        <source>Releasing %1 FIL from %2: %3</source>
        <translation>正在从 %2 释放 %1 FIL：%3</translation>
    </message>
    <message>
        <source>No JSON-RPC server serves %1</source>
        <translation>没有 JSON-RPC 服务器为 %1 提供服务</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>&amp;Join as Validator…</source>
        <translation>以验证者身份加入(&amp;J)…</translation>
    </message>
    <message>
        <source>Lock collateral and validate the selected subnet</source>
        <translation>锁定抵押并验证所选子网</translation>
    </message>
    <message>
        <source>&amp;Stake…</source>
        <translation>追加质押(&amp;S)…</translation>
    </message>
    <message>
        <source>Add collateral as a validator of the selected subnet</source>
        <translation>以所选子网验证者的身份追加抵押</translation>
    </message>
    <message>
        <source>U&amp;nstake…</source>
        <translation>减少质押(&amp;N)…</translation>
    </message>
    <message>
        <source>Take back part of a validator's collateral</source>
        <translation>取回验证者的部分抵押</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>退出(&amp;L)…</translation>
    </message>
    <message>
        <source>Stop validating the selected subnet</source>
        <translation>停止验证所选子网</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>终止(&amp;K)…</translation>
    </message>
    <message>
        <source>End the selected subnet for good (its owner, once no collateral is left)</source>
        <translation>永久终止所选子网（由其所有者执行，且须已无抵押）</translation>
    </message>
    <message>
        <source>The root has no validators to join or leave</source>
        <translation>根网没有可加入或退出的验证者集合</translation>
    </message>
    <message>
        <source>Join sent to %1's subnet actor: %2</source>
        <translation>加入请求已发送到 %1 的子网 Actor：%2</translation>
    </message>
    <message>
        <source>Stake sent to %1's subnet actor: %2</source>
        <translation>追加质押请求已发送到 %1 的子网 Actor：%2</translation>
    </message>
    <message>
        <source>Unstake sent to %1's subnet actor: %2</source>
        <translation>减少质押请求已发送到 %1 的子网 Actor：%2</translation>
    </message>
    <message>
        <source>Leave sent to %1's subnet actor: %2</source>
        <translation>退出请求已发送到 %1 的子网 Actor：%2</translation>
    </message>
    <message>
        <source>Kill sent to %1's subnet actor: %2</source>
        <translation>终止请求已发送到 %1 的子网 Actor：%2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source> (the receipt on the parent's Transactions page says whether the actor accepted it)</source>
        <translation>（父网交易页面上的回执会显示 Actor 是否接受）</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SubnetFormat</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>halted</source>
        <translation>已停机</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SubnetPages</name>
    <message>
        <source>Log %1</source>
        <translation>日志 %1</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>主题 %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n 字节</numerusform></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>区块(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>交易(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Validators</source>
        <translation>验证者(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Checkpoints</source>
        <translation>检查点(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>消息(&amp;M)</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <extracomment>keyboard shortcut of a subnet page tab</extracomment>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Subnet id</source>
        <translation>子网 ID</translation>
    </message>
    <message>
        <source>Copy the subnet id</source>
        <translation>复制子网 ID</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>RPC 地址</translation>
    </message>
    <message>
        <source>Copy the RPC URL</source>
        <translation>复制 RPC 地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Subnet actor</source>
        <translation>子网 Actor</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>链 ID</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父网</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Checkpoint period</source>
        <translation>检查点周期</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>多数</translation>
    </message>
    <message>
        <source>Min. validators</source>
        <translation>最少验证者数</translation>
    </message>
    <message>
        <source>Min. activation collateral</source>
        <translation>最低激活抵押</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>出块时间</translation>
    </message>
    <message>
        <source>Messages per batch</source>
        <translation>每批消息数</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Circulating supply</source>
        <translation>流通量</translation>
    </message>
    <message>
        <source>Supply here</source>
        <translation>本链供应量</translation>
    </message>
    <message>
        <source>Top-down nonce</source>
        <translation>自上而下 nonce</translation>
    </message>
    <message>
        <source>Bottom-up nonce</source>
        <translation>自下而上 nonce</translation>
    </message>
    <message>
        <source>Parent finality</source>
        <translation>父网最终性</translation>
    </message>
    <message>
        <source>Checkpoints and validators</source>
        <translation>检查点与验证者</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>最近检查点</translation>
    </message>
    <message>
        <source>Accepted by parent</source>
        <translation>父网已接受</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>Relayer</source>
        <translation>中继器</translation>
    </message>
    <message>
        <source>&amp;Follow tip</source>
        <translation>跟随最新(&amp;F)</translation>
    </message>
    <message>
        <source>List new blocks as they come; off keeps the list still</source>
        <translation>新区块到达时即列出；关闭则列表保持不动</translation>
    </message>
    <message>
        <source>Copy Block Hash</source>
        <translation>复制区块哈希</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>F&amp;ollow tip</source>
        <translation>跟随最新(&amp;O)</translation>
    </message>
    <message>
        <source>List new transactions as they come</source>
        <translation>新交易到达时即列出</translation>
    </message>
    <message>
        <source>Copy Transaction Hash</source>
        <translation>复制交易哈希</translation>
    </message>
    <message>
        <source>&amp;Relayer on</source>
        <translation>中继器开启(&amp;R)</translation>
    </message>
    <message>
        <source>The relayer submits this subnet's checkpoints to its parent; off stops them there</source>
        <translation>中继器将此子网的检查点提交给父网；关闭则检查点停留在此</translation>
    </message>
    <message>
        <source>Uncheck Online to take a validator offline: with less than two thirds of the power online the subnet halts.</source>
        <translation>取消勾选“在线”可让验证者下线：在线投票权不足三分之二时子网将停机。</translation>
    </message>
    <message>
        <source>Copy Checkpoint Hash</source>
        <translation>复制检查点哈希</translation>
    </message>
    <message>
        <source>Select a checkpoint to inspect it.</source>
        <translation>选择一个检查点以查看详情。</translation>
    </message>
    <message>
        <source>Open in &amp;Parent</source>
        <translation>在父网中打开(&amp;P)</translation>
    </message>
    <message>
        <source>Show the parent block where this checkpoint was executed</source>
        <translation>显示执行该检查点的父网区块</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Virtual time</source>
        <translation>虚拟时间</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Copy Tracing Id</source>
        <translation>复制追踪 ID</translation>
    </message>
    <message>
        <source>Select a block to see its header and commit signatures.</source>
        <translation>选择一个区块以查看其区块头和提交签名。</translation>
    </message>
    <message>
        <source>Select a transaction to see its receipt and logs.</source>
        <translation>选择一笔交易以查看其回执和日志。</translation>
    </message>
    <message>
        <source>Select a message to see its route and trace.</source>
        <translation>选择一条消息以查看其路由和追踪。</translation>
    </message>
    <message>
        <source>Select a subnet in the tree or the graph.</source>
        <translation>在树或图中选择一个子网。</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>Status: &lt;b style="color:%1"&gt;%2&lt;/b&gt; · %3 of %4 validators online · height %5</source>
        <translation>状态：&lt;b style="color:%1"&gt;%2&lt;/b&gt; · %4 个验证者中 %3 个在线 · 高度 %5</translation>
    </message>
    <message>
        <source>none (the root)</source>
        <translation>无（根网）</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation><numerusform>%n 个区块</numerusform></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>majority: the share of validator weight a checkpoint needs, e.g. "67%"</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>n/a (the root)</source>
        <extracomment>the relayer submits checkpoints ("on") or is stopped ("off")</extracomment>
        <translation>不适用（根网）</translation>
    </message>
    <message>
        <source>%1 sent · %2 applied</source>
        <extracomment>top-down nonce: messages the parent sent down, and those this subnet applied</extracomment>
        <translation>已发送 %1 · 已应用 %2</translation>
    </message>
    <message>
        <source>height %1 · %2</source>
        <extracomment>parent finality: the parent's height and the start of its block hash</extracomment>
        <translation>高度 %1 · %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>height %1 · %2 · %3 cut so far</source>
        <extracomment>last checkpoint: its height, its stage, and how many the subnet cut in all</extracomment>
        <translation>高度 %1 · %2 · 迄今已生成 %3 个</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%2 个中 %1 个在线</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Parent hash</source>
        <translation>父区块哈希</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提议者</translation>
    </message>
    <message>
        <source>State root</source>
        <translation>状态根</translation>
    </message>
    <message>
        <source>Transactions root</source>
        <translation>交易根</translation>
    </message>
    <message>
        <source>Receipts root</source>
        <translation>回执根</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>基础费用</translation>
    </message>
    <message>
        <source>Gas used / limit</source>
        <translation>已用 Gas / 上限</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>System events</source>
        <translation>系统事件</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Commit signatures</source>
        <translation>提交签名</translation>
    </message>
    <message>
        <source>✓ verified · power %1</source>
        <translation>✓ 已验证 · 投票权 %1</translation>
    </message>
    <message>
        <source>✗ not verified · power %1</source>
        <translation>✗ 未验证 · 投票权 %1</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>%1 (index %2)</source>
        <translation>%1（索引 %2）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>contract creation</source>
        <translation>合约创建</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Gas limit</source>
        <translation>Gas 上限</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>已用 Gas</translation>
    </message>
    <message>
        <source>Effective gas price</source>
        <translation>实际 Gas 价格</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>system (no fee)</source>
        <translation>系统（无手续费）</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Checkpoint at height %1 · %2</source>
        <translation>高度 %1 的检查点 · %2</translation>
    </message>
    <message>
        <source>signed %1 of threshold %2 (total %3)</source>
        <extracomment>quorum progress: signed weight of the threshold, and of the total</extracomment>
        <translation>已签名 %1，阈值 %2（总计 %3）</translation>
    </message>
    <message>
        <source>cut</source>
        <extracomment>checkpoint stage: the subnet cut (made) the checkpoint at this height</extracomment>
        <translation>已生成</translation>
    </message>
    <message>
        <source>submitted to parent</source>
        <translation>已提交到父网</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>签名中</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>the height the first signature arrived at</extracomment>
        <translation>自 %1 起</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation><numerusform>%n 个签名</numerusform></translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ 已验证</translation>
    </message>
    <message>
        <source>✗ invalid</source>
        <translation>✗ 无效</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>区块高度</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>区块哈希</translation>
    </message>
    <message>
        <source>Next configuration</source>
        <translation>下一配置</translation>
    </message>
    <message>
        <source>Active validators</source>
        <translation>活跃验证者</translation>
    </message>
    <message>
        <source>Blocks committed</source>
        <translation>已提交区块</translation>
    </message>
    <message>
        <source>Data root commitment</source>
        <translation>数据根承诺</translation>
    </message>
    <message>
        <source>ABI hash</source>
        <extracomment>keccak256 of the ABI-encoded checkpoint, what validators sign</extracomment>
        <translation>ABI 哈希</translation>
    </message>
    <message>
        <source>Hash check</source>
        <translation>哈希校验</translation>
    </message>
    <message>
        <source>✓ recomputed from the fields above</source>
        <translation>✓ 已根据上述字段重新计算</translation>
    </message>
    <message>
        <source>✗ differs from the fields above</source>
        <translation>✗ 与上述字段不一致</translation>
    </message>
    <message>
        <source>%1 signed · threshold %2 · total %3</source>
        <translation>已签名 %1 · 阈值 %2 · 总计 %3</translation>
    </message>
    <message>
        <source>Relayer transaction</source>
        <translation>中继器交易</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>成员</translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s)</source>
        <translation><numerusform>%n 个验证者</numerusform></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>Membership change</source>
        <translation>成员变更</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>joined with weight %1</source>
        <translation>以权重 %1 加入</translation>
    </message>
    <message>
        <source>left (weight %1)</source>
        <translation>已退出（权重 %1）</translation>
    </message>
    <message>
        <source>weight %1 → %2</source>
        <translation>权重 %1 → %2</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Tracing id</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>a receipt message: the tracing id of the message it answers</extracomment>
        <translation>答复</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>追踪</translation>
    </message>
    <message>
        <source>%1 at height %2 · %3</source>
        <translation>%1 高度 %2 · %3</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>Data (%n byte(s))</source>
        <translation><numerusform>数据（%n 字节）</numerusform></translation>
    </message>
    <message>
        <source>Co&amp;ntracts</source>
        <extracomment>tab listing the contracts deployed on the subnet</extracomment>
        <translation>合约(&amp;N)</translation>
    </message>
    <message>
        <source>Copy Contract Address</source>
        <translation>复制合约地址</translation>
    </message>
    <message>
        <source>Created contract</source>
        <translation>创建的合约</translation>
    </message>
    <message>
        <source>console.log</source>
        <extracomment>The section of Hardhat's console.log output: a function name, keep it as it is</extracomment>
        <translation>console.log</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>a cross-net call: the contract method it calls (its 4-byte selector)</extracomment>
        <translation>方法</translation>
    </message>
    <message>
        <source>Params</source>
        <extracomment>a cross-net call: its ABI-encoded arguments, in hex</extracomment>
        <translation>参数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>a Result message: how the call it answers went (Ok, ActorErr, SystemErr)</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <source>Return data</source>
        <extracomment>a Result message: the data the called contract returned (or its revert data)</extracomment>
        <translation>返回数据</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>a Result message: the call's revert in words</extracomment>
        <translation>回滚</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Call trace</source>
        <translation>调用追踪</translation>
    </message>
    <message>
        <source>running it again…</source>
        <translation>正在重新运行…</translation>
    </message>
    <message>
        <source>Contracts on this subnet, newest first: deployed by a transaction or made by a factory contract (CREATE, CREATE2). Select one to read, call or send to it; double-click it to open the transaction that created it.</source>
        <translation>此子网上的合约，最新的在前：由交易部署，或由工厂合约创建（CREATE、CREATE2）。选择一个可读取、调用或向其发送交易；双击可打开创建它的交易。</translation>
    </message>
    <message>
        <source>Emitter</source>
        <translation>发出者</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>one frame of a call trace: the call type (CALL, STATICCALL, ...) and what it called</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>gas %1 of %2</source>
        <extracomment>the gas one call of a trace used, of the gas it was given</extracomment>
        <translation>gas %1 / %2</translation>
    </message>
    <message>
        <source>log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SubnetSummary</name>
    <message>
        <source>Select a subnet in the tree or the graph to see its details.</source>
        <translation>在树或图中选择一个子网以查看详情。</translation>
    </message>
    <message>
        <source>The subnet id; select it to copy</source>
        <translation>子网 ID；选中即可复制</translation>
    </message>
    <message>
        <source>Subnet id</source>
        <translation>子网 ID</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>链 ID</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父网</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>出块时间</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Parent finality</source>
        <translation>父网最终性</translation>
    </message>
    <message>
        <source>Relayer</source>
        <translation>中继器</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation>内存池</translation>
    </message>
    <message>
        <source>Circulating supply</source>
        <translation>流通量</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>summary title: subnet name and its status, e.g. "alpha · running"</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>— (the root)</source>
        <translation>—（根网）</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%2 个中 %1 个在线</translation>
    </message>
    <message>
        <source>every %1 · cut %2 · accepted %3</source>
        <extracomment>checkpoint period, last height cut here, last height the parent accepted</extracomment>
        <translation>每 %1 · 已生成 %2 · 已接受 %3</translation>
    </message>
    <message>
        <source>A checkpoint every %1 blocks; the last was cut at height %2 and the parent accepted checkpoints up to height %3</source>
        <translation>每 %1 个区块一个检查点；最近一个在高度 %2 生成，父网已接受截至高度 %3 的检查点</translation>
    </message>
    <message>
        <source>parent height %1</source>
        <translation>父网高度 %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>— (the root has no parent)</source>
        <translation>—（根网没有父网）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 笔交易</translation>
    </message>
    <message>
        <source>n/a (the root)</source>
        <translation>不适用（根）</translation>
    </message>
</context>
<context>
    <name>ipc::ui::Templates</name>
    <message>
        <source>Root and one subnet with 4 validators</source>
        <translation>根网和一个带 4 个验证者的子网</translation>
    </message>
    <message>
        <source>Root and two sibling subnets with 4 validators each</source>
        <translation>根网和两个同级子网，各带 4 个验证者</translation>
    </message>
    <message>
        <source>Root, two subnets and four grandchildren (7 chains)</source>
        <translation>根网、两个子网和四个孙子网（7 条链）</translation>
    </message>
    <message>
        <source>Root and one subnet with 4 validators and a short checkpoint period (5 blocks)</source>
        <translation>根网和一个带 4 个验证者、检查点周期较短（5 个区块）的子网</translation>
    </message>
    <message>
        <source>Cross-net example dApp (counter, ping-pong, token bridge) on root, a subnet and a grandchild</source>
        <translation>跨网示例 dApp（计数器、乒乓、代币桥），部署在根网、一个子网和一个孙子网上</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransactionTableModel</name>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>已用 Gas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>contract creation</source>
        <translation>合约创建</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>ok (system)</source>
        <extracomment>a transaction validators or relayers send for IPC, without a fee</extracomment>
        <translation>成功（系统）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>contract creation → %1</source>
        <extracomment>the To cell of a transaction that deployed a contract: the contract's address</extracomment>
        <translation>合约创建 → %1</translation>
    </message>
    <message>
        <source>Created contract %1</source>
        <translation>创建的合约 %1</translation>
    </message>
    <message>
        <source>A contract creation that failed: no contract was made</source>
        <translation>合约创建失败：未创建任何合约</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>the To cell of a call to a known contract: its name and short address</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferAmountPage</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>How much FIL to move (up to 18 decimals).</source>
        <translation>要转移多少 FIL（最多 18 位小数）。</translation>
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation>FIL，例如 1.5</translation>
    </message>
    <message>
        <source>&amp;Max</source>
        <translation>最大(&amp;M)</translation>
    </message>
    <message>
        <source>Everything the account can move: its balance after the fee</source>
        <translation>该账户可转移的全部金额：扣除手续费后的余额</translation>
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation>金额（FIL）(&amp;A)</translation>
    </message>
    <message>
        <source>Available on %1: %2.</source>
        <translation>%1 上可用：%2。</translation>
    </message>
    <message>
        <source>Fee on %1: about %2 (at most %3). The hops after it charge nothing.</source>
        <translation>%1 上的手续费：约 %2（最多 %3）。之后的各跳不收费。</translation>
    </message>
    <message>
        <source>Fee: %1 expected, %2 at most</source>
        <translation>手续费：预计 %1，最多 %2</translation>
    </message>
    <message>
        <source>Moving up out of %1 is limited to what circulates there: %2.</source>
        <translation>从 %1 向上转出的金额不能超过其流通量：%2。</translation>
    </message>
    <message>
        <source>The receiver holds %1 on %2 now, %3 once this arrives.</source>
        <translation>接收方当前在 %2 持有 %1，到账后为 %3。</translation>
    </message>
    <message>
        <source>The receiver holds %1 on %2 now.</source>
        <translation>接收方当前在 %2 持有 %1。</translation>
    </message>
    <message>
        <source>Reading the balance and the fee…</source>
        <translation>正在读取余额和手续费…</translation>
    </message>
    <message>
        <source>That is more than the account can send from %1: it holds %2 and the fee may take up to %3, so at most %4.</source>
        <translation>超出了该账户能从 %1 发送的金额：它持有 %2，手续费最多可能为 %3，因此最多可发送 %4。</translation>
    </message>
    <message>
        <source>Too much for a move up: %1 has only %2 in circulation (what its parent locked for it), and a transfer up can never take out more than that.</source>
        <translation>向上转移的金额过多：%1 的流通量只有 %2（即其父网为其锁定的金额），向上转账绝不能超过这个数。</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferFromPage</name>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where the FIL is now: the subnet and the account that sends it.</source>
        <translation>FIL 当前所在位置：发送它的子网和账户。</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>This account holds</source>
        <translation>此账户持有</translation>
    </message>
    <message>
        <source>Click a subnet to send from there</source>
        <translation>点击子网以从该处发送</translation>
    </message>
    <message>
        <source>&amp;Subnet</source>
        <translation>子网(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>The account on every subnet:</source>
        <translation>该账户在各子网上：</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上 %1</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>No hierarchy is running.</source>
        <translation>没有正在运行的层级。</translation>
    </message>
    <message>
        <source>The wallet has no accounts: add one in the Wallet (Ctrl+Shift+W).</source>
        <translation>钱包中没有账户：请在钱包中添加（Ctrl+Shift+W）。</translation>
    </message>
    <message>
        <source>Reading balances…</source>
        <translation>正在读取余额…</translation>
    </message>
    <message>
        <source>This account's key is locked by the wallet password: unlock the wallet first (Wallet › Unlock).</source>
        <translation>此账户的密钥已被钱包密码锁定：请先解锁钱包（钱包 › 解锁）。</translation>
    </message>
    <message>
        <source>This account holds nothing on %1. Pick another account or subnet, or top the account up on the root (Wallet › Top Up From Faucet).</source>
        <translation>此账户在 %1 上没有余额。请选择其他账户或子网，或在根网上为账户充值（钱包 › 从水龙头充值）。</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferReviewPage</name>
    <message>
        <source>Review</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>The route your FIL takes, what happens at each hop and how long it should take at the current block times.</source>
        <translation>你的 FIL 所走的路由、每一跳发生的事情，以及按当前出块时间预计需要多久。</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>跳</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>The route could not be worked out: go back and check both ends.</source>
        <translation>无法确定路由：请返回并检查两端。</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>Receipt back</source>
        <translation>回执返回</translation>
    </message>
    <message>
        <source>the same way back, as IPC's Result message</source>
        <translation>按原路返回，作为 IPC 的 Result 消息</translation>
    </message>
    <message>
        <source>%1 sends a receipt (IPC's Result message) back to %2 the same way in reverse; it confirms the transfer, or returns the value if it was rejected.</source>
        <translation>%1 会沿原路反向向 %2 发送回执（IPC 的 Result 消息）；它确认转账，若被拒绝则退回金额。</translation>
    </message>
    <message>
        <source>It is one hop down: IPC's fund on %1's gateway.</source>
        <translation>这是向下的一跳：在 %1 的网关上执行 IPC 的 fund。</translation>
    </message>
    <message>
        <source>It is one hop up: IPC's release on %1's gateway.</source>
        <translation>这是向上的一跳：在 %1 的网关上执行 IPC 的 release。</translation>
    </message>
    <message>
        <source>It travels as one cross-net message routed down through the gateways; you sign once, on %1.</source>
        <translation>它作为一条跨网消息经由各网关向下路由；你只需在 %1 上签名一次。</translation>
    </message>
    <message>
        <source>It travels as one cross-net message routed up through the gateways, checkpoint by checkpoint; you sign once, on %1.</source>
        <translation>它作为一条跨网消息经由各网关向上路由，逐个检查点传递；你只需在 %1 上签名一次。</translation>
    </message>
    <message>
        <source>It travels as one cross-net message routed through the gateways, up to %1 (the common ancestor) and then down; you sign once, on %2.</source>
        <translation>它作为一条跨网消息经由各网关路由，先上行到 %1（共同祖先）再下行；你只需在 %2 上签名一次。</translation>
    </message>
    <message>
        <source>Fee on %1: about %2.</source>
        <translation>%1 上的手续费：约 %2。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Send %1&lt;/b&gt; from %2 on &lt;b&gt;%3&lt;/b&gt; to %4 on &lt;b&gt;%5&lt;/b&gt;. %6 %n hop(s), expected %7; the receipt follows about %8 later. %9 The subnets on the way charge nothing and need no FIL from you: cross-net messages carry no fee.</source>
        <translation><numerusform>&lt;b&gt;发送 %1&lt;/b&gt;：从 &lt;b&gt;%3&lt;/b&gt; 上的 %2 到 &lt;b&gt;%5&lt;/b&gt; 上的 %4。%6 共 %n 跳，预计 %7；回执约在 %8 后到达。%9 途经的子网不收费，也不需要你的 FIL：跨网消息不收取手续费。</numerusform></translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferToPage</name>
    <message>
        <source>To</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Pick the destination subnet in the hierarchy and who receives the FIL.</source>
        <translation>在层级中选择目标子网以及 FIL 的接收方。</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>0x… or t410f… (paste any address)</source>
        <translation>0x… 或 t410f…（可粘贴任意地址）</translation>
    </message>
    <message>
        <source>or pick one of your accounts…</source>
        <translation>或选择你的一个账户…</translation>
    </message>
    <message>
        <source>&amp;Destination subnet</source>
        <translation>目标子网(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>接收方(&amp;R)</translation>
    </message>
    <message>
        <source>(sending from here)</source>
        <translation>（从此处发送）</translation>
    </message>
    <message>
        <source>Receiver: %1  =  %2</source>
        <extracomment>both spellings of the receiving address</extracomment>
        <translation>接收方：%1  =  %2</translation>
    </message>
    <message>
        <source>Pick the destination subnet in the tree.</source>
        <translation>在树中选择目标子网。</translation>
    </message>
    <message>
        <source>That is the subnet the FIL is on now. Pick another subnet, or use Send in the Wallet to pay someone on the same subnet.</source>
        <translation>FIL 当前就在这个子网上。请选择其他子网，或使用钱包中的“发送”向同一子网上的人付款。</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferTrackPage</name>
    <message>
        <source>Submit and Track</source>
        <translation>提交并跟踪</translation>
    </message>
    <message>
        <source>Every step of every hop as it happens. You can close this window: the Messages view keeps following the transfer.</source>
        <translation>实时显示每一跳的每个步骤。你可以关闭此窗口：消息视图会继续跟踪这笔转账。</translation>
    </message>
    <message>
        <source>Show in &amp;Messages</source>
        <translation>在消息中显示(&amp;M)</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Signing with the wallet and handing the transaction to %1.</source>
        <translation>正在用钱包签名并将交易交给 %1。</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>The transaction was refused and nothing moved: %1</source>
        <translation>交易被拒绝，没有任何资金转移：%1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferWizard</name>
    <message>
        <source>Transfer Between Subnets</source>
        <translation>子网间转账</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>the commit button of the transfer wizard's review page</extracomment>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ValidatorDialog</name>
    <message>
        <source>Join %1 as Validator</source>
        <translation>以验证者身份加入 %1</translation>
    </message>
    <message>
        <source>The account locks collateral in %1's subnet actor on %2 and registers its public key. It starts validating %1 once a checkpoint confirms the change (or at once while %1 is still gathering its first validators).</source>
        <translation>该账户在 %2 上 %1 的子网 Actor 中锁定抵押并登记其公钥。检查点确认此变更后即开始验证 %1（若 %1 仍在召集首批验证者，则立即开始）。</translation>
    </message>
    <message>
        <source>Stake More in %1</source>
        <translation>在 %1 追加质押</translation>
    </message>
    <message>
        <source>A validator of %1 adds collateral on %2; its power grows once a checkpoint confirms the change.</source>
        <translation>%1 的验证者在 %2 上追加抵押；检查点确认此变更后，其投票权随之增加。</translation>
    </message>
    <message>
        <source>Unstake from %1</source>
        <translation>从 %1 减少质押</translation>
    </message>
    <message>
        <source>A validator of %1 takes back part of its collateral; it is released on %2 once a checkpoint confirms the change.</source>
        <translation>%1 的验证者取回部分抵押；检查点确认此变更后，抵押将在 %2 上释放。</translation>
    </message>
    <message>
        <source>Leave %1</source>
        <translation>退出 %1</translation>
    </message>
    <message>
        <source>The validator stops validating %1. Its whole collateral is released on %2 once a checkpoint confirms it.</source>
        <translation>该验证者停止验证 %1。检查点确认后，其全部抵押将在 %2 上释放。</translation>
    </message>
    <message>
        <source>Kill %1</source>
        <translation>终止 %1</translation>
    </message>
    <message>
        <source>The subnet's owner ends %1 for good: the subnet actor on %2 refuses it while validators still have collateral in it. A killed subnet produces no more blocks.</source>
        <translation>子网所有者永久终止 %1：只要验证者仍有抵押在其中，%2 上的子网 Actor 就会拒绝此操作。已终止的子网不再产生区块。</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>所有者(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>FIL, up to 18 decimals</source>
        <translation>FIL，最多 18 位小数</translation>
    </message>
    <message>
        <source>A&amp;mount (FIL):</source>
        <translation>金额（FIL）(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Collateral (FIL):</source>
        <translation>抵押（FIL）(&amp;C)：</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>质押</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>解除质押</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 on the parent</source>
        <translation>%1 · %2 · 父网上 %3</translation>
    </message>
    <message>
        <source>Waiting for the wallet's accounts…</source>
        <translation>正在等待钱包账户…</translation>
    </message>
    <message>
        <source>Enter an amount in FIL.</source>
        <translation>请输入以 FIL 计的金额。</translation>
    </message>
    <message>
        <source>Not an amount: %1</source>
        <translation>不是有效金额：%1</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The account holds only %1 on the parent.</source>
        <translation>该账户在父网上只有 %1。</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ValidatorTableModel</name>
    <message>
        <source>Validator</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>投票权</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>抵押</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Blocks proposed</source>
        <translation>提议区块数</translation>
    </message>
    <message>
        <source>Signatures given</source>
        <extracomment>checkpoint signatures the validator gave</extracomment>
        <translation>已给出签名</translation>
    </message>
    <message>
        <source>Online: signs blocks and checkpoints. Uncheck to take it offline.</source>
        <translation>在线：签署区块和检查点。取消勾选可使其下线。</translation>
    </message>
    <message>
        <source>Offline: signs nothing. Check to bring it back.</source>
        <translation>离线：不签署任何内容。勾选可使其恢复。</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>ipc::ui::WalletModel</name>
    <message>
        <source>Balance on %1 (%2)</source>
        <translation>%1 上的余额（%2）</translation>
    </message>
    <message>
        <source>The default account: preselected as the sender</source>
        <translation>默认账户：预选为发送方</translation>
    </message>
    <message>
        <source>Transactions this account sent on the root</source>
        <translation>此账户在根网上发送的交易</translation>
    </message>
    <message>
        <source>★</source>
        <extracomment>column of the default-account mark</extracomment>
        <translation>★</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Filecoin form</source>
        <extracomment>the Filecoin (f4, delegated) form of an address</extracomment>
        <translation>Filecoin 形式</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Locked: unlock the wallet with its password to sign with this key</source>
        <translation>已锁定：用钱包密码解锁后才能用此密钥签名</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 on %2 · nonce %3</source>
        <extracomment>tooltip of a wallet balance: the exact amount and the nonce there</extracomment>
        <translation>%2 上 %1 · nonce %3</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <extracomment>an account whose key is locked by the wallet password</extracomment>
        <translation>%1（已锁定）</translation>
    </message>
</context>
<context>
    <name>ipc::ui::WalletPanel</name>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Add the next account of the workspace's mnemonic</source>
        <translation>添加工作区助记词的下一个账户</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a private key, a keystore file or a mnemonic account</source>
        <translation>导入私钥、keystore 文件或助记词账户</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the selected account's key (hex, keystore file, ipc-cli)</source>
        <translation>导出所选账户的密钥（十六进制、keystore 文件、ipc-cli）</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Change the selected account's label</source>
        <translation>更改所选账户的标签</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected account from the wallet</source>
        <translation>从钱包中移除所选账户</translation>
    </message>
    <message>
        <source>Set &amp;Default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <source>Preselect the selected account as the sender</source>
        <translation>将所选账户预选为发送方</translation>
    </message>
    <message>
        <source>&amp;Copy 0x</source>
        <translation>复制 0x(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected account's 0x address</source>
        <translation>复制所选账户的 0x 地址</translation>
    </message>
    <message>
        <source>Copy &amp;t410</source>
        <translation>复制 t410(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the selected account's Filecoin (t410f…) address</source>
        <translation>复制所选账户的 Filecoin（t410f…）地址</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>发送(&amp;S)…</translation>
    </message>
    <message>
        <source>Send FIL to an address on the same subnet</source>
        <translation>向同一子网上的地址发送 FIL</translation>
    </message>
    <message>
        <source>&amp;Faucet</source>
        <translation>水龙头(&amp;F)</translation>
    </message>
    <message>
        <source>Top the selected account up with %1 FIL on the root from a prefunded account</source>
        <translation>从预充值账户为所选账户在根网上充值 %1 FIL</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>转账(&amp;T)…</translation>
    </message>
    <message>
        <source>Move FIL from the selected account to another subnet</source>
        <translation>将 FIL 从所选账户转到另一个子网</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Set, unlock or lock the wallet password</source>
        <translation>设置钱包密码、解锁或锁定钱包</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>更改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Wallet password changed</source>
        <translation>钱包密码已更改</translation>
    </message>
    <message>
        <source>&amp;Remove Password…</source>
        <translation>移除密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Wallet password removed: imported keys are stored unencrypted</source>
        <translation>钱包密码已移除：导入的密钥以未加密方式存储</translation>
    </message>
    <message>
        <source>Start a hierarchy to use the wallet.</source>
        <translation>启动一个层级以使用钱包。</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation><numerusform>%n 个账户</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>locked: %n imported key(s) wait for the password</source>
        <translation><numerusform>已锁定：%n 个导入的密钥等待密码</numerusform></translation>
    </message>
    <message>
        <source>unlocked; imported keys are stored encrypted</source>
        <translation>已解锁；导入的密钥以加密方式存储</translation>
    </message>
    <message>
        <source>double-click an address to copy it</source>
        <translation>双击地址即可复制</translation>
    </message>
    <message>
        <source>New account %1: it holds nothing yet; the faucet (Ctrl+U) tops it up</source>
        <translation>新账户 %1：目前没有余额；水龙头（Ctrl+U）可为其充值</translation>
    </message>
    <message>
        <source>No new account: %1</source>
        <translation>未创建新账户：%1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>Rename Account</source>
        <translation>重命名账户</translation>
    </message>
    <message>
        <source>Label of %1:</source>
        <translation>%1 的标签：</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>未重命名：%1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the wallet?</source>
        <translation>从钱包中移除 %1（%2）？</translation>
    </message>
    <message>
        <source>It comes from the workspace's mnemonic: New or an import of that mnemonic brings it back.</source>
        <translation>它来自工作区的助记词：使用“新建”或导入该助记词即可找回。</translation>
    </message>
    <message>
        <source>Its key is gone from this workspace afterwards: export it first if you still need it.</source>
        <translation>之后其密钥将从此工作区中消失：如仍需要，请先导出。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已移除 %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未移除：%1</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>未设置：%1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Sent: transaction %1 (it shows on the Transactions page once mined)</source>
        <translation>已发送：交易 %1（上链后会显示在交易页面）</translation>
    </message>
    <message>
        <source>The faucet could not pay: %1</source>
        <translation>水龙头无法付款：%1</translation>
    </message>
    <message>
        <source>Faucet: %1 FIL for %2 on the root arrive with the next root block</source>
        <translation>水龙头：%1 FIL 将随下一个根网区块到达根网上的 %2</translation>
    </message>
    <message>
        <source>Wallet locked: imported keys need the password again</source>
        <translation>钱包已锁定：导入的密钥需要再次输入密码</translation>
    </message>
    <message>
        <source>Wallet unlocked</source>
        <translation>钱包已解锁</translation>
    </message>
    <message>
        <source>Wallet password set: imported keys are stored encrypted</source>
        <translation>钱包密码已设置：导入的密钥以加密方式存储</translation>
    </message>
</context>
<context>
    <name>ipc::ui::WorkspaceDialog</name>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>上次打开</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>复制(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Open a workspace file from another folder</source>
        <translation>从其他文件夹打开工作区文件</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The workspaces folder cannot be read: %1</source>
        <translation>无法读取工作区文件夹：%1</translation>
    </message>
    <message>
        <source>Workspaces in %1</source>
        <translation>%1 中的工作区</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>It is running: open another workspace first.</source>
        <translation>它正在运行：请先打开其他工作区。</translation>
    </message>
    <message>
        <source>Cannot create "%1": %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>it is running; open another workspace first</source>
        <translation>它正在运行；请先打开其他工作区</translation>
    </message>
    <message>
        <source>Cannot rename "%1": %2</source>
        <translation>无法重命名“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot duplicate "%1": %2</source>
        <translation>无法复制“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot delete "%1": %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message>
        <source>"%1" is already running.</source>
        <translation>“%1”已在运行。</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Rename Workspace</source>
        <translation>重命名工作区</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Duplicate Workspace</source>
        <translation>复制工作区</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <extracomment>suggested name of a duplicated workspace; %1: the original's name</extracomment>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>删除工作区</translation>
    </message>
    <message>
        <source>Delete "%1" and everything in it (blocks, snapshots, keys)? This cannot be undone.</source>
        <translation>删除“%1”及其全部内容（区块、快照、密钥）？此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Open Workspace File</source>
        <translation>打开工作区文件</translation>
    </message>
    <message>
        <source>IPC Studio workspaces (*.ipcws);;All files (*)</source>
        <translation>IPC Studio 工作区 (*.ipcws);;所有文件 (*)</translation>
    </message>
    <message>
        <source>e.g. workshop-demo</source>
        <translation>例如 workshop-demo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IPC Studio: an IPC hierarchy on your desktop</source>
        <translation>IPC Studio：桌面上的 IPC 层级</translation>
    </message>
    <message>
        <source>Start a built-in template right away.</source>
        <translation>立即启动一个内置模板。</translation>
    </message>
    <message>
        <source>Open a workspace (a name or a file path); with --template, a new one starts that template.</source>
        <translation>打开工作区（名称或文件路径）；配合 --template 时，新工作区将启动该模板。</translation>
    </message>
    <message>
        <source>Serve the root's JSON-RPC on &lt;port&gt; and each subnet on the next ports (default 8545).</source>
        <translation>在 &lt;port&gt; 上提供根网的 JSON-RPC，各子网依次使用后续端口（默认 8545）。</translation>
    </message>
    <message>
        <source>Serve no JSON-RPC endpoints.</source>
        <translation>不提供任何 JSON-RPC 端点。</translation>
    </message>
    <message>
        <source>Run speed: 1, 10 or 100.</source>
        <translation>运行速度：1、10 或 100。</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and exit.</source>
        <translation>将窗口截图保存到 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <source>With --screenshot: let the hierarchy run &lt;ms&gt; first.</source>
        <translation>配合 --screenshot：先让层级运行 &lt;ms&gt; 毫秒。</translation>
    </message>
    <message>
        <source>With --screenshot: the window size, e.g. 1440x900.</source>
        <translation>配合 --screenshot：窗口大小，例如 1440x900。</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the desktop's.</source>
        <translation>使用浅色或深色配色，而不是桌面的配色。</translation>
    </message>
    <message>
        <source>Use this language for this run: %1 (default: the one chosen in View › Language, else the system's).</source>
        <translation>本次运行使用此语言：%1（默认：视图 › 语言中所选的语言，否则使用系统语言）。</translation>
    </message>
    <message>
        <source>unknown language %1 (use %2)</source>
        <translation>未知语言 %1（可用：%2）</translation>
    </message>
    <message>
        <source>unknown theme %1 (use %2)</source>
        <translation>未知主题 %1（可用：%2）</translation>
    </message>
    <message>
        <source>--rpc-port wants a port number, got %1</source>
        <translation>--rpc-port 需要端口号，收到的是 %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ContractLinker</name>
    <message>
        <source>No project linked.</source>
        <translation>未关联项目。</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n contract(s) from %1</source>
        <translation><numerusform>已从 %1 关联 %n 个合约</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selector(s) shared by different signatures are left undecoded</source>
        <translation><numerusform>%n 个被不同签名共用的选择器未解码</numerusform></translation>
    </message>
</context>
<context>
    <name>ipc::ui::ContractPanel</name>
    <message>
        <source>Read &amp;as:</source>
        <extracomment>read the contract with the ABI of this contract of the linked project</extracomment>
        <translation>读取方式(&amp;A)：</translation>
    </message>
    <message>
        <source>The ABI the forms use: the contract whose code this is, or any contract of the linked project (a proxy, an interface)</source>
        <translation>表单使用的 ABI：此代码所属的合约，或关联项目中的任意合约（代理、接口）</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>调用(&amp;C)</translation>
    </message>
    <message>
        <source>Runs the function at the head, changing nothing (Ctrl+Return)</source>
        <translation>在链头运行该函数，不改变任何状态（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Value (FIL):</source>
        <translation>金额（FIL）：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发送方：</translation>
    </message>
    <message>
        <source>&amp;Send Transaction</source>
        <translation>发送交易(&amp;S)</translation>
    </message>
    <message>
        <source>Signs with the wallet account and sends it (Ctrl+Return)</source>
        <translation>用钱包账户签名并发送（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Show Transaction</source>
        <translation>显示交易</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>FIL sent with the call</source>
        <translation>随调用发送的 FIL</translation>
    </message>
    <message>
        <source>This function takes no value</source>
        <translation>此函数不接受金额</translation>
    </message>
    <message>
        <source>slot: a number or 0x and up to 64 hex digits</source>
        <translation>槽位：数字，或 0x 加最多 64 位十六进制数</translation>
    </message>
    <message>
        <source>&amp;Read Slot</source>
        <translation>读取槽位(&amp;R)</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>槽位：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>As a number:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Select a contract to read, call or send to it.</source>
        <translation>选择一个合约以读取、调用或向其发送交易。</translation>
    </message>
    <message>
        <source>No code at %1</source>
        <translation>%1 处没有代码</translation>
    </message>
    <message>
        <source>its own code's contract</source>
        <extracomment>the ABI of the contract whose code this is</extracomment>
        <translation>其代码所属的合约</translation>
    </message>
    <message>
        <source>Unknown contract</source>
        <translation>未知合约</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of code</source>
        <translation><numerusform>%n 字节代码</numerusform></translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation>余额 %1</translation>
    </message>
    <message>
        <source>No ABI is known for this code: link the project's build output with File › Link Contracts… to read and call it.</source>
        <translation>此代码没有已知的 ABI：通过 文件 › 关联合约… 关联项目的构建输出以读取和调用它。</translation>
    </message>
    <message>
        <source>No linked artifact has this code: choose the contract to read it as.</source>
        <translation>没有关联的构件包含此代码：请选择按哪个合约读取。</translation>
    </message>
    <message>
        <source>(returns nothing)</source>
        <translation>（无返回值）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Not sent: the wallet has no account to send from.</source>
        <translation>未发送：钱包中没有可用于发送的账户。</translation>
    </message>
    <message>
        <source>Signing and sending %1…</source>
        <translation>正在签名并发送 %1…</translation>
    </message>
    <message>
        <source>Sent %1, waiting for its block…</source>
        <translation>已发送 %1，等待其区块…</translation>
    </message>
    <message>
        <source>%1 succeeded in block %2, gas used %3</source>
        <translation>%1 在区块 %2 中成功，消耗 gas %3</translation>
    </message>
    <message>
        <source>%1 failed in block %2, gas used %3: %4</source>
        <translation>%1 在区块 %2 中失败，消耗 gas %3：%4</translation>
    </message>
    <message>
        <source>'%1' is not a slot: give a number or 0x and up to 64 hex digits</source>
        <translation>“%1”不是槽位：请输入数字，或 0x 加最多 64 位十六进制数</translation>
    </message>
</context>
<context>
    <name>ipc::ui::FunctionForm</name>
    <message>
        <source>argument %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation>无参数。</translation>
    </message>
</context>
</TS>