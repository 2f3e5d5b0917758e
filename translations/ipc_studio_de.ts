<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>MessageText</name>
    <message>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>included in a block</source>
        <translation>in einen Block aufgenommen</translation>
    </message>
    <message>
        <source>in checkpoint</source>
        <translation>im Checkpoint</translation>
    </message>
    <message>
        <source>checkpoint quorum</source>
        <extracomment>a checkpoint's validator signatures reached the required weight</extracomment>
        <translation>Checkpoint-Quorum</translation>
    </message>
    <message>
        <source>relayed to parent</source>
        <translation>an Elternnetz weitergeleitet</translation>
    </message>
    <message>
        <source>executed in parent</source>
        <translation>im Elternnetz ausgeführt</translation>
    </message>
    <message>
        <source>queued top-down</source>
        <translation>top-down eingereiht</translation>
    </message>
    <message>
        <source>parent finality, executed</source>
        <extracomment>the child subnet committed the parent block carrying the message (top-down)</extracomment>
        <translation>Finalität des Elternnetzes, ausgeführt</translation>
    </message>
    <message>
        <source>executed in destination</source>
        <translation>im Ziel ausgeführt</translation>
    </message>
    <message>
        <source>receipt back</source>
        <translation>Beleg zurück</translation>
    </message>
    <message>
        <source>up: bottom-up checkpoint</source>
        <translation>aufwärts: Bottom-up-Checkpoint</translation>
    </message>
    <message>
        <source>down: top-down finality</source>
        <translation>abwärts: Top-down-Finalität</translation>
    </message>
    <message numerus="yes">
        <source>bottom-up checkpoint (every %n block(s)), quorum, relayer</source>
        <translation><numerusform>Bottom-up-Checkpoint (jeden Block), Quorum, Relayer</numerusform><numerusform>Bottom-up-Checkpoint (alle %n Blöcke), Quorum, Relayer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>top-down finality after %n parent block(s)</source>
        <translation><numerusform>Top-down-Finalität nach %n Block des Elternnetzes</numerusform><numerusform>Top-down-Finalität nach %n Blöcken des Elternnetzes</numerusform></translation>
    </message>
    <message>
        <source>%1's gateway burns the value and puts the message in its next checkpoint (every %2 blocks); %1's validators sign it, a relayer submits it to %3, and %3 pays the value out of what it locked for %1.</source>
        <translation>Das Gateway von %1 verbrennt den Betrag und legt die Nachricht in seinen nächsten Checkpoint (alle %2 Blöcke); die Validatoren von %1 signieren ihn, ein Relayer reicht ihn bei %3 ein, und %3 zahlt den Betrag aus dem aus, was es für %1 gesperrt hat.</translation>
    </message>
    <message>
        <source>%1's gateway locks the value for %2; once %2's validators agree on that block of %1 (top-down finality) %2 mints it and executes the message.</source>
        <translation>Das Gateway von %1 sperrt den Betrag für %2; sobald sich die Validatoren von %2 auf diesen Block von %1 geeinigt haben (Top-down-Finalität), prägt %2 ihn und führt die Nachricht aus.</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n block(s) · %1</source>
        <extracomment>expected latency: blocks waited and the time at current block times</extracomment>
        <translation><numerusform>≈ %n Block · %1</numerusform><numerusform>≈ %n Blöcke · %1</numerusform></translation>
    </message>
    <message>
        <source>the sender is not where the message says it comes from</source>
        <translation>der Absender ist nicht dort, woher die Nachricht zu kommen angibt</translation>
    </message>
    <message>
        <source>the destination subnet does not exist or was killed</source>
        <translation>das Ziel-Subnetz existiert nicht oder wurde beendet</translation>
    </message>
    <message>
        <source>it arrived out of order (nonce)</source>
        <translation>sie kam in falscher Reihenfolge an (Nonce)</translation>
    </message>
    <message>
        <source>insufficient circulating supply: the subnet it left never had that much locked in its parent</source>
        <translation>zu geringe Umlaufmenge: Für das Subnetz, das sie verlassen hat, war im Elternnetz nie so viel gesperrt</translation>
    </message>
    <message>
        <source>this kind of message cannot be sent there</source>
        <translation>diese Art von Nachricht kann dorthin nicht gesendet werden</translation>
    </message>
    <message>
        <source>the destination is the subnet it was sent from</source>
        <translation>das Ziel ist das Subnetz, aus dem sie gesendet wurde</translation>
    </message>
    <message>
        <source>there is no route to the destination</source>
        <translation>es gibt keine Route zum Ziel</translation>
    </message>
    <message>
        <source>a subnet on the way uses another kind of token</source>
        <translation>ein Subnetz auf dem Weg verwendet eine andere Token-Art</translation>
    </message>
    <message>
        <source>Rejected in %1 (%2). The receipt is back in %3.</source>
        <translation>In %1 abgelehnt (%2). Der Beleg ist zurück in %3.</translation>
    </message>
    <message>
        <source>Done: delivered to %1 and the receipt is back in %2.</source>
        <translation>Fertig: an %1 zugestellt, und der Beleg ist zurück in %2.</translation>
    </message>
    <message>
        <source>Arriving in %1.</source>
        <translation>Kommt in %1 an.</translation>
    </message>
    <message>
        <source>Waiting for the next block of %1 to include the transaction.</source>
        <translation>Wartet darauf, dass der nächste Block von %1 die Transaktion aufnimmt.</translation>
    </message>
    <message>
        <source>The transaction failed in %1 and nothing was sent: %2. Only the fee was spent.</source>
        <translation>Die Transaktion ist in %1 fehlgeschlagen, und es wurde nichts gesendet: %2. Nur die Gebühr wurde verbraucht.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting in %1 for its next checkpoint at height %2 (%n block(s) from now). Value leaves a subnet upwards only inside a checkpoint.</source>
        <translation><numerusform>Wartet in %1 auf den nächsten Checkpoint bei Höhe %2 (in %n Block). Werte verlassen ein Subnetz nach oben nur in einem Checkpoint.</numerusform><numerusform>Wartet in %1 auf den nächsten Checkpoint bei Höhe %2 (in %n Blöcken). Werte verlassen ein Subnetz nach oben nur in einem Checkpoint.</numerusform></translation>
    </message>
    <message>
        <source>Checkpoint %1 of %2 is collecting its validators' signatures; it moves on once they reach the quorum.</source>
        <translation>Checkpoint %1 von %2 sammelt die Signaturen seiner Validatoren; es geht weiter, sobald sie das Quorum erreichen.</translation>
    </message>
    <message>
        <source>Checkpoint %1 of %2 has its signatures; %2's relayer hands it to %3 at its next poll.</source>
        <translation>Checkpoint %1 von %2 hat seine Signaturen; der Relayer von %2 übergibt ihn bei seiner nächsten Abfrage an %3.</translation>
    </message>
    <message>
        <source>Delivered to %1, but the receipt is stuck in %2: %2's relayer is stopped, so nobody submits its checkpoints to %3. Turn the relayer back on (Validators page) and it moves on.</source>
        <translation>An %1 zugestellt, aber der Beleg hängt in %2 fest: Der Relayer von %2 ist gestoppt, daher reicht niemand seine Checkpoints bei %3 ein. Schalten Sie den Relayer wieder ein (Seite „Validatoren“), dann geht es weiter.</translation>
    </message>
    <message>
        <source>Stuck in %1: checkpoint %2 has its signatures, but %1's relayer is stopped, so nobody submits it to %3. Turn the relayer back on (Validators page) and it moves on.</source>
        <translation>Hängt in %1 fest: Checkpoint %2 hat seine Signaturen, aber der Relayer von %1 ist gestoppt, daher reicht ihn niemand bei %3 ein. Schalten Sie den Relayer wieder ein (Seite „Validatoren“), dann geht es weiter.</translation>
    </message>
    <message>
        <source>%1 executes the checkpoint carrying it in its next block.</source>
        <translation>%1 führt den Checkpoint, der sie enthält, in seinem nächsten Block aus.</translation>
    </message>
    <message>
        <source>Locked in %1 at height %2; waiting for %3's validators to agree on that block of %1 (top-down finality), then %3 executes it.</source>
        <translation>In %1 bei Höhe %2 gesperrt; wartet, bis sich die Validatoren von %3 auf diesen Block von %1 geeinigt haben (Top-down-Finalität), dann führt %3 sie aus.</translation>
    </message>
    <message>
        <source>%1 is halted: less than two thirds of its validator power is online, so it makes no blocks and the %2 waits there. Bring validators back online (Validators page) and it continues.</source>
        <translation>%1 ist angehalten: Weniger als zwei Drittel seiner Validator-Stimmkraft sind online, daher erzeugt es keine Blöcke, und der %2 wartet dort. Bringen Sie Validatoren wieder online (Seite „Validatoren“), dann geht es weiter.</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Delivered to %1. The receipt is on its way back to %2 (now in %3).</source>
        <translation>An %1 zugestellt. Der Beleg ist auf dem Rückweg nach %2 (jetzt in %3).</translation>
    </message>
    <message>
        <source>Rejected in %1: %2. The value comes back to %3 with the receipt.</source>
        <translation>In %1 abgelehnt: %2. Der Betrag kommt mit dem Beleg zurück nach %3.</translation>
    </message>
    <message>
        <source>Rejected in %1: %2. A receipt goes back to %3, but it cannot bring the value: the parent never held it.</source>
        <translation>In %1 abgelehnt: %2. Ein Beleg geht zurück nach %3, kann den Betrag aber nicht mitbringen: Das Elternnetz hat ihn nie gehalten.</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Ok, returned %1</source>
        <extracomment>a cross-net call's outcome: it succeeded and its contract returned this data</extracomment>
        <translation>Ok, gab %1 zurück</translation>
    </message>
    <message>
        <source>ActorErr: the call failed</source>
        <extracomment>a cross-net call's outcome: the called contract failed (the reason follows)</extracomment>
        <translation>ActorErr: der Aufruf ist fehlgeschlagen</translation>
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
        <translation>Der Aufruf ist in %1 fehlgeschlagen (%2); seine Änderungen dort wurden rückgängig gemacht. Der Betrag kommt mit dem Ergebnis nach %3 zurück.</translation>
    </message>
    <message>
        <source>Done: the call ran in %1 (%2) and its result is back in %3.</source>
        <translation>Fertig: Der Aufruf lief in %1 (%2), und sein Ergebnis ist zurück in %3.</translation>
    </message>
    <message>
        <source>The call ran in %1 (%2). Its result is on its way back to %3 (now in %4).</source>
        <translation>Der Aufruf lief in %1 (%2). Sein Ergebnis ist auf dem Rückweg nach %3 (jetzt in %4).</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Aufruf</translation>
    </message>
</context>
<context>
    <name>ParentEdge</name>
    <message>
        <source>Checkpoint lag: %1 blocks of %2 not yet covered by a checkpoint its parent accepted (last accepted: height %3, period %4)</source>
        <translation>Checkpoint-Rückstand: %1 Blöcke von %2 sind noch durch keinen vom Elternnetz akzeptierten Checkpoint abgedeckt (zuletzt akzeptiert: Höhe %3, Periode %4)</translation>
    </message>
    <message>
        <source>lag %1</source>
        <extracomment>checkpoint lag in blocks, on an edge of the hierarchy graph</extracomment>
        <translation>Rückstand %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> “%1”</source>
        <extracomment>a snapshot's name after its id, in quotes (keep the leading space)</extracomment>
        <translation> „%1“</translation>
    </message>
    <message>
        <source>%1%2 — root at %3, t %4 s</source>
        <extracomment>a snapshot in a list: id, optional name, the root's height and the virtual time</extracomment>
        <translation>%1%2 — Root bei %3, t %4 s</translation>
    </message>
</context>
<context>
    <name>SearchResolver</name>
    <message>
        <source>Type a block number, transaction hash, checkpoint height, tracing id, address or subnet id</source>
        <translation>Geben Sie eine Blocknummer, einen Transaktions-Hash, eine Checkpoint-Höhe, eine Tracing-ID, eine Adresse oder eine Subnetz-ID ein</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>"%1" is neither a 32-byte hash (0x + 64 hex digits) nor an address (0x + 40 hex digits)</source>
        <translation>„%1“ ist weder ein 32-Byte-Hash (0x + 64 Hexziffern) noch eine Adresse (0x + 40 Hexziffern)</translation>
    </message>
    <message>
        <source>"%1" is not a block number, hash, checkpoint height, address or subnet id</source>
        <translation>„%1“ ist weder Blocknummer noch Hash, Checkpoint-Höhe, Adresse oder Subnetz-ID</translation>
    </message>
    <message numerus="yes">
        <source>Block %1 of %2: %3, %n transaction(s)</source>
        <translation><numerusform>Block %1 von %2: %3, %n Transaktion</numerusform><numerusform>Block %1 von %2: %3, %n Transaktionen</numerusform></translation>
    </message>
    <message>
        <source>%1 has no block %2 yet (its height is %3)</source>
        <translation>%1 hat noch keinen Block %2 (seine Höhe ist %3)</translation>
    </message>
    <message>
        <source>Checkpoint %1 of %2: %3, %4 of %5 weight signed</source>
        <translation>Checkpoint %1 von %2: %3, %4 von %5 Gewicht signiert</translation>
    </message>
    <message>
        <source>No subnet has cut a checkpoint at height %1</source>
        <translation>Kein Subnetz hat bei Höhe %1 einen Checkpoint erstellt</translation>
    </message>
    <message>
        <source>Cross-net message %1: %2 in %3 at height %4</source>
        <translation>Netzübergreifende Nachricht %1: %2 in %3 bei Höhe %4</translation>
    </message>
    <message>
        <source>Transaction in block %1 of %2 (index %3)</source>
        <translation>Transaktion in Block %1 von %2 (Index %3)</translation>
    </message>
    <message>
        <source>Block %1 of %2</source>
        <translation>Block %1 von %2</translation>
    </message>
    <message>
        <source>No transaction, message or block has the hash %1</source>
        <translation>Keine Transaktion, keine Nachricht und kein Block hat den Hash %1</translation>
    </message>
    <message>
        <source>%1 is the subnet actor of %2</source>
        <translation>%1 ist der Subnetz-Actor von %2</translation>
    </message>
    <message>
        <source>%1 is the devnet account %2</source>
        <translation>%1 ist das Devnet-Konto %2</translation>
    </message>
    <message>
        <source>%1 holds %2 FIL in %3</source>
        <translation>%1 hält %2 FIL in %3</translation>
    </message>
    <message>
        <source>No subnet knows the address %1</source>
        <translation>Kein Subnetz kennt die Adresse %1</translation>
    </message>
    <message>
        <source>Subnet %1 at height %2</source>
        <translation>Subnetz %1 bei Höhe %2</translation>
    </message>
    <message>
        <source>No running subnet has the id %1</source>
        <translation>Kein laufendes Subnetz hat die ID %1</translation>
    </message>
