<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>MessageText</name>
    <message>
        <source>submitted</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>included in a block</source>
        <translation>incluido en un bloque</translation>
    </message>
    <message>
        <source>in checkpoint</source>
        <translation>en punto de control</translation>
    </message>
    <message>
        <source>checkpoint quorum</source>
        <extracomment>a checkpoint's validator signatures reached the required weight</extracomment>
        <translation>quórum del punto de control</translation>
    </message>
    <message>
        <source>relayed to parent</source>
        <translation>retransmitido al padre</translation>
    </message>
    <message>
        <source>executed in parent</source>
        <translation>ejecutado en el padre</translation>
    </message>
    <message>
        <source>queued top-down</source>
        <translation>en cola descendente</translation>
    </message>
    <message>
        <source>parent finality, executed</source>
        <extracomment>the child subnet committed the parent block carrying the message (top-down)</extracomment>
        <translation>finalidad del padre, ejecutado</translation>
    </message>
    <message>
        <source>executed in destination</source>
        <translation>ejecutado en el destino</translation>
    </message>
    <message>
        <source>receipt back</source>
        <translation>recibo de vuelta</translation>
    </message>
    <message>
        <source>up: bottom-up checkpoint</source>
        <translation>subida: punto de control ascendente</translation>
    </message>
    <message>
        <source>down: top-down finality</source>
        <translation>bajada: finalidad descendente</translation>
    </message>
    <message numerus="yes">
        <source>bottom-up checkpoint (every %n block(s)), quorum, relayer</source>
        <translation><numerusform>punto de control ascendente (cada bloque), quórum, relayer</numerusform><numerusform>punto de control ascendente (cada %n bloques), quórum, relayer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>top-down finality after %n parent block(s)</source>
        <translation><numerusform>finalidad descendente tras %n bloque del padre</numerusform><numerusform>finalidad descendente tras %n bloques del padre</numerusform></translation>
    </message>
    <message>
        <source>%1's gateway burns the value and puts the message in its next checkpoint (every %2 blocks); %1's validators sign it, a relayer submits it to %3, and %3 pays the value out of what it locked for %1.</source>
        <translation>El gateway de %1 quema el importe y pone el mensaje en su próximo punto de control (cada %2 bloques); los validadores de %1 lo firman, un relayer lo envía a %3 y %3 paga el importe con lo que tenía bloqueado para %1.</translation>
    </message>
    <message>
        <source>%1's gateway locks the value for %2; once %2's validators agree on that block of %1 (top-down finality) %2 mints it and executes the message.</source>
        <translation>El gateway de %1 bloquea el importe para %2; en cuanto los validadores de %2 acuerdan ese bloque de %1 (finalidad descendente), %2 lo acuña y ejecuta el mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n block(s) · %1</source>
        <extracomment>expected latency: blocks waited and the time at current block times</extracomment>
        <translation><numerusform>≈ %n bloque · %1</numerusform><numerusform>≈ %n bloques · %1</numerusform></translation>
    </message>
    <message>
        <source>the sender is not where the message says it comes from</source>
        <translation>el remitente no está donde el mensaje dice que procede</translation>
    </message>
    <message>
        <source>the destination subnet does not exist or was killed</source>
        <translation>la subred de destino no existe o fue eliminada</translation>
    </message>
    <message>
        <source>it arrived out of order (nonce)</source>
        <translation>llegó fuera de orden (nonce)</translation>
    </message>
    <message>
        <source>insufficient circulating supply: the subnet it left never had that much locked in its parent</source>
        <translation>suministro circulante insuficiente: la subred de la que salió nunca tuvo tanto bloqueado en su padre</translation>
    </message>
    <message>
        <source>this kind of message cannot be sent there</source>
        <translation>este tipo de mensaje no se puede enviar allí</translation>
    </message>
    <message>
        <source>the destination is the subnet it was sent from</source>
        <translation>el destino es la subred desde la que se envió</translation>
    </message>
    <message>
        <source>there is no route to the destination</source>
        <translation>no hay ruta hasta el destino</translation>
    </message>
    <message>
        <source>a subnet on the way uses another kind of token</source>
        <translation>una subred del camino usa otro tipo de token</translation>
    </message>
    <message>
        <source>Rejected in %1 (%2). The receipt is back in %3.</source>
        <translation>Rechazado en %1 (%2). El recibo ya está de vuelta en %3.</translation>
    </message>
    <message>
        <source>Done: delivered to %1 and the receipt is back in %2.</source>
        <translation>Hecho: entregado en %1 y el recibo está de vuelta en %2.</translation>
    </message>
    <message>
        <source>Arriving in %1.</source>
        <translation>Llegando a %1.</translation>
    </message>
    <message>
        <source>Waiting for the next block of %1 to include the transaction.</source>
        <translation>Esperando a que el próximo bloque de %1 incluya la transacción.</translation>
    </message>
    <message>
        <source>The transaction failed in %1 and nothing was sent: %2. Only the fee was spent.</source>
        <translation>La transacción falló en %1 y no se envió nada: %2. Solo se gastó la comisión.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting in %1 for its next checkpoint at height %2 (%n block(s) from now). Value leaves a subnet upwards only inside a checkpoint.</source>
        <translation><numerusform>Esperando en %1 su próximo punto de control a la altura %2 (dentro de %n bloque). El valor solo sale de una subred hacia arriba dentro de un punto de control.</numerusform><numerusform>Esperando en %1 su próximo punto de control a la altura %2 (dentro de %n bloques). El valor solo sale de una subred hacia arriba dentro de un punto de control.</numerusform></translation>
    </message>
    <message>
        <source>Checkpoint %1 of %2 is collecting its validators' signatures; it moves on once they reach the quorum.</source>
        <translation>El punto de control %1 de %2 está reuniendo las firmas de sus validadores; avanza en cuanto alcanzan el quórum.</translation>
    </message>
    <message>
        <source>Checkpoint %1 of %2 has its signatures; %2's relayer hands it to %3 at its next poll.</source>
        <translation>El punto de control %1 de %2 ya tiene sus firmas; el relayer de %2 lo entrega a %3 en su próxima consulta.</translation>
    </message>
    <message>
        <source>Delivered to %1, but the receipt is stuck in %2: %2's relayer is stopped, so nobody submits its checkpoints to %3. Turn the relayer back on (Validators page) and it moves on.</source>
        <translation>Entregado en %1, pero el recibo está atascado en %2: el relayer de %2 está detenido, así que nadie envía sus puntos de control a %3. Vuelva a activar el relayer (página Validadores) y seguirá avanzando.</translation>
    </message>
    <message>
        <source>Stuck in %1: checkpoint %2 has its signatures, but %1's relayer is stopped, so nobody submits it to %3. Turn the relayer back on (Validators page) and it moves on.</source>
        <translation>Atascado en %1: el punto de control %2 tiene sus firmas, pero el relayer de %1 está detenido, así que nadie lo envía a %3. Vuelva a activar el relayer (página Validadores) y seguirá avanzando.</translation>
    </message>
    <message>
        <source>%1 executes the checkpoint carrying it in its next block.</source>
        <translation>%1 ejecuta el punto de control que lo lleva en su próximo bloque.</translation>
    </message>
    <message>
        <source>Locked in %1 at height %2; waiting for %3's validators to agree on that block of %1 (top-down finality), then %3 executes it.</source>
        <translation>Bloqueado en %1 a la altura %2; esperando a que los validadores de %3 acuerden ese bloque de %1 (finalidad descendente); después %3 lo ejecuta.</translation>
    </message>
    <message>
        <source>%1 is halted: less than two thirds of its validator power is online, so it makes no blocks and the %2 waits there. Bring validators back online (Validators page) and it continues.</source>
        <translation>%1 está detenida: menos de dos tercios del poder de sus validadores está en línea, así que no produce bloques y %2 espera allí. Vuelva a poner validadores en línea (página Validadores) y continuará.</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>el recibo</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>la transferencia</translation>
    </message>
    <message>
        <source>Delivered to %1. The receipt is on its way back to %2 (now in %3).</source>
        <translation>Entregado en %1. El recibo está volviendo a %2 (ahora en %3).</translation>
    </message>
    <message>
        <source>Rejected in %1: %2. The value comes back to %3 with the receipt.</source>
        <translation>Rechazado en %1: %2. El importe vuelve a %3 con el recibo.</translation>
    </message>
    <message>
        <source>Rejected in %1: %2. A receipt goes back to %3, but it cannot bring the value: the parent never held it.</source>
        <translation>Rechazado en %1: %2. Un recibo vuelve a %3, pero no puede traer el importe: el padre nunca lo tuvo.</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Ok, returned %1</source>
        <extracomment>a cross-net call's outcome: it succeeded and its contract returned this data</extracomment>
        <translation>Ok, devolvió %1</translation>
    </message>
    <message>
        <source>ActorErr: the call failed</source>
        <extracomment>a cross-net call's outcome: the called contract failed (the reason follows)</extracomment>
        <translation>ActorErr: la llamada falló</translation>
    </message>
    <message>
        <source>ActorErr: %1</source>
        <extracomment>a cross-net call's outcome: the called contract failed (the reason follows)</extracomment>
        <translation>ActorErr: %1</translation>
    </message>
    <message>
        <source>SystemErr: %1</source>
        <extracomment>a cross-net message's outcome: IPC rejected it (the reason follows)</extracomment>
        <translation>SystemErr: %1</translation>
    </message>
    <message>
        <source>SystemErr</source>
        <translation>SystemErr</translation>
    </message>
    <message>
        <source>The call failed in %1 (%2); its changes there were undone. The value comes back to %3 with the result.</source>
        <translation>La llamada falló en %1 (%2); sus cambios allí se deshicieron. El valor vuelve a %3 con el resultado.</translation>
    </message>
    <message>
        <source>Done: the call ran in %1 (%2) and its result is back in %3.</source>
        <translation>Hecho: la llamada se ejecutó en %1 (%2) y su resultado está de vuelta en %3.</translation>
    </message>
    <message>
        <source>The call ran in %1 (%2). Its result is on its way back to %3 (now in %4).</source>
        <translation>La llamada se ejecutó en %1 (%2). Su resultado vuelve hacia %3 (ahora en %4).</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
</context>
<context>
    <name>ParentEdge</name>
    <message>
        <source>Checkpoint lag: %1 blocks of %2 not yet covered by a checkpoint its parent accepted (last accepted: height %3, period %4)</source>
        <translation>Retraso de puntos de control: %1 bloques de %2 aún no cubiertos por un punto de control aceptado por su padre (último aceptado: altura %3, periodo %4)</translation>
    </message>
    <message>
        <source>lag %1</source>
        <extracomment>checkpoint lag in blocks, on an edge of the hierarchy graph</extracomment>
        <translation>retraso %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> “%1”</source>
        <extracomment>a snapshot's name after its id, in quotes (keep the leading space)</extracomment>
        <translation> «%1»</translation>
    </message>
    <message>
        <source>%1%2 — root at %3, t %4 s</source>
        <extracomment>a snapshot in a list: id, optional name, the root's height and the virtual time</extracomment>
        <translation>%1%2 — raíz en %3, t %4 s</translation>
    </message>
