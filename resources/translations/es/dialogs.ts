<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdjustLineDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="112"/>
        <source>Adjust {name}</source>
        <translation>Ajustar: {name}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="114"/>
        <source>{name} is to be paid {amount} in {period_label}. Type the amount they should be paid instead and say why; the difference is added as an adjustment line, paid when the run is approved.</source>
        <translation>A {name} le corresponde {amount} en {period_label}. Escriba el importe que debería recibir y explique por qué; la diferencia se agrega como una línea de ajuste, que se paga cuando se aprueba el lote.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="118"/>
        <source>&amp;Adjust</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="130"/>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="146"/>
        <source>New amount</source>
        <translation>Nuevo importe</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="132"/>
        <source>Reason for the adjustment</source>
        <translation>Motivo del ajuste</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="133"/>
        <source>e.g. Led the spring mentor meeting</source>
        <translation>p. ej., dirigió la reunión de mentores de primavera</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="134"/>
        <source>New a&amp;mount:</source>
        <translation>Nuevo &amp;importe:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="136"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="153"/>
        <source>Say why the amount changes: the reason is kept with the line.</source>
        <translation>Explique por qué cambia el importe: el motivo se guarda con la línea.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="37"/>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="47"/>
        <source>Audit: every change</source>
        <translation>Auditoría: cada cambio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="62"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="63"/>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="64"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="68"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="73"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="74"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="75"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="85"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="119"/>
        <source>The last day ({last}) is before the first day ({first}).</source>
        <translation>El último día ({last}) es anterior al primer día ({first}).</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="136"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="137"/>
        <source>Every kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="161"/>
        <source>No changes shown until the dates can be read.</source>
        <translation>No se muestran cambios hasta que se puedan leer las fechas.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="170"/>
        <source> (the newest {LIMIT}; narrow the filter to see older ones)</source>
        <translation> (los {LIMIT} más recientes; acote el filtro para ver los anteriores)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="39"/>
        <source>Backups are kept on this computer, so they are lost with it. Now and then, use “Back up to…” to put a copy on a USB stick or another disk.</source>
        <translation>Las copias de seguridad se guardan en esta computadora, así que se pierden con ella. De vez en cuando, use “Hacer copia en…” para poner una copia en una memoria USB o en otro disco.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="68"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="85"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="99"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="100"/>
        <source>Put the selected backup in place of the database</source>
        <translation>Poner la copia seleccionada en lugar de la base de datos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="103"/>
        <source>Back up &amp;now</source>
        <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="105"/>
        <source>Back up &amp;to…</source>
        <translation>Hacer copia &amp;en…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="106"/>
        <source>Back up now and put a copy in a folder you choose</source>
        <translation>Hacer una copia ahora y ponerla en una carpeta que usted elija</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="108"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="129"/>
        <source>This database is on a PostgreSQL server; its server makes the backups.</source>
        <translation>Esta base de datos está en un servidor PostgreSQL; su servidor hace las copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="140"/>
        <source>This database is open in another Coordinator (or read-only here): restore it from there.</source>
        <translation>Esta base de datos está abierta en otro Coordinator (o aquí solo para lectura): restáurela desde allí.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="147"/>
        <source>No backups yet. “Back up now” makes the first one.</source>
        <translation>Todavía no hay copias de seguridad. “Hacer copia ahora” hace la primera.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="160"/>
        <source>That backup cannot be read; choose another one.</source>
        <translation>Esa copia no se puede leer; elija otra.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="164"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="165"/>
        <source>Restore the backup made {made_at}, with {people} and {checkins}?</source>
        <translation>¿Restaurar la copia hecha el {made_at}, con {people} y {checkins}?</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="167"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="210"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="242"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="167"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="210"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="242"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="168"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="212"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="243"/>
        <source>check-in</source>
        <translation>reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="168"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="212"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="243"/>
        <source>check-ins</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="174"/>
        <source>What the database holds now is backed up first, so you can come back to it.</source>
        <translation>Primero se hace una copia de lo que la base de datos tiene ahora, para que pueda volver a ello.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="176"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="193"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="207"/>
        <source>Restored: {people} and {checkins}. What was there before is kept as a backup “Before a restore”.</source>
        <translation>Restaurado: {people} y {checkins}. Lo que había antes se guarda como una copia “Antes de una restauración”.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="235"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="266"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="241"/>
        <source>Backed up {people} and {checkins} ({made_at}).</source>
        <translation>Copia hecha: {people} y {checkins} ({made_at}).</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="250"/>
        <source>Choose where to put the copy (a USB stick, another disk)</source>
        <translation>Elija dónde poner la copia (una memoria USB, otro disco)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="271"/>
        <source>Backed up and copied to {destination}.</source>
        <translation>Copia hecha y copiada a {destination}.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="86"/>
        <source>Edit check-in</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="86"/>
        <source>New check-in</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="101"/>
        <source>Find a mentee to tick</source>
        <translation>Buscar un mentorado para marcar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="106"/>
        <source>Type a name to tick a mentee…</source>
        <translation>Escriba un nombre para marcar a un mentorado…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="108"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="110"/>
        <source>the program year {year_label}</source>
        <translation>el año del programa {year_label}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="113"/>
        <source>e.g. 14:30 (optional)</source>
        <translation>p. ej., 14:30 (opcional)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="118"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="120"/>
        <source>Mentees who attended</source>
        <translation>Mentorados que asistieron</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="128"/>
        <source>{name} (required)</source>
        <translation>{name} (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="134"/>
        <source>Follow-up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="136"/>
        <source>the follow-up window</source>
        <translation>el plazo de seguimiento</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="140"/>
        <source>Private: never printed in reports or exports</source>
        <translation>Privado: nunca se imprime en informes ni exportaciones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="155"/>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="156"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="157"/>
        <source>St&amp;art time</source>
        <translation>&amp;Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="158"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="159"/>
        <source>M&amp;inutes</source>
        <translation>M&amp;inutos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="160"/>
        <source>M&amp;entees</source>
        <translation>Mento&amp;rados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="161"/>
        <source>&amp;Topics</source>
        <translation>T&amp;emas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="162"/>
        <source>&amp;Next steps</source>
        <translation>&amp;Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="163"/>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Seguimiento el</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="164"/>
        <source>Private n&amp;otes</source>
        <translation>&amp;Notas privadas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="169"/>
        <source>Program year {year_label}</source>
        <translation>Año del programa {year_label}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="196"/>
        <source>Tick all</source>
        <translation>Marcar todos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="196"/>
        <source>Untick all</source>
        <translation>Desmarcar todos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="302"/>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} de {total} marcados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="344"/>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="371"/>
        <source>start time</source>
        <translation>hora de inicio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="361"/>
        <source>This program year has no mentors yet; assign mentors first.</source>
        <translation>Este año del programa todavía no tiene mentores; primero asigne mentores.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="398"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="402"/>
        <source> Saved anyway, its minutes will not count toward their hours (hours count with the mentor assigned on that date, unless the rule pack counts others&apos;).</source>
        <translation> Si se guarda de todos modos, sus minutos no contarán para sus horas (las horas cuentan con el mentor asignado en esa fecha, salvo que el paquete de reglas cuente las de otros).</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="411"/>
        <source>Tick the mentee (or mentees) this check-in was with.</source>
        <translation>Marque al mentorado (o a los mentorados) con quien fue esta reunión.</translation>
    </message>
</context>
<context>
    <name>CopyForwardDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="289"/>
        <source>Copy forward — {title}</source>
        <translation>Copiar al año siguiente — {title}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="299"/>
        <source>Copy forward</source>
        <translation>Copiar al año siguiente</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="303"/>
        <source>New year&apos;s &amp;label:</source>
        <translation>&amp;Etiqueta del año nuevo:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="320"/>
        <source>The program already has a year {label}; choose another label.</source>
        <translation>El programa ya tiene un año {label}; elija otra etiqueta.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="331"/>
        <source>Give the new year a label such as 2026-27.</source>
        <translation>Dé al año nuevo una etiqueta como 2026-27.</translation>
    </message>