</context>
<context>
    <name>SubnetCard</name>
    <message>
        <source>Chain id %1</source>
        <translation>Chain-ID %1</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <extracomment>block time shown on a subnet card, e.g. "1 s blocks"</extracomment>
        <translation>%1 pro Block</translation>
    </message>
    <message>
        <source>%1/%2 validators</source>
        <extracomment>validators online / in the set, on a subnet card</extracomment>
        <translation>%1/%2 Validatoren</translation>
    </message>
    <message>
        <source>height</source>
        <extracomment>caption before a subnet's block height on its card in the graph</extracomment>
        <translation>Höhe</translation>
    </message>
</context>
<context>
    <name>SubnetForm</name>
    <message>
        <source>Give the subnet a name.</source>
        <translation>Geben Sie dem Subnetz einen Namen.</translation>
    </message>
    <message>
        <source>Names use lower-case letters, digits and dashes, starting with a letter or digit.</source>
        <translation>Namen bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen und beginnen mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A subnet named %1 exists already.</source>
        <translation>Ein Subnetz namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Minimum collateral is not an amount of FIL.</source>
        <translation>Die Mindest-Sicherheitsleistung ist kein FIL-Betrag.</translation>
    </message>
    <message>
        <source>Collateral per validator must be an amount above 0 FIL.</source>
        <translation>Die Sicherheitsleistung pro Validator muss ein Betrag über 0 FIL sein.</translation>
    </message>
    <message>
        <source>A subnet needs at least one validator to start.</source>
        <translation>Ein Subnetz braucht mindestens einen Validator, um zu starten.</translation>
    </message>
    <message>
        <source>The active validator limit is 1 to 256.</source>
        <translation>Das Limit aktiver Validatoren liegt zwischen 1 und 256.</translation>
    </message>
    <message>
        <source>Minimum validators (%1) exceeds the active validator limit (%2).</source>
        <translation>Die Mindestzahl an Validatoren (%1) übersteigt das Limit aktiver Validatoren (%2).</translation>
    </message>
    <message>
        <source>%1 validators never reach the minimum of %2: the subnet would not start.</source>
        <translation>%1 Validatoren erreichen nie das Minimum von %2: Das Subnetz würde nicht starten.</translation>
    </message>
    <message>
        <source>Majority must be between 51 and 100 %.</source>
        <translation>Die Mehrheit muss zwischen 51 und 100 % liegen.</translation>
    </message>
    <message>
        <source>The checkpoint period must be at least 1 block.</source>
        <translation>Die Checkpoint-Periode muss mindestens 1 Block betragen.</translation>
    </message>
    <message>
        <source>Block time must be at least 10 ms.</source>
        <translation>Die Blockzeit muss mindestens 10 ms betragen.</translation>
    </message>
    <message>
        <source>Federated subnets get their validators from their owner; start them from a topology file.</source>
        <translation>Föderierte Subnetze erhalten ihre Validatoren von ihrem Eigentümer; starten Sie sie aus einer Topologie-Datei.</translation>
    </message>
    <message>
        <source>%1 validators × %2 FIL is below the minimum collateral of %3 FIL.</source>
        <translation>%1 Validatoren × %2 FIL liegt unter der Mindest-Sicherheitsleistung von %3 FIL.</translation>
    </message>
</context>
<context>
    <name>WalletDialogs</name>
    <message>
        <source>That password is wrong.</source>
        <translation>Dieses Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>WalletFormat</name>
    <message>
        <source>Enter the receiving address: 0x… or t410f….</source>
        <translation>Geben Sie die Empfangsadresse ein: 0x… oder t410f….</translation>
    </message>
    <message>
        <source>That is not an address. Paste a 0x address (0x and 40 hex digits) or its Filecoin form t410f…/f410f….</source>
        <translation>Das ist keine Adresse. Fügen Sie eine 0x-Adresse (0x und 40 Hexziffern) oder ihre Filecoin-Form t410f…/f410f… ein.</translation>
    </message>
    <message>
        <source>An address is 0x followed by exactly 40 hex digits; this one has %1. Was it cut short when copying?</source>
        <translation>Eine Adresse ist 0x, gefolgt von genau 40 Hexziffern; diese hat %1. Wurde sie beim Kopieren abgeschnitten?</translation>
    </message>
    <message>
        <source>Only the digits 0–9 and letters a–f may follow 0x.</source>
        <translation>Auf 0x dürfen nur die Ziffern 0–9 und die Buchstaben a–f folgen.</translation>
    </message>
    <message>
        <source>The upper- and lower-case letters do not match the address's checksum (EIP-55): a character is probably mistyped. Paste it again.</source>
        <translation>Groß- und Kleinschreibung passen nicht zur Prüfsumme der Adresse (EIP-55): Wahrscheinlich ist ein Zeichen vertippt. Fügen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>That Filecoin address does not check out (a wrong character or length). Paste it again.</source>
        <translation>Diese Filecoin-Adresse ist ungültig (falsches Zeichen oder falsche Länge). Fügen Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Only f410f/t410f Filecoin addresses belong to Ethereum-style accounts; this one cannot receive here.</source>
        <translation>Nur f410f/t410f-Filecoin-Adressen gehören zu Konten im Ethereum-Stil; diese kann hier nichts empfangen.</translation>
    </message>
    <message>
        <source>Enter an amount of FIL, for example 1.5.</source>
        <translation>Geben Sie einen FIL-Betrag ein, zum Beispiel 1.5.</translation>
    </message>
    <message>
        <source>“%1” is not an amount of FIL: use digits with at most one point and up to 18 decimals, for example 0.25.</source>
        <translation>„%1“ ist kein FIL-Betrag: Verwenden Sie Ziffern mit höchstens einem Punkt und bis zu 18 Nachkommastellen, zum Beispiel 0.25.</translation>
    </message>
    <message>
        <source>The amount must be more than 0 FIL.</source>
        <translation>Der Betrag muss größer als 0 FIL sein.</translation>
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
        <translation>Block</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Vorschlagender</translation>
    </message>
    <message>
        <source>Txs</source>
        <extracomment>column: number of transactions in the block (short)</extracomment>
        <translation>Txs</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas verbraucht</translation>
    </message>
    <message>
        <source>Commit power</source>
        <extracomment>the validator power that signed the block's commit</extracomment>
        <translation>Commit-Stimmkraft</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>Genesis</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ChartsPanel</name>
    <message>
        <source>Block interval</source>
        <extracomment>chart title and axis unit (milliseconds)</extracomment>
        <translation>Blockintervall</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Checkpoint lag</source>
        <translation>Checkpoint-Rückstand</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>Checkpoint signature weight</source>
        <extracomment>share of the validators' weight that signed the checkpoint being gathered</extracomment>
        <translation>Checkpoint-Signaturgewicht</translation>
    </message>
    <message>
        <source>% signed</source>
        <translation>% signiert</translation>
    </message>
    <message>
        <source>Cross-net message latency</source>
        <extracomment>chart title and axis unit (seconds)</extracomment>
        <translation>Latenz netzübergreifender Nachrichten</translation>
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
        <translation>Beleg zurückgegeben</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>%1 (same as %2)</source>
        <extracomment>chart legend: this subnet's line lies exactly on another's; %1: this subnet, %2: the other</extracomment>
        <translation>%1 (wie %2)</translation>
    </message>
</context>
<context>
    <name>ipc::ui::CheckpointTableModel</name>
    <message>
        <source>signing</source>
        <translation>wird signiert</translation>
    </message>
    <message>
        <source>quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>executed in parent</source>
        <translation>im Elternnetz ausgeführt</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Signed weight</source>
        <extracomment>signed weight against the quorum threshold</extracomment>
        <translation>Signiertes Gewicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quorum at</source>
        <translation>Quorum bei</translation>
    </message>
    <message>
        <source>Submitted (parent)</source>
        <extracomment>parent height where the relayer submitted the checkpoint</extracomment>
        <translation>Eingereicht (Elternnetz)</translation>
    </message>
    <message>
        <source>Executed (parent)</source>
        <translation>Ausgeführt (Elternnetz)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>signed weight / quorum threshold</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ContractTableModel</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Creation transaction</source>
        <extracomment>the transaction that deployed the contract</extracomment>
        <translation>Erstellungstransaktion</translation>
    </message>
    <message>
        <source>Code size</source>
        <translation>Codegröße</translation>
    </message>
    <message>
        <source>Created in block</source>
        <extracomment>the block the contract was deployed in</extracomment>
        <translation>Erstellt in Block</translation>
    </message>
    <message>
        <source>No code: it self-destructed</source>
        <translation>Kein Code: der Vertrag hat sich selbst zerstört</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n Byte</numerusform><numerusform>%n Bytes</numerusform></translation>
    </message>
    <message>
        <source>Contract</source>
        <extracomment>the contract's name, from the artifacts linked with File › Link Contracts</extracomment>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Unknown: link the project's build output with File › Link Contracts… to name it</source>
        <translation>Unbekannt: Verknüpfen Sie die Build-Ausgabe des Projekts mit Datei › Verträge verknüpfen…, um ihn zu benennen</translation>
    </message>
</context>
<context>
    <name>ipc::ui::CreateSubnetDialog</name>
    <message>
        <source>Create Subnet</source>
        <translation>Subnetz erstellen</translation>
    </message>
    <message>
        <source>A new child of &lt;b&gt;%1&lt;/b&gt;. The registry in the parent creates it; its validators join with their collateral and it starts once enough have joined.</source>
        <translation>Ein neues untergeordnetes Subnetz von &lt;b&gt;%1&lt;/b&gt;. Die Registry im Elternnetz erstellt es; seine Validatoren treten mit ihrer Sicherheitsleistung bei, und es startet, sobald genug beigetreten sind.</translation>
    </message>
    <message>
        <source>e.g. gamma</source>
        <translation>z. B. gamma</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternnetz</translation>
    </message>
    <message>
        <source>Validators the devnet creates and joins for this subnet</source>
        <translation>Validatoren, die das Devnet für dieses Subnetz erstellt und beitreten lässt</translation>
    </message>
    <message>
        <source>&amp;Validators</source>
        <translation>&amp;Validatoren</translation>
    </message>
    <message>
        <source>Collateral each validator stakes when it joins, in FIL</source>
        <translation>Sicherheitsleistung, die jeder Validator beim Beitritt hinterlegt, in FIL</translation>
    </message>
    <message>
        <source>&amp;Collateral per validator (FIL)</source>
        <translation>&amp;Sicherheitsleistung pro Validator (FIL)</translation>
    </message>
    <message>
        <source>Mi&amp;nimum validators</source>
        <translation>&amp;Mindestzahl Validatoren</translation>
    </message>
    <message>
        <source>Total collateral the subnet needs before it starts, in FIL</source>
        <translation>Gesamte Sicherheitsleistung, die das Subnetz vor dem Start braucht, in FIL</translation>
    </message>
    <message>
        <source>Minimum co&amp;llateral (FIL)</source>
        <translation>Mindest-Sicherheits&amp;leistung (FIL)</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> Blöcke</translation>
    </message>
    <message>
        <source>Checkpoint &amp;period</source>
        <translation>Checkpoint-&amp;Periode</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of validator weight a checkpoint needs (51–100 %)</source>
        <translation>Anteil des Validator-Gewichts, den ein Checkpoint braucht (51–100 %)</translation>
    </message>
    <message>
        <source>&amp;Majority</source>
        <translation>Me&amp;hrheit</translation>
    </message>
    <message>
        <source>Collateral</source>
        <extracomment>permission mode: validators join by staking collateral</extracomment>
        <translation>Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Federated</source>
        <extracomment>permission mode: the owner sets validator power</extracomment>
        <translation>Föderiert</translation>
    </message>
    <message>
        <source>Static</source>
        <extracomment>permission mode: collateral fixed at genesis</extracomment>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Pe&amp;rmission mode</source>
        <translation>Berech&amp;tigungsmodus</translation>
    </message>
    <message>
        <source>Active validator &amp;limit</source>
        <translation>Limit a&amp;ktiver Validatoren</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Block time</source>
        <translation>&amp;Blockzeit</translation>
    </message>
    <message>
        <source>assigned when the subnet is created</source>
        <translation>wird beim Erstellen des Subnetzes vergeben</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Chain-ID</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird erstellt…</translation>
    </message>
    <message>
        <source>Created &lt;b&gt;%1&lt;/b&gt; as %2. It starts once its validators have joined.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde als %2 erstellt. Es startet, sobald seine Validatoren beigetreten sind.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The engine refused: %1</source>
        <translation>Die Engine hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::CrossMessageModel</name>
    <message>
        <source>committed</source>
        <translation>festgeschrieben</translation>
    </message>
    <message>
        <source>in checkpoint</source>
        <translation>im Checkpoint</translation>
    </message>
    <message>
        <source>checkpoint quorum</source>
        <translation>Checkpoint-Quorum</translation>
    </message>
    <message>
        <source>submitted to parent</source>
        <translation>beim Elternnetz eingereicht</translation>
    </message>
    <message>
        <source>executed in parent</source>
        <translation>im Elternnetz ausgeführt</translation>
    </message>
    <message>
        <source>committed top-down</source>
        <translation>top-down festgeschrieben</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>receipt returned</source>
        <translation>Beleg zurückgegeben</translation>
    </message>
    <message>
        <source>transfer</source>
        <extracomment>message kind: a cross-net message that moves value</extracomment>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>call</source>
        <extracomment>message kind: a cross-net message that calls a contract</extracomment>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>result</source>
        <extracomment>a receipt message answering an earlier cross-net message</extracomment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Tracing id</source>
        <translation>Tracing-ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>column: virtual time since the message was created</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a cross-net address: the subnet's name and the start of the account</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>column: how the destination ran the message (Ok, ActorErr, SystemErr)</extracomment>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ipc::ui::DevnetBridge</name>
    <message>
        <source>No hierarchy is running.</source>
        <translation>Es läuft keine Hierarchie.</translation>
    </message>
    <message>
        <source>The engine refused the request.</source>
        <translation>Die Engine hat die Anfrage abgelehnt.</translation>
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
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Private key (hex)</source>
        <translation>Privater Schlüssel (hex)</translation>
    </message>
    <message>
        <source>Keystore file (V3 JSON, for MetaMask, geth, ethers)</source>
        <translation>Keystore-Datei (V3-JSON, für MetaMask, geth, ethers)</translation>
    </message>
    <message>
        <source>ipc-cli entry (evm_keystore.json)</source>
        <translation>ipc-cli-Eintrag (evm_keystore.json)</translation>
    </message>
    <message>
        <source>I understand: whoever sees this key controls the account's FIL on every subnet</source>
        <translation>Verstanden: Wer den Schlüssel sieht, verfügt in jedem Subnetz über die FIL</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Neues &amp;Passwort</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The raw private key: anyone who sees it can spend this account's FIL. Show it only to import it somewhere you trust.</source>
        <translation>Der private Schlüssel im Klartext: Wer ihn sieht, kann die FIL dieses Kontos ausgeben. Zeigen Sie ihn nur an, um ihn an einem vertrauenswürdigen Ort zu importieren.</translation>
    </message>
    <message>
        <source>Encrypted under the password you choose here (scrypt, as MetaMask does).</source>
        <translation>Verschlüsselt mit dem Passwort, das Sie hier wählen (scrypt, wie bei MetaMask).</translation>
    </message>
    <message>
        <source>One entry of ipc-cli's evm_keystore.json: the key in plain hex, as ipc-cli stores it.</source>
        <translation>Ein Eintrag aus der evm_keystore.json von ipc-cli: der Schlüssel als unverschlüsseltes Hex, so wie ipc-cli ihn speichert.</translation>
    </message>
    <message>
        <source>Tick the box to confirm you want to see the private key.</source>
        <translation>Setzen Sie das Häkchen, um zu bestätigen, dass Sie den privaten Schlüssel sehen möchten.</translation>
    </message>
    <message>
        <source>Choose a password for the keystore file.</source>
        <translation>Wählen Sie ein Passwort für die Keystore-Datei.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::FundDialog</name>
    <message>
        <source>Fund %1</source>
        <translation>In %1 einzahlen</translation>
    </message>
    <message>
        <source>Release from %1</source>
        <translation>Aus %1 auszahlen</translation>
    </message>
    <message>
        <source>Send FIL from an account in &lt;b&gt;%1&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;. It arrives with the subnet's next top-down finality.</source>
        <translation>FIL von einem Konto in &lt;b&gt;%1&lt;/b&gt; nach &lt;b&gt;%2&lt;/b&gt; senden. Der Betrag kommt mit der nächsten Top-down-Finalität des Subnetzes an.</translation>
    </message>
    <message>
        <source>Send FIL from an account in &lt;b&gt;%1&lt;/b&gt; back to &lt;b&gt;%2&lt;/b&gt;. It arrives once the checkpoint carrying it is executed in the parent.</source>
        <translation>FIL von einem Konto in &lt;b&gt;%1&lt;/b&gt; zurück nach &lt;b&gt;%2&lt;/b&gt; senden. Der Betrag kommt an, sobald der Checkpoint, der ihn enthält, im Elternnetz ausgeführt ist.</translation>
    </message>
    <message>
        <source>loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation>FIL, z. B. 1.5</translation>
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation>&amp;Betrag (FIL)</translation>
    </message>
    <message>
        <source>&amp;Fund</source>
        <translation>&amp;Einzahlen</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>Aus&amp;zahlen</translation>
    </message>
    <message>
        <source>Waiting for the devnet's accounts…</source>
        <translation>Warten auf die Konten des Devnets…</translation>
    </message>
    <message>
        <source>The receiver must be a 0x address (40 hex digits).</source>
        <translation>Der Empfänger muss eine 0x-Adresse sein (40 Hexziffern).</translation>
    </message>
    <message>
        <source>Enter an amount of FIL.</source>
        <translation>Geben Sie einen FIL-Betrag ein.</translation>
    </message>
    <message>
        <source>The amount must be a number of FIL above 0.</source>
        <translation>Der Betrag muss eine FIL-Zahl über 0 sein.</translation>
    </message>