</context>
<context>
    <name>SearchResolver</name>
    <message>
        <source>Type a block number, transaction hash, checkpoint height, tracing id, address or subnet id</source>
        <translation>Escriba un número de bloque, hash de transacción, altura de punto de control, id de rastreo, dirección o id de subred</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>"%1" is neither a 32-byte hash (0x + 64 hex digits) nor an address (0x + 40 hex digits)</source>
        <translation>«%1» no es un hash de 32 bytes (0x + 64 dígitos hexadecimales) ni una dirección (0x + 40 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>"%1" is not a block number, hash, checkpoint height, address or subnet id</source>
        <translation>«%1» no es un número de bloque, hash, altura de punto de control, dirección ni id de subred</translation>
    </message>
    <message numerus="yes">
        <source>Block %1 of %2: %3, %n transaction(s)</source>
        <translation><numerusform>Bloque %1 de %2: %3, %n transacción</numerusform><numerusform>Bloque %1 de %2: %3, %n transacciones</numerusform></translation>
    </message>
    <message>
        <source>%1 has no block %2 yet (its height is %3)</source>
        <translation>%1 aún no tiene el bloque %2 (su altura es %3)</translation>
    </message>
    <message>
        <source>Checkpoint %1 of %2: %3, %4 of %5 weight signed</source>
        <translation>Punto de control %1 de %2: %3, %4 de %5 de peso firmado</translation>
    </message>
    <message>
        <source>No subnet has cut a checkpoint at height %1</source>
        <translation>Ninguna subred ha generado un punto de control a la altura %1</translation>
    </message>
    <message>
        <source>Cross-net message %1: %2 in %3 at height %4</source>
        <translation>Mensaje entre redes %1: %2 en %3 a la altura %4</translation>
    </message>
    <message>
        <source>Transaction in block %1 of %2 (index %3)</source>
        <translation>Transacción en el bloque %1 de %2 (índice %3)</translation>
    </message>
    <message>
        <source>Block %1 of %2</source>
        <translation>Bloque %1 de %2</translation>
    </message>
    <message>
        <source>No transaction, message or block has the hash %1</source>
        <translation>Ninguna transacción, mensaje ni bloque tiene el hash %1</translation>
    </message>
    <message>
        <source>%1 is the subnet actor of %2</source>
        <translation>%1 es el actor de subred de %2</translation>
    </message>
    <message>
        <source>%1 is the devnet account %2</source>
        <translation>%1 es la cuenta %2 del devnet</translation>
    </message>
    <message>
        <source>%1 holds %2 FIL in %3</source>
        <translation>%1 tiene %2 FIL en %3</translation>
    </message>
    <message>
        <source>No subnet knows the address %1</source>
        <translation>Ninguna subred conoce la dirección %1</translation>
    </message>
    <message>
        <source>Subnet %1 at height %2</source>
        <translation>Subred %1 a la altura %2</translation>
    </message>
    <message>
        <source>No running subnet has the id %1</source>
        <translation>Ninguna subred en marcha tiene el id %1</translation>
    </message>
</context>
<context>
    <name>SubnetCard</name>
    <message>
        <source>Chain id %1</source>
        <translation>Id de cadena %1</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <extracomment>block time shown on a subnet card, e.g. "1 s blocks"</extracomment>
        <translation>%1 por bloque</translation>
    </message>
    <message>
        <source>%1/%2 validators</source>
        <extracomment>validators online / in the set, on a subnet card</extracomment>
        <translation>%1/%2 validadores</translation>
    </message>
    <message>
        <source>height</source>
        <extracomment>caption before a subnet's block height on its card in the graph</extracomment>
        <translation>altura</translation>
    </message>
</context>
<context>
    <name>SubnetForm</name>
    <message>
        <source>Give the subnet a name.</source>
        <translation>Dé un nombre a la subred.</translation>
    </message>
    <message>
        <source>Names use lower-case letters, digits and dashes, starting with a letter or digit.</source>
        <translation>Los nombres usan minúsculas, dígitos y guiones, y empiezan por una letra o un dígito.</translation>
    </message>
    <message>
        <source>A subnet named %1 exists already.</source>
        <translation>Ya existe una subred llamada %1.</translation>
    </message>
    <message>
        <source>Minimum collateral is not an amount of FIL.</source>
        <translation>El colateral mínimo no es una cantidad de FIL.</translation>
    </message>
    <message>
        <source>Collateral per validator must be an amount above 0 FIL.</source>
        <translation>El colateral por validador debe ser una cantidad mayor que 0 FIL.</translation>
    </message>
    <message>
        <source>A subnet needs at least one validator to start.</source>
        <translation>Una subred necesita al menos un validador para arrancar.</translation>
    </message>
    <message>
        <source>The active validator limit is 1 to 256.</source>
        <translation>El límite de validadores activos va de 1 a 256.</translation>
    </message>
    <message>
        <source>Minimum validators (%1) exceeds the active validator limit (%2).</source>
        <translation>El mínimo de validadores (%1) supera el límite de validadores activos (%2).</translation>
    </message>
    <message>
        <source>%1 validators never reach the minimum of %2: the subnet would not start.</source>
        <translation>%1 validadores nunca alcanzan el mínimo de %2: la subred no arrancaría.</translation>
    </message>
    <message>
        <source>Majority must be between 51 and 100 %.</source>
        <translation>La mayoría debe estar entre el 51 y el 100 %.</translation>
    </message>
    <message>
        <source>The checkpoint period must be at least 1 block.</source>
        <translation>El periodo de punto de control debe ser de al menos 1 bloque.</translation>
    </message>
    <message>
        <source>Block time must be at least 10 ms.</source>
        <translation>El tiempo de bloque debe ser de al menos 10 ms.</translation>
    </message>
    <message>
        <source>Federated subnets get their validators from their owner; start them from a topology file.</source>
        <translation>Las subredes federadas reciben sus validadores de su propietario; inícielas desde un archivo de topología.</translation>
    </message>
    <message>
        <source>%1 validators × %2 FIL is below the minimum collateral of %3 FIL.</source>
        <translation>%1 validadores × %2 FIL está por debajo del colateral mínimo de %3 FIL.</translation>
    </message>
</context>
<context>
    <name>WalletDialogs</name>
    <message>
        <source>That password is wrong.</source>
        <translation>Esa contraseña no es correcta.</translation>
    </message>
</context>
<context>
    <name>WalletFormat</name>
    <message>
        <source>Enter the receiving address: 0x… or t410f….</source>
        <translation>Introduzca la dirección de destino: 0x… o t410f….</translation>
    </message>
    <message>
        <source>That is not an address. Paste a 0x address (0x and 40 hex digits) or its Filecoin form t410f…/f410f….</source>
        <translation>Eso no es una dirección. Pegue una dirección 0x (0x y 40 dígitos hexadecimales) o su forma Filecoin t410f…/f410f….</translation>
    </message>
    <message>
        <source>An address is 0x followed by exactly 40 hex digits; this one has %1. Was it cut short when copying?</source>
        <translation>Una dirección es 0x seguido de exactamente 40 dígitos hexadecimales; esta tiene %1. ¿Se cortó al copiarla?</translation>
    </message>
    <message>
        <source>Only the digits 0–9 and letters a–f may follow 0x.</source>
        <translation>Tras 0x solo pueden ir los dígitos 0–9 y las letras a–f.</translation>
    </message>
    <message>
        <source>The upper- and lower-case letters do not match the address's checksum (EIP-55): a character is probably mistyped. Paste it again.</source>
        <translation>Las mayúsculas y minúsculas no coinciden con la suma de comprobación de la dirección (EIP-55): probablemente hay un carácter mal escrito. Péguela de nuevo.</translation>
    </message>
    <message>
        <source>That Filecoin address does not check out (a wrong character or length). Paste it again.</source>
        <translation>Esa dirección Filecoin no es válida (un carácter o una longitud incorrectos). Péguela de nuevo.</translation>
    </message>
    <message>
        <source>Only f410f/t410f Filecoin addresses belong to Ethereum-style accounts; this one cannot receive here.</source>
        <translation>Solo las direcciones Filecoin f410f/t410f pertenecen a cuentas de estilo Ethereum; esta no puede recibir aquí.</translation>
    </message>
    <message>
        <source>Enter an amount of FIL, for example 1.5.</source>
        <translation>Introduzca una cantidad de FIL, por ejemplo 1.5.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of FIL: use digits with at most one point and up to 18 decimals, for example 0.25.</source>
        <translation>«%1» no es una cantidad de FIL: use dígitos con como mucho un punto y hasta 18 decimales, por ejemplo 0.25.</translation>
    </message>
    <message>
        <source>The amount must be more than 0 FIL.</source>
        <translation>La cantidad debe ser mayor que 0 FIL.</translation>
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
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proponente</translation>
    </message>
    <message>
        <source>Txs</source>
        <extracomment>column: number of transactions in the block (short)</extracomment>
        <translation>Txs</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas usado</translation>
    </message>
    <message>
        <source>Commit power</source>
        <extracomment>the validator power that signed the block's commit</extracomment>
        <translation>Poder del commit</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>génesis</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ChartsPanel</name>
    <message>
        <source>Block interval</source>
        <extracomment>chart title and axis unit (milliseconds)</extracomment>
        <translation>Intervalo entre bloques</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Checkpoint lag</source>
        <translation>Retraso de puntos de control</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloques</translation>
    </message>
    <message>
        <source>Checkpoint signature weight</source>
        <extracomment>share of the validators' weight that signed the checkpoint being gathered</extracomment>
        <translation>Peso de firmas del punto de control</translation>
    </message>
    <message>
        <source>% signed</source>
        <translation>% firmado</translation>
    </message>
    <message>
        <source>Cross-net message latency</source>
        <extracomment>chart title and axis unit (seconds)</extracomment>
        <translation>Latencia de mensajes entre redes</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>t (s)</source>
        <extracomment>chart axis: virtual time since genesis, in seconds</extracomment>
        <translation>t (s)</translation>
    </message>
    <message>
        <source>receipt returned</source>
        <translation>recibo devuelto</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>%1 (same as %2)</source>
        <extracomment>chart legend: this subnet's line lies exactly on another's; %1: this subnet, %2: the other</extracomment>
        <translation>%1 (igual que %2)</translation>
    </message>
</context>
<context>
    <name>ipc::ui::CheckpointTableModel</name>
    <message>
        <source>signing</source>
        <translation>firmando</translation>
    </message>
    <message>
        <source>quorum</source>
        <translation>quórum</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>executed in parent</source>
        <translation>ejecutado en el padre</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Signed weight</source>
        <extracomment>signed weight against the quorum threshold</extracomment>
        <translation>Peso firmado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quorum at</source>
        <translation>Quórum en</translation>
    </message>
    <message>
        <source>Submitted (parent)</source>
        <extracomment>parent height where the relayer submitted the checkpoint</extracomment>
        <translation>Enviado (padre)</translation>
    </message>
    <message>
        <source>Executed (parent)</source>
        <translation>Ejecutado (padre)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>signed weight / quorum threshold</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ContractTableModel</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Creation transaction</source>
        <extracomment>the transaction that deployed the contract</extracomment>
        <translation>Transacción de creación</translation>
    </message>
    <message>
        <source>Code size</source>
        <translation>Tamaño del código</translation>
    </message>
    <message>
        <source>Created in block</source>
        <extracomment>the block the contract was deployed in</extracomment>
        <translation>Creado en el bloque</translation>
    </message>
    <message>
        <source>No code: it self-destructed</source>
        <translation>Sin código: se autodestruyó</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>the contract's name, from the artifacts linked with File › Link Contracts</extracomment>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Unknown: link the project's build output with File › Link Contracts… to name it</source>
        <translation>Desconocido: vincule la salida de compilación del proyecto con Archivo › Vincular contratos… para nombrarlo</translation>
    </message>
</context>
<context>
    <name>ipc::ui::CreateSubnetDialog</name>
    <message>
        <source>Create Subnet</source>
        <translation>Crear subred</translation>
    </message>
    <message>
        <source>A new child of &lt;b&gt;%1&lt;/b&gt;. The registry in the parent creates it; its validators join with their collateral and it starts once enough have joined.</source>
        <translation>Una nueva subred hija de &lt;b&gt;%1&lt;/b&gt;. El registro del padre la crea; sus validadores se unen con su colateral y arranca en cuanto se han unido suficientes.</translation>
    </message>
    <message>
        <source>e.g. gamma</source>
        <translation>p. ej., gamma</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Validators the devnet creates and joins for this subnet</source>
        <translation>Validadores que el devnet crea y une a esta subred</translation>
    </message>
    <message>
        <source>&amp;Validators</source>
        <translation>&amp;Validadores</translation>
    </message>
    <message>
        <source>Collateral each validator stakes when it joins, in FIL</source>
        <translation>Colateral que cada validador aporta al unirse, en FIL</translation>
    </message>
    <message>
        <source>&amp;Collateral per validator (FIL)</source>
        <translation>&amp;Colateral por validador (FIL)</translation>
    </message>
    <message>
        <source>Mi&amp;nimum validators</source>
        <translation>&amp;Mínimo de validadores</translation>
    </message>
    <message>
        <source>Total collateral the subnet needs before it starts, in FIL</source>
        <translation>Colateral total que la subred necesita antes de arrancar, en FIL</translation>
    </message>
    <message>
        <source>Minimum co&amp;llateral (FIL)</source>
        <translation>Colateral mín&amp;imo (FIL)</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> bloques</translation>
    </message>
    <message>
        <source>Checkpoint &amp;period</source>
        <translation>&amp;Periodo de punto de control</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of validator weight a checkpoint needs (51–100 %)</source>
        <translation>Parte del peso de los validadores que necesita un punto de control (51–100 %)</translation>
    </message>
    <message>
        <source>&amp;Majority</source>
        <translation>Ma&amp;yoría</translation>
    </message>
    <message>
        <source>Collateral</source>
        <extracomment>permission mode: validators join by staking collateral</extracomment>
        <translation>Colateral</translation>
    </message>
    <message>
        <source>Federated</source>
        <extracomment>permission mode: the owner sets validator power</extracomment>
        <translation>Federado</translation>
    </message>
    <message>
        <source>Static</source>
        <extracomment>permission mode: collateral fixed at genesis</extracomment>
        <translation>Estático</translation>
    </message>
    <message>
        <source>Pe&amp;rmission mode</source>
        <translation>Modo de pe&amp;rmisos</translation>
    </message>
    <message>
        <source>Active validator &amp;limit</source>
        <translation>Lími&amp;te de validadores activos</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Block time</source>
        <translation>Tiempo de &amp;bloque</translation>
    </message>
    <message>
        <source>assigned when the subnet is created</source>
        <translation>se asigna al crear la subred</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Id de cadena</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>Cr&amp;ear</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Creando %1…</translation>
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; as %2. It starts once its validators have joined.</source>
        <translation>Se creó &lt;b&gt;%1&lt;/b&gt; como %2. Arranca en cuanto se hayan unido sus validadores.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The engine refused: %1</source>
        <translation>El motor lo rechazó: %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::CrossMessageModel</name>
    <message>
        <source>committed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>in checkpoint</source>
        <translation>en punto de control</translation>
    </message>
    <message>
        <source>checkpoint quorum</source>
        <translation>quórum del punto de control</translation>
    </message>
    <message>
        <source>submitted to parent</source>
        <translation>enviado al padre</translation>
    </message>
    <message>
        <source>executed in parent</source>
        <translation>ejecutado en el padre</translation>
    </message>
    <message>
        <source>committed top-down</source>
        <translation>confirmado de forma descendente</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>receipt returned</source>
        <translation>recibo devuelto</translation>
    </message>
    <message>
        <source>transfer</source>
        <extracomment>message kind: a cross-net message that moves value</extracomment>
        <translation>transferencia</translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>message kind: a cross-net message that calls a contract</extracomment>
        <translation>llamada</translation>
    </message>
    <message>
        <source>result</source>
        <extracomment>a receipt message answering an earlier cross-net message</extracomment>
        <translation>resultado</translation>
    </message>
    <message>
        <source>Tracing id</source>
        <translation>Id de rastreo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>column: virtual time since the message was created</extracomment>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a cross-net address: the subnet's name and the start of the account</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>column: how the destination ran the message (Ok, ActorErr, SystemErr)</extracomment>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>ipc::ui::DevnetBridge</name>
    <message>
        <source>No hierarchy is running.</source>
        <translation>No hay ninguna jerarquía en marcha.</translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation>El motor rechazó la solicitud.</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ExplorerFormat</name>
    <message>
        <source>%1 / %2 (%3%)</source>
        <extracomment>signed weight of total weight, with the percentage</extracomment>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ExportAccountDialog</name>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Private key (hex)</source>
        <translation>Clave privada (hex)</translation>
    </message>
    <message>
        <source>Keystore file (V3 JSON, for MetaMask, geth, ethers)</source>
        <translation>Archivo keystore (JSON V3, para MetaMask, geth, ethers)</translation>
    </message>
    <message>
        <source>ipc-cli entry (evm_keystore.json)</source>
        <translation>Entrada de ipc-cli (evm_keystore.json)</translation>
    </message>
    <message>
        <source>I understand: whoever sees this key controls the account's FIL on every subnet</source>
        <translation>Entendido: quien vea esta clave controla sus FIL en todas las subredes</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nueva con&amp;traseña</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>C&amp;onfirmar</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>Guardar exportación</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The raw private key: anyone who sees it can spend this account's FIL. Show it only to import it somewhere you trust.</source>
        <translation>La clave privada sin cifrar: cualquiera que la vea puede gastar los FIL de esta cuenta. Muéstrela solo para importarla en un lugar de confianza.</translation>
    </message>
    <message>
        <source>Encrypted under the password you choose here (scrypt, as MetaMask does).</source>
        <translation>Cifrado con la contraseña que elija aquí (scrypt, como hace MetaMask).</translation>
    </message>
    <message>
        <source>One entry of ipc-cli's evm_keystore.json: the key in plain hex, as ipc-cli stores it.</source>
        <translation>Una entrada del evm_keystore.json de ipc-cli: la clave en hexadecimal sin cifrar, tal como la guarda ipc-cli.</translation>
    </message>
    <message>
        <source>Tick the box to confirm you want to see the private key.</source>
        <translation>Marque la casilla para confirmar que quiere ver la clave privada.</translation>
    </message>
    <message>
        <source>Choose a password for the keystore file.</source>
        <translation>Elija una contraseña para el archivo keystore.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No se exportó: %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::FundDialog</name>
    <message>
        <source>Fund %1</source>
        <translation>Depositar en %1</translation>
    </message>
    <message>
        <source>Release from %1</source>
        <translation>Retirar de %1</translation>
    </message>
    <message>
        <source>Send FIL from an account in &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;. It arrives with the subnet's next top-down finality.</source>
        <translation>Envíe FIL desde una cuenta de &lt;b&gt;%1&lt;/b&gt; a &lt;b&gt;%2&lt;/b&gt;. Llega con la próxima finalidad descendente de la subred.</translation>
    </message>
    <message>
        <source>Send FIL from an account in &lt;b&gt;%1&lt;/b&gt; back to &lt;b&gt;%2&lt;/b&gt;. It arrives once the checkpoint carrying it is executed in the parent.</source>
        <translation>Envíe FIL desde una cuenta de &lt;b&gt;%1&lt;/b&gt; de vuelta a &lt;b&gt;%2&lt;/b&gt;. Llega cuando el punto de control que lo lleva se ejecuta en el padre.</translation>
    </message>
    <message>
        <source>loading accounts…</source>
        <translation>cargando cuentas…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Destino</translation>
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation>FIL, p. ej., 1.5</translation>
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation>&amp;Importe (FIL)</translation>
    </message>
    <message>
        <source>&amp;Fund</source>
        <translation>De&amp;positar</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Waiting for the devnet's accounts…</source>
        <translation>Esperando las cuentas del devnet…</translation>
    </message>
    <message>
        <source>The receiver must be a 0x address (40 hex digits).</source>
        <translation>El destinatario debe ser una dirección 0x (40 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>Enter an amount of FIL.</source>
        <translation>Introduzca una cantidad de FIL.</translation>
    </message>
    <message>
        <source>The amount must be a number of FIL above 0.</source>
        <translation>La cantidad debe ser un número de FIL mayor que 0.</translation>
    </message>
</context>
<context>
    <name>ipc::ui::HierarchyGraph</name>
    <message>
        <source>Checkpoint executed in the parent</source>
        <translation>Punto de control ejecutado en el padre</translation>
    </message>
    <message>
        <source>Edges: checkpoint lag in blocks  ·  dot: checkpoint executed in the parent  ·  Ctrl+wheel zooms, drag pans, F fits</source>
        <translation>Aristas: retraso de puntos de control en bloques  ·  círculo: punto de control ejecutado en el padre  ·  Ctrl+rueda amplía, arrastrar desplaza, F encuadra</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Tracked transfer %1 (%2)</source>
        <translation>Transferencia seguida %1 (%2)</translation>
    </message>
    <message>
        <source>Cross-net message %1</source>
        <translation>Mensaje entre redes %1</translation>
    </message>
    <message>
        <source>Cross-net call %1</source>
        <translation>Llamada entre redes %1</translation>
    </message>
    <message>
        <source>Result of a cross-net call %1</source>
        <extracomment>a Result message carries the outcome of a cross-net call back to its sender</extracomment>
        <translation>Resultado de una llamada entre redes %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::HierarchyModel</name>
    <message>
        <source>Subnet id</source>
        <translation>Id de subred</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Id de cadena</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>URL de RPC</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>validators online / validators in the set, e.g. "3/4"</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 validators online</source>
        <translation>%1 de %2 validadores en línea</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validadores</translation>
    </message>
</context>
<context>
    <name>ipc::ui::HierarchySettingsFields</name>
    <message>
        <source>at least one account is needed</source>
        <translation>se necesita al menos una cuenta</translation>
    </message>
    <message numerus="yes">
        <source>the RPC port %1 is out of range: with %n chain(s) it must be between %2 and %3</source>
        <extracomment>%1: the port typed; %2 and %3: the range allowed; %n: how many chains need a port</extracomment>
        <translation><numerusform>el puerto RPC %1 está fuera de rango: con %n cadena debe estar entre %2 y %3</numerusform><numerusform>el puerto RPC %1 está fuera de rango: con %n cadenas debe estar entre %2 y %3</numerusform></translation>
    </message>
    <message>
        <source>the mnemonic is not a valid BIP-39 phrase (%1)</source>
        <translation>el mnemónico no es una frase BIP-39 válida (%1)</translation>
    </message>
    <message>
        <source>The root's JSON-RPC port; each subnet gets the next one</source>
        <translation>El puerto JSON-RPC de la raíz; cada subred recibe el siguiente</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>unit of the block time field (milliseconds)</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>0 (a block per transaction)</source>
        <translation>0 (un bloque por transacción)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;RPC port:</source>
        <translation>Puerto &amp;RPC:</translation>
    </message>
    <message>
        <source>&amp;Block time:</source>
        <translation>&amp;Tiempo de bloque:</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Cuentas:</translation>
    </message>
    <message>
        <source>&amp;Mnemonic:</source>
        <translation>&amp;Mnemónico:</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ImportAccountDialog</name>
    <message>
        <source>Import Account</source>
        <translation>Importar cuenta</translation>
    </message>
    <message>
        <source>0x… (64 hex digits)</source>
        <translation>0x… (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>&amp;Private key</source>
        <translation>Clave &amp;privada</translation>
    </message>
    <message>
        <source>Private &amp;Key</source>
        <translation>&amp;Clave privada</translation>
    </message>
    <message>
        <source>Paste a keystore file (MetaMask, geth, ethers, Foundry)…</source>
        <translation>Pegue un archivo keystore (MetaMask, geth, ethers, Foundry)…</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Abrir arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Open Keystore File</source>
        <translation>Abrir archivo keystore</translation>
    </message>
    <message>
        <source>&amp;Keystore JSON</source>
        <translation>JSON &amp;keystore</translation>
    </message>
    <message>
        <source>Its pass&amp;word</source>
        <translation>Su con&amp;traseña</translation>
    </message>
    <message>
        <source>Keystore &amp;File</source>
        <translation>&amp;Archivo keystore</translation>
    </message>
    <message>
        <source>twelve or twenty-four words…</source>
        <translation>doce o veinticuatro palabras…</translation>
    </message>
    <message>
        <source>The account number on the derivation path m/44'/60'/0'/0/&lt;index&gt;, as MetaMask counts its accounts from 0</source>
        <translation>El número de cuenta en la ruta de derivación m/44'/60'/0'/0/&lt;index&gt;, contando desde 0 como MetaMask</translation>
    </message>
    <message>
        <source>&amp;Recovery phrase</source>
        <translation>&amp;Frase de recuperación</translation>
    </message>
    <message>
        <source>Account &amp;index</source>
        <translation>Índ&amp;ice de cuenta</translation>
    </message>
    <message>
        <source>&amp;Mnemonic</source>
        <translation>&amp;Mnemónico</translation>
    </message>
    <message>
        <source>optional, e.g. alice</source>
        <translation>opcional, p. ej., alice</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Impo&amp;rtar</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <source>Paste the private key: 64 hex digits, with or without 0x.</source>
        <translation>Pegue la clave privada: 64 dígitos hexadecimales, con o sin 0x.</translation>
    </message>
    <message>
        <source>A private key has only the digits 0–9 and letters a–f.</source>
        <translation>Una clave privada solo tiene los dígitos 0–9 y las letras a–f.</translation>
    </message>
    <message>
        <source>A private key is 64 hex digits; this one has %1.</source>
        <translation>Una clave privada tiene 64 dígitos hexadecimales; esta tiene %1.</translation>
    </message>
    <message>
        <source>Paste the keystore file's JSON, or open the file.</source>
        <translation>Pegue el JSON del archivo keystore o abra el archivo.</translation>
    </message>
    <message>
        <source>A keystore file is JSON, starting with {.</source>
        <translation>Un archivo keystore es JSON y empieza por {.</translation>
    </message>
    <message>
        <source>Type or paste the recovery phrase.</source>
        <translation>Escriba o pegue la frase de recuperación.</translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %1.</source>
        <translation>Una frase de recuperación tiene 12, 15, 18, 21 o 24 palabras; esta tiene %1.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No se importó: %1</translation>
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
        <translation>&amp;Nueva jerarquía…</translation>
    </message>
    <message>
        <source>Choose a template and start a new hierarchy</source>
        <translation>Elegir una plantilla e iniciar una nueva jerarquía</translation>
    </message>
    <message>
        <source>Start the %1 template</source>
        <translation>Iniciar la plantilla %1</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause or resume block production everywhere</source>
        <translation>Pausar o reanudar la producción de bloques en todas partes</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>Pa&amp;so</translation>
    </message>
    <message>
        <source>Pause and produce one block on the selected subnet (the root when none is)</source>
        <translation>Pausar y producir un bloque en la subred seleccionada (en la raíz si no hay ninguna)</translation>
    </message>
    <message>
        <source>×%1</source>
        <extracomment>run speed: virtual time per wall time, e.g. "×10"</extracomment>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Run virtual time %1 times as fast as the wall clock</source>
        <translation>Hacer que el tiempo virtual corra %1 veces más rápido que el reloj real</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Encuadrar</translation>
    </message>
    <message>
        <source>Show the whole hierarchy</source>
        <translation>Mostrar toda la jerarquía</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About IPC Studio</source>
        <translation>&amp;Acerca de IPC Studio</translation>
    </message>
    <message>
        <source>About IPC Studio</source>
        <translation>Acerca de IPC Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;IPC Studio %1&lt;/b&gt;&lt;p&gt;A whole InterPlanetary Consensus hierarchy on your desktop.&lt;/p&gt;</source>
        <translation>&lt;b&gt;IPC Studio %1&lt;/b&gt;&lt;p&gt;Toda una jerarquía de InterPlanetary Consensus en su escritorio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Nueva desde &amp;plantilla</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecución</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Velocidad</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Virtual time per wall time (keys 1, 2, 3)</source>
        <translation>Tiempo virtual por tiempo real (teclas 1, 2, 3)</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Barra de &amp;herramientas</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Jerarquía</translation>
    </message>
    <message>
        <source>Blocks produced per second across the hierarchy</source>
        <translation>Bloques producidos por segundo en toda la jerarquía</translation>
    </message>
    <message>
        <source>Cross-net messages not yet delivered</source>
        <translation>Mensajes entre redes aún no entregados</translation>
    </message>
    <message>
        <source>Virtual time since genesis</source>
        <translation>Tiempo virtual desde el génesis</translation>
    </message>
    <message>
        <source>The running hierarchy's template</source>
        <translation>Plantilla de la jerarquía en marcha</translation>
    </message>
    <message>
        <source>No hierarchy running</source>
        <translation>Ninguna jerarquía en marcha</translation>
    </message>
    <message>
        <source>Run a whole InterPlanetary Consensus hierarchy on your desktop: a root chain and its subnets, with validators, checkpoints and cross-net messages you can watch and steer. Pick a template to start one.</source>
        <translation>Ejecute toda una jerarquía de InterPlanetary Consensus en su escritorio: una cadena raíz y sus subredes, con validadores, puntos de control y mensajes entre redes que puede observar y dirigir. Elija una plantilla para iniciar una.</translation>
    </message>
    <message>
        <source>Start %1 (Ctrl+%2)</source>
        <translation>Iniciar %1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1 chains  ·  Ctrl+%2</source>
        <extracomment>under a template's description: how many chains it runs, and its shortcut</extracomment>
        <translation>%1 cadenas  ·  Ctrl+%2</translation>
    </message>
    <message>
        <source>No hierarchy is running yet.</source>
        <translation>Todavía no hay ninguna jerarquía en marcha.</translation>
    </message>
    <message>
        <source>Back to the running hierarchy</source>
        <translation>Volver a la jerarquía en marcha</translation>
    </message>
    <message>
        <source>Starting %1: building genesis for every chain…</source>
        <translation>Iniciando %1: creando el génesis de cada cadena…</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>Iniciando %1…</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 está en marcha.</translation>
    </message>
    <message>
        <source>%1 (quickstart) — IPC Studio</source>
        <extracomment>window title for an unsaved one-click hierarchy: the template's name</extracomment>
        <translation>%1 (inicio rápido) — IPC Studio</translation>
    </message>
    <message>
        <source>%1 — IPC Studio</source>
        <translation>%1 — IPC Studio</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 iniciado</translation>
    </message>
    <message>
        <source>– blocks/s</source>
        <translation>– bloques/s</translation>
    </message>
    <message>
        <source>The hierarchy could not start: %1</source>
        <translation>La jerarquía no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>Falló el inicio</translation>
    </message>
    <message>
        <source>Messages in flight: %1</source>
        <translation>Mensajes en tránsito: %1</translation>
    </message>
    <message>
        <source>Block production stopped: the workspace cannot be written (%1). It resumes once the disk takes writes again.</source>
        <translation>Producción de bloques detenida: no se puede escribir en el espacio de trabajo (%1). Se reanuda en cuanto el disco vuelva a admitir escrituras.</translation>
    </message>
    <message>
        <source>t %1</source>
        <extracomment>virtual time since genesis, hh:mm:ss</extracomment>
        <translation>t %1</translation>
    </message>
    <message>
        <source>%1 blocks/s</source>
        <translation>%1 bloques/s</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>%1 is running as a quickstart. Picking a template replaces it and discards it; File › Save as Workspace (Ctrl+Shift+S) keeps it.</source>
        <translation>%1 se está ejecutando como inicio rápido. Elegir una plantilla lo reemplaza y lo descarta; Archivo › Guardar como espacio de trabajo (Ctrl+Mayús+S) lo conserva.</translation>
    </message>
    <message>
        <source>%1 is running. Pick a template to replace it.</source>
        <translation>%1 está en marcha. Elija una plantilla para reemplazarla.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume block production (Space)</source>
        <translation>Reanudar la producción de bloques (Espacio)</translation>
    </message>
    <message>
        <source>Pause block production (Space)</source>
        <translation>Pausar la producción de bloques (Espacio)</translation>
    </message>
    <message>
        <source>the root</source>
        <translation>la raíz</translation>
    </message>
    <message>
        <source>Pause and produce one block on %1 (N)</source>
        <translation>Pausar y producir un bloque en %1 (N)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>the language choice that follows the operating system's language</extracomment>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>IPC Studio uses the new language the next time it starts.</source>
        <translation>IPC Studio usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Show or hide the live charts</source>
        <translation>Mostrar u ocultar los gráficos en vivo</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Use the dark palette</source>
        <translation>Usar la paleta oscura</translation>
    </message>
    <message>
        <source>Use the light palette</source>
        <translation>Usar la paleta clara</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>Choose the language of IPC Studio (takes effect after a restart)</source>
        <translation>Elegir el idioma de IPC Studio (surte efecto tras reiniciar)</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>%1 takes effect after a restart of IPC Studio.</source>
        <extracomment>%1: a language's name, e.g. "Deutsch"</extracomment>
        <translation>%1 surtirá efecto al reiniciar IPC Studio.</translation>
    </message>
    <message>
        <source>&amp;Subnet</source>
        <translation>&amp;Subred</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search blocks, transactions, checkpoints, messages, addresses and subnets</source>
        <translation>Buscar bloques, transacciones, puntos de control, mensajes, direcciones y subredes</translation>
    </message>
    <message>
        <source>The checkpoint a parent executed last</source>
        <translation>El último punto de control que ejecutó un padre</translation>
    </message>
    <message>
        <source>Start &amp;Last Template</source>
        <translation>Iniciar la ú&amp;ltima plantilla</translation>
    </message>
    <message>
        <source>Start &amp;Last Template (%1)</source>
        <translation>Iniciar la ú&amp;ltima plantilla (%1)</translation>
    </message>
    <message>
        <source>Last checkpoint: %1 @ %2</source>
        <extracomment>status bar: the subnet whose checkpoint its parent executed last, and its height</extracomment>
        <translation>Último punto de control: %1 @ %2</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Cartera</translation>
    </message>
    <message>
        <source>Show or hide the wallet: accounts, balances, send, faucet</source>
        <translation>Mostrar u ocultar la cartera: cuentas, saldos, envíos, faucet</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <source>Show or hide every cross-net message of the hierarchy</source>
        <translation>Mostrar u ocultar todos los mensajes entre redes de la jerarquía</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <source>Move FIL between any two subnets and watch it travel</source>
        <translation>Mover FIL entre dos subredes cualesquiera y ver cómo viaja</translation>
    </message>
    <message>
        <source>Move FIL between any two subnets (Ctrl+T)</source>
        <translation>Mover FIL entre dos subredes cualesquiera (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Send FIL to an address on the same subnet</source>
        <translation>Enviar FIL a una dirección de la misma subred</translation>
    </message>
    <message>
        <source>Top &amp;Up From Faucet</source>
        <translation>&amp;Recargar desde el faucet</translation>
    </message>
    <message>
        <source>Give the selected wallet account %1 FIL on the root from a prefunded account</source>
        <translation>Dar a la cuenta seleccionada de la cartera %1 FIL en la raíz desde una cuenta con fondos</translation>
    </message>
    <message>
        <source>Transfer submitted: the Messages view (Ctrl+Shift+M) keeps following it</source>
        <translation>Transferencia enviada: la vista Mensajes (Ctrl+Mayús+M) sigue su curso</translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation>Nuevo &amp;espacio de trabajo…</translation>
    </message>
    <message>
        <source>Create a named workspace from a template; it keeps everything on disk</source>
        <translation>Crear un espacio de trabajo con nombre a partir de una plantilla; lo guarda todo en disco</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open, rename, duplicate or delete workspaces</source>
        <translation>Abrir, renombrar, duplicar o eliminar espacios de trabajo</translation>
    </message>
    <message>
        <source>&amp;Save as Workspace…</source>
        <translation>&amp;Guardar como espacio de trabajo…</translation>
    </message>
    <message>
        <source>Copy the running hierarchy into a new named workspace and continue there</source>
        <translation>Copiar la jerarquía en marcha a un nuevo espacio de trabajo con nombre y continuar allí</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot…</source>
        <translation>&amp;Tomar instantánea…</translation>
    </message>
    <message>
        <source>Remember the whole hierarchy (every subnet, mempool, relayer and message in flight) to come back to later</source>
        <translation>Guardar toda la jerarquía (cada subred, mempool, relayer y mensaje en tránsito) para volver a ella más tarde</translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot…</source>
        <translation>Volver a una &amp;instantánea…</translation>
    </message>
    <message>
        <source>Return every subnet to a snapshot; later blocks are discarded</source>
        <translation>Devolver cada subred a una instantánea; los bloques posteriores se descartan</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot…</source>
        <translation>&amp;Eliminar instantánea…</translation>
    </message>
    <message>
        <source>Forget a snapshot</source>
        <translation>Olvidar una instantánea</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <extracomment>toolbar labels (the menu says "Take Snapshot…", "Revert to Snapshot…")</extracomment>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save as Workspace</source>
        <translation>Guardar como espacio de trabajo</translation>
    </message>
    <message>
        <source>Name of the new workspace (the running hierarchy continues in it):</source>
        <translation>Nombre del nuevo espacio de trabajo (la jerarquía en marcha continúa en él):</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Tomar instantánea</translation>
    </message>
    <message>
        <source>Name (optional; snapshots also get an id like 0x1):</source>
        <translation>Nombre (opcional; las instantáneas también reciben un id como 0x1):</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>Volver a una instantánea</translation>
    </message>
    <message>
        <source>Return the whole hierarchy to snapshot %1? Blocks, transactions and messages after it are discarded on every subnet, and snapshots taken after it are deleted.</source>
        <translation>¿Devolver toda la jerarquía a la instantánea %1? Los bloques, transacciones y mensajes posteriores se descartan en todas las subredes, y las instantáneas tomadas después se eliminan.</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Eliminar instantánea</translation>
    </message>
    <message>
        <source>Snapshot %1 deleted</source>
        <translation>Instantánea %1 eliminada</translation>
    </message>
    <message>
        <source>JSON-RPC is not served: %1</source>
        <translation>JSON-RPC no está disponible: %1</translation>
    </message>
    <message>
        <source>quickstart</source>
        <translation>inicio rápido</translation>
    </message>
    <message>
        <source>There is no workspace named "%1"</source>
        <translation>No hay ningún espacio de trabajo llamado «%1»</translation>
    </message>
    <message>
        <source>Nothing to save: no workspace is running</source>
        <translation>Nada que guardar: no hay ningún espacio de trabajo en marcha</translation>
    </message>
    <message>
        <source>Cannot save as "%1": %2</source>
        <translation>No se puede guardar como «%1»: %2</translation>
    </message>
    <message>
        <source>Saved as workspace "%1"</source>
        <translation>Guardado como espacio de trabajo «%1»</translation>
    </message>
    <message>
        <source>Snapshot %1 taken</source>
        <translation>Instantánea %1 tomada</translation>
    </message>
    <message>
        <source>Snapshot %1 “%2” taken</source>
        <translation>Instantánea %1 «%2» tomada</translation>
    </message>
    <message>
        <source>Reverted to snapshot %1</source>
        <translation>Se volvió a la instantánea %1</translation>
    </message>
    <message>
        <source>No snapshot has been taken yet. Take one with Run › Take Snapshot (Ctrl+Alt+S).</source>
        <translation>Todavía no se ha tomado ninguna instantánea. Tome una con Ejecución › Tomar instantánea (Ctrl+Alt+S).</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>Instantánea:</translation>
    </message>
    <message>
        <source>Workspace: quickstart (not saved)</source>
        <translation>Espacio de trabajo: inicio rápido (sin guardar)</translation>
    </message>
    <message>
        <source>A throw-away workspace in %1: it reopens on the next start, and is discarded when another hierarchy starts. File › Save as Workspace (Ctrl+Shift+S) keeps it.</source>
        <translation>Un espacio de trabajo desechable en %1: se vuelve a abrir en el próximo inicio y se descarta cuando se inicia otra jerarquía. Archivo › Guardar como espacio de trabajo (Ctrl+Mayús+S) lo conserva.</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>En memoria</translation>
    </message>
    <message>
        <source>This hierarchy is not kept on disk</source>
        <translation>Esta jerarquía no se guarda en disco</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>None yet. A template click runs a quickstart; File › Save as Workspace keeps it, File › New Workspace (Ctrl+Alt+N) starts a named one.</source>
        <translation>Ninguno todavía. Un clic en una plantilla ejecuta un inicio rápido; Archivo › Guardar como espacio de trabajo lo conserva y Archivo › Nuevo espacio de trabajo (Ctrl+Alt+N) inicia uno con nombre.</translation>
    </message>
    <message>
        <source>Open another workspace… (Ctrl+O)</source>
        <translation>Abrir otro espacio de trabajo… (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Revert cancelled: nothing changed</source>
        <translation>Reversión cancelada: nada ha cambiado</translation>
    </message>
    <message>
        <source>Follow tip paused to show block %1 of %2 (tick Follow tip to resume)</source>
        <extracomment>%1: a block number, %2: a subnet's name</extracomment>
        <translation>«Seguir el último» en pausa para mostrar el bloque %1 de %2 (márquelo para reanudar)</translation>
    </message>
    <message>
        <source>Start with &amp;Settings…</source>
        <translation>Iniciar con &amp;ajustes…</translation>
    </message>
    <message>
        <source>Pick a template and change its RPC port, block time, accounts or mnemonic</source>
        <translation>Elegir una plantilla y cambiar su puerto RPC, tiempo de bloque, cuentas o mnemónico</translation>
    </message>
    <message>
        <source>Link &amp;Contracts…</source>
        <translation>Vincular &amp;contratos…</translation>
    </message>
    <message>
        <source>Name your contracts and decode their calls, events and errors: link the project's Hardhat artifacts/ or Foundry out/ directory, linked again after each build</source>
        <translation>Nombre sus contratos y decodifique sus llamadas, eventos y errores: vincule el directorio artifacts/ de Hardhat o out/ de Foundry del proyecto, que se vuelve a vincular tras cada compilación</translation>
    </message>
    <message>
        <source>Link Contracts: a Hardhat artifacts/ or Foundry out/ directory</source>
        <translation>Vincular contratos: un directorio artifacts/ de Hardhat o out/ de Foundry</translation>
    </message>
    <message>
        <source>&amp;Unlink Contracts</source>
        <translation>&amp;Desvincular contratos</translation>
    </message>
    <message>
        <source>The rebuilt artifacts do not load yet: %1</source>
        <translation>Los artefactos recompilados aún no se cargan: %1</translation>
    </message>
    <message>
        <source>Link Contracts</source>
        <translation>Vincular contratos</translation>
    </message>
    <message>
        <source>The contracts could not be linked:
%1</source>
        <translation>No se pudieron vincular los contratos:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) linked</source>
        <extracomment>the status bar's note of the linked project: how many contracts it has</extracomment>
        <translation><numerusform>%n contrato vinculado</numerusform><numerusform>%n contratos vinculados</numerusform></translation>
    </message>
    <message>
        <source>Rebuilt: %1</source>
        <translation>Recompilado: %1</translation>
    </message>
    <message>
        <source>Refuse C&amp;heat Methods</source>
        <translation>Rec&amp;hazar métodos de trucos</translation>
    </message>
    <message>
        <source>A shared or demo devnet: JSON-RPC refuses anvil_, hardhat_ and evm_ cheat methods (set balance, code, storage, time, mining); a workspace remembers it</source>
        <translation>Un devnet compartido o de demostración: JSON-RPC rechaza los métodos de trucos anvil_, hardhat_ y evm_ (fijar saldo, código, almacenamiento, tiempo, minado); un espacio de trabajo lo recuerda</translation>
    </message>
    <message>
        <source>Cheat methods are refused on this devnet</source>
        <translation>Los métodos de trucos se rechazan en este devnet</translation>
    </message>
    <message>
        <source>Cheat methods are allowed again</source>
        <translation>Los métodos de trucos vuelven a estar permitidos</translation>
    </message>
</context>
<context>
    <name>ipc::ui::MessageProgressView</name>
    <message>
        <source>to %1, local nonce %2</source>
        <translation>a %1, nonce local %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Reading the transfer…</source>
        <translation>Leyendo la transferencia…</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>title of a tracked transfer: what moves, from where to where</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Transaction in %1</source>
        <translation>Transacción en %1</translation>
    </message>
    <message>
        <source>Hop %1: %2 → %3</source>
        <extracomment>a hop of a cross-net route: number, subnets, and how it travels</extracomment>
        <translation>Salto %1: %2 → %3</translation>
    </message>
    <message>
        <source>finality ≥ %1 height %2</source>
        <translation>finalidad ≥ %1 altura %2</translation>
    </message>
    <message>
        <source>Arrival and receipt</source>
        <translation>Llegada y recibo</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::MessagesPanel</name>
    <message>
        <source>Messages sent from, sent to or passing through this subnet</source>
        <translation>Mensajes enviados desde esta subred, hacia ella o que pasan por ella</translation>
    </message>
    <message>
        <source>account 0x… or t410f…</source>
        <translation>cuenta 0x… o t410f…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Show &amp;receipts</source>
        <translation>Mostrar &amp;recibos</translation>
    </message>
    <message>
        <source>List the Result messages that carry each receipt back too</source>
        <translation>Listar también los mensajes Result que llevan de vuelta cada recibo</translation>
    </message>
    <message>
        <source>S&amp;ubnet</source>
        <translation>S&amp;ubred</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>Cuen&amp;ta</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Ningún mensaje seleccionado</translation>
    </message>
    <message>
        <source>Pick a message to follow it hop by hop.</source>
        <translation>Elija un mensaje para seguirlo salto a salto.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>messages shown by the filters, of all messages</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>All subnets</source>
        <translation>Todas las subredes</translation>
    </message>
</context>
<context>
    <name>ipc::ui::NewHierarchyDialog</name>
    <message>
        <source>New Hierarchy</source>
        <translation>Nueva jerarquía</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>the OK button of New Hierarchy: starts the hierarchy</extracomment>
        <translation>&amp;Iniciar</translation>
    </message>
</context>
<context>
    <name>ipc::ui::PasswordDialog</name>
    <message>
        <source>Set Wallet Password</source>
        <translation>Establecer contraseña de la cartera</translation>
    </message>
    <message>
        <source>Imported keys are then kept only encrypted under this password; the wallet opens locked next time. Accounts of the workspace's own mnemonic stay usable.</source>
        <translation>Las claves importadas se guardan entonces solo cifradas con esta contraseña; la cartera se abre bloqueada la próxima vez. Las cuentas del mnemónico propio del espacio de trabajo siguen disponibles.</translation>
    </message>
    <message>
        <source>Unlock Wallet</source>
        <translation>Desbloquear cartera</translation>
    </message>
    <message>
        <source>The wallet password opens the imported keys for this session.</source>
        <translation>La contraseña de la cartera abre las claves importadas durante esta sesión.</translation>
    </message>
    <message>
        <source>Change Wallet Password</source>
        <translation>Cambiar contraseña de la cartera</translation>
    </message>
    <message>
        <source>Remove Wallet Password</source>
        <translation>Quitar contraseña de la cartera</translation>
    </message>
    <message>
        <source>Imported keys are then stored unencrypted.</source>
        <translation>Las claves importadas se guardarán entonces sin cifrar.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>C&amp;onfirmar</translation>
    </message>
    <message>
        <source>Enter the wallet password.</source>
        <translation>Introduzca la contraseña de la cartera.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Elija una contraseña.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
</context>
<context>
    <name>ipc::ui::RouteDiagram</name>
    <message>
        <source>Pick both ends to see the route.</source>
        <translation>Elija ambos extremos para ver la ruta.</translation>
    </message>
    <message>
        <source>checkpoint ≈ %1</source>
        <extracomment>on the review page's route diagram: what carries a hop and its expected time</extracomment>
        <translation>punto de control ≈ %1</translation>
    </message>
    <message>
        <source>finality ≈ %1</source>
        <translation>finalidad ≈ %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SearchBox</name>
    <message>
        <source>Block, tx, address, subnet… (Ctrl+K)</source>
        <translation>Bloque, tx, dirección, subred… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the running hierarchy: a block number (in the selected subnet), "checkpoint 20", a transaction hash or tracing id (0x + 64 hex), an address (0x… or t410f…) or a subnet id (/r31337/…)</source>
        <translation>Buscar en la jerarquía en marcha: un número de bloque (en la subred seleccionada), «checkpoint 20», un hash de transacción o id de rastreo (0x + 64 hex), una dirección (0x… o t410f…) o un id de subred (/r31337/…)</translation>
    </message>
    <message>
        <source>No hierarchy is running: start one to search it</source>
        <translation>No hay ninguna jerarquía en marcha: inicie una para buscar en ella</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SendDialog</name>
    <message>
        <source>Send FIL</source>
        <translation>Enviar FIL</translation>
    </message>
    <message>
        <source>Pay an address on the same subnet. To move FIL to another subnet use Transfer (Ctrl+T).</source>
        <translation>Pagar a una dirección de la misma subred. Para mover FIL a otra subred use Transferir (Ctrl+T).</translation>
    </message>
    <message>
        <source>0x… or t410f…</source>
        <translation>0x… o t410f…</translation>
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation>FIL, p. ej., 1.5</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>S&amp;ubnet</source>
        <translation>S&amp;ubred</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Destino</translation>
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation>&amp;Importe (FIL)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>about %1 (%2 gas at the base fee; at most %3)</source>
        <translation>unos %1 (%2 de gas a la tarifa base; como mucho %3)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>The wallet has no accounts to send from.</source>
        <translation>La cartera no tiene cuentas desde las que enviar.</translation>
    </message>
    <message>
        <source>Reading the fee…</source>
        <translation>Leyendo la comisión…</translation>
    </message>
    <message>
        <source>Not enough FIL on %1: the account holds %2 and the fee may take up to %3.</source>
        <translation>No hay suficientes FIL en %1: la cuenta tiene %2 y la comisión puede llegar a %3.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No se envió: %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SubnetActions</name>
    <message>
        <source>&amp;Create Child Subnet…</source>
        <translation>&amp;Crear subred hija…</translation>
    </message>
    <message>
        <source>Create a subnet under the selected one</source>
        <translation>Crear una subred bajo la seleccionada</translation>
    </message>
    <message>
        <source>&amp;Fund…</source>
        <translation>&amp;Depositar…</translation>
    </message>
    <message>
        <source>Send FIL from the parent into the selected subnet</source>
        <translation>Enviar FIL desde el padre a la subred seleccionada</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Send FIL from the selected subnet back to its parent</source>
        <translation>Enviar FIL desde la subred seleccionada de vuelta a su padre</translation>
    </message>
    <message>
        <source>Open &amp;RPC URL</source>
        <translation>Abrir &amp;URL de RPC</translation>
    </message>
    <message>
        <source>Open the selected subnet's JSON-RPC endpoint</source>
        <translation>Abrir el endpoint JSON-RPC de la subred seleccionada</translation>
    </message>
    <message>
        <source>Copy Subnet &amp;Id</source>
        <translation>Copiar el &amp;id de la subred</translation>
    </message>
    <message>
        <source>Copy the selected subnet's id to the clipboard</source>
        <translation>Copiar el id de la subred seleccionada al portapapeles</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>No JSON-RPC server serves this subnet</source>
        <translation>Ningún servidor JSON-RPC atiende esta subred</translation>
    </message>
    <message>
        <source>&amp;Fund %1…</source>
        <translation>&amp;Depositar en %1…</translation>
    </message>
    <message>
        <source>&amp;Release from %1…</source>
        <translation>&amp;Retirar de %1…</translation>
    </message>
    <message>
        <source>The root has no parent to move FIL from or to</source>
        <translation>La raíz no tiene padre desde el que o hacia el que mover FIL</translation>
    </message>
    <message>
        <source>Created %1 (%2); it starts once its validators join</source>
        <translation>Se creó %1 (%2); arranca en cuanto se unan sus validadores</translation>
    </message>
    <message>
        <source>Funding %1 with %2 FIL: %3</source>
        <translation>Depositando %2 FIL en %1: %3</translation>
    </message>
    <message>
        <source>Releasing %1 FIL from %2: %3</source>
        <translation>Retirando %1 FIL de %2: %3</translation>
    </message>
    <message>
        <source>No JSON-RPC server serves %1</source>
        <translation>Ningún servidor JSON-RPC atiende %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>&amp;Join as Validator…</source>
        <translation>Unirse como &amp;validador…</translation>
    </message>
    <message>
        <source>Lock collateral and validate the selected subnet</source>
        <translation>Bloquear colateral y validar la subred seleccionada</translation>
    </message>
    <message>
        <source>&amp;Stake…</source>
        <translation>&amp;Aportar colateral…</translation>
    </message>
    <message>
        <source>Add collateral as a validator of the selected subnet</source>
        <translation>Aportar colateral como validador de la subred seleccionada</translation>
    </message>
    <message>
        <source>U&amp;nstake…</source>
        <translation>Retirar c&amp;olateral…</translation>
    </message>
    <message>
        <source>Take back part of a validator's collateral</source>
        <translation>Retirar parte del colateral de un validador</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>&amp;Salir como validador…</translation>
    </message>
    <message>
        <source>Stop validating the selected subnet</source>
        <translation>Dejar de validar la subred seleccionada</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>&amp;Eliminar subred…</translation>
    </message>
    <message>
        <source>End the selected subnet for good (its owner, once no collateral is left)</source>
        <translation>Eliminar definitivamente la subred seleccionada (su propietario, cuando no quede colateral)</translation>
    </message>
    <message>
        <source>The root has no validators to join or leave</source>
        <translation>En la raíz no se puede entrar ni salir como validador</translation>
    </message>
    <message>
        <source>Join sent to %1's subnet actor: %2</source>
        <translation>Unión enviada al actor de subred de %1: %2</translation>
    </message>
    <message>
        <source>Stake sent to %1's subnet actor: %2</source>
        <translation>Aporte de colateral enviado al actor de subred de %1: %2</translation>
    </message>
    <message>
        <source>Unstake sent to %1's subnet actor: %2</source>
        <translation>Retirada de colateral enviada al actor de subred de %1: %2</translation>
    </message>
    <message>
        <source>Leave sent to %1's subnet actor: %2</source>
        <translation>Salida enviada al actor de subred de %1: %2</translation>
    </message>
    <message>
        <source>Kill sent to %1's subnet actor: %2</source>
        <translation>Eliminación enviada al actor de subred de %1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source> (the receipt on the parent's Transactions page says whether the actor accepted it)</source>
        <translation> (el recibo en la página Transacciones del padre indica si el actor lo aceptó)</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SubnetFormat</name>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>halted</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SubnetPages</name>
    <message>
        <source>Log %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Tema %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Bloques</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transacciones</translation>
    </message>
    <message>
        <source>&amp;Validators</source>
        <translation>&amp;Validadores</translation>
    </message>
    <message>
        <source>&amp;Checkpoints</source>
        <translation>&amp;Puntos de control</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <extracomment>keyboard shortcut of a subnet page tab</extracomment>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Subnet id</source>
        <translation>Id de subred</translation>
    </message>
    <message>
        <source>Copy the subnet id</source>
        <translation>Copiar el id de la subred</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>URL de RPC</translation>
    </message>
    <message>
        <source>Copy the RPC URL</source>
        <translation>Copiar la URL de RPC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Subnet actor</source>
        <translation>Actor de subred</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Id de cadena</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Checkpoint period</source>
        <translation>Periodo de punto de control</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Mayoría</translation>
    </message>
    <message>
        <source>Min. validators</source>
        <translation>Mín. de validadores</translation>
    </message>
    <message>
        <source>Min. activation collateral</source>
        <translation>Colateral mín. de activación</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>Tiempo de bloque</translation>
    </message>
    <message>
        <source>Messages per batch</source>
        <translation>Mensajes por lote</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Circulating supply</source>
        <translation>Suministro circulante</translation>
    </message>
    <message>
        <source>Supply here</source>
        <translation>Suministro aquí</translation>
    </message>
    <message>
        <source>Top-down nonce</source>
        <translation>Nonce descendente</translation>
    </message>
    <message>
        <source>Bottom-up nonce</source>
        <translation>Nonce ascendente</translation>
    </message>
    <message>
        <source>Parent finality</source>
        <translation>Finalidad del padre</translation>
    </message>
    <message>
        <source>Checkpoints and validators</source>
        <translation>Puntos de control y validadores</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>Último punto de control</translation>
    </message>
    <message>
        <source>Accepted by parent</source>
        <translation>Aceptado por el padre</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validadores</translation>
    </message>
    <message>
        <source>Relayer</source>
        <translation>Relayer</translation>
    </message>
    <message>
        <source>&amp;Follow tip</source>
        <translation>&amp;Seguir el último</translation>
    </message>
    <message>
        <source>List new blocks as they come; off keeps the list still</source>
        <translation>Listar los bloques nuevos según llegan; desactivado mantiene la lista quieta</translation>
    </message>
    <message>
        <source>Copy Block Hash</source>
        <translation>Copiar hash del bloque</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>F&amp;ollow tip</source>
        <translation>Seg&amp;uir el último</translation>
    </message>
    <message>
        <source>List new transactions as they come</source>
        <translation>Listar las transacciones nuevas según llegan</translation>
    </message>
    <message>
        <source>Copy Transaction Hash</source>
        <translation>Copiar hash de la transacción</translation>
    </message>
    <message>
        <source>&amp;Relayer on</source>
        <translation>&amp;Relayer activo</translation>
    </message>
    <message>
        <source>The relayer submits this subnet's checkpoints to its parent; off stops them there</source>
        <translation>El relayer envía los puntos de control de esta subred a su padre; desactivado los retiene aquí</translation>
    </message>
    <message>
        <source>Uncheck Online to take a validator offline: with less than two thirds of the power online the subnet halts.</source>
        <translation>Desmarque En línea para desconectar un validador: con menos de dos tercios del poder en línea la subred se detiene.</translation>
    </message>
    <message>
        <source>Copy Checkpoint Hash</source>
        <translation>Copiar hash del punto de control</translation>
    </message>
    <message>
        <source>Select a checkpoint to inspect it.</source>
        <translation>Seleccione un punto de control para inspeccionarlo.</translation>
    </message>
    <message>
        <source>Open in &amp;Parent</source>
        <translation>Abrir en el &amp;padre</translation>
    </message>
    <message>
        <source>Show the parent block where this checkpoint was executed</source>
        <translation>Mostrar el bloque del padre donde se ejecutó este punto de control</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Virtual time</source>
        <translation>Tiempo virtual</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Copy Tracing Id</source>
        <translation>Copiar id de rastreo</translation>
    </message>
    <message>
        <source>Select a block to see its header and commit signatures.</source>
        <translation>Seleccione un bloque para ver su cabecera y sus firmas del commit.</translation>
    </message>
    <message>
        <source>Select a transaction to see its receipt and logs.</source>
        <translation>Seleccione una transacción para ver su recibo y sus registros.</translation>
    </message>
    <message>
        <source>Select a message to see its route and trace.</source>
        <translation>Seleccione un mensaje para ver su ruta y su traza.</translation>
    </message>
    <message>
        <source>Select a subnet in the tree or the graph.</source>
        <translation>Seleccione una subred en el árbol o en el grafo.</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Status: &lt;b style="color:%1"&gt;%2&lt;/b&gt; · %3 of %4 validators online · height %5</source>
        <translation>Estado: &lt;b style="color:%1"&gt;%2&lt;/b&gt; · %3 de %4 validadores en línea · altura %5</translation>
    </message>
    <message>
        <source>none (the root)</source>
        <translation>ninguno (la raíz)</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation><numerusform>%n bloque</numerusform><numerusform>%n bloques</numerusform></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>majority: the share of validator weight a checkpoint needs, e.g. "67%"</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a (the root)</source>
        <extracomment>the relayer submits checkpoints ("on") or is stopped ("off")</extracomment>
        <translation>n/d (la raíz)</translation>
    </message>
    <message>
        <source>%1 sent · %2 applied</source>
        <extracomment>top-down nonce: messages the parent sent down, and those this subnet applied</extracomment>
        <translation>%1 enviados · %2 aplicados</translation>
    </message>
    <message>
        <source>height %1 · %2</source>
        <extracomment>parent finality: the parent's height and the start of its block hash</extracomment>
        <translation>altura %1 · %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>height %1 · %2 · %3 cut so far</source>
        <extracomment>last checkpoint: its height, its stage, and how many the subnet cut in all</extracomment>
        <translation>altura %1 · %2 · %3 generados hasta ahora</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 de %2 en línea</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>off</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloque %1</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Parent hash</source>
        <translation>Hash del padre</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proponente</translation>
    </message>
    <message>
        <source>State root</source>
        <translation>Raíz de estado</translation>
    </message>
    <message>
        <source>Transactions root</source>
        <translation>Raíz de transacciones</translation>
    </message>
    <message>
        <source>Receipts root</source>
        <translation>Raíz de recibos</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>Tarifa base</translation>
    </message>
    <message>
        <source>Gas used / limit</source>
        <translation>Gas usado / límite</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>System events</source>
        <translation>Eventos del sistema</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Commit signatures</source>
        <translation>Firmas del commit</translation>
    </message>
    <message>
        <source>✓ verified · power %1</source>
        <translation>✓ verificada · poder %1</translation>
    </message>
    <message>
        <source>✗ not verified · power %1</source>
        <translation>✗ no verificada · poder %1</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>%1 (index %2)</source>
        <translation>%1 (índice %2)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>contract creation</source>
        <translation>creación de contrato</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Gas limit</source>
        <translation>Límite de gas</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>success</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallida: %1</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas usado</translation>
    </message>
    <message>
        <source>Effective gas price</source>
        <translation>Precio efectivo del gas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>system (no fee)</source>
        <translation>sistema (sin comisión)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Checkpoint at height %1 · %2</source>
        <translation>Punto de control a la altura %1 · %2</translation>
    </message>
    <message>
        <source>signed %1 of threshold %2 (total %3)</source>
        <extracomment>quorum progress: signed weight of the threshold, and of the total</extracomment>
        <translation>firmado %1 de un umbral de %2 (total %3)</translation>
    </message>
    <message>
        <source>cut</source>
        <extracomment>checkpoint stage: the subnet cut (made) the checkpoint at this height</extracomment>
        <translation>generado</translation>
    </message>
    <message>
        <source>submitted to parent</source>
        <translation>enviado al padre</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>firmando</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>the height the first signature arrived at</extracomment>
        <translation>desde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation><numerusform>%n firma</numerusform><numerusform>%n firmas</numerusform></translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verificada</translation>
    </message>
    <message>
        <source>✗ invalid</source>
        <translation>✗ no válida</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Punto de control</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>Altura del bloque</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Hash del bloque</translation>
    </message>
    <message>
        <source>Next configuration</source>
        <translation>Siguiente configuración</translation>
    </message>
    <message>
        <source>Active validators</source>
        <translation>Validadores activos</translation>
    </message>
    <message>
        <source>Blocks committed</source>
        <translation>Bloques confirmados</translation>
    </message>
    <message>
        <source>Data root commitment</source>
        <translation>Compromiso de la raíz de datos</translation>
    </message>
    <message>
        <source>ABI hash</source>
        <extracomment>keccak256 of the ABI-encoded checkpoint, what validators sign</extracomment>
        <translation>Hash ABI</translation>
    </message>
    <message>
        <source>Hash check</source>
        <translation>Comprobación del hash</translation>
    </message>
    <message>
        <source>✓ recomputed from the fields above</source>
        <translation>✓ recalculado a partir de los campos anteriores</translation>
    </message>
    <message>
        <source>✗ differs from the fields above</source>
        <translation>✗ no coincide con los campos anteriores</translation>
    </message>
    <message>
        <source>%1 signed · threshold %2 · total %3</source>
        <translation>%1 firmado · umbral %2 · total %3</translation>
    </message>
    <message>
        <source>Relayer transaction</source>
        <translation>Transacción del relayer</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s)</source>
        <translation><numerusform>%n validador</numerusform><numerusform>%n validadores</numerusform></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <source>Membership change</source>
        <translation>Cambio de membresía</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>joined with weight %1</source>
        <translation>se unió con peso %1</translation>
    </message>
    <message>
        <source>left (weight %1)</source>
        <translation>salió (peso %1)</translation>
    </message>
    <message>
        <source>weight %1 → %2</source>
        <translation>peso %1 → %2</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Tracing id</source>
        <translation>Id de rastreo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>a receipt message: the tracing id of the message it answers</extracomment>
        <translation>Responde a</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Traza</translation>
    </message>
    <message>
        <source>%1 at height %2 · %3</source>
        <translation>%1 a la altura %2 · %3</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message numerus="yes">
        <source>Data (%n byte(s))</source>
        <translation><numerusform>Datos (%n byte)</numerusform><numerusform>Datos (%n bytes)</numerusform></translation>
    </message>
    <message>
        <source>Co&amp;ntracts</source>
        <extracomment>tab listing the contracts deployed on the subnet</extracomment>
        <translation>C&amp;ontratos</translation>
    </message>
    <message>
        <source>Copy Contract Address</source>
        <translation>Copiar dirección del contrato</translation>
    </message>
    <message>
        <source>Created contract</source>
        <translation>Contrato creado</translation>
    </message>
    <message>
        <source>console.log</source>
        <extracomment>The section of Hardhat's console.log output: a function name, keep it as it is</extracomment>
        <translation>console.log</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>a cross-net call: the contract method it calls (its 4-byte selector)</extracomment>
        <translation>Método</translation>
    </message>
    <message>
        <source>Params</source>
        <extracomment>a cross-net call: its ABI-encoded arguments, in hex</extracomment>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>a Result message: how the call it answers went (Ok, ActorErr, SystemErr)</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Return data</source>
        <extracomment>a Result message: the data the called contract returned (or its revert data)</extracomment>
        <translation>Datos devueltos</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>a Result message: the call's revert in words</extracomment>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Call trace</source>
        <translation>Traza de llamadas</translation>
    </message>
    <message>
        <source>running it again…</source>
        <translation>ejecutándola de nuevo…</translation>
    </message>
    <message>
        <source>Contracts on this subnet, newest first: deployed by a transaction or made by a factory contract (CREATE, CREATE2). Select one to read, call or send to it; double-click it to open the transaction that created it.</source>
        <translation>Contratos de esta subred, los más recientes primero: desplegados por una transacción o creados por un contrato fábrica (CREATE, CREATE2). Seleccione uno para leerlo, llamarlo o enviarle algo; haga doble clic para abrir la transacción que lo creó.</translation>
    </message>
    <message>
        <source>Emitter</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>one frame of a call trace: the call type (CALL, STATICCALL, ...) and what it called</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>gas %1 of %2</source>
        <extracomment>the gas one call of a trace used, of the gas it was given</extracomment>
        <translation>gas %1 de %2</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SubnetSummary</name>
    <message>
        <source>Select a subnet in the tree or the graph to see its details.</source>
        <translation>Seleccione una subred en el árbol o en el grafo para ver sus detalles.</translation>
    </message>
    <message>
        <source>The subnet id; select it to copy</source>
        <translation>El id de la subred; selecciónelo para copiarlo</translation>
    </message>
    <message>
        <source>Subnet id</source>
        <translation>Id de subred</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Id de cadena</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>Tiempo de bloque</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validadores</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Puntos de control</translation>
    </message>
    <message>
        <source>Parent finality</source>
        <translation>Finalidad del padre</translation>
    </message>
    <message>
        <source>Relayer</source>
        <translation>Relayer</translation>
    </message>
    <message>
        <source>Mempool</source>
        <translation>Mempool</translation>
    </message>
    <message>
        <source>Circulating supply</source>
        <translation>Suministro circulante</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>summary title: subnet name and its status, e.g. "alpha · running"</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>— (the root)</source>
        <translation>— (la raíz)</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 de %2 en línea</translation>
    </message>
    <message>
        <source>every %1 · cut %2 · accepted %3</source>
        <extracomment>checkpoint period, last height cut here, last height the parent accepted</extracomment>
        <translation>cada %1 · generado %2 · aceptado %3</translation>
    </message>
    <message>
        <source>A checkpoint every %1 blocks; the last was cut at height %2 and the parent accepted checkpoints up to height %3</source>
        <translation>Un punto de control cada %1 bloques; el último se generó a la altura %2 y el padre aceptó puntos de control hasta la altura %3</translation>
    </message>
    <message>
        <source>parent height %1</source>
        <translation>altura del padre %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>— (the root has no parent)</source>
        <translation>— (la raíz no tiene padre)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 transacciones</translation>
    </message>
    <message>
        <source>n/a (the root)</source>
        <translation>n/d (la raíz)</translation>
    </message>
</context>
<context>
    <name>ipc::ui::Templates</name>
    <message>
        <source>Root and one subnet with 4 validators</source>
        <translation>Raíz y una subred con 4 validadores</translation>
    </message>
    <message>
        <source>Root and two sibling subnets with 4 validators each</source>
        <translation>Raíz y dos subredes hermanas con 4 validadores cada una</translation>
    </message>
    <message>
        <source>Root, two subnets and four grandchildren (7 chains)</source>
        <translation>Raíz, dos subredes y cuatro nietas (7 cadenas)</translation>
    </message>
    <message>
        <source>Root and one subnet with 4 validators and a short checkpoint period (5 blocks)</source>
        <translation>Raíz y una subred con 4 validadores y un periodo de punto de control corto (5 bloques)</translation>
    </message>
    <message>
        <source>Cross-net example dApp (counter, ping-pong, token bridge) on root, a subnet and a grandchild</source>
        <translation>dApp de ejemplo entre subredes (contador, ping-pong, puente de tokens) en la raíz, una subred y una nieta</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransactionTableModel</name>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas usado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>contract creation</source>
        <translation>creación de contrato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>ok (system)</source>
        <extracomment>a transaction validators or relayers send for IPC, without a fee</extracomment>
        <translation>ok (sistema)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>contract creation → %1</source>
        <extracomment>the To cell of a transaction that deployed a contract: the contract's address</extracomment>
        <translation>creación de contrato → %1</translation>
    </message>
    <message>
        <source>Created contract %1</source>
        <translation>Contrato creado %1</translation>
    </message>
    <message>
        <source>A contract creation that failed: no contract was made</source>
        <translation>Una creación de contrato fallida: no se creó ningún contrato</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>the To cell of a call to a known contract: its name and short address</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferAmountPage</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>How much FIL to move (up to 18 decimals).</source>
        <translation>Cuántos FIL mover (hasta 18 decimales).</translation>
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation>FIL, p. ej., 1.5</translation>
    </message>
    <message>
        <source>&amp;Max</source>
        <translation>&amp;Máx.</translation>
    </message>
    <message>
        <source>Everything the account can move: its balance after the fee</source>
        <translation>Todo lo que la cuenta puede mover: su saldo después de la comisión</translation>
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation>&amp;Importe (FIL)</translation>
    </message>
    <message>
        <source>Available on %1: %2.</source>
        <translation>Disponible en %1: %2.</translation>
    </message>
    <message>
        <source>Fee on %1: about %2 (at most %3). The hops after it charge nothing.</source>
        <translation>Comisión en %1: unos %2 (como mucho %3). Los saltos siguientes no cobran nada.</translation>
    </message>
    <message>
        <source>Fee: %1 expected, %2 at most</source>
        <translation>Comisión: %1 prevista, %2 como máximo</translation>
    </message>
    <message>
        <source>Moving up out of %1 is limited to what circulates there: %2.</source>
        <translation>Subir desde %1 está limitado a lo que circula allí: %2.</translation>
    </message>
    <message>
        <source>The receiver holds %1 on %2 now, %3 once this arrives.</source>
        <translation>El destinatario tiene ahora %1 en %2; %3 cuando esto llegue.</translation>
    </message>
    <message>
        <source>The receiver holds %1 on %2 now.</source>
        <translation>El destinatario tiene ahora %1 en %2.</translation>
    </message>
    <message>
        <source>Reading the balance and the fee…</source>
        <translation>Leyendo el saldo y la comisión…</translation>
    </message>
    <message>
        <source>That is more than the account can send from %1: it holds %2 and the fee may take up to %3, so at most %4.</source>
        <translation>Es más de lo que la cuenta puede enviar desde %1: tiene %2 y la comisión puede llegar a %3, así que como mucho %4.</translation>
    </message>
    <message>
        <source>Too much for a move up: %1 has only %2 in circulation (what its parent locked for it), and a transfer up can never take out more than that.</source>
        <translation>Demasiado para una subida: %1 solo tiene %2 en circulación (lo que su padre bloqueó para ella) y una transferencia hacia arriba nunca puede sacar más que eso.</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferFromPage</name>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Where the FIL is now: the subnet and the account that sends it.</source>
        <translation>Dónde están ahora los FIL: la subred y la cuenta que los envía.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>This account holds</source>
        <translation>Esta cuenta tiene</translation>
    </message>
    <message>
        <source>Click a subnet to send from there</source>
        <translation>Haga clic en una subred para enviar desde allí</translation>
    </message>
    <message>
        <source>&amp;Subnet</source>
        <translation>&amp;Subred</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>The account on every subnet:</source>
        <translation>La cuenta en cada subred:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(bloqueada)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>No hierarchy is running.</source>
        <translation>No hay ninguna jerarquía en marcha.</translation>
    </message>
    <message>
        <source>The wallet has no accounts: add one in the Wallet (Ctrl+Shift+W).</source>
        <translation>La cartera no tiene cuentas: añada una en la Cartera (Ctrl+Mayús+W).</translation>
    </message>
    <message>
        <source>Reading balances…</source>
        <translation>Leyendo saldos…</translation>
    </message>
    <message>
        <source>This account's key is locked by the wallet password: unlock the wallet first (Wallet › Unlock).</source>
        <translation>La clave de esta cuenta está bloqueada por la contraseña de la cartera: desbloquee primero la cartera (Cartera › Desbloquear).</translation>
    </message>
    <message>
        <source>This account holds nothing on %1. Pick another account or subnet, or top the account up on the root (Wallet › Top Up From Faucet).</source>
        <translation>Esta cuenta no tiene nada en %1. Elija otra cuenta u otra subred, o recargue la cuenta en la raíz (Cartera › Recargar desde el faucet).</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>The route your FIL takes, what happens at each hop and how long it should take at the current block times.</source>
        <translation>La ruta que siguen sus FIL, qué ocurre en cada salto y cuánto debería tardar con los tiempos de bloque actuales.</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>The route could not be worked out: go back and check both ends.</source>
        <translation>No se pudo calcular la ruta: vuelva atrás y compruebe ambos extremos.</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>Receipt back</source>
        <translation>Recibo de vuelta</translation>
    </message>
    <message>
        <source>the same way back, as IPC's Result message</source>
        <translation>el mismo camino de vuelta, como mensaje Result de IPC</translation>
    </message>
    <message>
        <source>%1 sends a receipt (IPC's Result message) back to %2 the same way in reverse; it confirms the transfer, or returns the value if it was rejected.</source>
        <translation>%1 envía un recibo (el mensaje Result de IPC) de vuelta a %2 por el mismo camino en sentido inverso; confirma la transferencia o devuelve el importe si fue rechazada.</translation>
    </message>
    <message>
        <source>It is one hop down: IPC's fund on %1's gateway.</source>
        <translation>Es un salto hacia abajo: el fund de IPC en el gateway de %1.</translation>
    </message>
    <message>
        <source>It is one hop up: IPC's release on %1's gateway.</source>
        <translation>Es un salto hacia arriba: el release de IPC en el gateway de %1.</translation>
    </message>
    <message>
        <source>It travels as one cross-net message routed through the gateways, up to %1 (the common ancestor) and then down; you sign once, on %2.</source>
        <translation>Viaja como un único mensaje entre redes encaminado por los gateways, sube hasta %1 (el ancestro común) y luego baja; usted firma una sola vez, en %2.</translation>
    </message>
    <message>
        <source>Fee on %1: about %2.</source>
        <translation>Comisión en %1: unos %2.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Send %1&lt;/b&gt; from %2 on &lt;b&gt;%3&lt;/b&gt; to %4 on &lt;b&gt;%5&lt;/b&gt;. %6 %n hop(s), expected %7; the receipt follows about %8 later. %9 The subnets on the way charge nothing and need no FIL from you: cross-net messages carry no fee.</source>
        <translation><numerusform>&lt;b&gt;Enviar %1&lt;/b&gt; desde %2 en &lt;b&gt;%3&lt;/b&gt; a %4 en &lt;b&gt;%5&lt;/b&gt;. %6 %n salto, previsto %7; el recibo llega unos %8 después. %9 Las subredes del camino no cobran nada ni necesitan FIL suyos: los mensajes entre redes no pagan comisión.</numerusform><numerusform>&lt;b&gt;Enviar %1&lt;/b&gt; desde %2 en &lt;b&gt;%3&lt;/b&gt; a %4 en &lt;b&gt;%5&lt;/b&gt;. %6 %n saltos, previsto %7; el recibo llega unos %8 después. %9 Las subredes del camino no cobran nada ni necesitan FIL suyos: los mensajes entre redes no pagan comisión.</numerusform></translation>
    </message>
    <message>
        <source>It travels as one cross-net message routed down through the gateways; you sign once, on %1.</source>
        <translation>Viaja como un único mensaje entre redes encaminado hacia abajo por los gateways; usted firma una sola vez, en %1.</translation>
    </message>
    <message>
        <source>It travels as one cross-net message routed up through the gateways, checkpoint by checkpoint; you sign once, on %1.</source>
        <translation>Viaja como un único mensaje entre redes encaminado hacia arriba por los gateways, punto de control a punto de control; usted firma una sola vez, en %1.</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferToPage</name>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Pick the destination subnet in the hierarchy and who receives the FIL.</source>
        <translation>Elija la subred de destino en la jerarquía y quién recibe los FIL.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subred</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>0x… or t410f… (paste any address)</source>
        <translation>0x… o t410f… (pegue cualquier dirección)</translation>
    </message>
    <message>
        <source>or pick one of your accounts…</source>
        <translation>o elija una de sus cuentas…</translation>
    </message>
    <message>
        <source>&amp;Destination subnet</source>
        <translation>Subred de &amp;destino</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Receptor</translation>
    </message>
    <message>
        <source>(sending from here)</source>
        <translation>(se envía desde aquí)</translation>
    </message>
    <message>
        <source>Receiver: %1  =  %2</source>
        <extracomment>both spellings of the receiving address</extracomment>
        <translation>Receptor: %1  =  %2</translation>
    </message>
    <message>
        <source>Pick the destination subnet in the tree.</source>
        <translation>Elija la subred de destino en el árbol.</translation>
    </message>
    <message>
        <source>That is the subnet the FIL is on now. Pick another subnet, or use Send in the Wallet to pay someone on the same subnet.</source>
        <translation>Esa es la subred donde están ahora los FIL. Elija otra subred o use Enviar en la Cartera para pagar a alguien en la misma subred.</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferTrackPage</name>
    <message>
        <source>Submit and Track</source>
        <translation>Enviar y seguir</translation>
    </message>
    <message>
        <source>Every step of every hop as it happens. You can close this window: the Messages view keeps following the transfer.</source>
        <translation>Cada paso de cada salto en cuanto ocurre. Puede cerrar esta ventana: la vista Mensajes sigue la transferencia.</translation>
    </message>
    <message>
        <source>Show in &amp;Messages</source>
        <translation>Ver en &amp;Mensajes</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Signing with the wallet and handing the transaction to %1.</source>
        <translation>Firmando con la cartera y entregando la transacción a %1.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>The transaction was refused and nothing moved: %1</source>
        <translation>La transacción fue rechazada y no se movió nada: %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferWizard</name>
    <message>
        <source>Transfer Between Subnets</source>
        <translation>Transferencia entre subredes</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>the commit button of the transfer wizard's review page</extracomment>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ValidatorDialog</name>
    <message>
        <source>Join %1 as Validator</source>
        <translation>Unirse a %1 como validador</translation>
    </message>
    <message>
        <source>The account locks collateral in %1's subnet actor on %2 and registers its public key. It starts validating %1 once a checkpoint confirms the change (or at once while %1 is still gathering its first validators).</source>
        <translation>La cuenta bloquea colateral en el actor de subred de %1 en %2 y registra su clave pública. Empieza a validar %1 en cuanto un punto de control confirma el cambio (o enseguida, mientras %1 aún reúne sus primeros validadores).</translation>
    </message>
    <message>
        <source>Stake More in %1</source>
        <translation>Aportar más colateral en %1</translation>
    </message>
    <message>
        <source>A validator of %1 adds collateral on %2; its power grows once a checkpoint confirms the change.</source>
        <translation>Un validador de %1 aporta colateral en %2; su poder crece en cuanto un punto de control confirma el cambio.</translation>
    </message>
    <message>
        <source>Unstake from %1</source>
        <translation>Retirar colateral de %1</translation>
    </message>
    <message>
        <source>A validator of %1 takes back part of its collateral; it is released on %2 once a checkpoint confirms the change.</source>
        <translation>Un validador de %1 retira parte de su colateral; se libera en %2 en cuanto un punto de control confirma el cambio.</translation>
    </message>
    <message>
        <source>Leave %1</source>
        <translation>Salir de %1</translation>
    </message>
    <message>
        <source>The validator stops validating %1. Its whole collateral is released on %2 once a checkpoint confirms it.</source>
        <translation>El validador deja de validar %1. Todo su colateral se libera en %2 en cuanto un punto de control lo confirma.</translation>
    </message>
    <message>
        <source>Kill %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>The subnet's owner ends %1 for good: the subnet actor on %2 refuses it while validators still have collateral in it. A killed subnet produces no more blocks.</source>
        <translation>El propietario de la subred elimina %1 definitivamente: el actor de subred en %2 lo rechaza mientras los validadores aún tengan colateral en ella. Una subred eliminada ya no produce bloques.</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Propietario:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>FIL, up to 18 decimals</source>
        <translation>FIL, hasta 18 decimales</translation>
    </message>
    <message>
        <source>A&amp;mount (FIL):</source>
        <translation>&amp;Importe (FIL):</translation>
    </message>
    <message>
        <source>&amp;Collateral (FIL):</source>
        <translation>C&amp;olateral (FIL):</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Aportar</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 on the parent</source>
        <translation>%1 · %2 · %3 en el padre</translation>
    </message>
    <message>
        <source>Waiting for the wallet's accounts…</source>
        <translation>Esperando las cuentas de la cartera…</translation>
    </message>
    <message>
        <source>Enter an amount in FIL.</source>
        <translation>Introduzca una cantidad en FIL.</translation>
    </message>
    <message>
        <source>Not an amount: %1</source>
        <translation>No es una cantidad: %1</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>La cantidad debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The account holds only %1 on the parent.</source>
        <translation>La cuenta solo tiene %1 en el padre.</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ValidatorTableModel</name>
    <message>
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Poder</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Colateral</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Blocks proposed</source>
        <translation>Bloques propuestos</translation>
    </message>
    <message>
        <source>Signatures given</source>
        <extracomment>checkpoint signatures the validator gave</extracomment>
        <translation>Firmas dadas</translation>
    </message>
    <message>
        <source>Online: signs blocks and checkpoints. Uncheck to take it offline.</source>
        <translation>En línea: firma bloques y puntos de control. Desmarque para desconectarlo.</translation>
    </message>
    <message>
        <source>Offline: signs nothing. Check to bring it back.</source>
        <translation>Desconectado: no firma nada. Marque para reconectarlo.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
</context>
<context>
    <name>ipc::ui::WalletModel</name>
    <message>
        <source>Balance on %1 (%2)</source>
        <translation>Saldo en %1 (%2)</translation>
    </message>
    <message>
        <source>The default account: preselected as the sender</source>
        <translation>La cuenta predeterminada: preseleccionada como remitente</translation>
    </message>
    <message>
        <source>Transactions this account sent on the root</source>
        <translation>Transacciones que esta cuenta envió en la raíz</translation>
    </message>
    <message>
        <source>★</source>
        <extracomment>column of the default-account mark</extracomment>
        <translation>★</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Filecoin form</source>
        <extracomment>the Filecoin (f4, delegated) form of an address</extracomment>
        <translation>Forma Filecoin</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Locked: unlock the wallet with its password to sign with this key</source>
        <translation>Bloqueada: desbloquee la cartera con su contraseña para firmar con esta clave</translation>
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
        <translation>%1 en %2 · nonce %3</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <extracomment>an account whose key is locked by the wallet password</extracomment>
        <translation>%1 (bloqueada)</translation>
    </message>
</context>
<context>
    <name>ipc::ui::WalletPanel</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>Add the next account of the workspace's mnemonic</source>
        <translation>Añadir la siguiente cuenta del mnemónico del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a private key, a keystore file or a mnemonic account</source>
        <translation>Importar una clave privada, un archivo keystore o una cuenta de un mnemónico</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the selected account's key (hex, keystore file, ipc-cli)</source>
        <translation>Exportar la clave de la cuenta seleccionada (hex, archivo keystore, ipc-cli)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Change the selected account's label</source>
        <translation>Cambiar la etiqueta de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected account from the wallet</source>
        <translation>Quitar la cuenta seleccionada de la cartera</translation>
    </message>
    <message>
        <source>Set &amp;Default</source>
        <translation>P&amp;or defecto</translation>
    </message>
    <message>
        <source>Preselect the selected account as the sender</source>
        <translation>Preseleccionar la cuenta seleccionada como remitente</translation>
    </message>
    <message>
        <source>&amp;Copy 0x</source>
        <translation>&amp;Copiar 0x</translation>
    </message>
    <message>
        <source>Copy the selected account's 0x address</source>
        <translation>Copiar la dirección 0x de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Copy &amp;t410</source>
        <translation>Copiar t&amp;410</translation>
    </message>
    <message>
        <source>Copy the selected account's Filecoin (t410f…) address</source>
        <translation>Copiar la dirección Filecoin (t410f…) de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Send FIL to an address on the same subnet</source>
        <translation>Enviar FIL a una dirección de la misma subred</translation>
    </message>
    <message>
        <source>&amp;Faucet</source>
        <translation>&amp;Faucet</translation>
    </message>
    <message>
        <source>Top the selected account up with %1 FIL on the root from a prefunded account</source>
        <translation>Recargar la cuenta seleccionada con %1 FIL en la raíz desde una cuenta con fondos</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <source>Move FIL from the selected account to another subnet</source>
        <translation>Mover FIL de la cuenta seleccionada a otra subred</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Set, unlock or lock the wallet password</source>
        <translation>Establecer la contraseña de la cartera, desbloquearla o bloquearla</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>&amp;Cambiar contraseña…</translation>
    </message>
    <message>
        <source>Wallet password changed</source>
        <translation>Contraseña de la cartera cambiada</translation>
    </message>
    <message>
        <source>&amp;Remove Password…</source>
        <translation>&amp;Quitar contraseña…</translation>
    </message>
    <message>
        <source>Wallet password removed: imported keys are stored unencrypted</source>
        <translation>Contraseña de la cartera eliminada: las claves importadas se guardan sin cifrar</translation>
    </message>
    <message>
        <source>Start a hierarchy to use the wallet.</source>
        <translation>Inicie una jerarquía para usar la cartera.</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>Establecer contra&amp;seña…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation><numerusform>%n cuenta</numerusform><numerusform>%n cuentas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>locked: %n imported key(s) wait for the password</source>
        <translation><numerusform>bloqueada: %n clave importada espera la contraseña</numerusform><numerusform>bloqueada: %n claves importadas esperan la contraseña</numerusform></translation>
    </message>
    <message>
        <source>unlocked; imported keys are stored encrypted</source>
        <translation>desbloqueada; las claves importadas se guardan cifradas</translation>
    </message>
    <message>
        <source>double-click an address to copy it</source>
        <translation>doble clic en una dirección para copiarla</translation>
    </message>
    <message>
        <source>New account %1: it holds nothing yet; the faucet (Ctrl+U) tops it up</source>
        <translation>Nueva cuenta %1: aún no tiene nada; el faucet (Ctrl+U) la recarga</translation>
    </message>
    <message>
        <source>No new account: %1</source>
        <translation>No se creó la cuenta: %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importada %1</translation>
    </message>
    <message>
        <source>Rename Account</source>
        <translation>Renombrar cuenta</translation>
    </message>
    <message>
        <source>Label of %1:</source>
        <translation>Etiqueta de %1:</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>No se renombró: %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the wallet?</source>
        <translation>¿Quitar %1 (%2) de la cartera?</translation>
    </message>
    <message>
        <source>It comes from the workspace's mnemonic: New or an import of that mnemonic brings it back.</source>
        <translation>Procede del mnemónico del espacio de trabajo: Nueva o una importación de ese mnemónico la recupera.</translation>
    </message>
    <message>
        <source>Its key is gone from this workspace afterwards: export it first if you still need it.</source>
        <translation>Después su clave desaparece de este espacio de trabajo: expórtela antes si todavía la necesita.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Quitada %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se quitó: %1</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>No se estableció: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Sent: transaction %1 (it shows on the Transactions page once mined)</source>
        <translation>Enviada: transacción %1 (aparece en la página Transacciones cuando se mine)</translation>
    </message>
    <message>
        <source>The faucet could not pay: %1</source>
        <translation>El faucet no pudo pagar: %1</translation>
    </message>
    <message>
        <source>Faucet: %1 FIL for %2 on the root arrive with the next root block</source>
        <translation>Faucet: %1 FIL para %2 en la raíz llegan con el próximo bloque de la raíz</translation>
    </message>
    <message>
        <source>Wallet locked: imported keys need the password again</source>
        <translation>Cartera bloqueada: las claves importadas vuelven a necesitar la contraseña</translation>
    </message>
    <message>
        <source>Wallet unlocked</source>
        <translation>Cartera desbloqueada</translation>
    </message>
    <message>
        <source>Wallet password set: imported keys are stored encrypted</source>
        <translation>Contraseña de la cartera establecida: las claves importadas se guardan cifradas</translation>
    </message>
</context>
<context>
    <name>ipc::ui::WorkspaceDialog</name>
    <message>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Última apertura</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Open a workspace file from another folder</source>
        <translation>Abrir un archivo de espacio de trabajo de otra carpeta</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The workspaces folder cannot be read: %1</source>
        <translation>No se puede leer la carpeta de espacios de trabajo: %1</translation>
    </message>
    <message>
        <source>Workspaces in %1</source>
        <translation>Espacios de trabajo en %1</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>En marcha ahora</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>It is running: open another workspace first.</source>
        <translation>Está en marcha: abra antes otro espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot create "%1": %2</source>
        <translation>No se puede crear «%1»: %2</translation>
    </message>
    <message>
        <source>it is running; open another workspace first</source>
        <translation>está en marcha; abra antes otro espacio de trabajo</translation>
    </message>
    <message>
        <source>Cannot rename "%1": %2</source>
        <translation>No se puede renombrar «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot duplicate "%1": %2</source>
        <translation>No se puede duplicar «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot delete "%1": %2</source>
        <translation>No se puede eliminar «%1»: %2</translation>
    </message>
    <message>
        <source>"%1" is already running.</source>
        <translation>«%1» ya está en marcha.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Rename Workspace</source>
        <translation>Renombrar espacio de trabajo</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Duplicate Workspace</source>
        <translation>Duplicar espacio de trabajo</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nombre de la copia:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <extracomment>suggested name of a duplicated workspace; %1: the original's name</extracomment>
        <translation>copia de %1</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>Eliminar espacio de trabajo</translation>
    </message>
    <message>
        <source>Delete "%1" and everything in it (blocks, snapshots, keys)? This cannot be undone.</source>
        <translation>¿Eliminar «%1» y todo su contenido (bloques, instantáneas, claves)? No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Open Workspace File</source>
        <translation>Abrir archivo de espacio de trabajo</translation>
    </message>
    <message>
        <source>IPC Studio workspaces (*.ipcws);;All files (*)</source>
        <translation>Espacios de trabajo de IPC Studio (*.ipcws);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>e.g. workshop-demo</source>
        <translation>p. ej. workshop-demo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IPC Studio: an IPC hierarchy on your desktop</source>
        <translation>IPC Studio: una jerarquía IPC en su escritorio</translation>
    </message>
    <message>
        <source>Start a built-in template right away.</source>
        <translation>Iniciar enseguida una plantilla incorporada.</translation>
    </message>
    <message>
        <source>Open a workspace (a name or a file path); with --template, a new one starts that template.</source>
        <translation>Abrir un espacio de trabajo (un nombre o una ruta de archivo); con --template, uno nuevo inicia esa plantilla.</translation>
    </message>
    <message>
        <source>Serve the root's JSON-RPC on &lt;port&gt; and each subnet on the next ports (default 8545).</source>
        <translation>Servir el JSON-RPC de la raíz en &lt;port&gt; y el de cada subred en los puertos siguientes (por defecto 8545).</translation>
    </message>
    <message>
        <source>Serve no JSON-RPC endpoints.</source>
        <translation>No servir ningún endpoint JSON-RPC.</translation>
    </message>
    <message>
        <source>Run speed: 1, 10 or 100.</source>
        <translation>Velocidad de ejecución: 1, 10 o 100.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and exit.</source>
        <translation>Guardar una imagen de la ventana en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>With --screenshot: let the hierarchy run &lt;ms&gt; first.</source>
        <translation>Con --screenshot: dejar que la jerarquía corra &lt;ms&gt; antes.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size, e.g. 1440x900.</source>
        <translation>Con --screenshot: el tamaño de la ventana, p. ej., 1440x900.</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the desktop's.</source>
        <translation>Usar la paleta clara u oscura en lugar de la del escritorio.</translation>
    </message>
    <message>
        <source>Use this language for this run: %1 (default: the one chosen in View › Language, else the system's).</source>
        <translation>Usar este idioma en esta ejecución: %1 (por defecto: el elegido en Ver › Idioma o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>unknown language %1 (use %2)</source>
        <translation>idioma desconocido %1 (use %2)</translation>
    </message>
    <message>
        <source>unknown theme %1 (use %2)</source>
        <translation>tema desconocido %1 (use %2)</translation>
    </message>
    <message>
        <source>--rpc-port wants a port number, got %1</source>
        <translation>--rpc-port espera un número de puerto, recibió %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>guardado %1</translation>
    </message>
    <message>
        <source>could not save %1</source>
        <translation>no se pudo guardar %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ContractLinker</name>
    <message>
        <source>No project linked.</source>
        <translation>Ningún proyecto vinculado.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n contract(s) from %1</source>
        <translation><numerusform>%n contrato vinculado desde %1</numerusform><numerusform>%n contratos vinculados desde %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selector(s) shared by different signatures are left undecoded</source>
        <translation><numerusform>%n selector compartido por firmas distintas queda sin decodificar</numerusform><numerusform>%n selectores compartidos por firmas distintas quedan sin decodificar</numerusform></translation>
    </message>
</context>
<context>
    <name>ipc::ui::ContractPanel</name>
    <message>
        <source>Read &amp;as:</source>
        <extracomment>read the contract with the ABI of this contract of the linked project</extracomment>
        <translation>Leer &amp;como:</translation>
    </message>
    <message>
        <source>The ABI the forms use: the contract whose code this is, or any contract of the linked project (a proxy, an interface)</source>
        <translation>La ABI que usan los formularios: el contrato cuyo código es este, o cualquier contrato del proyecto vinculado (un proxy, una interfaz)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamar</translation>
    </message>
    <message>
        <source>Runs the function at the head, changing nothing (Ctrl+Return)</source>
        <translation>Ejecuta la función en la cabeza sin cambiar nada (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Value (FIL):</source>
        <translation>Valor (FIL):</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>&amp;Send Transaction</source>
        <translation>&amp;Enviar transacción</translation>
    </message>
    <message>
        <source>Signs with the wallet account and sends it (Ctrl+Return)</source>
        <translation>Firma con la cuenta de la cartera y la envía (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Show Transaction</source>
        <translation>Mostrar transacción</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>FIL sent with the call</source>
        <translation>FIL enviados con la llamada</translation>
    </message>
    <message>
        <source>This function takes no value</source>
        <translation>Esta función no acepta valor</translation>
    </message>
    <message>
        <source>slot: a number or 0x and up to 64 hex digits</source>
        <translation>slot: un número o 0x y hasta 64 dígitos hex</translation>
    </message>
    <message>
        <source>&amp;Read Slot</source>
        <translation>&amp;Leer slot</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>Slot:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>As a number:</source>
        <translation>Como número:</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Select a contract to read, call or send to it.</source>
        <translation>Seleccione un contrato para leerlo, llamarlo o enviarle algo.</translation>
    </message>
    <message>
        <source>No code at %1</source>
        <translation>No hay código en %1</translation>
    </message>
    <message>
        <source>its own code's contract</source>
        <extracomment>the ABI of the contract whose code this is</extracomment>
        <translation>el contrato de su propio código</translation>
    </message>
    <message>
        <source>Unknown contract</source>
        <translation>Contrato desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of code</source>
        <translation><numerusform>%n byte de código</numerusform><numerusform>%n bytes de código</numerusform></translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation>saldo %1</translation>
    </message>
    <message>
        <source>No ABI is known for this code: link the project's build output with File › Link Contracts… to read and call it.</source>
        <translation>No se conoce ninguna ABI para este código: vincule la salida de compilación del proyecto con Archivo › Vincular contratos… para leerlo y llamarlo.</translation>
    </message>
    <message>
        <source>No linked artifact has this code: choose the contract to read it as.</source>
        <translation>Ningún artefacto vinculado tiene este código: elija el contrato con el que leerlo.</translation>
    </message>
    <message>
        <source>(returns nothing)</source>
        <translation>(no devuelve nada)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 rechazada: %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviada: %1</translation>
    </message>
    <message>
        <source>Not sent: the wallet has no account to send from.</source>
        <translation>No enviada: la cartera no tiene ninguna cuenta desde la que enviar.</translation>
    </message>
    <message>
        <source>Signing and sending %1…</source>
        <translation>Firmando y enviando %1…</translation>
    </message>
    <message>
        <source>Sent %1, waiting for its block…</source>
        <translation>%1 enviada, esperando su bloque…</translation>
    </message>
    <message>
        <source>%1 succeeded in block %2, gas used %3</source>
        <translation>%1 correcta en el bloque %2, gas usado %3</translation>
    </message>
    <message>
        <source>%1 failed in block %2, gas used %3: %4</source>
        <translation>%1 falló en el bloque %2, gas usado %3: %4</translation>
    </message>
    <message>
        <source>'%1' is not a slot: give a number or 0x and up to 64 hex digits</source>
        <translation>'%1' no es un slot: indique un número o 0x y hasta 64 dígitos hex</translation>
    </message>
</context>
<context>
    <name>ipc::ui::FunctionForm</name>
    <message>
        <source>argument %1</source>
        <translation>argumento %1</translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation>Sin argumentos.</translation>
    </message>
</context>
</TS>