</context>
<context>
    <name>CopyToServerDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="36"/>
        <source>Copy this whole database to a PostgreSQL server, so the coordinators of your team work on one shared database. The copy is checked table by table; if anything fails, nothing is written there. This database stays as it is.</source>
        <translation>Copiar toda esta base de datos a un servidor PostgreSQL, para que los coordinadores de su equipo trabajen en una sola base de datos compartida. La copia se comprueba tabla por tabla; si algo falla, no se escribe nada allí. Esta base de datos se queda como está.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="67"/>
        <source>Copy to server</source>
        <translation>Copiar al servidor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="74"/>
        <source>This database: {display_name}</source>
        <translation>Esta base de datos: {display_name}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="82"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="83"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="86"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="87"/>
        <source>&amp;Password:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="91"/>
        <source>&amp;Replace what the server&apos;s database holds (it is backed up on this computer first)</source>
        <translation>&amp;Reemplazar lo que tiene la base de datos del servidor (antes se hace una copia en esta computadora)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="94"/>
        <source>Replace what the server&apos;s database holds</source>
        <translation>Reemplazar lo que tiene la base de datos del servidor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="99"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="104"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="106"/>
        <source>Copy to the server</source>
        <translation>Copiar al servidor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="123"/>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="130"/>
        <source>Copying to the server…</source>
        <translation>Copiando al servidor…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="146"/>
        <source>Cancelled; nothing was written to the server.</source>
        <translation>Cancelado; no se escribió nada en el servidor.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="153"/>
        <source>Copied to {target}: {summary}.</source>
        <translation>Copiado a {target}: {summary}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="159"/>
        <source>What the server held before was backed up to {replaced_backup}.</source>
        <translation>Lo que tenía antes el servidor se copió en {replaced_backup}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="174"/>
        <source>Coordinator: copied to the server</source>
        <translation>Coordinator: copiado al servidor</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/crash_dialog.py" line="25"/>
        <source>Coordinator: unexpected error</source>
        <translation>Coordinator: error inesperado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/crash_dialog.py" line="29"/>
        <source>&lt;b&gt;Something went wrong inside Coordinator.&lt;/b&gt;&lt;br&gt;Your data is safe: a change that was interrupted was not saved. You can keep working, or save what you are doing and restart Coordinator.&lt;br&gt;&lt;br&gt;To report the problem, copy the report below and send it to whoever supports Coordinator in your district. It contains no names, e-mails or notes: only version numbers and the place in the program where the error happened.&lt;br&gt;&lt;br&gt;The same report is in the log file: {log_path}</source>
        <translation>&lt;b&gt;Algo salió mal dentro de Coordinator.&lt;/b&gt;&lt;br&gt;Sus datos están a salvo: un cambio que se interrumpió no se guardó. Puede seguir trabajando, o guardar lo que está haciendo y reiniciar Coordinator.&lt;br&gt;&lt;br&gt;Para informar del problema, copie el informe de abajo y envíelo a quien dé soporte a Coordinator en su distrito. No contiene nombres, correos ni notas: solo números de versión y el lugar del programa donde ocurrió el error.&lt;br&gt;&lt;br&gt;El mismo informe está en el archivo de registro: {log_path}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/crash_dialog.py" line="41"/>
        <source>Error report</source>
        <translation>Informe del error</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/crash_dialog.py" line="47"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar el informe</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/crash_dialog.py" line="63"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/damaged_database_dialog.py" line="32"/>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/damaged_database_dialog.py" line="39"/>
        <source>What the check found (for support):</source>
        <translation>Lo que encontró la comprobación (para soporte):</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/damaged_database_dialog.py" line="51"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/damaged_database_dialog.py" line="58"/>
        <source>&amp;Open read-only</source>
        <translation>&amp;Abrir solo para lectura</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/damaged_database_dialog.py" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/database_problem_dialog.py" line="10"/>
        <source>Coordinator databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation>Bases de datos de Coordinator (*.sqlite *.db *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/database_problem_dialog.py" line="21"/>
        <source>Coordinator: cannot open the database</source>
        <translation>Coordinator: no se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/database_problem_dialog.py" line="22"/>
        <source>Coordinator cannot open this database.</source>
        <translation>Coordinator no puede abrir esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/database_problem_dialog.py" line="25"/>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Elegir otro archivo…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/database_problem_dialog.py" line="27"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="35"/>
        <source>will be enrolled</source>
        <translation>se inscribirá</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="36"/>
        <source>already enrolled</source>
        <translation>ya inscrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="37"/>
        <source>re-enrolled</source>
        <translation>reinscrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="52"/>
        <source>mentees</source>
        <translation>mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="54"/>
        <source>mentors</source>
        <translation>mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="56"/>
        <source>&lt;b&gt;{adding}&lt;/b&gt; of {count} will be enrolled as {plural}.</source>
        <translation>&lt;b&gt;{adding}&lt;/b&gt; de {count} se inscribirán como {plural}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="63"/>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="69"/>
        <source>{head} Already enrolled as {plural}: {names}{more}.</source>
        <translation>{head} Ya inscritos como {plural}: {names}{more}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="92"/>
        <source>Enroll {count}</source>
        <translation>Inscribir: {count}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="93"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="93"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="105"/>
        <source>Ment&amp;ees</source>
        <translation>Mentor&amp;ados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="106"/>
        <source>Men&amp;tors</source>
        <translation>Men&amp;tores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="126"/>
        <source>Enroll</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="130"/>
        <source>&amp;Program year:</source>
        <translation>Año del &amp;programa:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="131"/>
        <source>As:</source>
        <translation>Como:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="132"/>
        <source>People:</source>
        <translation>Personas:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="155"/>
        <source>There is no program year yet: create one first (New year…).</source>
        <translation>Todavía no hay ningún año del programa: primero cree uno (Año nuevo…).</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="166"/>
        <source>Choose a program year; create one first if there is none.</source>
        <translation>Elija un año del programa; si no hay ninguno, primero cree uno.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="31"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="32"/>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="33"/>
        <source>Check-ins</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="34"/>
        <source>Compliance status</source>
        <translation>Estado de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="35"/>
        <source>Funds (allotment, stipends paid, release time)</source>
        <translation>Fondos (asignación, estipendios pagados, tiempo liberado)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="36"/>
        <source>Evidence of Impact workbook (outcomes)</source>
        <translation>Libro de Evidencia de Impacto (resultados)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="54"/>
        <source>Export {what}</source>
        <translation>Exportar {what}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="58"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="60"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="74"/>
        <source>Export to Excel or CSV</source>
        <translation>Exportar a Excel o CSV</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="81"/>
        <source>Leave out e-mail addresses and phone numbers</source>
        <translation>Omitir los correos electrónicos y los números de teléfono</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="82"/>
        <source>Include private notes (check-ins)</source>
        <translation>Incluir las notas privadas (reuniones)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="88"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="93"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="106"/>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="159"/>
        <source>Choose a program year first.</source>
        <translation>Primero elija un año del programa.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="183"/>
        <source>Exported {rows} of {what} to {name}.</source>
        <translation>Exportado a {name}: {rows} de {what}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="188"/>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="189"/>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="199"/>
        <source>Exporting {what}…</source>
        <translation>Exportando {what}…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="206"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="32"/>
        <source>Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;Text (*.csv *.txt);;All files (*)</source>
        <translation>Listas de personal (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;Texto (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="144"/>
        <source>Choose the roster file</source>
        <translation>Elija el archivo de la lista de personal</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="147"/>
        <source>The spreadsheet HR sent: .xlsx, .xlsm, .xls, .ods, .csv or .txt. You can also drop the file on this window. Nothing changes until you press Apply.</source>
        <translation>La hoja de cálculo que envió Recursos Humanos: .xlsx, .xlsm, .xls, .ods, .csv o .txt. También puede soltar el archivo en esta ventana. Nada cambia hasta que pulse Aplicar.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="152"/>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="153"/>
        <source>Roster file</source>
        <translation>Archivo de la lista de personal</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="155"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="169"/>
        <source>Choose the roster</source>
        <translation>Elija la lista de personal</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="187"/>
        <source>Reading the roster</source>
        <translation>Leyendo la lista de personal</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="189"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="193"/>
        <source>Reading the roster...</source>
        <translation>Leyendo la lista de personal...</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="59"/>
        <source>Import roster</source>
        <translation>Importar la lista de personal</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="111"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="31"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="32"/>
        <source>Committed (not yet spent)</source>
        <translation>Comprometido (aún no gastado)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="43"/>
        <source>Add a ledger entry</source>
        <translation>Agregar un movimiento al libro mayor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="51"/>
        <source>Release time (substitute days so a mentor can observe), an approved training provider&apos;s cost, or other spending charged to the allotment. Stipends come from pay runs, not from here.</source>
        <translation>Tiempo liberado (días de suplente para que un mentor pueda observar), el costo de un proveedor de formación aprobado u otro gasto cargado a la asignación. Los estipendios vienen de los lotes de pago, no de aquí.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="58"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="62"/>
        <source> (the allotment does not allow it)</source>
        <translation> (la asignación no lo permite)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="66"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="67"/>
        <source>e.g. 120 or 1,250.50</source>
        <translation>p. ej., 120 o 1,250.50</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="69"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="73"/>
        <source>the program year {year_label}</source>
        <translation>el año del programa {year_label}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="76"/>
        <source>Spent or committed</source>
        <translation>Gastado o comprometido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="80"/>
        <source>Mentor released (optional)</source>
        <translation>Mentor liberado (opcional)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="81"/>
        <source>No one in particular</source>
        <translation>Nadie en particular</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="89"/>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="92"/>
        <source>Substitute half days</source>
        <translation>Medios días de suplente</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="94"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="96"/>
        <source>e.g. Substitute cover to observe the mentee</source>
        <translation>p. ej., suplente para observar al mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="100"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="101"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="102"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="103"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="104"/>
        <source>Men&amp;tor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="105"/>
        <source>Substitute &amp;half days:</source>
        <translation>Medios días de su&amp;plente:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="106"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="116"/>
        <source>&amp;Add entry</source>
        <translation>&amp;Agregar movimiento</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="139"/>
        <source>Enter the day of the spending.</source>
        <translation>Escriba el día del gasto.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="52"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="53"/>
        <source>(suggested from the headers)</source>
        <translation>(sugerido a partir de los encabezados)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="200"/>
        <source>Match the columns</source>
        <translation>Relacione las columnas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="202"/>
        <source>Choose what each column holds. Columns marked (not imported) are left out.</source>
        <translation>Elija qué contiene cada columna. Las columnas marcadas (no se importa) se omiten.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="206"/>
        <source>Save as &amp;profile...</source>
        <translation>Guardar como &amp;perfil...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="208"/>
        <source>Saved p&amp;rofiles:</source>
        <translation>Pe&amp;rfiles guardados:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="217"/>
        <source>(not said: such dates are problems unless other rows settle it)</source>
        <translation>(sin indicar: esas fechas son problemas salvo que otras filas lo aclaren)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="219"/>
        <source>Month first (03/04/2025 is March 4)</source>
        <translation>Primero el mes (03/04/2025 es el 4 de marzo)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="220"/>
        <source>Day first (03/04/2025 is 3 April)</source>
        <translation>Primero el día (03/04/2025 es el 3 de abril)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="221"/>
        <source>&amp;Dates like 03/04/2025:</source>
        <translation>&amp;Fechas como 03/04/2025:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="228"/>
        <source>&amp;E-mail is this file&apos;s key (rows without an employee ID are matched by e-mail)</source>
        <translation>El &amp;correo electrónico es la clave de este archivo (las filas sin N.º de empleado se relacionan por correo)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="278"/>
        <source>Using the saved profile {profile!r}: these headers were seen before.</source>
        <translation>Se usa el perfil guardado {profile!r}: estos encabezados ya se vieron antes.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="297"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="297"/>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="297"/>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="297"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="309"/>
        <source>Field for column {header}</source>
        <translation>Campo para la columna {header}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="324"/>
        <source>Ignored: {sensitive}</source>
        <translation>Se ignora: {sensitive}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="328"/>
        <source>No match</source>
        <translation>Sin coincidencia</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="330"/>
        <source>Sure</source>
        <translation>Segura</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="332"/>
        <source>Likely ({confidence:.0%})</source>
        <translation>Probable ({confidence:.0%})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="359"/>
        <source>Save mapping profile</source>
        <translation>Guardar el perfil de columnas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="360"/>
        <source>Name for this column mapping (for example, HR export):</source>
        <translation>Nombre para esta relación de columnas (por ejemplo, exportación de RR. HH.):</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="395"/>
        <source>Checking every row</source>
        <translation>Comprobando cada fila</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="401"/>
        <source>Comparing with the database</source>
        <translation>Comparando con la base de datos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="413"/>
        <source>Checking the rows...</source>
        <translation>Comprobando las filas...</translation>
    </message>
</context>
<context>
    <name>MatchDraftDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="52"/>
        <source>Match all: review the draft</source>
        <translation>Emparejar todos: revise el borrador</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="66"/>
        <source>Suggested matches</source>
        <translation>Parejas sugeridas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="81"/>
        <source>No mentor for {count}:</source>
        <translation>Sin mentor para {count}:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="82"/>
        <source>mentee</source>
        <translation>mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="82"/>
        <source>mentees</source>
        <translation>mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="94"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="95"/>
        <source>the program year {label}</source>
        <translation>el año del programa {label}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="101"/>
        <source>Accept &amp;all</source>
        <translation>Aceptar &amp;todas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="102"/>
        <source>&amp;Reject all</source>
        <translation>&amp;Rechazar todas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="115"/>
        <source>Assignments &amp;start on:</source>
        <translation>Las asignaciones &amp;empiezan el:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="139"/>
        <source>{summary} Each row says why. Uncheck a pair (Space) to leave that mentee unassigned.</source>
        <translation>{summary} Cada fila dice por qué. Desmarque una pareja (Espacio) para dejar a ese mentorado sin asignar.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="145"/>
        <source>Apply {count}</source>
        <translation>Aplicar {count}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="145"/>
        <source>pair</source>
        <translation>pareja</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="145"/>
        <source>pairs</source>
        <translation>parejas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="153"/>
        <source>Type the start date.</source>
        <translation>Escriba la fecha de inicio.</translation>
    </message>
</context>
<context>
    <name>MeetingTimesDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="27"/>
        <source>Mentors and beginning teachers meet at a time the district designates in the school day, never in the planning period (19 TAC §153.1011). Record each campus&apos;s designated times and its planning period; with the rule pack&apos;s “Meetings at the campus&apos;s designated time” on, check-ins outside them are flagged.</source>
        <translation>Los mentores y los maestros principiantes se reúnen en un horario que el distrito designa dentro de la jornada escolar, nunca en el periodo de planificación (19 TAC §153.1011). Registre los horarios designados de cada plantel y su periodo de planificación; con la regla “Reuniones en el horario designado del plantel” del paquete de reglas activada, se señalan las reuniones fuera de ellos.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="44"/>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="47"/>
        <source>Designated meeting times</source>
        <translation>Horarios de reunión designados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="53"/>
        <source>Every school day</source>
        <translation>Cada día escolar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="57"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="59"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="60"/>
        <source>This is the campus&apos;s planning period</source>
        <translation>Este es el periodo de planificación del plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="61"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="63"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar el seleccionado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="71"/>
        <source>&amp;Campus</source>
        <translation>&amp;Plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="72"/>
        <source>&amp;Day</source>
        <translation>D&amp;ía</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="80"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="101"/>
        <source>planning period</source>
        <translation>periodo de planificación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="101"/>
        <source>designated meeting time</source>
        <translation>horario de reunión designado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="107"/>
        <source>No designated meeting times recorded yet.</source>
        <translation>Todavía no hay horarios de reunión designados.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="114"/>
        <source>There are no campuses yet: import a roster first.</source>
        <translation>Todavía no hay planteles: primero importe una lista de personal.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="117"/>
        <source>start time</source>
        <translation>hora de inicio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="122"/>
        <source>end time</source>
        <translation>hora de fin</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="140"/>
        <source>Recorded for {campus}.</source>
        <translation>Registrado para {campus}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="149"/>
        <source>Select the time to remove first.</source>
        <translation>Primero seleccione el horario que quiere quitar.</translation>
    </message>
</context>
<context>
    <name>MenteeEndingDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="56"/>
        <source>End assignment</source>
        <translation>Terminar la asignación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="57"/>
        <source>The mentor assignment ends on this day. The mentee stays in the program and waits for a new mentor in the Unassigned list.</source>
        <translation>La asignación del mentor termina este día. El mentorado sigue en el programa y espera un mentor nuevo en la lista Sin asignar.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="63"/>
        <source>e.g. the mentor is on leave</source>
        <translation>p. ej., el mentor está de licencia</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="64"/>
        <source>Ended the assignment of {who} on {day}.</source>
        <translation>Se terminó la asignación de {who} el {day}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="68"/>
        <source>Withdraw</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="69"/>
        <source>The mentee leaves the program on this day: the assignment ends and the year is recorded as withdrawn. Their history keeps the day and the reason.</source>
        <translation>El mentorado deja el programa este día: la asignación termina y el año queda registrado como baja. Su historial guarda el día y el motivo.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="75"/>
        <source>e.g. moved to another district</source>
        <translation>p. ej., se mudó a otro distrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="76"/>
        <source>Withdrew {who} on {day}.</source>
        <translation>Se dio de baja a {who} el {day}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="80"/>
        <source>Mark completed</source>
        <translation>Marcar como completado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="81"/>
        <source>The mentee completed the program on this day: the assignment ends and the year is recorded as completed.</source>
        <translation>El mentorado completó el programa este día: la asignación termina y el año queda registrado como completado.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="86"/>
        <source>completed the program</source>
        <translation>completó el programa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="88"/>
        <source>Marked {who} completed on {day}.</source>
        <translation>Se marcó a {who} como completado el {day}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="115"/>
        <source>mentee</source>
        <translation>mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="116"/>
        <source>mentees</source>
        <translation>mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="151"/>
        <source>&lt;b&gt;{title}: {names}&lt;/b&gt; ({label})</source>
        <translation>&lt;b&gt;{title}: {names}&lt;/b&gt; ({label})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="160"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="161"/>
        <source>the program year {label}</source>
        <translation>el año del programa {label}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="176"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="177"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="196"/>
        <source>Type the date.</source>
        <translation>Escriba la fecha.</translation>
    </message>
</context>
<context>
    <name>MenteeTimelineDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_timeline_dialog.py" line="22"/>
        <source>Check-in timeline</source>
        <translation>Cronología de reuniones</translation>
    </message>
</context>
<context>
    <name>MentorProfileDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="44"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="45"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="50"/>
        <source>&lt;b&gt;Eligibility:&lt;/b&gt; choose a program year to see it.</source>
        <translation>&lt;b&gt;Elegibilidad:&lt;/b&gt; elija un año del programa para verla.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="54"/>
        <source>no cap</source>
        <translation>sin tope</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="58"/>
        <source>Load {load} (capacity {cap}).</source>
        <translation>Carga {load} (capacidad {cap}).</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="62"/>
        <source>&lt;b&gt;Eligible&lt;/b&gt; to mentor in {year_label}. {load}</source>
        <translation>&lt;b&gt;Elegible&lt;/b&gt; para ser mentor en {year_label}. {load}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="66"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt; in {year_label}:&lt;ul&gt;{reasons}&lt;/ul&gt;{load}</source>
        <translation>&lt;b&gt;No elegible&lt;/b&gt; en {year_label}:&lt;ul&gt;{reasons}&lt;/ul&gt;{load}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="215"/>
        <source>Mentor profile — {name}</source>
        <translation>Perfil del mentor — {name}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="241"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="242"/>
        <source>Teaches an average of &amp;6 or more hours a day</source>
        <translation>Enseña un promedio de &amp;6 horas o más al día</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="246"/>
        <source> mentees</source>
        <translation> mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="248"/>
        <source>The most mentees this mentor takes; the rule pack may cap it</source>
        <translation>El máximo de mentorados que acepta este mentor; el paquete de reglas puede limitarlo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="261"/>
        <source>&amp;Experience:</source>
        <translation>&amp;Experiencia:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="263"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacidad:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="265"/>
        <source>Mentor &amp;training (name, kind, hours and completion date)</source>
        <translation>&amp;Formación de mentor (nombre, tipo, horas y fecha de finalización)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="267"/>
        <source>&amp;Add training</source>
        <translation>&amp;Agregar formación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="277"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="335"/>
        <source>&lt;b&gt;Eligibility:&lt;/b&gt; shown again once every completion date can be read.</source>
        <translation>&lt;b&gt;Elegibilidad:&lt;/b&gt; se vuelve a mostrar cuando se puedan leer todas las fechas de finalización.</translation>
    </message>
</context>
<context>
    <name>MentorWorkbooksDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="60"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="291"/>
        <source>Mentor workbooks</source>
        <translation>Libros de trabajo de los mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="74"/>
        <source>Coordinator writes one check-in log workbook per mentor into a folder. Send each mentor their file; when it comes back, import it on the Check-ins page.</source>
        <translation>Coordinator escribe en una carpeta un libro de registro de reuniones por mentor. Envíe a cada mentor su archivo; cuando se lo devuelvan, impórtelo en la página Reuniones.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="79"/>
        <source>&amp;This mentor:</source>
        <translation>&amp;Este mentor:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="80"/>
        <source>The mentors on &amp;campus:</source>
        <translation>Los mentores del &amp;plantel:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="81"/>
        <source>&amp;Every mentor of the year</source>
        <translation>&amp;Todos los mentores del año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="93"/>
        <source>The folder to write the workbooks into</source>
        <translation>La carpeta donde escribir los libros de trabajo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="94"/>
        <source>C&amp;hoose folder…</source>
        <translation>E&amp;legir carpeta…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="101"/>
        <source>The workbooks&apos; sheets, headers and instructions in English or Spanish</source>
        <translation>Las hojas, los encabezados y las instrucciones de los libros en inglés o en español</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="115"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="130"/>
        <source>&amp;Write workbooks</source>
        <translation>E&amp;scribir los libros</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="133"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="170"/>
        <source>No mentor of this year has a campus on the roster.</source>
        <translation>Ningún mentor de este año tiene plantel en la lista de personal.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="173"/>
        <source>&amp;Every mentor of the year ({count})</source>
        <translation>&amp;Todos los mentores del año ({count})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="174"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="228"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="303"/>
        <source>workbook</source>
        <translation>libro de trabajo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="174"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="228"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="303"/>
        <source>workbooks</source>
        <translation>libros de trabajo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="181"/>
        <source>Check-in workbooks</source>
        <translation>Libros de reuniones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="221"/>
        <source>Writes 1 workbook: “{file_name}”.</source>
        <translation>Escribe 1 libro de trabajo: “{file_name}”.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="227"/>
        <source>Writes {count}, one per mentor, named like “{file_name}”.</source>
        <translation>Escribe {count}, uno por mentor, con nombres como “{file_name}”.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="235"/>
        <source>{left} without mentees this year gets no workbook: assign mentees first.</source>
        <translation>{left} sin mentorados este año no recibe libro de trabajo: primero asigne mentorados.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="238"/>
        <source>{left} without mentees this year get no workbook: assign mentees first.</source>
        <translation>{left} sin mentorados este año no reciben libro de trabajo: primero asigne mentorados.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="163"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="241"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="163"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="241"/>
        <source>mentors</source>
        <translation>mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="242"/>
        <source>No mentor to write a workbook for.</source>
        <translation>No hay ningún mentor para quien escribir un libro de trabajo.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="245"/>
        <source>These mentors have no mentees yet.</source>
        <translation>Estos mentores todavía no tienen mentorados.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="250"/>
        <source>Write the workbooks into</source>
        <translation>Escribir los libros de trabajo en</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="268"/>
        <source>Choose a folder to write into.</source>
        <translation>Elija una carpeta donde escribir.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="270"/>
        <source>{folder} is a file.</source>
        <translation>{folder} es un archivo.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="284"/>
        <source>
  … and {count:,} more</source>
        <translation>
  … y {count:,} más</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="294"/>
        <source>{count} of these is already in {folder}. A mentor may have filled it in already.</source>
        <translation>{count} de estos ya está en {folder}. Puede que un mentor ya lo haya llenado.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="299"/>
        <source>{count} of these are already in {folder}. A mentor may have filled them in already.</source>
        <translation>{count} de estos ya están en {folder}. Puede que un mentor ya los haya llenado.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="311"/>
        <source>&amp;Keep them, write the others</source>
        <translation>&amp;Conservarlos y escribir los demás</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="313"/>
        <source>&amp;Replace them</source>
        <translation>&amp;Reemplazarlos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="335"/>
        <source>Writing the mentor workbooks…</source>
        <translation>Escribiendo los libros de trabajo de los mentores…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="356"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="64"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="66"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="72"/>
        <source>Find a name…</source>
        <translation>Buscar un nombre…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="73"/>
        <source>Find in these rows</source>
        <translation>Buscar en estas filas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="79"/>
        <source>Who the milestone is about</source>
        <translation>A quién se refiere el hito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="93"/>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="94"/>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="95"/>
        <source>Mark &amp;received</source>
        <translation>Marcar como &amp;recibido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="97"/>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="225"/>
        <source>The document came in on this day, for the selected rows</source>
        <translation>El documento llegó este día, para las filas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="100"/>
        <source>&amp;Take back</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="101"/>
        <source>Undo a tick made by mistake, for the selected rows</source>
        <translation>Deshacer una marca hecha por error, para las filas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="103"/>
        <source>Export &amp;calendar…</source>
        <translation>Exportar el &amp;calendario…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="105"/>
        <source>Every dated milestone and upcoming follow-up of the year as an .ics file</source>
        <translation>Cada hito con fecha y cada seguimiento próximo del año, como archivo .ics</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="112"/>
        <source>&amp;Milestone:</source>
        <translation>&amp;Hito:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="114"/>
        <source>Document received on:</source>
        <translation>Documento recibido el:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="144"/>
        <source>Loading the milestones…</source>
        <translation>Cargando los hitos…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="165"/>
        <source>This program&apos;s rule pack has no milestones. Add them in Settings › Rule packs.</source>
        <translation>El paquete de reglas de este programa no tiene hitos. Agréguelos en Configuración › Paquetes de reglas.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="186"/>
        <source>{label}: {met_by}, due {due}.</source>
        <translation>{label}: {met_by}, vence {due}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="199"/>
        <source>Nobody in the program yet.</source>
        <translation>Todavía no hay nadie en el programa.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="221"/>
        <source>Ticks itself when {phrase} is recorded</source>
        <translation>Se marca solo cuando se registra {phrase}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="255"/>
        <source>Marked {n} received.</source>
        <translation>Se marcaron como recibidos: {n}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="256"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="256"/>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="274"/>
        <source>Took back {n}.</source>
        <translation>Se deshicieron: {n}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="274"/>
        <source>tick</source>
        <translation>marca</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="274"/>
        <source>ticks</source>
        <translation>marcas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="284"/>
        <source>Export the year&apos;s calendar</source>
        <translation>Exportar el calendario del año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="286"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="298"/>
        <source>Mentoring milestones and follow-ups</source>
        <translation>Hitos y seguimientos de mentoría</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="307"/>
        <source>Saved {count} to {name}.</source>
        <translation>Guardado en {name}: {count}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="308"/>
        <source>calendar event</source>
        <translation>evento del calendario</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="308"/>
        <source>calendar events</source>
        <translation>eventos del calendario</translation>
    </message>
</context>
<context>
    <name>NewPreviewDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="29"/>
        <source>Fall semester</source>
        <translation>Semestre de otoño</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="30"/>
        <source>Spring semester</source>
        <translation>Semestre de primavera</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="31"/>
        <source>The whole year</source>
        <translation>Todo el año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="76"/>
        <source>New pay run preview</source>
        <translation>Vista previa de un nuevo lote de pago</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="78"/>
        <source>Coordinator works out each person&apos;s amount for the period from the logs, with the reason. Nothing is paid until you approve and lock the run.</source>
        <translation>Coordinator calcula el importe de cada persona para el periodo a partir de los registros, con el motivo. No se paga nada hasta que usted apruebe y bloquee el lote.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="81"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="85"/>
        <source>Period to preview</source>
        <translation>Periodo de la vista previa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="88"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
</context>
<context>
    <name>NudgeDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="65"/>
        <source>Write nudges</source>
        <translation>Escribir recordatorios</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="84"/>
        <source>Their mentors</source>
        <translation>Sus mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="85"/>
        <source>The mentees themselves</source>
        <translation>Los propios mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="90"/>
        <source>The shipped wording in English or Spanish</source>
        <translation>El texto incluido, en inglés o en español</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="97"/>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="125"/>
        <source>Merge fields: {fields}</source>
        <translation>Campos de combinación: {fields}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="102"/>
        <source>&amp;Save as this program&apos;s template</source>
        <translation>&amp;Guardar como plantilla de este programa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="104"/>
        <source>&amp;Attach each mentor&apos;s check-in workbook</source>
        <translation>Ad&amp;juntar el libro de reuniones de cada mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="109"/>
        <source>Nudges</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="110"/>
        <source>C&amp;hoose folder…</source>
        <translation>E&amp;legir carpeta…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="119"/>
        <source>&amp;Nudge about:</source>
        <translation>&amp;Recordatorio sobre:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="120"/>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="121"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="123"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="124"/>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="129"/>
        <source>Pre&amp;view:</source>
        <translation>&amp;Vista previa:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="131"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="137"/>
        <source>&amp;Write drafts</source>
        <translation>&amp;Escribir borradores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="140"/>
        <source>Open in &amp;mail</source>
        <translation>Abrir en el c&amp;orreo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="189"/>
        <source> (%n without an e-mail address get no draft)</source>
        <translation>
            <numerusform> (%n sin correo electrónico no recibe borrador)</numerusform>
            <numerusform> (%n sin correo electrónico no reciben borrador)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="192"/>
        <source>%n people: {names}{note}</source>
        <translation>
            <numerusform>%n persona: {names}{note}</numerusform>
            <numerusform>%n personas: {names}{note}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="194"/>
        <source>No one</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="212"/>
        <source>Subject: {subject}

{body}</source>
        <translation>Asunto: {subject}

{body}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="227"/>
        <source>Saved the “{label}” template for this program.</source>
        <translation>Se guardó la plantilla “{label}” para este programa.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="235"/>
        <source>Choose a folder for the drafts.</source>
        <translation>Elija una carpeta para los borradores.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="251"/>
        <source>Writing the drafts…</source>
        <translation>Escribiendo los borradores…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="268"/>
        <source>Wrote {n} draft to {folder}. Open each in Outlook or Thunderbird, check it, and send it.</source>
        <translation>Se escribió {n} borrador en {folder}. Abra cada uno en Outlook o Thunderbird, revíselo y envíelo.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="273"/>
        <source>Wrote {n} drafts to {folder}. Open each in Outlook or Thunderbird, check it, and send it.</source>
        <translation>Se escribieron {n} borradores en {folder}. Abra cada uno en Outlook o Thunderbird, revíselo y envíelo.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="290"/>
        <source>Opened the nudge in your mail program.</source>
        <translation>Se abrió el recordatorio en su programa de correo.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="294"/>
        <source>No mail program opened; write a draft to a folder instead.</source>
        <translation>No se abrió ningún programa de correo; escriba un borrador en una carpeta.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="299"/>
        <source>Folder for the drafts</source>
        <translation>Carpeta para los borradores</translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="34"/>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="46"/>
        <source>Outcomes: {program} {year}</source>
        <translation>Resultados: {program} {year}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="51"/>
        <source> (roster of {as_of})</source>
        <translation> (lista de personal del {as_of})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="56"/>
        <source>Outcomes on {as_of}{where}</source>
        <translation>Resultados al {as_of}{where}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="62"/>
        <source>Mentees after the year</source>
        <translation>Mentorados después del año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="67"/>
        <source>Still in the district, by hours of mentoring (%)</source>
        <translation>Siguen en el distrito, por horas de mentoría (%)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="86"/>
        <source>Outcomes figures</source>
        <translation>Cifras de resultados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="94"/>
        <source>Outcomes as charts or as a table</source>
        <translation>Resultados en gráficas o en una tabla</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="95"/>
        <source>Charts</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="96"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="99"/>
        <source>Groups of fewer than {threshold} people show &apos;{hidden}&apos;. How each figure is computed: Help › User guide › Outcomes.</source>
        <translation>Los grupos de menos de {threshold} personas muestran &apos;{hidden}&apos;. Cómo se calcula cada cifra: Ayuda › Guía del usuario › Resultados.</translation>
    </message>
</context>
<context>
    <name>PayrollExportDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="34"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="35"/>
        <source>CSV file (.csv)</source>
        <translation>Archivo CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="37"/>
        <source>Standard columns</source>
        <translation>Columnas estándar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="231"/>
        <source>Export run {run_id} for payroll</source>
        <translation>Exportar el lote {run_id} para nómina</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="233"/>
        <source>One row per person run {run_id} ({period_label}) pays, with the total under the amount ({total}). The standard columns are employee ID, name, amount, account code, pay period and description; save the columns your payroll office asks for as a profile: coordinator pay profile NAME --column FIELD=HEADER …</source>
        <translation>Una fila por cada persona a quien paga el lote {run_id} ({period_label}), con el total bajo el importe ({total}). Las columnas estándar son N.º de empleado, nombre, importe, código de cuenta, periodo de pago y descripción; guarde las columnas que pide su oficina de nómina como un perfil: coordinator pay profile NOMBRE --column CAMPO=ENCABEZADO …</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="241"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="245"/>
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="249"/>
        <source>Payroll profile</source>
        <translation>Perfil de nómina</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="253"/>
        <source>File &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="255"/>
        <source>Payroll &amp;profile:</source>
        <translation>&amp;Perfil de nómina:</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="35"/>
        <source>No campus</source>
        <translation>Sin plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="61"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="61"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="65"/>
        <source>Only when they go by another first name</source>
        <translation>Solo si usa otro nombre de pila</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="75"/>
        <source>e.g. Teacher, Librarian, Counselor</source>
        <translation>p. ej., maestro, bibliotecario, consejero</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="78"/>
        <source>e.g. 7, K-2, 9-12</source>
        <translation>p. ej., 7, K-2, 9-12</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="79"/>
        <source>Hire date</source>
        <translation>Fecha de contratación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="88"/>
        <source>Left the district on</source>
        <translation>Salió del distrito el</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="102"/>
        <source>Add person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="102"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="112"/>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="113"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="114"/>
        <source>&amp;Preferred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="115"/>
        <source>Employee &amp;ID:</source>
        <translation>N.º de emplea&amp;do:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="116"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="117"/>
        <source>&amp;Campus:</source>
        <translation>P&amp;lantel:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="118"/>
        <source>P&amp;osition:</source>
        <translation>P&amp;uesto:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="119"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="120"/>
        <source>&amp;Grade level:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="121"/>
        <source>&amp;Hire date:</source>
        <translation>Fecha de con&amp;tratación:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="125"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="126"/>
        <source>Left o&amp;n:</source>
        <translation>&amp;Salió el:</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="49"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="50"/>
        <source>Changed</source>
        <translation>Cambiados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="51"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="52"/>
        <source>Not in file</source>
        <translation>No están en el archivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="53"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="54"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="91"/>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="112"/>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="92"/>
        <source>Nothing has changed yet. Check the tabs, then press Apply.</source>
        <translation>Todavía no ha cambiado nada. Revise las pestañas y luego pulse Aplicar.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="93"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="105"/>
        <source>&amp;Mark the people selected here as having left the district (Undo restores them)</source>
        <translation>&amp;Marcar a las personas seleccionadas aquí como que dejaron el distrito (Deshacer las restaura)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="109"/>
        <source>Find in these rows: any words of a name, ID, campus…</source>
        <translation>Buscar en estas filas: cualquier palabra de un nombre, N.º, plantel…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="118"/>
        <source>Import the &amp;valid rows only (rows with problems are skipped)</source>
        <translation>Importar solo las filas &amp;válidas (se omiten las filas con problemas)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="121"/>
        <source>&amp;Enroll everyone in</source>
        <translation>&amp;Inscribir a todos en</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="124"/>
        <source>as mentees</source>
        <translation>como mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="125"/>
        <source>as mentors</source>
        <translation>como mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="149"/>
        <source>{title}: rows</source>
        <translation>{title}: filas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="156"/>
        <source>&amp;Save problems...</source>
        <translation>&amp;Guardar los problemas...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="218"/>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="236"/>
        <source>{file_name}: {new} new, {changed} changed, {unchanged} unchanged, {missing} not in this file (left alone), {held} held as possible duplicates.</source>
        <translation>{file_name}: {new} nuevos, {changed} cambiados, {unchanged} sin cambios, {missing} que no están en este archivo (se dejan como están), {held} retenidos como posibles duplicados.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="249"/>
        <source>New campuses: </source>
        <translation>Planteles nuevos: </translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="254"/>
        <source>; and {count} more</source>
        <translation>; y {count} más</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="259"/>
        <source>Rows that hold no person were left out: {listed}{more}.</source>
        <translation>Se omitieron las filas que no contienen a ninguna persona: {listed}{more}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="266"/>
        <source>row has</source>
        <translation>fila tiene</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="266"/>
        <source>rows have</source>
        <translation>filas tienen</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="269"/>
        <source>{rows} problems: fix them in the file, or import the valid rows only.</source>
        <translation>{rows} problemas: corríjalos en el archivo o importe solo las filas válidas.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="273"/>
        <source>Everyone in the file already matches the database.</source>
        <translation>Todos los del archivo ya coinciden con la base de datos.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="302"/>
        <source>Save problems</source>
        <translation>Guardar los problemas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="302"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="345"/>
        <source>Importing the roster...</source>
        <translation>Importando la lista de personal...</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="36"/>
        <source>How much each preference counts when Coordinator suggests mentors and runs Match all. 0 ignores a preference; higher numbers weigh more.</source>
        <translation>Cuánto cuenta cada preferencia cuando Coordinator sugiere mentores y ejecuta Emparejar todos. 0 ignora una preferencia; los números más altos pesan más.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="61"/>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="63"/>
        <source>Edit program — {name}</source>
        <translation>Editar programa — {name}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="72"/>
        <source>e.g. New Librarians</source>
        <translation>p. ej., Bibliotecarios nuevos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="78"/>
        <source>What the program is for, who it serves</source>
        <translation>Para qué es el programa, a quién atiende</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="82"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="83"/>
        <source>&amp;Rule pack:</source>
        <translation>&amp;Paquete de reglas:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="84"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="111"/>
        <source>&amp;Topics</source>
        <translation>T&amp;emas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="128"/>
        <source>&amp;Add topic</source>
        <translation>&amp;Agregar tema</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="129"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="130"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="131"/>
        <source>Remo&amp;ve new topic</source>
        <translation>&amp;Quitar el tema nuevo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="147"/>
        <source>Type or press F2 to rename; Space ticks Required or Active; Ctrl+Up/Down reorders. A topic used by check-ins is deactivated, not deleted.</source>
        <translation>Escriba o pulse F2 para cambiar el nombre; Espacio marca Obligatorio o Activo; Ctrl+Arriba/Abajo cambia el orden. Un tema usado en reuniones se desactiva, no se elimina.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="160"/>
        <source>&amp;Match weights</source>
        <translation>Pesos de &amp;emparejamiento</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="279"/>
        <source>Give the program a name.</source>
        <translation>Dé un nombre al programa.</translation>
    </message>
</context>
<context>
    <name>ProgramYearDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="59"/>
        <source>New program year</source>
        <translation>Nuevo año del programa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="74"/>
        <source>e.g. 2026-27</source>
        <translation>p. ej., 2026-27</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="79"/>
        <source>First day of the year</source>
        <translation>Primer día del año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="80"/>
        <source>Last day of the year</source>
        <translation>Último día del año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="83"/>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="84"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="85"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="86"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="88"/>
        <source>Semesters</source>
        <translation>Semestres</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="90"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="90"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="90"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="95"/>
        <source>First day of semester {number}</source>
        <translation>Primer día del semestre {number}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="96"/>
        <source>Last day of semester {number}</source>
        <translation>Último día del semestre {number}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="112"/>
        <source>Create year</source>
        <translation>Crear el año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="173"/>
        <source>The year must end after it starts: {end} is not after {start}.</source>
        <translation>El año debe terminar después de empezar: {end} no es posterior a {start}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="184"/>
        <source>the year {label}</source>
        <translation>el año {label}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="186"/>
        <source>the year</source>
        <translation>el año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="208"/>
        <source>Create a program first (New program…).</source>
        <translation>Primero cree un programa (Nuevo programa…).</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="238"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="239"/>
        <source>mentors</source>
        <translation>mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="243"/>
        <source>mentee keeps</source>
        <translation>mentorado conserva</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="244"/>
        <source>mentees keep</source>
        <translation>mentorados conservan</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="248"/>
        <source>mentee</source>
        <translation>mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="249"/>
        <source>mentees</source>
        <translation>mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="270"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="271"/>
        <source>years</source>
        <translation>años</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="38"/>
        <source>no campus</source>
        <translation>sin plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="44"/>
        <source>{text}  (not eligible: {reasons})</source>
        <translation>{text}  (no elegible: {reasons})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="75"/>
        <source>Reassign mentee</source>
        <translation>Reasignar mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="75"/>
        <source>Assign a mentor</source>
        <translation>Asignar un mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="98"/>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="102"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="102"/>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="133"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="106"/>
        <source>Type part of a name, campus or employee ID</source>
        <translation>Escriba parte de un nombre, un plantel o un N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="113"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="117"/>
        <source>the program year {year_label}</source>
        <translation>el año del programa {year_label}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="120"/>
        <source>e.g. moved to another campus</source>
        <translation>p. ej., se cambió a otro plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="123"/>
        <source>Only when the mentor is not eligible: why assign anyway</source>
        <translation>Solo si el mentor no es elegible: por qué asignarlo de todos modos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="133"/>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="138"/>
        <source>&amp;Find mentor:</source>
        <translation>&amp;Buscar mentor:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="139"/>
        <source>&amp;Mentor:</source>
        <translation>&amp;Mentor:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="140"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="142"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="145"/>
        <source>&amp;Override reason:</source>
        <translation>Motivo de la e&amp;xcepción:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="199"/>
        <source>Choose the mentor from the list.</source>
        <translation>Elija al mentor de la lista.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="203"/>
        <source>Type the first day.</source>
        <translation>Escriba el primer día.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="208"/>
        <source>Give a reason; it is kept in the mentee&apos;s history.</source>
        <translation>Dé un motivo; se guarda en el historial del mentorado.</translation>
    </message>
</context>
<context>
    <name>ReverseRunDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="177"/>
        <source>Reverse run {run_id}</source>
        <translation>Revertir el lote {run_id}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="179"/>
        <source>Run {run_id} ({period_label}, {total} to {people}) stays as it was approved. Reversing it makes a new locked run that takes back every line ({amount}); export that run for payroll too. The next preview of the period then pays again what the logs earn.</source>
        <translation>El lote {run_id} ({period_label}, {total} a {people}) se queda como se aprobó. Revertirlo crea un nuevo lote bloqueado que anula cada línea ({amount}); exporte también ese lote para nómina. La siguiente vista previa del periodo vuelve a pagar lo que ganan los registros.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="187"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="187"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="190"/>
        <source>&amp;Reverse run</source>
        <translation>&amp;Revertir el lote</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="198"/>
        <source>Reason for the reversal</source>
        <translation>Motivo de la reversión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="199"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="207"/>
        <source>Say why the run is taken back: the reason is kept in the audit log.</source>
        <translation>Explique por qué se revierte el lote: el motivo se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="213"/>
        <source>Only an approved run can be reversed.</source>
        <translation>Solo se puede revertir un lote aprobado.</translation>
    </message>
</context>
<context>
    <name>RulePacksDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="47"/>
        <source>no rule</source>
        <translation>sin regla</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="58"/>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="64"/>
        <source>Rule packs</source>
        <translation>Paquetes de reglas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="73"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="74"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="91"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="92"/>
        <source>&amp;Copy as a new pack...</source>
        <translation>&amp;Copiar como paquete nuevo...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="121"/>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="135"/>
        <source>for example 14, 28</source>
        <translation>por ejemplo 14, 28</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="140"/>
        <source>one topic a line</source>
        <translation>un tema por línea</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="153"/>
        <source> (shipped)</source>
        <translation> (incluido)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="157"/>
        <source>Used by {programs}</source>
        <translation>Lo usan: {programs}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="158"/>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="176"/>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="158"/>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="176"/>
        <source>programs</source>
        <translation>programas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="175"/>
        <source>Used by {used}. Changes apply to all of them.</source>
        <translation>Lo usan: {used}. Los cambios se aplican a todos.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="249"/>
        <source>Saved. The dashboard re-evaluates every mentee with these rules.</source>
        <translation>Guardado. El panel vuelve a evaluar a cada mentorado con estas reglas.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="258"/>
        <source>Copy rule pack</source>
        <translation>Copiar el paquete de reglas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="259"/>
        <source>Name of the new pack:</source>
        <translation>Nombre del paquete nuevo:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="260"/>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="276"/>
        <source>Copied. Edit the new pack, then choose it for a program.</source>
        <translation>Copiado. Edite el paquete nuevo y luego elíjalo para un programa.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="63"/>
        <source>Sheet and headers</source>
        <translation>Hoja y encabezados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="64"/>
        <source>Check that this is the roster and that the headers are right.</source>
        <translation>Compruebe que esta es la lista de personal y que los encabezados son correctos.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="71"/>
        <source>Header row</source>
        <translation>Fila de encabezados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="73"/>
        <source>The row that holds the column names, as Excel numbers it</source>
        <translation>La fila que contiene los nombres de las columnas, según la numera Excel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="82"/>
        <source>The first rows of the sheet</source>
        <translation>Las primeras filas de la hoja</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="87"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="88"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="89"/>
        <source>&amp;Headers on row:</source>
        <translation>&amp;Encabezados en la fila:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="121"/>
        <source>Headers {found} on row {header_row_number}; {rows} below. Change the row above if these are not the headers.</source>
        <translation>Encabezados {found} en la fila {header_row_number}; {rows} debajo. Cambie la fila de arriba si estos no son los encabezados.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="126"/>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="126"/>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="141"/>
        <source>Reading sheet {name!r}...</source>
        <translation>Leyendo la hoja {name!r}...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="152"/>
        <source>Reading headers on row {row}...</source>
        <translation>Leyendo los encabezados de la fila {row}...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="162"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="24"/>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="29"/>
        <source>A page&apos;s shortcuts work while that page is shown. Alt and an underlined letter presses a button or opens a menu.</source>
        <translation>Los atajos de una página funcionan mientras se muestra esa página. Alt y una letra subrayada pulsa un botón o abre un menú.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="37"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="37"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="46"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="48"/>
        <source>{scope} page</source>
        <translation>Página {scope}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="61"/>
        <source> (when {focus} has the focus)</source>
        <translation> (cuando {focus} tiene el foco)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="363"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="379"/>
        <source>New people: {new}</source>
        <translation>Personas nuevas: {new}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="380"/>
        <source>Changed: {changed}</source>
        <translation>Cambiadas: {changed}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="381"/>
        <source>Unchanged: {unchanged}</source>
        <translation>Sin cambios: {unchanged}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="382"/>
        <source>Not in this file (left alone): {missing}</source>
        <translation>No están en este archivo (se dejan como están): {missing}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="385"/>
        <source>Held as possible duplicates: {duplicates}</source>
        <translation>Retenidas como posibles duplicados: {duplicates}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="388"/>
        <source>Rows with problems (skipped): {invalid}</source>
        <translation>Filas con problemas (omitidas): {invalid}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="394"/>
        <source>Enrolled: {enrolled}</source>
        <translation>Inscritas: {enrolled}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="398"/>
        <source>Marked as having left: {marked_left}</source>
        <translation>Marcadas como que se fueron: {marked_left}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="403"/>
        <source>New campuses: </source>
        <translation>Planteles nuevos: </translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="405"/>
        <source>You can undo this import on the Imports page.</source>
        <translation>Puede deshacer esta importación en la página Importaciones.</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="55"/>
        <source>Import answers: {instrument}</source>
        <translation>Importar respuestas: {instrument}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="57"/>
        <source>Reading {name}...</source>
        <translation>Leyendo {name}...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="63"/>
        <source>What each row of the file does</source>
        <translation>Lo que hace cada fila del archivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="66"/>
        <source>Problems in the file</source>
        <translation>Problemas del archivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="70"/>
        <source>&amp;Import answers</source>
        <translation>&amp;Importar las respuestas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="71"/>
        <source>Import answers</source>
        <translation>Importar las respuestas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="86"/>
        <source>Checking the answers...</source>
        <translation>Comprobando las respuestas...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="90"/>
        <source>Importing the answers...</source>
        <translation>Importando las respuestas...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="118"/>
        <source>Column {letter} ‘{header}’ is ignored: {why}.</source>
        <translation>Se ignora la columna {letter} ‘{header}’: {why}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="125"/>
        <source>The form did not ask: </source>
        <translation>El formulario no preguntó: </translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="127"/>
        <source> (no answers).</source>
        <translation> (sin respuestas).</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="134"/>
        <source>Rows to look at:</source>
        <translation>Filas que revisar:</translation>
    </message>
</context>
<context>
    <name>TrainingRows</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="72"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="73"/>
        <source>District</source>
        <translation>Del distrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="74"/>
        <source>Supplemental</source>
        <translation>Complementaria</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="93"/>
        <source>No mentor training recorded.</source>
        <translation>No hay formación de mentor registrada.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="110"/>
        <source>e.g. Region 13 mentor training</source>
        <translation>p. ej., formación de mentores de la Región 13</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="112"/>
        <source>Training {number} name</source>
        <translation>Nombre de la formación {number}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="119"/>
        <source>Training {number} kind</source>
        <translation>Tipo de la formación {number}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="122"/>
        <source>Approved: the commissioner-approved mentor training; District: the district&apos;s own mentor training; Supplemental: training during the year</source>
        <translation>Aprobada: la formación de mentores aprobada por el comisionado; Del distrito: la formación de mentores propia del distrito; Complementaria: formación durante el año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="130"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="131"/>
        <source>no hours</source>
        <translation>sin horas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="133"/>
        <source>Training {number} hours</source>
        <translation>Horas de la formación {number}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="134"/>
        <source>The hours a supplemental training counts for</source>
        <translation>Las horas que cuenta una formación complementaria</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="135"/>
        <source>Completion date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="137"/>
        <source>Training {number} completion date</source>
        <translation>Fecha de finalización de la formación {number}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="139"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="140"/>
        <source>Remove this training</source>
        <translation>Quitar esta formación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="141"/>
        <source>Remove training {number}</source>
        <translation>Quitar la formación {number}</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="47"/>
        <source>Coordinator user guide</source>
        <translation>Guía del usuario de Coordinator</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="49"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="52"/>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="53"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="55"/>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Buscar en la guía (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="57"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="59"/>
        <source>&amp;Previous</source>
        <translation>Ante&amp;rior</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="60"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="155"/>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="155"/>
        <source>places</source>
        <translation>lugares</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="157"/>
        <source>“{word}” is not in the guide.</source>
        <translation>“{word}” no está en la guía.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/welcome_dialog.py" line="13"/>
        <source>Welcome to Coordinator</source>
        <translation>Bienvenido a Coordinator</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/welcome_dialog.py" line="16"/>
        <source>&lt;h3&gt;Welcome to Coordinator&lt;/h3&gt;&lt;p&gt;Your database was created at&lt;br&gt;&lt;code&gt;{database_name}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;You can explore a &lt;b&gt;demo district&lt;/b&gt; first: about 1,500 staff on 120 campuses, a Teacher Induction program with mentor/mentee pairs, a New Librarians cohort, and a year of check-ins. Everyone in it is made up.&lt;/p&gt;&lt;p&gt;Or start with an empty database and import your district&apos;s roster.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenido a Coordinator&lt;/h3&gt;&lt;p&gt;Su base de datos se creó en&lt;br&gt;&lt;code&gt;{database_name}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Puede explorar primero un &lt;b&gt;distrito de demostración&lt;/b&gt;: unos 1,500 empleados en 120 planteles, un programa de Inducción Docente con parejas de mentor y mentorado, una cohorte de Bibliotecarios nuevos y un año de reuniones. Todas las personas son inventadas.&lt;/p&gt;&lt;p&gt;O empiece con una base de datos vacía e importe la lista de personal de su distrito.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/welcome_dialog.py" line="27"/>
        <source>&amp;Explore a demo district</source>
        <translation>&amp;Explorar un distrito de demostración</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/welcome_dialog.py" line="28"/>
        <source>&amp;Start with an empty database</source>
        <translation>E&amp;mpezar con una base de datos vacía</translation>
    </message>
</context>
<context>
    <name>YearCloseDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="43"/>
        <source>As the outcome says (completers only)</source>
        <translation>Según el resultado (solo quienes completaron)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="44"/>
        <source>Print a certificate</source>
        <translation>Imprimir un certificado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="45"/>
        <source>No certificate</source>
        <translation>Sin certificado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="69"/>
        <source>Close year</source>
        <translation>Cerrar el año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="77"/>
        <source>Mentees&apos; outcomes</source>
        <translation>Resultados de los mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="97"/>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="98"/>
        <source>Close the year</source>
        <translation>Cerrar el año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="113"/>
        <source>Change the selected mentee&apos;s outcome</source>
        <translation>Cambiar el resultado del mentorado seleccionado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="115"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="119"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="120"/>
        <source>Date they withdrew or left</source>
        <translation>Fecha en que se dio de baja o se fue</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="122"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="126"/>
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="128"/>
        <source>e.g. the principal confirmed the spring hours on paper</source>
        <translation>p. ej., el director confirmó por escrito las horas de primavera</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="130"/>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="131"/>
        <source>Save the change</source>
        <translation>Guardar el cambio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="134"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="135"/>
        <source>Withdrew or left on:</source>
        <translation>Baja o salida el:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="136"/>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="137"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="151"/>
        <source>&lt;b&gt;Year outcomes: {title}&lt;/b&gt; (closed on {closed_on})</source>
        <translation>&lt;b&gt;Resultados del año: {title}&lt;/b&gt; (cerrado el {closed_on})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="157"/>
        <source>Select a mentee to change their outcome or whether they get a certificate. Every change needs a reason; the audit log keeps it with the values before.</source>
        <translation>Seleccione un mentorado para cambiar su resultado o si recibe certificado. Cada cambio necesita un motivo; el registro de auditoría lo guarda con los valores anteriores.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="162"/>
        <source>&lt;b&gt;Close year: {title}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cerrar el año: {title}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="167"/>
        <source>The last semester ends on {ends}; the year can be closed after that. These are the outcomes the rules give today.</source>
        <translation>El último semestre termina el {ends}; el año se puede cerrar después. Estos son los resultados que dan hoy las reglas.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="174"/>
        <source>The last semester ended on {ends}. These are the proposed outcomes: completed when every rule was met, otherwise not completed with the rules missed. Closing records them; afterwards you can change any of them, with a reason. Certificates go to completers only unless you choose otherwise for a person.</source>
        <translation>El último semestre terminó el {ends}. Estos son los resultados propuestos: completado cuando se cumplieron todas las reglas; si no, no completado, con las reglas no cumplidas. Al cerrar se registran; después puede cambiar cualquiera de ellos, con un motivo. Los certificados son solo para quienes completaron, salvo que usted decida otra cosa para una persona.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="225"/>
        <source>Closed {title}: {summary}.</source>
        <translation>Se cerró {title}: {summary}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="259"/>
        <source>Changed the outcome of {name}.</source>
        <translation>Se cambió el resultado de {name}.</translation>
    </message>
</context>
</TS>