</context>
<context>
    <name>ipc::ui::HierarchyGraph</name>
    <message>
        <source>Checkpoint executed in the parent</source>
        <translation>Checkpoint im Elternnetz ausgeführt</translation>
    </message>
    <message>
        <source>Edges: checkpoint lag in blocks  ·  dot: checkpoint executed in the parent  ·  Ctrl+wheel zooms, drag pans, F fits</source>
        <translation>Kanten: Checkpoint-Rückstand in Blöcken  ·  Punkt: im Elternnetz ausgeführter Checkpoint  ·  Strg+Mausrad zoomt, Ziehen verschiebt, F passt ein</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Tracked transfer %1 (%2)</source>
        <translation>Verfolgter Transfer %1 (%2)</translation>
    </message>
    <message>
        <source>Cross-net message %1</source>
        <translation>Netzübergreifende Nachricht %1</translation>
    </message>
    <message>
        <source>Cross-net call %1</source>
        <translation>Netzübergreifender Aufruf %1</translation>
    </message>
    <message>
        <source>Result of a cross-net call %1</source>
        <extracomment>a Result message carries the outcome of a cross-net call back to its sender</extracomment>
        <translation>Ergebnis eines netzübergreifenden Aufrufs %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::HierarchyModel</name>
    <message>
        <source>Subnet id</source>
        <translation>Subnetz-ID</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Chain-ID</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>RPC-URL</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>validators online / validators in the set, e.g. "3/4"</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 validators online</source>
        <translation>%1 von %2 Validatoren online</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validatoren</translation>
    </message>
</context>
<context>
    <name>ipc::ui::HierarchySettingsFields</name>
    <message>
        <source>at least one account is needed</source>
        <translation>mindestens ein Konto ist nötig</translation>
    </message>
    <message numerus="yes">
        <source>the RPC port %1 is out of range: with %n chain(s) it must be between %2 and %3</source>
        <extracomment>%1: the port typed; %2 and %3: the range allowed; %n: how many chains need a port</extracomment>
        <translation><numerusform>der RPC-Port %1 liegt außerhalb des Bereichs: bei %n Chain muss er zwischen %2 und %3 liegen</numerusform><numerusform>der RPC-Port %1 liegt außerhalb des Bereichs: bei %n Chains muss er zwischen %2 und %3 liegen</numerusform></translation>
    </message>
    <message>
        <source>the mnemonic is not a valid BIP-39 phrase (%1)</source>
        <translation>die Mnemonik ist keine gültige BIP-39-Phrase (%1)</translation>
    </message>
    <message>
        <source>The root's JSON-RPC port; each subnet gets the next one</source>
        <translation>Der JSON-RPC-Port der Root; jedes Subnetz erhält den nächsten</translation>
    </message>
    <message>
        <source> ms</source>
        <extracomment>unit of the block time field (milliseconds)</extracomment>
        <translation> ms</translation>
    </message>
    <message>
        <source>0 (a block per transaction)</source>
        <translation>0 (ein Block pro Transaktion)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;RPC port:</source>
        <translation>&amp;RPC-Port:</translation>
    </message>
    <message>
        <source>&amp;Block time:</source>
        <translation>&amp;Blockzeit:</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Konten:</translation>
    </message>
    <message>
        <source>&amp;Mnemonic:</source>
        <translation>&amp;Mnemonik:</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ImportAccountDialog</name>
    <message>
        <source>Import Account</source>
        <translation>Konto importieren</translation>
    </message>
    <message>
        <source>0x… (64 hex digits)</source>
        <translation>0x… (64 Hexziffern)</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Private key</source>
        <translation>&amp;Privater Schlüssel</translation>
    </message>
    <message>
        <source>Private &amp;Key</source>
        <translation>Privater &amp;Schlüssel</translation>
    </message>
    <message>
        <source>Paste a keystore file (MetaMask, geth, ethers, Foundry)…</source>
        <translation>Keystore-Datei einfügen (MetaMask, geth, ethers, Foundry)…</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Keystore File</source>
        <translation>Keystore-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Keystore JSON</source>
        <translation>&amp;Keystore-JSON</translation>
    </message>
    <message>
        <source>Its pass&amp;word</source>
        <translation>Dessen Pass&amp;wort</translation>
    </message>
    <message>
        <source>Keystore &amp;File</source>
        <translation>Keystore-&amp;Datei</translation>
    </message>
    <message>
        <source>twelve or twenty-four words…</source>
        <translation>zwölf oder vierundzwanzig Wörter…</translation>
    </message>
    <message>
        <source>The account number on the derivation path m/44'/60'/0'/0/&lt;index&gt;, as MetaMask counts its accounts from 0</source>
        <translation>Die Kontonummer im Ableitungspfad m/44'/60'/0'/0/&lt;index&gt;, von 0 an gezählt wie bei MetaMask</translation>
    </message>
    <message>
        <source>&amp;Recovery phrase</source>
        <translation>&amp;Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Account &amp;index</source>
        <translation>Konto-I&amp;ndex</translation>
    </message>
    <message>
        <source>&amp;Mnemonic</source>
        <translation>&amp;Mnemonic</translation>
    </message>
    <message>
        <source>optional, e.g. alice</source>
        <translation>optional, z. B. alice</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>Paste the private key: 64 hex digits, with or without 0x.</source>
        <translation>Fügen Sie den privaten Schlüssel ein: 64 Hexziffern, mit oder ohne 0x.</translation>
    </message>
    <message>
        <source>A private key has only the digits 0–9 and letters a–f.</source>
        <translation>Ein privater Schlüssel enthält nur die Ziffern 0–9 und die Buchstaben a–f.</translation>
    </message>
    <message>
        <source>A private key is 64 hex digits; this one has %1.</source>
        <translation>Ein privater Schlüssel hat 64 Hexziffern; dieser hat %1.</translation>
    </message>
    <message>
        <source>Paste the keystore file's JSON, or open the file.</source>
        <translation>Fügen Sie das JSON der Keystore-Datei ein oder öffnen Sie die Datei.</translation>
    </message>
    <message>
        <source>A keystore file is JSON, starting with {.</source>
        <translation>Eine Keystore-Datei ist JSON und beginnt mit {.</translation>
    </message>
    <message>
        <source>Type or paste the recovery phrase.</source>
        <translation>Geben Sie die Wiederherstellungsphrase ein oder fügen Sie sie ein.</translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %1.</source>
        <translation>Eine Wiederherstellungsphrase hat 12, 15, 18, 21 oder 24 Wörter; diese hat %1.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
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
        <translation>&amp;Neue Hierarchie…</translation>
    </message>
    <message>
        <source>Choose a template and start a new hierarchy</source>
        <translation>Eine Vorlage wählen und eine neue Hierarchie starten</translation>
    </message>
    <message>
        <source>Start the %1 template</source>
        <translation>Die Vorlage %1 starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume block production everywhere</source>
        <translation>Blockproduktion überall anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>Pause and produce one block on the selected subnet (the root when none is)</source>
        <translation>Anhalten und einen Block im ausgewählten Subnetz erzeugen (in der Root, wenn keines ausgewählt ist)</translation>
    </message>
    <message>
        <source>×%1</source>
        <extracomment>run speed: virtual time per wall time, e.g. "×10"</extracomment>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Run virtual time %1 times as fast as the wall clock</source>
        <translation>Virtuelle Zeit %1-mal so schnell wie die reale Zeit laufen lassen</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Show the whole hierarchy</source>
        <translation>Die ganze Hierarchie zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About IPC Studio</source>
        <translation>&amp;Über IPC Studio</translation>
    </message>
    <message>
        <source>About IPC Studio</source>
        <translation>Über IPC Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;IPC Studio %1&lt;/b&gt;&lt;p&gt;A whole InterPlanetary Consensus hierarchy on your desktop.&lt;/p&gt;</source>
        <translation>&lt;b&gt;IPC Studio %1&lt;/b&gt;&lt;p&gt;Eine ganze InterPlanetary-Consensus-Hierarchie auf Ihrem Desktop.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Virtual time per wall time (keys 1, 2, 3)</source>
        <translation>Virtuelle Zeit pro realer Zeit (Tasten 1, 2, 3)</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Werk&amp;zeugleiste</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <source>Blocks produced per second across the hierarchy</source>
        <translation>In der ganzen Hierarchie erzeugte Blöcke pro Sekunde</translation>
    </message>
    <message>
        <source>Cross-net messages not yet delivered</source>
        <translation>Noch nicht zugestellte netzübergreifende Nachrichten</translation>
    </message>
    <message>
        <source>Virtual time since genesis</source>
        <translation>Virtuelle Zeit seit Genesis</translation>
    </message>
    <message>
        <source>The running hierarchy's template</source>
        <translation>Vorlage der laufenden Hierarchie</translation>
    </message>
    <message>
        <source>No hierarchy running</source>
        <translation>Keine Hierarchie läuft</translation>
    </message>
    <message>
        <source>Run a whole InterPlanetary Consensus hierarchy on your desktop: a root chain and its subnets, with validators, checkpoints and cross-net messages you can watch and steer. Pick a template to start one.</source>
        <translation>Führen Sie eine ganze InterPlanetary-Consensus-Hierarchie auf Ihrem Desktop aus: eine Root-Chain und ihre Subnetze, mit Validatoren, Checkpoints und netzübergreifenden Nachrichten, die Sie beobachten und steuern können. Wählen Sie eine Vorlage, um eine zu starten.</translation>
    </message>
    <message>
        <source>Start %1 (Ctrl+%2)</source>
        <translation>%1 starten (Strg+%2)</translation>
    </message>
    <message>
        <source>%1 chains  ·  Ctrl+%2</source>
        <extracomment>under a template's description: how many chains it runs, and its shortcut</extracomment>
        <translation>%1 Chains  ·  Strg+%2</translation>
    </message>
    <message>
        <source>No hierarchy is running yet.</source>
        <translation>Es läuft noch keine Hierarchie.</translation>
    </message>
    <message>
        <source>Back to the running hierarchy</source>
        <translation>Zurück zur laufenden Hierarchie</translation>
    </message>
    <message>
        <source>Starting %1: building genesis for every chain…</source>
        <translation>%1 wird gestartet: Genesis für jede Chain wird erstellt…</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 läuft.</translation>
    </message>
    <message>
        <source>%1 (quickstart) — IPC Studio</source>
        <extracomment>window title for an unsaved one-click hierarchy: the template's name</extracomment>
        <translation>%1 (Schnellstart) — IPC Studio</translation>
    </message>
    <message>
        <source>%1 — IPC Studio</source>
        <translation>%1 — IPC Studio</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>– blocks/s</source>
        <translation>– Blöcke/s</translation>
    </message>
    <message>
        <source>The hierarchy could not start: %1</source>
        <translation>Die Hierarchie konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>Messages in flight: %1</source>
        <translation>Nachrichten unterwegs: %1</translation>
    </message>
    <message>
        <source>Block production stopped: the workspace cannot be written (%1). It resumes once the disk takes writes again.</source>
        <translation>Blockproduktion gestoppt: Der Arbeitsbereich kann nicht geschrieben werden (%1). Sie läuft weiter, sobald die Festplatte wieder Schreibzugriffe annimmt.</translation>
    </message>
    <message>
        <source>t %1</source>
        <extracomment>virtual time since genesis, hh:mm:ss</extracomment>
        <translation>t %1</translation>
    </message>
    <message>
        <source>%1 blocks/s</source>
        <translation>%1 Blöcke/s</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%1 is running as a quickstart. Picking a template replaces it and discards it; File › Save as Workspace (Ctrl+Shift+S) keeps it.</source>
        <translation>%1 läuft als Schnellstart. Eine gewählte Vorlage ersetzt und verwirft ihn; Datei › Als Arbeitsbereich speichern (Strg+Umschalt+S) behält ihn.</translation>
    </message>
    <message>
        <source>%1 is running. Pick a template to replace it.</source>
        <translation>%1 läuft. Wählen Sie eine Vorlage, um die Hierarchie zu ersetzen.</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume block production (Space)</source>
        <translation>Blockproduktion fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause block production (Space)</source>
        <translation>Blockproduktion anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>the root</source>
        <translation>der Root</translation>
    </message>
    <message>
        <source>Pause and produce one block on %1 (N)</source>
        <translation>Anhalten und einen Block in %1 erzeugen (N)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>the language choice that follows the operating system's language</extracomment>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>IPC Studio uses the new language the next time it starts.</source>
        <translation>IPC Studio verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Show or hide the live charts</source>
        <translation>Live-Diagramme ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Use the dark palette</source>
        <translation>Die dunkle Farbpalette verwenden</translation>
    </message>
    <message>
        <source>Use the light palette</source>
        <translation>Die helle Farbpalette verwenden</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>S&amp;prache…</translation>
    </message>
    <message>
        <source>Choose the language of IPC Studio (takes effect after a restart)</source>
        <translation>Die Sprache von IPC Studio wählen (wirkt nach einem Neustart)</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Die Systemsprache</translation>
    </message>
    <message>
        <source>%1 takes effect after a restart of IPC Studio.</source>
        <extracomment>%1: a language's name, e.g. "Deutsch"</extracomment>
        <translation>%1 wirkt nach einem Neustart von IPC Studio.</translation>
    </message>
    <message>
        <source>&amp;Subnet</source>
        <translation>&amp;Subnetz</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search blocks, transactions, checkpoints, messages, addresses and subnets</source>
        <translation>Blöcke, Transaktionen, Checkpoints, Nachrichten, Adressen und Subnetze durchsuchen</translation>
    </message>
    <message>
        <source>The checkpoint a parent executed last</source>
        <translation>Der Checkpoint, den ein Elternnetz zuletzt ausgeführt hat</translation>
    </message>
    <message>
        <source>Start &amp;Last Template</source>
        <translation>&amp;Letzte Vorlage starten</translation>
    </message>
    <message>
        <source>Start &amp;Last Template (%1)</source>
        <translation>&amp;Letzte Vorlage starten (%1)</translation>
    </message>
    <message>
        <source>Last checkpoint: %1 @ %2</source>
        <extracomment>status bar: the subnet whose checkpoint its parent executed last, and its height</extracomment>
        <translation>Letzter Checkpoint: %1 @ %2</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation>&amp;Wallet</translation>
    </message>
    <message>
        <source>Show or hide the wallet: accounts, balances, send, faucet</source>
        <translation>Wallet ein- oder ausblenden: Konten, Guthaben, Senden, Faucet</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>Show or hide every cross-net message of the hierarchy</source>
        <translation>Alle netzübergreifenden Nachrichten der Hierarchie ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>Move FIL between any two subnets and watch it travel</source>
        <translation>FIL zwischen zwei beliebigen Subnetzen bewegen und den Weg verfolgen</translation>
    </message>
    <message>
        <source>Move FIL between any two subnets (Ctrl+T)</source>
        <translation>FIL zwischen zwei beliebigen Subnetzen bewegen (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>Send FIL to an address on the same subnet</source>
        <translation>FIL an eine Adresse im selben Subnetz senden</translation>
    </message>
    <message>
        <source>Top &amp;Up From Faucet</source>
        <translation>Aus dem &amp;Faucet aufladen</translation>
    </message>
    <message>
        <source>Give the selected wallet account %1 FIL on the root from a prefunded account</source>
        <translation>Dem ausgewählten Wallet-Konto %1 FIL in der Root von einem vorfinanzierten Konto geben</translation>
    </message>
    <message>
        <source>Transfer submitted: the Messages view (Ctrl+Shift+M) keeps following it</source>
        <translation>Transfer übermittelt: Die Nachrichtenansicht (Strg+Umschalt+M) verfolgt ihn weiter</translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation>Neuer &amp;Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Create a named workspace from a template; it keeps everything on disk</source>
        <translation>Einen benannten Arbeitsbereich aus einer Vorlage erstellen; er speichert alles auf der Festplatte</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open, rename, duplicate or delete workspaces</source>
        <translation>Arbeitsbereiche öffnen, umbenennen, duplizieren oder löschen</translation>
    </message>
    <message>
        <source>&amp;Save as Workspace…</source>
        <translation>Als Arbeitsbereich &amp;speichern…</translation>
    </message>
    <message>
        <source>Copy the running hierarchy into a new named workspace and continue there</source>
        <translation>Die laufende Hierarchie in einen neuen benannten Arbeitsbereich kopieren und dort weitermachen</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot…</source>
        <translation>Snapshot &amp;erstellen…</translation>
    </message>
    <message>
        <source>Remember the whole hierarchy (every subnet, mempool, relayer and message in flight) to come back to later</source>
        <translation>Die ganze Hierarchie festhalten (jedes Subnetz, jeden Mempool, Relayer und jede Nachricht unterwegs), um später dorthin zurückzukehren</translation>
    </message>
    <message>
        <source>&amp;Revert to Snapshot…</source>
        <translation>Auf Snapshot &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Return every subnet to a snapshot; later blocks are discarded</source>
        <translation>Jedes Subnetz auf einen Snapshot zurücksetzen; spätere Blöcke werden verworfen</translation>
    </message>
    <message>
        <source>&amp;Delete Snapshot…</source>
        <translation>Snapshot &amp;löschen…</translation>
    </message>
    <message>
        <source>Forget a snapshot</source>
        <translation>Einen Snapshot verwerfen</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <extracomment>toolbar labels (the menu says "Take Snapshot…", "Revert to Snapshot…")</extracomment>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save as Workspace</source>
        <translation>Als Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Name of the new workspace (the running hierarchy continues in it):</source>
        <translation>Name des neuen Arbeitsbereichs (die laufende Hierarchie läuft darin weiter):</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <source>Name (optional; snapshots also get an id like 0x1):</source>
        <translation>Name (optional; Snapshots erhalten außerdem eine ID wie 0x1):</translation>
    </message>
    <message>
        <source>Revert to Snapshot</source>
        <translation>Auf Snapshot zurücksetzen</translation>
    </message>
    <message>
        <source>Return the whole hierarchy to snapshot %1? Blocks, transactions and messages after it are discarded on every subnet, and snapshots taken after it are deleted.</source>
        <translation>Die ganze Hierarchie auf Snapshot %1 zurücksetzen? Spätere Blöcke, Transaktionen und Nachrichten werden in jedem Subnetz verworfen, und danach erstellte Snapshots werden gelöscht.</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <source>Snapshot %1 deleted</source>
        <translation>Snapshot %1 gelöscht</translation>
    </message>
    <message>
        <source>JSON-RPC is not served: %1</source>
        <translation>JSON-RPC wird nicht bereitgestellt: %1</translation>
    </message>
    <message>
        <source>quickstart</source>
        <translation>Schnellstart</translation>
    </message>
    <message>
        <source>There is no workspace named "%1"</source>
        <translation>Es gibt keinen Arbeitsbereich namens „%1“</translation>
    </message>
    <message>
        <source>Nothing to save: no workspace is running</source>
        <translation>Nichts zu speichern: Es läuft kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot save as "%1": %2</source>
        <translation>Speichern als „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>Saved as workspace "%1"</source>
        <translation>Als Arbeitsbereich „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Snapshot %1 taken</source>
        <translation>Snapshot %1 erstellt</translation>
    </message>
    <message>
        <source>Snapshot %1 “%2” taken</source>
        <translation>Snapshot %1 „%2“ erstellt</translation>
    </message>
    <message>
        <source>Reverted to snapshot %1</source>
        <translation>Auf Snapshot %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>No snapshot has been taken yet. Take one with Run › Take Snapshot (Ctrl+Alt+S).</source>
        <translation>Es wurde noch kein Snapshot erstellt. Erstellen Sie einen mit Ausführen › Snapshot erstellen (Strg+Alt+S).</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>Snapshot:</translation>
    </message>
    <message>
        <source>Workspace: quickstart (not saved)</source>
        <translation>Arbeitsbereich: Schnellstart (nicht gespeichert)</translation>
    </message>
    <message>
        <source>A throw-away workspace in %1: it reopens on the next start, and is discarded when another hierarchy starts. File › Save as Workspace (Ctrl+Shift+S) keeps it.</source>
        <translation>Ein temporärer Arbeitsbereich in %1: Er öffnet sich beim nächsten Start wieder und wird verworfen, wenn eine andere Hierarchie startet. Datei › Als Arbeitsbereich speichern (Strg+Umschalt+S) behält ihn.</translation>
    </message>
    <message>
        <source>In memory</source>
        <translation>Im Speicher</translation>
    </message>
    <message>
        <source>This hierarchy is not kept on disk</source>
        <translation>Diese Hierarchie wird nicht auf der Festplatte gespeichert</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>None yet. A template click runs a quickstart; File › Save as Workspace keeps it, File › New Workspace (Ctrl+Alt+N) starts a named one.</source>
        <translation>Noch keine. Ein Klick auf eine Vorlage startet einen Schnellstart; Datei › Als Arbeitsbereich speichern behält ihn, Datei › Neuer Arbeitsbereich (Strg+Alt+N) startet einen benannten.</translation>
    </message>
    <message>
        <source>Open another workspace… (Ctrl+O)</source>
        <translation>Anderen Arbeitsbereich öffnen… (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert cancelled: nothing changed</source>
        <translation>Zurücksetzen abgebrochen: nichts geändert</translation>
    </message>
    <message>
        <source>Follow tip paused to show block %1 of %2 (tick Follow tip to resume)</source>
        <extracomment>%1: a block number, %2: a subnet's name</extracomment>
        <translation>„Der Spitze folgen“ angehalten, um Block %1 von %2 zu zeigen (zum Fortsetzen wieder ankreuzen)</translation>
    </message>
    <message>
        <source>Start with &amp;Settings…</source>
        <translation>Mit &amp;Einstellungen starten…</translation>
    </message>
    <message>
        <source>Pick a template and change its RPC port, block time, accounts or mnemonic</source>
        <translation>Eine Vorlage wählen und ihren RPC-Port, ihre Blockzeit, Konten oder Mnemonic ändern</translation>
    </message>
    <message>
        <source>Link &amp;Contracts…</source>
        <translation>Verträge ver&amp;knüpfen…</translation>
    </message>
    <message>
        <source>Name your contracts and decode their calls, events and errors: link the project's Hardhat artifacts/ or Foundry out/ directory, linked again after each build</source>
        <translation>Benennen Sie Ihre Verträge und dekodieren Sie ihre Aufrufe, Ereignisse und Fehler: Verknüpfen Sie das Hardhat-Verzeichnis artifacts/ oder das Foundry-Verzeichnis out/ des Projekts, nach jedem Build erneut verknüpft</translation>
    </message>
    <message>
        <source>Link Contracts: a Hardhat artifacts/ or Foundry out/ directory</source>
        <translation>Verträge verknüpfen: ein Hardhat-Verzeichnis artifacts/ oder ein Foundry-Verzeichnis out/</translation>
    </message>
    <message>
        <source>&amp;Unlink Contracts</source>
        <translation>Vertragsverknüpfung auf&amp;heben</translation>
    </message>
    <message>
        <source>The rebuilt artifacts do not load yet: %1</source>
        <translation>Die neu gebauten Artefakte lassen sich noch nicht laden: %1</translation>
    </message>
    <message>
        <source>Link Contracts</source>
        <translation>Verträge verknüpfen</translation>
    </message>
    <message>
        <source>The contracts could not be linked:
%1</source>
        <translation>Die Verträge konnten nicht verknüpft werden:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s) linked</source>
        <extracomment>the status bar's note of the linked project: how many contracts it has</extracomment>
        <translation><numerusform>%n Vertrag verknüpft</numerusform><numerusform>%n Verträge verknüpft</numerusform></translation>
    </message>
    <message>
        <source>Rebuilt: %1</source>
        <translation>Neu gebaut: %1</translation>
    </message>
    <message>
        <source>Refuse C&amp;heat Methods</source>
        <translation>C&amp;heat-Methoden ablehnen</translation>
    </message>
    <message>
        <source>A shared or demo devnet: JSON-RPC refuses anvil_, hardhat_ and evm_ cheat methods (set balance, code, storage, time, mining); a workspace remembers it</source>
        <translation>Ein geteiltes oder Demo-Devnet: JSON-RPC lehnt die Cheat-Methoden anvil_, hardhat_ und evm_ ab (Guthaben, Code, Speicher, Zeit, Mining setzen); ein Arbeitsbereich merkt es sich</translation>
    </message>
    <message>
        <source>Cheat methods are refused on this devnet</source>
        <translation>Cheat-Methoden werden auf diesem Devnet abgelehnt</translation>
    </message>
    <message>
        <source>Cheat methods are allowed again</source>
        <translation>Cheat-Methoden sind wieder erlaubt</translation>
    </message>
</context>
<context>
    <name>ipc::ui::MessageProgressView</name>
    <message>
        <source>to %1, local nonce %2</source>
        <translation>an %1, lokale Nonce %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Reading the transfer…</source>
        <translation>Transfer wird gelesen…</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>title of a tracked transfer: what moves, from where to where</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Transaction in %1</source>
        <translation>Transaktion in %1</translation>
    </message>
    <message>
        <source>Hop %1: %2 → %3</source>
        <extracomment>a hop of a cross-net route: number, subnets, and how it travels</extracomment>
        <translation>Hop %1: %2 → %3</translation>
    </message>
    <message>
        <source>finality ≥ %1 height %2</source>
        <translation>Finalität ≥ %1 Höhe %2</translation>
    </message>
    <message>
        <source>Arrival and receipt</source>
        <translation>Ankunft und Beleg</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::MessagesPanel</name>
    <message>
        <source>Messages sent from, sent to or passing through this subnet</source>
        <translation>Nachrichten, die von diesem Subnetz oder an dieses Subnetz gesendet werden oder es durchlaufen</translation>
    </message>
    <message>
        <source>account 0x… or t410f…</source>
        <translation>Konto 0x… oder t410f…</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Jede Phase</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Show &amp;receipts</source>
        <translation>&amp;Belege anzeigen</translation>
    </message>
    <message>
        <source>List the Result messages that carry each receipt back too</source>
        <translation>Auch die Result-Nachrichten auflisten, die jeden Beleg zurücktragen</translation>
    </message>
    <message>
        <source>S&amp;ubnet</source>
        <translation>S&amp;ubnetz</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <source>Pick a message to follow it hop by hop.</source>
        <translation>Wählen Sie eine Nachricht, um sie Hop für Hop zu verfolgen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>messages shown by the filters, of all messages</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>All subnets</source>
        <translation>Alle Subnetze</translation>
    </message>
</context>
<context>
    <name>ipc::ui::NewHierarchyDialog</name>
    <message>
        <source>New Hierarchy</source>
        <translation>Neue Hierarchie</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>the OK button of New Hierarchy: starts the hierarchy</extracomment>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>ipc::ui::PasswordDialog</name>
    <message>
        <source>Set Wallet Password</source>
        <translation>Wallet-Passwort festlegen</translation>
    </message>
    <message>
        <source>Imported keys are then kept only encrypted under this password; the wallet opens locked next time. Accounts of the workspace's own mnemonic stay usable.</source>
        <translation>Importierte Schlüssel werden dann nur noch mit diesem Passwort verschlüsselt aufbewahrt; die Wallet öffnet sich beim nächsten Mal gesperrt. Konten aus dem eigenen Mnemonic des Arbeitsbereichs bleiben nutzbar.</translation>
    </message>
    <message>
        <source>Unlock Wallet</source>
        <translation>Wallet entsperren</translation>
    </message>
    <message>
        <source>The wallet password opens the imported keys for this session.</source>
        <translation>Das Wallet-Passwort gibt die importierten Schlüssel für diese Sitzung frei.</translation>
    </message>
    <message>
        <source>Change Wallet Password</source>
        <translation>Wallet-Passwort ändern</translation>
    </message>
    <message>
        <source>Remove Wallet Password</source>
        <translation>Wallet-Passwort entfernen</translation>
    </message>
    <message>
        <source>Imported keys are then stored unencrypted.</source>
        <translation>Importierte Schlüssel werden dann unverschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Enter the wallet password.</source>
        <translation>Geben Sie das Wallet-Passwort ein.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Wählen Sie ein Passwort.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
</context>
<context>
    <name>ipc::ui::RouteDiagram</name>
    <message>
        <source>Pick both ends to see the route.</source>
        <translation>Wählen Sie beide Enden, um die Route zu sehen.</translation>
    </message>
    <message>
        <source>checkpoint ≈ %1</source>
        <extracomment>on the review page's route diagram: what carries a hop and its expected time</extracomment>
        <translation>Checkpoint ≈ %1</translation>
    </message>
    <message>
        <source>finality ≈ %1</source>
        <translation>Finalität ≈ %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SearchBox</name>
    <message>
        <source>Block, tx, address, subnet… (Ctrl+K)</source>
        <translation>Block, Tx, Adresse, Subnetz… (Strg+K)</translation>
    </message>
    <message>
        <source>Search the running hierarchy: a block number (in the selected subnet), "checkpoint 20", a transaction hash or tracing id (0x + 64 hex), an address (0x… or t410f…) or a subnet id (/r31337/…)</source>
        <translation>Die laufende Hierarchie durchsuchen: eine Blocknummer (im ausgewählten Subnetz), „checkpoint 20“, ein Transaktions-Hash oder eine Tracing-ID (0x + 64 Hex), eine Adresse (0x… oder t410f…) oder eine Subnetz-ID (/r31337/…)</translation>
    </message>
    <message>
        <source>No hierarchy is running: start one to search it</source>
        <translation>Es läuft keine Hierarchie: Starten Sie eine, um sie zu durchsuchen</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SendDialog</name>
    <message>
        <source>Send FIL</source>
        <translation>FIL senden</translation>
    </message>
    <message>
        <source>Pay an address on the same subnet. To move FIL to another subnet use Transfer (Ctrl+T).</source>
        <translation>An eine Adresse im selben Subnetz zahlen. Um FIL in ein anderes Subnetz zu bewegen, verwenden Sie Transfer (Strg+T).</translation>
    </message>
    <message>
        <source>0x… or t410f…</source>
        <translation>0x… oder t410f…</translation>
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation>FIL, z. B. 1.5</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>S&amp;ubnet</source>
        <translation>S&amp;ubnetz</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation>&amp;Betrag (FIL)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>about %1 (%2 gas at the base fee; at most %3)</source>
        <translation>etwa %1 (%2 Gas zur Basisgebühr; höchstens %3)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>The wallet has no accounts to send from.</source>
        <translation>Die Wallet hat keine Konten zum Senden.</translation>
    </message>
    <message>
        <source>Reading the fee…</source>
        <translation>Gebühr wird gelesen…</translation>
    </message>
    <message>
        <source>Not enough FIL on %1: the account holds %2 and the fee may take up to %3.</source>
        <translation>Nicht genug FIL in %1: Das Konto hält %2, und die Gebühr kann bis zu %3 betragen.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SubnetActions</name>
    <message>
        <source>&amp;Create Child Subnet…</source>
        <translation>&amp;Untergeordnetes Subnetz erstellen…</translation>
    </message>
    <message>
        <source>Create a subnet under the selected one</source>
        <translation>Ein Subnetz unter dem ausgewählten erstellen</translation>
    </message>
    <message>
        <source>&amp;Fund…</source>
        <translation>&amp;Einzahlen…</translation>
    </message>
    <message>
        <source>Send FIL from the parent into the selected subnet</source>
        <translation>FIL aus dem Elternnetz in das ausgewählte Subnetz senden</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>Aus&amp;zahlen…</translation>
    </message>
    <message>
        <source>Send FIL from the selected subnet back to its parent</source>
        <translation>FIL aus dem ausgewählten Subnetz zurück an sein Elternnetz senden</translation>
    </message>
    <message>
        <source>Open &amp;RPC URL</source>
        <translation>&amp;RPC-URL öffnen</translation>
    </message>
    <message>
        <source>Open the selected subnet's JSON-RPC endpoint</source>
        <translation>Den JSON-RPC-Endpunkt des ausgewählten Subnetzes öffnen</translation>
    </message>
    <message>
        <source>Copy Subnet &amp;Id</source>
        <translation>Subnetz-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the selected subnet's id to the clipboard</source>
        <translation>Die ID des ausgewählten Subnetzes in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>No JSON-RPC server serves this subnet</source>
        <translation>Kein JSON-RPC-Server bedient dieses Subnetz</translation>
    </message>
    <message>
        <source>&amp;Fund %1…</source>
        <translation>In %1 &amp;einzahlen…</translation>
    </message>
    <message>
        <source>&amp;Release from %1…</source>
        <translation>Aus %1 aus&amp;zahlen…</translation>
    </message>
    <message>
        <source>The root has no parent to move FIL from or to</source>
        <translation>Die Root hat kein Elternnetz, aus dem oder in das FIL bewegt werden könnte</translation>
    </message>
    <message>
        <source>Created %1 (%2); it starts once its validators join</source>
        <translation>%1 (%2) erstellt; es startet, sobald seine Validatoren beitreten</translation>
    </message>
    <message>
        <source>Funding %1 with %2 FIL: %3</source>
        <translation>%2 FIL werden in %1 eingezahlt: %3</translation>
    </message>
    <message>
        <source>Releasing %1 FIL from %2: %3</source>
        <translation>%1 FIL werden aus %2 ausgezahlt: %3</translation>
    </message>
    <message>
        <source>No JSON-RPC server serves %1</source>
        <translation>Kein JSON-RPC-Server bedient %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&amp;Join as Validator…</source>
        <translation>Als &amp;Validator beitreten…</translation>
    </message>
    <message>
        <source>Lock collateral and validate the selected subnet</source>
        <translation>Sicherheitsleistung sperren und das ausgewählte Subnetz validieren</translation>
    </message>
    <message>
        <source>&amp;Stake…</source>
        <translation>&amp;Stake erhöhen…</translation>
    </message>
    <message>
        <source>Add collateral as a validator of the selected subnet</source>
        <translation>Als Validator des ausgewählten Subnetzes Sicherheitsleistung hinzufügen</translation>
    </message>
    <message>
        <source>U&amp;nstake…</source>
        <translation>Stake re&amp;duzieren…</translation>
    </message>
    <message>
        <source>Take back part of a validator's collateral</source>
        <translation>Einen Teil der Sicherheitsleistung eines Validators zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>&amp;Austreten…</translation>
    </message>
    <message>
        <source>Stop validating the selected subnet</source>
        <translation>Das ausgewählte Subnetz nicht mehr validieren</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>Auf&amp;lösen…</translation>
    </message>
    <message>
        <source>End the selected subnet for good (its owner, once no collateral is left)</source>
        <translation>Das ausgewählte Subnetz endgültig auflösen (durch seinen Eigentümer, sobald keine Sicherheitsleistung mehr darin ist)</translation>
    </message>
    <message>
        <source>The root has no validators to join or leave</source>
        <translation>Der Root kann man als Validator weder beitreten noch sie verlassen</translation>
    </message>
    <message>
        <source>Join sent to %1's subnet actor: %2</source>
        <translation>Beitritt an den Subnetz-Actor von %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Stake sent to %1's subnet actor: %2</source>
        <translation>Stake an den Subnetz-Actor von %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Unstake sent to %1's subnet actor: %2</source>
        <translation>Stake-Reduzierung an den Subnetz-Actor von %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Leave sent to %1's subnet actor: %2</source>
        <translation>Austritt an den Subnetz-Actor von %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Kill sent to %1's subnet actor: %2</source>
        <translation>Auflösung an den Subnetz-Actor von %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source> (the receipt on the parent's Transactions page says whether the actor accepted it)</source>
        <translation> (der Beleg auf der Seite „Transaktionen“ des Elternnetzes zeigt, ob der Actor ihn angenommen hat)</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SubnetFormat</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>halted</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>beendet</translation>
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
        <translation>Log %1</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Topic %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n Byte</numerusform><numerusform>%n Bytes</numerusform></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Blöcke</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transaktionen</translation>
    </message>
    <message>
        <source>&amp;Validators</source>
        <translation>&amp;Validatoren</translation>
    </message>
    <message>
        <source>&amp;Checkpoints</source>
        <translation>&amp;Checkpoints</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <extracomment>keyboard shortcut of a subnet page tab</extracomment>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Subnet id</source>
        <translation>Subnetz-ID</translation>
    </message>
    <message>
        <source>Copy the subnet id</source>
        <translation>Die Subnetz-ID kopieren</translation>
    </message>
    <message>
        <source>RPC URL</source>
        <translation>RPC-URL</translation>
    </message>
    <message>
        <source>Copy the RPC URL</source>
        <translation>Die RPC-URL kopieren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subnet actor</source>
        <translation>Subnetz-Actor</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Chain-ID</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternnetz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Checkpoint period</source>
        <translation>Checkpoint-Periode</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Mehrheit</translation>
    </message>
    <message>
        <source>Min. validators</source>
        <translation>Min. Validatoren</translation>
    </message>
    <message>
        <source>Min. activation collateral</source>
        <translation>Min. Aktivierungs-Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>Blockzeit</translation>
    </message>
    <message>
        <source>Messages per batch</source>
        <translation>Nachrichten pro Batch</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Circulating supply</source>
        <translation>Umlaufmenge</translation>
    </message>
    <message>
        <source>Supply here</source>
        <translation>Menge hier</translation>
    </message>
    <message>
        <source>Top-down nonce</source>
        <translation>Top-down-Nonce</translation>
    </message>
    <message>
        <source>Bottom-up nonce</source>
        <translation>Bottom-up-Nonce</translation>
    </message>
    <message>
        <source>Parent finality</source>
        <translation>Finalität des Elternnetzes</translation>
    </message>
    <message>
        <source>Checkpoints and validators</source>
        <translation>Checkpoints und Validatoren</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>Letzter Checkpoint</translation>
    </message>
    <message>
        <source>Accepted by parent</source>
        <translation>Vom Elternnetz akzeptiert</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validatoren</translation>
    </message>
    <message>
        <source>Relayer</source>
        <translation>Relayer</translation>
    </message>
    <message>
        <source>&amp;Follow tip</source>
        <translation>Der &amp;Spitze folgen</translation>
    </message>
    <message>
        <source>List new blocks as they come; off keeps the list still</source>
        <translation>Neue Blöcke sofort auflisten; aus hält die Liste still</translation>
    </message>
    <message>
        <source>Copy Block Hash</source>
        <translation>Block-Hash kopieren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>F&amp;ollow tip</source>
        <translation>Der Spitze f&amp;olgen</translation>
    </message>
    <message>
        <source>List new transactions as they come</source>
        <translation>Neue Transaktionen sofort auflisten</translation>
    </message>
    <message>
        <source>Copy Transaction Hash</source>
        <translation>Transaktions-Hash kopieren</translation>
    </message>
    <message>
        <source>&amp;Relayer on</source>
        <translation>&amp;Relayer an</translation>
    </message>
    <message>
        <source>The relayer submits this subnet's checkpoints to its parent; off stops them there</source>
        <translation>Der Relayer reicht die Checkpoints dieses Subnetzes beim Elternnetz ein; aus hält sie hier an</translation>
    </message>
    <message>
        <source>Uncheck Online to take a validator offline: with less than two thirds of the power online the subnet halts.</source>
        <translation>Deaktivieren Sie „Online“, um einen Validator offline zu nehmen: Mit weniger als zwei Dritteln der Stimmkraft online hält das Subnetz an.</translation>
    </message>
    <message>
        <source>Copy Checkpoint Hash</source>
        <translation>Checkpoint-Hash kopieren</translation>
    </message>
    <message>
        <source>Select a checkpoint to inspect it.</source>
        <translation>Wählen Sie einen Checkpoint, um ihn zu untersuchen.</translation>
    </message>
    <message>
        <source>Open in &amp;Parent</source>
        <translation>Im &amp;Elternnetz öffnen</translation>
    </message>
    <message>
        <source>Show the parent block where this checkpoint was executed</source>
        <translation>Den Block des Elternnetzes zeigen, in dem dieser Checkpoint ausgeführt wurde</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Virtual time</source>
        <translation>Virtuelle Zeit</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Copy Tracing Id</source>
        <translation>Tracing-ID kopieren</translation>
    </message>
    <message>
        <source>Select a block to see its header and commit signatures.</source>
        <translation>Wählen Sie einen Block, um seinen Header und seine Commit-Signaturen zu sehen.</translation>
    </message>
    <message>
        <source>Select a transaction to see its receipt and logs.</source>
        <translation>Wählen Sie eine Transaktion, um ihren Beleg und ihre Logs zu sehen.</translation>
    </message>
    <message>
        <source>Select a message to see its route and trace.</source>
        <translation>Wählen Sie eine Nachricht, um ihre Route und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Select a subnet in the tree or the graph.</source>
        <translation>Wählen Sie ein Subnetz im Baum oder im Graphen.</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Status: &lt;b style="color:%1"&gt;%2&lt;/b&gt; · %3 of %4 validators online · height %5</source>
        <translation>Status: &lt;b style="color:%1"&gt;%2&lt;/b&gt; · %3 von %4 Validatoren online · Höhe %5</translation>
    </message>
    <message>
        <source>none (the root)</source>
        <translation>keins (die Root)</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s)</source>
        <translation><numerusform>%n Block</numerusform><numerusform>%n Blöcke</numerusform></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>majority: the share of validator weight a checkpoint needs, e.g. "67%"</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a (the root)</source>
        <extracomment>the relayer submits checkpoints ("on") or is stopped ("off")</extracomment>
        <translation>k. A. (die Root)</translation>
    </message>
    <message>
        <source>%1 sent · %2 applied</source>
        <extracomment>top-down nonce: messages the parent sent down, and those this subnet applied</extracomment>
        <translation>%1 gesendet · %2 angewendet</translation>
    </message>
    <message>
        <source>height %1 · %2</source>
        <extracomment>parent finality: the parent's height and the start of its block hash</extracomment>
        <translation>Höhe %1 · %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>height %1 · %2 · %3 cut so far</source>
        <extracomment>last checkpoint: its height, its stage, and how many the subnet cut in all</extracomment>
        <translation>Höhe %1 · %2 · bisher %3 erstellt</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 von %2 online</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Parent hash</source>
        <translation>Eltern-Hash</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Vorschlagender</translation>
    </message>
    <message>
        <source>State root</source>
        <translation>State-Root</translation>
    </message>
    <message>
        <source>Transactions root</source>
        <translation>Transaktions-Root</translation>
    </message>
    <message>
        <source>Receipts root</source>
        <translation>Beleg-Root</translation>
    </message>
    <message>
        <source>Base fee</source>
        <translation>Basisgebühr</translation>
    </message>
    <message>
        <source>Gas used / limit</source>
        <translation>Gas verbraucht / Limit</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>System events</source>
        <translation>Systemereignisse</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Commit signatures</source>
        <translation>Commit-Signaturen</translation>
    </message>
    <message>
        <source>✓ verified · power %1</source>
        <translation>✓ verifiziert · Stimmkraft %1</translation>
    </message>
    <message>
        <source>✗ not verified · power %1</source>
        <translation>✗ nicht verifiziert · Stimmkraft %1</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>%1 (index %2)</source>
        <translation>%1 (Index %2)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>contract creation</source>
        <translation>Vertragserstellung</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Gas limit</source>
        <translation>Gas-Limit</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas verbraucht</translation>
    </message>
    <message>
        <source>Effective gas price</source>
        <translation>Effektiver Gaspreis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>system (no fee)</source>
        <translation>System (ohne Gebühr)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Checkpoint at height %1 · %2</source>
        <translation>Checkpoint bei Höhe %1 · %2</translation>
    </message>
    <message>
        <source>signed %1 of threshold %2 (total %3)</source>
        <extracomment>quorum progress: signed weight of the threshold, and of the total</extracomment>
        <translation>%1 von Schwelle %2 signiert (gesamt %3)</translation>
    </message>
    <message>
        <source>cut</source>
        <extracomment>checkpoint stage: the subnet cut (made) the checkpoint at this height</extracomment>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>submitted to parent</source>
        <translation>beim Elternnetz eingereicht</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>wird signiert</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>the height the first signature arrived at</extracomment>
        <translation>ab %1</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation><numerusform>%n Signatur</numerusform><numerusform>%n Signaturen</numerusform></translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ verifiziert</translation>
    </message>
    <message>
        <source>✗ invalid</source>
        <translation>✗ ungültig</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Block height</source>
        <translation>Blockhöhe</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Block-Hash</translation>
    </message>
    <message>
        <source>Next configuration</source>
        <translation>Nächste Konfiguration</translation>
    </message>
    <message>
        <source>Active validators</source>
        <translation>Aktive Validatoren</translation>
    </message>
    <message>
        <source>Blocks committed</source>
        <translation>Festgeschriebene Blöcke</translation>
    </message>
    <message>
        <source>Data root commitment</source>
        <translation>Data-Root-Commitment</translation>
    </message>
    <message>
        <source>ABI hash</source>
        <extracomment>keccak256 of the ABI-encoded checkpoint, what validators sign</extracomment>
        <translation>ABI-Hash</translation>
    </message>
    <message>
        <source>Hash check</source>
        <translation>Hash-Prüfung</translation>
    </message>
    <message>
        <source>✓ recomputed from the fields above</source>
        <translation>✓ aus den obigen Feldern neu berechnet</translation>
    </message>
    <message>
        <source>✗ differs from the fields above</source>
        <translation>✗ weicht von den obigen Feldern ab</translation>
    </message>
    <message>
        <source>%1 signed · threshold %2 · total %3</source>
        <translation>%1 signiert · Schwelle %2 · gesamt %3</translation>
    </message>
    <message>
        <source>Relayer transaction</source>
        <translation>Relayer-Transaktion</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message numerus="yes">
        <source>%n validator(s)</source>
        <translation><numerusform>%n Validator</numerusform><numerusform>%n Validatoren</numerusform></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>Membership change</source>
        <translation>Mitgliedschaftsänderung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>joined with weight %1</source>
        <translation>mit Gewicht %1 beigetreten</translation>
    </message>
    <message>
        <source>left (weight %1)</source>
        <translation>ausgetreten (Gewicht %1)</translation>
    </message>
    <message>
        <source>weight %1 → %2</source>
        <translation>Gewicht %1 → %2</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Tracing id</source>
        <translation>Tracing-ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Answers</source>
        <extracomment>a receipt message: the tracing id of the message it answers</extracomment>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 at height %2 · %3</source>
        <translation>%1 bei Höhe %2 · %3</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message numerus="yes">
        <source>Data (%n byte(s))</source>
        <translation><numerusform>Daten (%n Byte)</numerusform><numerusform>Daten (%n Bytes)</numerusform></translation>
    </message>
    <message>
        <source>Co&amp;ntracts</source>
        <extracomment>tab listing the contracts deployed on the subnet</extracomment>
        <translation>V&amp;erträge</translation>
    </message>
    <message>
        <source>Copy Contract Address</source>
        <translation>Vertragsadresse kopieren</translation>
    </message>
    <message>
        <source>Created contract</source>
        <translation>Erstellter Vertrag</translation>
    </message>
    <message>
        <source>console.log</source>
        <extracomment>The section of Hardhat's console.log output: a function name, keep it as it is</extracomment>
        <translation>console.log</translation>
    </message>
    <message>
        <source>Method</source>
        <extracomment>a cross-net call: the contract method it calls (its 4-byte selector)</extracomment>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Params</source>
        <extracomment>a cross-net call: its ABI-encoded arguments, in hex</extracomment>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>a Result message: how the call it answers went (Ok, ActorErr, SystemErr)</extracomment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Return data</source>
        <extracomment>a Result message: the data the called contract returned (or its revert data)</extracomment>
        <translation>Rückgabedaten</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>a Result message: the call's revert in words</extracomment>
        <translation>Rücksetzung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Call trace</source>
        <translation>Aufrufverlauf</translation>
    </message>
    <message>
        <source>running it again…</source>
        <translation>wird erneut ausgeführt…</translation>
    </message>
    <message>
        <source>Contracts on this subnet, newest first: deployed by a transaction or made by a factory contract (CREATE, CREATE2). Select one to read, call or send to it; double-click it to open the transaction that created it.</source>
        <translation>Verträge auf diesem Subnetz, neueste zuerst: von einer Transaktion bereitgestellt oder von einem Fabrikvertrag erzeugt (CREATE, CREATE2). Wählen Sie einen, um ihn zu lesen, aufzurufen oder an ihn zu senden; ein Doppelklick öffnet die Transaktion, die ihn erzeugt hat.</translation>
    </message>
    <message>
        <source>Emitter</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>one frame of a call trace: the call type (CALL, STATICCALL, ...) and what it called</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>gas %1 of %2</source>
        <extracomment>the gas one call of a trace used, of the gas it was given</extracomment>
        <translation>Gas %1 von %2</translation>
    </message>
    <message>
        <source>log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ipc::ui::SubnetSummary</name>
    <message>
        <source>Select a subnet in the tree or the graph to see its details.</source>
        <translation>Wählen Sie ein Subnetz im Baum oder im Graphen, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>The subnet id; select it to copy</source>
        <translation>Die Subnetz-ID; zum Kopieren markieren</translation>
    </message>
    <message>
        <source>Subnet id</source>
        <translation>Subnetz-ID</translation>
    </message>
    <message>
        <source>Chain id</source>
        <translation>Chain-ID</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternnetz</translation>
    </message>
    <message>
        <source>Block time</source>
        <translation>Blockzeit</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validatoren</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>Parent finality</source>
        <translation>Finalität des Elternnetzes</translation>
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
        <translation>Umlaufmenge</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>summary title: subnet name and its status, e.g. "alpha · running"</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>— (the root)</source>
        <translation>— (die Root)</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 von %2 online</translation>
    </message>
    <message>
        <source>every %1 · cut %2 · accepted %3</source>
        <extracomment>checkpoint period, last height cut here, last height the parent accepted</extracomment>
        <translation>alle %1 · erstellt %2 · akzeptiert %3</translation>
    </message>
    <message>
        <source>A checkpoint every %1 blocks; the last was cut at height %2 and the parent accepted checkpoints up to height %3</source>
        <translation>Ein Checkpoint alle %1 Blöcke; der letzte wurde bei Höhe %2 erstellt, und das Elternnetz hat Checkpoints bis Höhe %3 akzeptiert</translation>
    </message>
    <message>
        <source>parent height %1</source>
        <translation>Höhe im Elternnetz %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>— (the root has no parent)</source>
        <translation>— (die Root hat kein Elternnetz)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 Transaktionen</translation>
    </message>
    <message>
        <source>n/a (the root)</source>
        <translation>k. A. (die Root)</translation>
    </message>
</context>
<context>
    <name>ipc::ui::Templates</name>
    <message>
        <source>Root and one subnet with 4 validators</source>
        <translation>Root und ein Subnetz mit 4 Validatoren</translation>
    </message>
    <message>
        <source>Root and two sibling subnets with 4 validators each</source>
        <translation>Root und zwei benachbarte Subnetze mit je 4 Validatoren</translation>
    </message>
    <message>
        <source>Root, two subnets and four grandchildren (7 chains)</source>
        <translation>Root, zwei Subnetze und vier Enkel-Subnetze (7 Chains)</translation>
    </message>
    <message>
        <source>Root and one subnet with 4 validators and a short checkpoint period (5 blocks)</source>
        <translation>Root und ein Subnetz mit 4 Validatoren und kurzer Checkpoint-Periode (5 Blöcke)</translation>
    </message>
    <message>
        <source>Cross-net example dApp (counter, ping-pong, token bridge) on root, a subnet and a grandchild</source>
        <translation>Cross-Net-Beispiel-dApp (Zähler, Ping-Pong, Token-Bridge) auf Root, einem Subnetz und einem Enkel-Subnetz</translation>
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
        <translation>Block</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas verbraucht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>contract creation</source>
        <translation>Vertragserstellung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>ok (system)</source>
        <extracomment>a transaction validators or relayers send for IPC, without a fee</extracomment>
        <translation>ok (System)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>contract creation → %1</source>
        <extracomment>the To cell of a transaction that deployed a contract: the contract's address</extracomment>
        <translation>Vertragserstellung → %1</translation>
    </message>
    <message>
        <source>Created contract %1</source>
        <translation>Erstellter Vertrag %1</translation>
    </message>
    <message>
        <source>A contract creation that failed: no contract was made</source>
        <translation>Eine fehlgeschlagene Vertragserstellung: es wurde kein Vertrag angelegt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
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
        <translation>Betrag</translation>
    </message>
    <message>
        <source>How much FIL to move (up to 18 decimals).</source>
        <translation>Wie viel FIL bewegt werden sollen (bis zu 18 Nachkommastellen).</translation>
    </message>
    <message>
        <source>FIL, e.g. 1.5</source>
        <translation>FIL, z. B. 1.5</translation>
    </message>
    <message>
        <source>&amp;Max</source>
        <translation>&amp;Max.</translation>
    </message>
    <message>
        <source>Everything the account can move: its balance after the fee</source>
        <translation>Alles, was das Konto bewegen kann: sein Guthaben abzüglich der Gebühr</translation>
    </message>
    <message>
        <source>&amp;Amount (FIL)</source>
        <translation>&amp;Betrag (FIL)</translation>
    </message>
    <message>
        <source>Available on %1: %2.</source>
        <translation>Verfügbar in %1: %2.</translation>
    </message>
    <message>
        <source>Fee on %1: about %2 (at most %3). The hops after it charge nothing.</source>
        <translation>Gebühr in %1: etwa %2 (höchstens %3). Die folgenden Hops kosten nichts.</translation>
    </message>
    <message>
        <source>Fee: %1 expected, %2 at most</source>
        <translation>Gebühr: %1 erwartet, höchstens %2</translation>
    </message>
    <message>
        <source>Moving up out of %1 is limited to what circulates there: %2.</source>
        <translation>Aufwärts aus %1 heraus lässt sich nur bewegen, was dort im Umlauf ist: %2.</translation>
    </message>
    <message>
        <source>The receiver holds %1 on %2 now, %3 once this arrives.</source>
        <translation>Der Empfänger hält jetzt %1 in %2, nach Eingang %3.</translation>
    </message>
    <message>
        <source>The receiver holds %1 on %2 now.</source>
        <translation>Der Empfänger hält jetzt %1 in %2.</translation>
    </message>
    <message>
        <source>Reading the balance and the fee…</source>
        <translation>Guthaben und Gebühr werden gelesen…</translation>
    </message>
    <message>
        <source>That is more than the account can send from %1: it holds %2 and the fee may take up to %3, so at most %4.</source>
        <translation>Das ist mehr, als das Konto aus %1 senden kann: Es hält %2, und die Gebühr kann bis zu %3 betragen, also höchstens %4.</translation>
    </message>
    <message>
        <source>Too much for a move up: %1 has only %2 in circulation (what its parent locked for it), and a transfer up can never take out more than that.</source>
        <translation>Zu viel für eine Bewegung nach oben: %1 hat nur %2 im Umlauf (was sein Elternnetz dafür gesperrt hat), und ein Transfer nach oben kann nie mehr herausnehmen.</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferFromPage</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Where the FIL is now: the subnet and the account that sends it.</source>
        <translation>Wo die FIL jetzt sind: das Subnetz und das Konto, das sie sendet.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>This account holds</source>
        <translation>Dieses Konto hält</translation>
    </message>
    <message>
        <source>Click a subnet to send from there</source>
        <translation>Klicken Sie auf ein Subnetz, um von dort zu senden</translation>
    </message>
    <message>
        <source>&amp;Subnet</source>
        <translation>&amp;Subnetz</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>The account on every subnet:</source>
        <translation>Das Konto in jedem Subnetz:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(gesperrt)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>No hierarchy is running.</source>
        <translation>Es läuft keine Hierarchie.</translation>
    </message>
    <message>
        <source>The wallet has no accounts: add one in the Wallet (Ctrl+Shift+W).</source>
        <translation>Die Wallet hat keine Konten: Fügen Sie eines in der Wallet hinzu (Strg+Umschalt+W).</translation>
    </message>
    <message>
        <source>Reading balances…</source>
        <translation>Guthaben werden gelesen…</translation>
    </message>
    <message>
        <source>This account's key is locked by the wallet password: unlock the wallet first (Wallet › Unlock).</source>
        <translation>Der Schlüssel dieses Kontos ist durch das Wallet-Passwort gesperrt: Entsperren Sie zuerst die Wallet (Wallet › Entsperren).</translation>
    </message>
    <message>
        <source>This account holds nothing on %1. Pick another account or subnet, or top the account up on the root (Wallet › Top Up From Faucet).</source>
        <translation>Dieses Konto hält nichts in %1. Wählen Sie ein anderes Konto oder Subnetz, oder laden Sie das Konto in der Root auf (Wallet › Aus dem Faucet aufladen).</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>The route your FIL takes, what happens at each hop and how long it should take at the current block times.</source>
        <translation>Die Route Ihrer FIL, was bei jedem Hop passiert und wie lange es bei den aktuellen Blockzeiten dauern sollte.</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>The route could not be worked out: go back and check both ends.</source>
        <translation>Die Route konnte nicht ermittelt werden: Gehen Sie zurück und prüfen Sie beide Enden.</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>Receipt back</source>
        <translation>Beleg zurück</translation>
    </message>
    <message>
        <source>the same way back, as IPC's Result message</source>
        <translation>derselbe Weg zurück, als Result-Nachricht von IPC</translation>
    </message>
    <message>
        <source>%1 sends a receipt (IPC's Result message) back to %2 the same way in reverse; it confirms the transfer, or returns the value if it was rejected.</source>
        <translation>%1 sendet einen Beleg (die Result-Nachricht von IPC) auf demselben Weg zurück an %2; er bestätigt den Transfer oder gibt den Betrag zurück, falls er abgelehnt wurde.</translation>
    </message>
    <message>
        <source>It is one hop down: IPC's fund on %1's gateway.</source>
        <translation>Es ist ein Hop nach unten: fund von IPC am Gateway von %1.</translation>
    </message>
    <message>
        <source>It is one hop up: IPC's release on %1's gateway.</source>
        <translation>Es ist ein Hop nach oben: release von IPC am Gateway von %1.</translation>
    </message>
    <message>
        <source>It travels as one cross-net message routed through the gateways, up to %1 (the common ancestor) and then down; you sign once, on %2.</source>
        <translation>Es reist als eine netzübergreifende Nachricht über die Gateways, hinauf bis %1 (den gemeinsamen Vorfahren) und dann hinab; Sie signieren einmal, in %2.</translation>
    </message>
    <message>
        <source>Fee on %1: about %2.</source>
        <translation>Gebühr in %1: etwa %2.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Send %1&lt;/b&gt; from %2 on &lt;b&gt;%3&lt;/b&gt; to %4 on &lt;b&gt;%5&lt;/b&gt;. %6 %n hop(s), expected %7; the receipt follows about %8 later. %9 The subnets on the way charge nothing and need no FIL from you: cross-net messages carry no fee.</source>
        <translation><numerusform>&lt;b&gt;%1 senden&lt;/b&gt; von %2 in &lt;b&gt;%3&lt;/b&gt; an %4 in &lt;b&gt;%5&lt;/b&gt;. %6 %n Hop, erwartet %7; der Beleg folgt etwa %8 später. %9 Die Subnetze auf dem Weg verlangen nichts und brauchen keine FIL von Ihnen: Netzübergreifende Nachrichten kosten keine Gebühr.</numerusform><numerusform>&lt;b&gt;%1 senden&lt;/b&gt; von %2 in &lt;b&gt;%3&lt;/b&gt; an %4 in &lt;b&gt;%5&lt;/b&gt;. %6 %n Hops, erwartet %7; der Beleg folgt etwa %8 später. %9 Die Subnetze auf dem Weg verlangen nichts und brauchen keine FIL von Ihnen: Netzübergreifende Nachrichten kosten keine Gebühr.</numerusform></translation>
    </message>
    <message>
        <source>It travels as one cross-net message routed down through the gateways; you sign once, on %1.</source>
        <translation>Es reist als eine netzübergreifende Nachricht über die Gateways nach unten; Sie signieren einmal, in %1.</translation>
    </message>
    <message>
        <source>It travels as one cross-net message routed up through the gateways, checkpoint by checkpoint; you sign once, on %1.</source>
        <translation>Es reist als eine netzübergreifende Nachricht über die Gateways nach oben, Checkpoint für Checkpoint; Sie signieren einmal, in %1.</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferToPage</name>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Pick the destination subnet in the hierarchy and who receives the FIL.</source>
        <translation>Wählen Sie das Ziel-Subnetz in der Hierarchie und wer die FIL erhält.</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>0x… or t410f… (paste any address)</source>
        <translation>0x… oder t410f… (beliebige Adresse einfügen)</translation>
    </message>
    <message>
        <source>or pick one of your accounts…</source>
        <translation>oder eines Ihrer Konten wählen…</translation>
    </message>
    <message>
        <source>&amp;Destination subnet</source>
        <translation>&amp;Ziel-Subnetz</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>(sending from here)</source>
        <translation>(sendet von hier)</translation>
    </message>
    <message>
        <source>Receiver: %1  =  %2</source>
        <extracomment>both spellings of the receiving address</extracomment>
        <translation>Empfänger: %1  =  %2</translation>
    </message>
    <message>
        <source>Pick the destination subnet in the tree.</source>
        <translation>Wählen Sie das Ziel-Subnetz im Baum.</translation>
    </message>
    <message>
        <source>That is the subnet the FIL is on now. Pick another subnet, or use Send in the Wallet to pay someone on the same subnet.</source>
        <translation>In diesem Subnetz sind die FIL bereits. Wählen Sie ein anderes Subnetz, oder verwenden Sie Senden in der Wallet, um jemanden im selben Subnetz zu bezahlen.</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferTrackPage</name>
    <message>
        <source>Submit and Track</source>
        <translation>Übermitteln und verfolgen</translation>
    </message>
    <message>
        <source>Every step of every hop as it happens. You can close this window: the Messages view keeps following the transfer.</source>
        <translation>Jeder Schritt jedes Hops, sobald er geschieht. Sie können dieses Fenster schließen: Die Nachrichtenansicht verfolgt den Transfer weiter.</translation>
    </message>
    <message>
        <source>Show in &amp;Messages</source>
        <translation>In &amp;Nachrichten zeigen</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>Wird übermittelt…</translation>
    </message>
    <message>
        <source>Signing with the wallet and handing the transaction to %1.</source>
        <translation>Signiert mit der Wallet und übergibt die Transaktion an %1.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The transaction was refused and nothing moved: %1</source>
        <translation>Die Transaktion wurde abgelehnt, und nichts wurde bewegt: %1</translation>
    </message>
</context>
<context>
    <name>ipc::ui::TransferWizard</name>
    <message>
        <source>Transfer Between Subnets</source>
        <translation>Transfer zwischen Subnetzen</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Übermitteln</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>the commit button of the transfer wizard's review page</extracomment>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ValidatorDialog</name>
    <message>
        <source>Join %1 as Validator</source>
        <translation>%1 als Validator beitreten</translation>
    </message>
    <message>
        <source>The account locks collateral in %1's subnet actor on %2 and registers its public key. It starts validating %1 once a checkpoint confirms the change (or at once while %1 is still gathering its first validators).</source>
        <translation>Das Konto sperrt Sicherheitsleistung im Subnetz-Actor von %1 in %2 und registriert seinen öffentlichen Schlüssel. Es validiert %1, sobald ein Checkpoint die Änderung bestätigt (oder sofort, solange %1 noch seine ersten Validatoren sammelt).</translation>
    </message>
    <message>
        <source>Stake More in %1</source>
        <translation>Mehr Stake in %1</translation>
    </message>
    <message>
        <source>A validator of %1 adds collateral on %2; its power grows once a checkpoint confirms the change.</source>
        <translation>Ein Validator von %1 hinterlegt in %2 zusätzliche Sicherheitsleistung; seine Stimmkraft wächst, sobald ein Checkpoint die Änderung bestätigt.</translation>
    </message>
    <message>
        <source>Unstake from %1</source>
        <translation>Stake aus %1 reduzieren</translation>
    </message>
    <message>
        <source>A validator of %1 takes back part of its collateral; it is released on %2 once a checkpoint confirms the change.</source>
        <translation>Ein Validator von %1 nimmt einen Teil seiner Sicherheitsleistung zurück; sie wird in %2 freigegeben, sobald ein Checkpoint die Änderung bestätigt.</translation>
    </message>
    <message>
        <source>Leave %1</source>
        <translation>%1 verlassen</translation>
    </message>
    <message>
        <source>The validator stops validating %1. Its whole collateral is released on %2 once a checkpoint confirms it.</source>
        <translation>Der Validator hört auf, %1 zu validieren. Seine gesamte Sicherheitsleistung wird in %2 freigegeben, sobald ein Checkpoint dies bestätigt.</translation>
    </message>
    <message>
        <source>Kill %1</source>
        <translation>%1 auflösen</translation>
    </message>
    <message>
        <source>The subnet's owner ends %1 for good: the subnet actor on %2 refuses it while validators still have collateral in it. A killed subnet produces no more blocks.</source>
        <translation>Der Eigentümer des Subnetzes löst %1 endgültig auf: Der Subnetz-Actor in %2 lehnt das ab, solange Validatoren noch Sicherheitsleistung darin haben. Ein aufgelöstes Subnetz erzeugt keine Blöcke mehr.</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>FIL, up to 18 decimals</source>
        <translation>FIL, bis zu 18 Nachkommastellen</translation>
    </message>
    <message>
        <source>A&amp;mount (FIL):</source>
        <translation>&amp;Betrag (FIL):</translation>
    </message>
    <message>
        <source>&amp;Collateral (FIL):</source>
        <translation>&amp;Sicherheitsleistung (FIL):</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>Stake erhöhen</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>Stake reduzieren</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Austreten</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 on the parent</source>
        <translation>%1 · %2 · %3 im Elternnetz</translation>
    </message>
    <message>
        <source>Waiting for the wallet's accounts…</source>
        <translation>Warten auf die Konten der Wallet…</translation>
    </message>
    <message>
        <source>Enter an amount in FIL.</source>
        <translation>Geben Sie einen Betrag in FIL ein.</translation>
    </message>
    <message>
        <source>Not an amount: %1</source>
        <translation>Kein Betrag: %1</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>The account holds only %1 on the parent.</source>
        <translation>Das Konto hält im Elternnetz nur %1.</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ValidatorTableModel</name>
    <message>
        <source>Validator</source>
        <translation>Validator</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Stimmkraft</translation>
    </message>
    <message>
        <source>Collateral</source>
        <translation>Sicherheitsleistung</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Blocks proposed</source>
        <translation>Vorgeschlagene Blöcke</translation>
    </message>
    <message>
        <source>Signatures given</source>
        <extracomment>checkpoint signatures the validator gave</extracomment>
        <translation>Abgegebene Signaturen</translation>
    </message>
    <message>
        <source>Online: signs blocks and checkpoints. Uncheck to take it offline.</source>
        <translation>Online: signiert Blöcke und Checkpoints. Deaktivieren, um ihn offline zu nehmen.</translation>
    </message>
    <message>
        <source>Offline: signs nothing. Check to bring it back.</source>
        <translation>Offline: signiert nichts. Aktivieren, um ihn zurückzuholen.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>ipc::ui::WalletModel</name>
    <message>
        <source>Balance on %1 (%2)</source>
        <translation>Guthaben in %1 (%2)</translation>
    </message>
    <message>
        <source>The default account: preselected as the sender</source>
        <translation>Das Standardkonto: als Absender vorausgewählt</translation>
    </message>
    <message>
        <source>Transactions this account sent on the root</source>
        <translation>Transaktionen, die dieses Konto in der Root gesendet hat</translation>
    </message>
    <message>
        <source>★</source>
        <extracomment>column of the default-account mark</extracomment>
        <translation>★</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Filecoin form</source>
        <extracomment>the Filecoin (f4, delegated) form of an address</extracomment>
        <translation>Filecoin-Form</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Locked: unlock the wallet with its password to sign with this key</source>
        <translation>Gesperrt: Entsperren Sie die Wallet mit ihrem Passwort, um mit diesem Schlüssel zu signieren</translation>
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
        <translation>%1 in %2 · Nonce %3</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <extracomment>an account whose key is locked by the wallet password</extracomment>
        <translation>%1 (gesperrt)</translation>
    </message>
</context>
<context>
    <name>ipc::ui::WalletPanel</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Add the next account of the workspace's mnemonic</source>
        <translation>Das nächste Konto aus dem Mnemonic des Arbeitsbereichs hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a private key, a keystore file or a mnemonic account</source>
        <translation>Einen privaten Schlüssel, eine Keystore-Datei oder ein Mnemonic-Konto importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the selected account's key (hex, keystore file, ipc-cli)</source>
        <translation>Den Schlüssel des ausgewählten Kontos exportieren (Hex, Keystore-Datei, ipc-cli)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Change the selected account's label</source>
        <translation>Die Bezeichnung des ausgewählten Kontos ändern</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected account from the wallet</source>
        <translation>Das ausgewählte Konto aus der Wallet entfernen</translation>
    </message>
    <message>
        <source>Set &amp;Default</source>
        <translation>Als St&amp;andard</translation>
    </message>
    <message>
        <source>Preselect the selected account as the sender</source>
        <translation>Das ausgewählte Konto als Absender vorauswählen</translation>
    </message>
    <message>
        <source>&amp;Copy 0x</source>
        <translation>0x &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected account's 0x address</source>
        <translation>Die 0x-Adresse des ausgewählten Kontos kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;t410</source>
        <translation>t&amp;410 kopieren</translation>
    </message>
    <message>
        <source>Copy the selected account's Filecoin (t410f…) address</source>
        <translation>Die Filecoin-Adresse (t410f…) des ausgewählten Kontos kopieren</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>Send FIL to an address on the same subnet</source>
        <translation>FIL an eine Adresse im selben Subnetz senden</translation>
    </message>
    <message>
        <source>&amp;Faucet</source>
        <translation>&amp;Faucet</translation>
    </message>
    <message>
        <source>Top the selected account up with %1 FIL on the root from a prefunded account</source>
        <translation>Das ausgewählte Konto mit %1 FIL in der Root von einem vorfinanzierten Konto aufladen</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>Move FIL from the selected account to another subnet</source>
        <translation>FIL vom ausgewählten Konto in ein anderes Subnetz bewegen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>Set, unlock or lock the wallet password</source>
        <translation>Wallet-Passwort festlegen, Wallet entsperren oder sperren</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>Passwort ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Wallet password changed</source>
        <translation>Wallet-Passwort geändert</translation>
    </message>
    <message>
        <source>&amp;Remove Password…</source>
        <translation>Passwort &amp;entfernen…</translation>
    </message>
    <message>
        <source>Wallet password removed: imported keys are stored unencrypted</source>
        <translation>Wallet-Passwort entfernt: Importierte Schlüssel werden unverschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>Start a hierarchy to use the wallet.</source>
        <translation>Starten Sie eine Hierarchie, um die Wallet zu verwenden.</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Ents&amp;perren…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation><numerusform>%n Konto</numerusform><numerusform>%n Konten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>locked: %n imported key(s) wait for the password</source>
        <translation><numerusform>gesperrt: %n importierter Schlüssel wartet auf das Passwort</numerusform><numerusform>gesperrt: %n importierte Schlüssel warten auf das Passwort</numerusform></translation>
    </message>
    <message>
        <source>unlocked; imported keys are stored encrypted</source>
        <translation>entsperrt; importierte Schlüssel werden verschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>double-click an address to copy it</source>
        <translation>Doppelklick auf eine Adresse kopiert sie</translation>
    </message>
    <message>
        <source>New account %1: it holds nothing yet; the faucet (Ctrl+U) tops it up</source>
        <translation>Neues Konto %1: Es hält noch nichts; das Faucet (Strg+U) lädt es auf</translation>
    </message>
    <message>
        <source>No new account: %1</source>
        <translation>Kein neues Konto: %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Rename Account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>Label of %1:</source>
        <translation>Bezeichnung von %1:</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Nicht umbenannt: %1</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the wallet?</source>
        <translation>%1 (%2) aus der Wallet entfernen?</translation>
    </message>
    <message>
        <source>It comes from the workspace's mnemonic: New or an import of that mnemonic brings it back.</source>
        <translation>Es stammt aus dem Mnemonic des Arbeitsbereichs: „Neu“ oder ein Import dieses Mnemonics holt es zurück.</translation>
    </message>
    <message>
        <source>Its key is gone from this workspace afterwards: export it first if you still need it.</source>
        <translation>Sein Schlüssel ist danach aus diesem Arbeitsbereich verschwunden: Exportieren Sie ihn zuerst, wenn Sie ihn noch brauchen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Not set: %1</source>
        <translation>Nicht festgelegt: %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Sent: transaction %1 (it shows on the Transactions page once mined)</source>
        <translation>Gesendet: Transaktion %1 (sie erscheint auf der Seite „Transaktionen“, sobald sie in einem Block ist)</translation>
    </message>
    <message>
        <source>The faucet could not pay: %1</source>
        <translation>Das Faucet konnte nicht zahlen: %1</translation>
    </message>
    <message>
        <source>Faucet: %1 FIL for %2 on the root arrive with the next root block</source>
        <translation>Faucet: %1 FIL für %2 in der Root kommen mit dem nächsten Root-Block an</translation>
    </message>
    <message>
        <source>Wallet locked: imported keys need the password again</source>
        <translation>Wallet gesperrt: Importierte Schlüssel brauchen wieder das Passwort</translation>
    </message>
    <message>
        <source>Wallet unlocked</source>
        <translation>Wallet entsperrt</translation>
    </message>
    <message>
        <source>Wallet password set: imported keys are stored encrypted</source>
        <translation>Wallet-Passwort festgelegt: Importierte Schlüssel werden verschlüsselt gespeichert</translation>
    </message>
</context>
<context>
    <name>ipc::ui::WorkspaceDialog</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>Dupli&amp;zieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Open a workspace file from another folder</source>
        <translation>Eine Arbeitsbereichsdatei aus einem anderen Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The workspaces folder cannot be read: %1</source>
        <translation>Der Ordner der Arbeitsbereiche kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Workspaces in %1</source>
        <translation>Arbeitsbereiche in %1</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>It is running: open another workspace first.</source>
        <translation>Er läuft gerade: Öffnen Sie zuerst einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot create "%1": %2</source>
        <translation>„%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>it is running; open another workspace first</source>
        <translation>er läuft gerade; öffnen Sie zuerst einen anderen Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot rename "%1": %2</source>
        <translation>„%1“ kann nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>Cannot duplicate "%1": %2</source>
        <translation>„%1“ kann nicht dupliziert werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete "%1": %2</source>
        <translation>„%1“ kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>"%1" is already running.</source>
        <translation>„%1“ läuft bereits.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Rename Workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Duplicate Workspace</source>
        <translation>Arbeitsbereich duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <extracomment>suggested name of a duplicated workspace; %1: the original's name</extracomment>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>Delete "%1" and everything in it (blocks, snapshots, keys)? This cannot be undone.</source>
        <translation>„%1“ mit allem Inhalt (Blöcke, Snapshots, Schlüssel) löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Open Workspace File</source>
        <translation>Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>IPC Studio workspaces (*.ipcws);;All files (*)</source>
        <translation>IPC-Studio-Arbeitsbereiche (*.ipcws);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>e.g. workshop-demo</source>
        <translation>z. B. workshop-demo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IPC Studio: an IPC hierarchy on your desktop</source>
        <translation>IPC Studio: eine IPC-Hierarchie auf Ihrem Desktop</translation>
    </message>
    <message>
        <source>Start a built-in template right away.</source>
        <translation>Sofort eine eingebaute Vorlage starten.</translation>
    </message>
    <message>
        <source>Open a workspace (a name or a file path); with --template, a new one starts that template.</source>
        <translation>Einen Arbeitsbereich öffnen (Name oder Dateipfad); mit --template startet ein neuer diese Vorlage.</translation>
    </message>
    <message>
        <source>Serve the root's JSON-RPC on &lt;port&gt; and each subnet on the next ports (default 8545).</source>
        <translation>JSON-RPC der Root auf &lt;port&gt; und jedes Subnetzes auf den folgenden Ports bereitstellen (Standard 8545).</translation>
    </message>
    <message>
        <source>Serve no JSON-RPC endpoints.</source>
        <translation>Keine JSON-RPC-Endpunkte bereitstellen.</translation>
    </message>
    <message>
        <source>Run speed: 1, 10 or 100.</source>
        <translation>Laufgeschwindigkeit: 1, 10 oder 100.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and exit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: let the hierarchy run &lt;ms&gt; first.</source>
        <translation>Mit --screenshot: die Hierarchie zuerst &lt;ms&gt; laufen lassen.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size, e.g. 1440x900.</source>
        <translation>Mit --screenshot: die Fenstergröße, z. B. 1440x900.</translation>
    </message>
    <message>
        <source>Use the light or dark palette instead of the desktop's.</source>
        <translation>Die helle oder dunkle Farbpalette statt der des Desktops verwenden.</translation>
    </message>
    <message>
        <source>Use this language for this run: %1 (default: the one chosen in View › Language, else the system's).</source>
        <translation>Diese Sprache für diesen Lauf verwenden: %1 (Standard: die unter Ansicht › Sprache gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>unknown language %1 (use %2)</source>
        <translation>unbekannte Sprache %1 (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>unknown theme %1 (use %2)</source>
        <translation>unbekanntes Farbschema %1 (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>--rpc-port wants a port number, got %1</source>
        <translation>--rpc-port erwartet eine Portnummer, erhalten: %1</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ipc::ui::ContractLinker</name>
    <message>
        <source>No project linked.</source>
        <translation>Kein Projekt verknüpft.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n contract(s) from %1</source>
        <translation><numerusform>%n Vertrag aus %1 verknüpft</numerusform><numerusform>%n Verträge aus %1 verknüpft</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selector(s) shared by different signatures are left undecoded</source>
        <translation><numerusform>%n Selektor, den verschiedene Signaturen teilen, bleibt undekodiert</numerusform><numerusform>%n Selektoren, die verschiedene Signaturen teilen, bleiben undekodiert</numerusform></translation>
    </message>
</context>
<context>
    <name>ipc::ui::ContractPanel</name>
    <message>
        <source>Read &amp;as:</source>
        <extracomment>read the contract with the ABI of this contract of the linked project</extracomment>
        <translation>Lesen &amp;als:</translation>
    </message>
    <message>
        <source>The ABI the forms use: the contract whose code this is, or any contract of the linked project (a proxy, an interface)</source>
        <translation>Die ABI der Formulare: der Vertrag, dessen Code dies ist, oder ein beliebiger Vertrag des verknüpften Projekts (ein Proxy, ein Interface)</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Aufrufen</translation>
    </message>
    <message>
        <source>Runs the function at the head, changing nothing (Ctrl+Return)</source>
        <translation>Führt die Funktion am Kopf aus, ohne etwas zu ändern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Value (FIL):</source>
        <translation>Betrag (FIL):</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>&amp;Send Transaction</source>
        <translation>Transaktion &amp;senden</translation>
    </message>
    <message>
        <source>Signs with the wallet account and sends it (Ctrl+Return)</source>
        <translation>Signiert mit dem Wallet-Konto und sendet sie (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Show Transaction</source>
        <translation>Transaktion anzeigen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>FIL sent with the call</source>
        <translation>Mit dem Aufruf gesendete FIL</translation>
    </message>
    <message>
        <source>This function takes no value</source>
        <translation>Diese Funktion nimmt keinen Betrag an</translation>
    </message>
    <message>
        <source>slot: a number or 0x and up to 64 hex digits</source>
        <translation>Slot: eine Zahl oder 0x und bis zu 64 Hex-Ziffern</translation>
    </message>
    <message>
        <source>&amp;Read Slot</source>
        <translation>Slot &amp;lesen</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>Slot:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>As a number:</source>
        <translation>Als Zahl:</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Select a contract to read, call or send to it.</source>
        <translation>Wählen Sie einen Vertrag, um ihn zu lesen, aufzurufen oder an ihn zu senden.</translation>
    </message>
    <message>
        <source>No code at %1</source>
        <translation>Kein Code bei %1</translation>
    </message>
    <message>
        <source>its own code's contract</source>
        <extracomment>the ABI of the contract whose code this is</extracomment>
        <translation>der Vertrag seines Codes</translation>
    </message>
    <message>
        <source>Unknown contract</source>
        <translation>Unbekannter Vertrag</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of code</source>
        <translation><numerusform>%n Byte Code</numerusform><numerusform>%n Byte Code</numerusform></translation>
    </message>
    <message>
        <source>balance %1</source>
        <translation>Guthaben %1</translation>
    </message>
    <message>
        <source>No ABI is known for this code: link the project's build output with File › Link Contracts… to read and call it.</source>
        <translation>Für diesen Code ist keine ABI bekannt: Verknüpfen Sie die Build-Ausgabe des Projekts mit Datei › Verträge verknüpfen…, um ihn zu lesen und aufzurufen.</translation>
    </message>
    <message>
        <source>No linked artifact has this code: choose the contract to read it as.</source>
        <translation>Kein verknüpftes Artefakt hat diesen Code: Wählen Sie den Vertrag, als den er gelesen wird.</translation>
    </message>
    <message>
        <source>(returns nothing)</source>
        <translation>(gibt nichts zurück)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not sent: the wallet has no account to send from.</source>
        <translation>Nicht gesendet: Das Wallet hat kein Konto zum Senden.</translation>
    </message>
    <message>
        <source>Signing and sending %1…</source>
        <translation>%1 wird signiert und gesendet…</translation>
    </message>
    <message>
        <source>Sent %1, waiting for its block…</source>
        <translation>%1 gesendet, warte auf seinen Block…</translation>
    </message>
    <message>
        <source>%1 succeeded in block %2, gas used %3</source>
        <translation>%1 erfolgreich in Block %2, verbrauchtes Gas %3</translation>
    </message>
    <message>
        <source>%1 failed in block %2, gas used %3: %4</source>
        <translation>%1 fehlgeschlagen in Block %2, verbrauchtes Gas %3: %4</translation>
    </message>
    <message>
        <source>'%1' is not a slot: give a number or 0x and up to 64 hex digits</source>
        <translation>'%1' ist kein Slot: Geben Sie eine Zahl oder 0x und bis zu 64 Hex-Ziffern an</translation>
    </message>
</context>
<context>
    <name>ipc::ui::FunctionForm</name>
    <message>
        <source>argument %1</source>
        <translation>Argument %1</translation>
    </message>
    <message>
        <source>No arguments.</source>
        <translation>Keine Argumente.</translation>
    </message>
</context>
</TS>