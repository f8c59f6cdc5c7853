<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AdjustLineDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="112"/>
        <source>Adjust {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="114"/>
        <source>{name} is to be paid {amount} in {period_label}. Type the amount they should be paid instead and say why; the difference is added as an adjustment line, paid when the run is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="118"/>
        <source>&amp;Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="130"/>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="146"/>
        <source>New amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="132"/>
        <source>Reason for the adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="133"/>
        <source>e.g. Led the spring mentor meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="134"/>
        <source>New a&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="136"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="153"/>
        <source>Say why the amount changes: the reason is kept with the line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="37"/>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="47"/>
        <source>Audit: every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="62"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="63"/>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="64"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="68"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="73"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="74"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="75"/>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="85"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="119"/>
        <source>The last day ({last}) is before the first day ({first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="136"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="137"/>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="161"/>
        <source>No changes shown until the dates can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/audit_dialog.py" line="170"/>
        <source> (the newest {LIMIT}; narrow the filter to see older ones)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="37"/>
        <source>Backups are kept on this computer, so they are lost with it. Now and then, use “Back up to…” to put a copy on a USB stick or another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="66"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="83"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="97"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="98"/>
        <source>Put the selected backup in place of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="101"/>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="103"/>
        <source>Back up &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="104"/>
        <source>Back up now and put a copy in a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="106"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="127"/>
        <source>This database is on a PostgreSQL server; its server makes the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="138"/>
        <source>This database is open in another Coordinator (or read-only here): restore it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="145"/>
        <source>No backups yet. “Back up now” makes the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="158"/>
        <source>That backup cannot be read; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="162"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="163"/>
        <source>Restore the backup made {made_at}, with {people} and {checkins}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="165"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="208"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="240"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="165"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="208"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="240"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="166"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="210"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="241"/>
        <source>check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="166"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="210"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="241"/>
        <source>check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="172"/>
        <source>What the database holds now is backed up first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="174"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="191"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="205"/>
        <source>Restored: {people} and {checkins}. What was there before is kept as a backup “Before a restore”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="233"/>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="264"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="239"/>
        <source>Backed up {people} and {checkins} ({made_at}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="248"/>
        <source>Choose where to put the copy (a USB stick, another disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/backups_dialog.py" line="269"/>
        <source>Backed up and copied to {destination}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="85"/>
        <source>Edit check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="85"/>
        <source>New check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="100"/>
        <source>Find a mentee to tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="105"/>
        <source>Type a name to tick a mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="107"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="109"/>
        <source>the program year {year_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="112"/>
        <source>e.g. 14:30 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="117"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="119"/>
        <source>Mentees who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="127"/>
        <source>{name} (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="133"/>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="135"/>
        <source>the follow-up window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="139"/>
        <source>Private: never printed in reports or exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="154"/>
        <source>&amp;Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="155"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="156"/>
        <source>St&amp;art time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="157"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="158"/>
        <source>M&amp;inutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="159"/>
        <source>M&amp;entees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="160"/>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="161"/>
        <source>&amp;Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="162"/>
        <source>&amp;Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="163"/>
        <source>Private n&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="168"/>
        <source>Program year {year_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="195"/>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="195"/>
        <source>Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="301"/>
        <source>{ticked} of {total} ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="343"/>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="370"/>
        <source>start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="360"/>
        <source>This program year has no mentors yet; assign mentors first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="397"/>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="401"/>
        <source> Saved anyway, its minutes will not count toward their hours (hours count with the mentor assigned on that date, unless the rule pack counts others&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/checkin_dialog.py" line="410"/>
        <source>Tick the mentee (or mentees) this check-in was with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyForwardDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="289"/>
        <source>Copy forward — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="299"/>
        <source>Copy forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="303"/>
        <source>New year&apos;s &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="320"/>
        <source>The program already has a year {label}; choose another label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="331"/>
        <source>Give the new year a label such as 2026-27.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyToServerDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="35"/>
        <source>Copy this whole database to a PostgreSQL server, so the coordinators of your team work on one shared database. The copy is checked table by table; if anything fails, nothing is written there. This database stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="66"/>
        <source>Copy to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="73"/>
        <source>This database: {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="81"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="82"/>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="85"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="86"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="90"/>
        <source>&amp;Replace what the server&apos;s database holds (it is backed up on this computer first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="93"/>
        <source>Replace what the server&apos;s database holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="98"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="103"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="105"/>
        <source>Copy to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="122"/>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="129"/>
        <source>Copying to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="145"/>
        <source>Cancelled; nothing was written to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="152"/>
        <source>Copied to {target}: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="158"/>
        <source>What the server held before was backed up to {replaced_backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/copy_to_server_dialog.py" line="173"/>
        <source>Coordinator: copied to the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/crash_dialog.py" line="25"/>
        <source>Coordinator: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/crash_dialog.py" line="29"/>
        <source>&lt;b&gt;Something went wrong inside Coordinator.&lt;/b&gt;&lt;br&gt;Your data is safe: a change that was interrupted was not saved. You can keep working, or save what you are doing and restart Coordinator.&lt;br&gt;&lt;br&gt;To report the problem, copy the report below and send it to whoever supports Coordinator in your district. It contains no names, e-mails or notes: only version numbers and the place in the program where the error happened.&lt;br&gt;&lt;br&gt;The same report is in the log file: {log_path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/crash_dialog.py" line="41"/>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/crash_dialog.py" line="47"/>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/crash_dialog.py" line="63"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/damaged_database_dialog.py" line="32"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/damaged_database_dialog.py" line="39"/>
        <source>What the check found (for support):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/damaged_database_dialog.py" line="51"/>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/damaged_database_dialog.py" line="58"/>
        <source>&amp;Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/damaged_database_dialog.py" line="62"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/database_problem_dialog.py" line="8"/>
        <source>Coordinator databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/database_problem_dialog.py" line="19"/>
        <source>Coordinator: cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/database_problem_dialog.py" line="20"/>
        <source>Coordinator cannot open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/database_problem_dialog.py" line="23"/>
        <source>&amp;Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/database_problem_dialog.py" line="25"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="34"/>
        <source>will be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="35"/>
        <source>already enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="36"/>
        <source>re-enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="51"/>
        <source>mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="53"/>
        <source>mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="55"/>
        <source>&lt;b&gt;{adding}&lt;/b&gt; of {count} will be enrolled as {plural}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="62"/>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="68"/>
        <source>{head} Already enrolled as {plural}: {names}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="91"/>
        <source>Enroll {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="92"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="92"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="104"/>
        <source>Ment&amp;ees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="105"/>
        <source>Men&amp;tors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="125"/>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="129"/>
        <source>&amp;Program year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="130"/>
        <source>As:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="131"/>
        <source>People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="154"/>
        <source>There is no program year yet: create one first (New year…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/enroll_dialog.py" line="165"/>
        <source>Choose a program year; create one first if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="30"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="31"/>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="32"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="33"/>
        <source>Compliance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="34"/>
        <source>Funds (allotment, stipends paid, release time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="35"/>
        <source>Evidence of Impact workbook (outcomes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="53"/>
        <source>Export {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="57"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="59"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="73"/>
        <source>Export to Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="80"/>
        <source>Leave out e-mail addresses and phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="81"/>
        <source>Include private notes (check-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="87"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="92"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="105"/>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="158"/>
        <source>Choose a program year first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="182"/>
        <source>Exported {rows} of {what} to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="187"/>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="188"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="198"/>
        <source>Exporting {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/export_dialog.py" line="205"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="32"/>
        <source>Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Excel (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;Text (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="144"/>
        <source>Choose the roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="147"/>
        <source>The spreadsheet HR sent: .xlsx, .xlsm, .xls, .ods, .csv or .txt. You can also drop the file on this window. Nothing changes until you press Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="152"/>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="153"/>
        <source>Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="169"/>
        <source>Choose the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="187"/>
        <source>Reading the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="189"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="193"/>
        <source>Reading the roster...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="59"/>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard.py" line="111"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="30"/>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="31"/>
        <source>Committed (not yet spent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="42"/>
        <source>Add a ledger entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="50"/>
        <source>Release time (substitute days so a mentor can observe), an approved training provider&apos;s cost, or other spending charged to the allotment. Stipends come from pay runs, not from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="57"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="61"/>
        <source> (the allotment does not allow it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="65"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="66"/>
        <source>e.g. 120 or 1,250.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="68"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="72"/>
        <source>the program year {year_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="75"/>
        <source>Spent or committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="79"/>
        <source>Mentor released (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="80"/>
        <source>No one in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="88"/>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="91"/>
        <source>Substitute half days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="93"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="95"/>
        <source>e.g. Substitute cover to observe the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="99"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="100"/>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="101"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="102"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="103"/>
        <source>Men&amp;tor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="104"/>
        <source>Substitute &amp;half days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="105"/>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="115"/>
        <source>&amp;Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/ledger_entry_dialog.py" line="138"/>
        <source>Enter the day of the spending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="51"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="52"/>
        <source>(suggested from the headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="199"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="201"/>
        <source>Choose what each column holds. Columns marked (not imported) are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="205"/>
        <source>Save as &amp;profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="207"/>
        <source>Saved p&amp;rofiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="216"/>
        <source>(not said: such dates are problems unless other rows settle it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="218"/>
        <source>Month first (03/04/2025 is March 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="219"/>
        <source>Day first (03/04/2025 is 3 April)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="220"/>
        <source>&amp;Dates like 03/04/2025:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="227"/>
        <source>&amp;E-mail is this file&apos;s key (rows without an employee ID are matched by e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="277"/>
        <source>Using the saved profile {profile!r}: these headers were seen before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="296"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="296"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="296"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="296"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="308"/>
        <source>Field for column {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="323"/>
        <source>Ignored: {sensitive}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="327"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="329"/>
        <source>Sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="331"/>
        <source>Likely ({confidence:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="358"/>
        <source>Save mapping profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="359"/>
        <source>Name for this column mapping (for example, HR export):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="394"/>
        <source>Checking every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="400"/>
        <source>Comparing with the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="412"/>
        <source>Checking the rows...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchDraftDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="51"/>
        <source>Match all: review the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="65"/>
        <source>Suggested matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="80"/>
        <source>No mentor for {count}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="81"/>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="81"/>
        <source>mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="93"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="94"/>
        <source>the program year {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="100"/>
        <source>Accept &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="101"/>
        <source>&amp;Reject all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="114"/>
        <source>Assignments &amp;start on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="138"/>
        <source>{summary} Each row says why. Uncheck a pair (Space) to leave that mentee unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="144"/>
        <source>Apply {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="144"/>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="144"/>
        <source>pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/match_draft_dialog.py" line="152"/>
        <source>Type the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingTimesDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="26"/>
        <source>Mentors and beginning teachers meet at a time the district designates in the school day, never in the planning period (19 TAC §153.1011). Record each campus&apos;s designated times and its planning period; with the rule pack&apos;s “Meetings at the campus&apos;s designated time” on, check-ins outside them are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="43"/>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="46"/>
        <source>Designated meeting times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="52"/>
        <source>Every school day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="56"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="58"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="59"/>
        <source>This is the campus&apos;s planning period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="60"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="62"/>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="70"/>
        <source>&amp;Campus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="71"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="79"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="100"/>
        <source>planning period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="100"/>
        <source>designated meeting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="106"/>
        <source>No designated meeting times recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="113"/>
        <source>There are no campuses yet: import a roster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="116"/>
        <source>start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="121"/>
        <source>end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="139"/>
        <source>Recorded for {campus}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/meeting_times_dialog.py" line="148"/>
        <source>Select the time to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeEndingDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="55"/>
        <source>End assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="56"/>
        <source>The mentor assignment ends on this day. The mentee stays in the program and waits for a new mentor in the Unassigned list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="62"/>
        <source>e.g. the mentor is on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="63"/>
        <source>Ended the assignment of {who} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="67"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="68"/>
        <source>The mentee leaves the program on this day: the assignment ends and the year is recorded as withdrawn. Their history keeps the day and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="74"/>
        <source>e.g. moved to another district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="75"/>
        <source>Withdrew {who} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="79"/>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="80"/>
        <source>The mentee completed the program on this day: the assignment ends and the year is recorded as completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="85"/>
        <source>completed the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="87"/>
        <source>Marked {who} completed on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="114"/>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="115"/>
        <source>mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="150"/>
        <source>&lt;b&gt;{title}: {names}&lt;/b&gt; ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="159"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="160"/>
        <source>the program year {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="175"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="176"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_ending_dialog.py" line="195"/>
        <source>Type the date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeTimelineDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentee_timeline_dialog.py" line="22"/>
        <source>Check-in timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorProfileDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="41"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="42"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="47"/>
        <source>&lt;b&gt;Eligibility:&lt;/b&gt; choose a program year to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="51"/>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="55"/>
        <source>Load {load} (capacity {cap}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="59"/>
        <source>&lt;b&gt;Eligible&lt;/b&gt; to mentor in {year_label}. {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="63"/>
        <source>&lt;b&gt;Not eligible&lt;/b&gt; in {year_label}:&lt;ul&gt;{reasons}&lt;/ul&gt;{load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="212"/>
        <source>Mentor profile — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="238"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="239"/>
        <source>Teaches an average of &amp;6 or more hours a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="243"/>
        <source> mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="245"/>
        <source>The most mentees this mentor takes; the rule pack may cap it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="258"/>
        <source>&amp;Experience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="260"/>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="262"/>
        <source>Mentor &amp;training (name, kind, hours and completion date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="264"/>
        <source>&amp;Add training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="274"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="332"/>
        <source>&lt;b&gt;Eligibility:&lt;/b&gt; shown again once every completion date can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MentorWorkbooksDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="58"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="270"/>
        <source>Mentor workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="72"/>
        <source>Coordinator writes one check-in log workbook per mentor into a folder. Send each mentor their file; when it comes back, import it on the Check-ins page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="77"/>
        <source>&amp;This mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="78"/>
        <source>The mentors on &amp;campus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="79"/>
        <source>&amp;Every mentor of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="91"/>
        <source>The folder to write the workbooks into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="92"/>
        <source>C&amp;hoose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="106"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="115"/>
        <source>&amp;Write workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="118"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="155"/>
        <source>No mentor of this year has a campus on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="158"/>
        <source>&amp;Every mentor of the year ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="159"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="207"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="282"/>
        <source>workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="159"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="207"/>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="282"/>
        <source>workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="166"/>
        <source>Check-in workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="200"/>
        <source>Writes 1 workbook: “{file_name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="206"/>
        <source>Writes {count}, one per mentor, named like “{file_name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="214"/>
        <source>{left} without mentees this year gets no workbook: assign mentees first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="217"/>
        <source>{left} without mentees this year get no workbook: assign mentees first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="220"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="220"/>
        <source>mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="221"/>
        <source>No mentor to write a workbook for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="224"/>
        <source>These mentors have no mentees yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="229"/>
        <source>Write the workbooks into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="247"/>
        <source>Choose a folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="249"/>
        <source>{folder} is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="263"/>
        <source>
  … and {count:,} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="273"/>
        <source>{count} of these is already in {folder}. A mentor may have filled it in already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="278"/>
        <source>{count} of these are already in {folder}. A mentor may have filled them in already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="290"/>
        <source>&amp;Keep them, write the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="292"/>
        <source>&amp;Replace them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="314"/>
        <source>Writing the mentor workbooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_workbooks_dialog.py" line="335"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="63"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="65"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="71"/>
        <source>Find a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="72"/>
        <source>Find in these rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="78"/>
        <source>Who the milestone is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="92"/>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="93"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="94"/>
        <source>Mark &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="96"/>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="222"/>
        <source>The document came in on this day, for the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="99"/>
        <source>&amp;Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="100"/>
        <source>Undo a tick made by mistake, for the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="102"/>
        <source>Export &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="104"/>
        <source>Every dated milestone and upcoming follow-up of the year as an .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="111"/>
        <source>&amp;Milestone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="113"/>
        <source>Document received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="143"/>
        <source>Loading the milestones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="164"/>
        <source>This program&apos;s rule pack has no milestones. Add them in Settings › Rule packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="185"/>
        <source>{label}: {met_by}, due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="196"/>
        <source>Nobody in the program yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="218"/>
        <source>Ticks itself when {phrase} is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="252"/>
        <source>Marked {n} received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="253"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="253"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="271"/>
        <source>Took back {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="271"/>
        <source>tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="271"/>
        <source>ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="281"/>
        <source>Export the year&apos;s calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="283"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="295"/>
        <source>Mentoring milestones and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="304"/>
        <source>Saved {count} to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="305"/>
        <source>calendar event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/milestones_dialog.py" line="305"/>
        <source>calendar events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPreviewDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="29"/>
        <source>Fall semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="30"/>
        <source>Spring semester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="31"/>
        <source>The whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="76"/>
        <source>New pay run preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="78"/>
        <source>Coordinator works out each person&apos;s amount for the period from the logs, with the reason. Nothing is paid until you approve and lock the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="81"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="85"/>
        <source>Period to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="88"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NudgeDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="64"/>
        <source>Write nudges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="83"/>
        <source>Their mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="84"/>
        <source>The mentees themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="89"/>
        <source>The shipped wording in English or Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="96"/>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="124"/>
        <source>Merge fields: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="101"/>
        <source>&amp;Save as this program&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="103"/>
        <source>&amp;Attach each mentor&apos;s check-in workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="108"/>
        <source>Nudges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="109"/>
        <source>C&amp;hoose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="118"/>
        <source>&amp;Nudge about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="119"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="120"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="122"/>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="123"/>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="128"/>
        <source>Pre&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="130"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="136"/>
        <source>&amp;Write drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="139"/>
        <source>Open in &amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="188"/>
        <source> ({missing} without an e-mail address get no draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="193"/>
        <source>{count} people: {names}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="197"/>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="215"/>
        <source>Subject: {subject}

{body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="230"/>
        <source>Saved the “{label}” template for this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="238"/>
        <source>Choose a folder for the drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="254"/>
        <source>Writing the drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="271"/>
        <source>Wrote {n} draft to {folder}. Open each in Outlook or Thunderbird, check it, and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="276"/>
        <source>Wrote {n} drafts to {folder}. Open each in Outlook or Thunderbird, check it, and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="293"/>
        <source>Opened the nudge in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="297"/>
        <source>No mail program opened; write a draft to a folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/nudge_dialog.py" line="302"/>
        <source>Folder for the drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="33"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="45"/>
        <source>Outcomes: {program} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="50"/>
        <source> (roster of {as_of})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="55"/>
        <source>Outcomes on {as_of}{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="61"/>
        <source>Mentees after the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="66"/>
        <source>Still in the district, by hours of mentoring (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="85"/>
        <source>Outcomes figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="93"/>
        <source>Outcomes as charts or as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="94"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="95"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/outcomes_dialog.py" line="98"/>
        <source>Groups of fewer than {threshold} people show &apos;{hidden}&apos;. How each figure is computed: Help › User guide › Outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayrollExportDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="34"/>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="35"/>
        <source>CSV file (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="37"/>
        <source>Standard columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="231"/>
        <source>Export run {run_id} for payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="233"/>
        <source>One row per person run {run_id} ({period_label}) pays, with the total under the amount ({total}). The standard columns are employee ID, name, amount, account code, pay period and description; save the columns your payroll office asks for as a profile: coordinator pay profile NAME --column FIELD=HEADER …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="241"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="245"/>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="249"/>
        <source>Payroll profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="253"/>
        <source>File &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="255"/>
        <source>Payroll &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="33"/>
        <source>No campus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="59"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="59"/>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="63"/>
        <source>Only when they go by another first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="73"/>
        <source>e.g. Teacher, Librarian, Counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="76"/>
        <source>e.g. 7, K-2, 9-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="77"/>
        <source>Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="86"/>
        <source>Left the district on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="100"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="100"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="110"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="111"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="112"/>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="113"/>
        <source>Employee &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="114"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="115"/>
        <source>&amp;Campus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="116"/>
        <source>P&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="117"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="118"/>
        <source>&amp;Grade level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="119"/>
        <source>&amp;Hire date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="123"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/person_dialog.py" line="124"/>
        <source>Left o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="48"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="49"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="50"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="51"/>
        <source>Not in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="52"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="53"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="90"/>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="111"/>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="91"/>
        <source>Nothing has changed yet. Check the tabs, then press Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="92"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="104"/>
        <source>&amp;Mark the people selected here as having left the district (Undo restores them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="108"/>
        <source>Find in these rows: any words of a name, ID, campus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="117"/>
        <source>Import the &amp;valid rows only (rows with problems are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="120"/>
        <source>&amp;Enroll everyone in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="123"/>
        <source>as mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="124"/>
        <source>as mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="148"/>
        <source>{title}: rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="155"/>
        <source>&amp;Save problems...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="217"/>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="235"/>
        <source>{file_name}: {new} new, {changed} changed, {unchanged} unchanged, {missing} not in this file (left alone), {held} held as possible duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="248"/>
        <source>New campuses: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="253"/>
        <source>; and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="258"/>
        <source>Rows that hold no person were left out: {listed}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="265"/>
        <source>row has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="265"/>
        <source>rows have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="268"/>
        <source>{rows} problems: fix them in the file, or import the valid rows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="272"/>
        <source>Everyone in the file already matches the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="301"/>
        <source>Save problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="301"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="344"/>
        <source>Importing the roster...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="35"/>
        <source>How much each preference counts when Coordinator suggests mentors and runs Match all. 0 ignores a preference; higher numbers weigh more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="60"/>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="62"/>
        <source>Edit program — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="71"/>
        <source>e.g. New Librarians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="77"/>
        <source>What the program is for, who it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="81"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="82"/>
        <source>&amp;Rule pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="83"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="110"/>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="127"/>
        <source>&amp;Add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="128"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="129"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="130"/>
        <source>Remo&amp;ve new topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="146"/>
        <source>Type or press F2 to rename; Space ticks Required or Active; Ctrl+Up/Down reorders. A topic used by check-ins is deactivated, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="159"/>
        <source>&amp;Match weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_dialog.py" line="278"/>
        <source>Give the program a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramYearDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="59"/>
        <source>New program year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="74"/>
        <source>e.g. 2026-27</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="79"/>
        <source>First day of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="80"/>
        <source>Last day of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="83"/>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="84"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="85"/>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="86"/>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="88"/>
        <source>Semesters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="90"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="90"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="90"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="95"/>
        <source>First day of semester {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="96"/>
        <source>Last day of semester {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="112"/>
        <source>Create year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="173"/>
        <source>The year must end after it starts: {end} is not after {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="184"/>
        <source>the year {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="186"/>
        <source>the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="208"/>
        <source>Create a program first (New program…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="238"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="239"/>
        <source>mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="243"/>
        <source>mentee keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="244"/>
        <source>mentees keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="248"/>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="249"/>
        <source>mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="270"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/program_year_dialog.py" line="271"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="37"/>
        <source>no campus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="43"/>
        <source>{text}  (not eligible: {reasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="74"/>
        <source>Reassign mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="74"/>
        <source>Assign a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="97"/>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="101"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="101"/>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="132"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="105"/>
        <source>Type part of a name, campus or employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="112"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="116"/>
        <source>the program year {year_label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="119"/>
        <source>e.g. moved to another campus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="122"/>
        <source>Only when the mentor is not eligible: why assign anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="132"/>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="137"/>
        <source>&amp;Find mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="138"/>
        <source>&amp;Mentor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="139"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="141"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="144"/>
        <source>&amp;Override reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="198"/>
        <source>Choose the mentor from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="202"/>
        <source>Type the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/reassign_dialog.py" line="207"/>
        <source>Give a reason; it is kept in the mentee&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseRunDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="177"/>
        <source>Reverse run {run_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="179"/>
        <source>Run {run_id} ({period_label}, {total} to {people}) stays as it was approved. Reversing it makes a new locked run that takes back every line ({amount}); export that run for payroll too. The next preview of the period then pays again what the logs earn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="187"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="187"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="190"/>
        <source>&amp;Reverse run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="198"/>
        <source>Reason for the reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="199"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="207"/>
        <source>Say why the run is taken back: the reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/pay_dialogs.py" line="213"/>
        <source>Only an approved run can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulePacksDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="46"/>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="57"/>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="63"/>
        <source>Rule packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="72"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="73"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="90"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="91"/>
        <source>&amp;Copy as a new pack...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="120"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="134"/>
        <source>for example 14, 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="139"/>
        <source>one topic a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="155"/>
        <source>Used by {programs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="156"/>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="174"/>
        <source>program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="156"/>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="174"/>
        <source>programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="173"/>
        <source>Used by {used}. Changes apply to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="247"/>
        <source>Saved. The dashboard re-evaluates every mentee with these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="256"/>
        <source>Copy rule pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="257"/>
        <source>Name of the new pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="258"/>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/rule_packs_dialog.py" line="274"/>
        <source>Copied. Edit the new pack, then choose it for a program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="62"/>
        <source>Sheet and headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="63"/>
        <source>Check that this is the roster and that the headers are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="70"/>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="72"/>
        <source>The row that holds the column names, as Excel numbers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="81"/>
        <source>The first rows of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="86"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="87"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="88"/>
        <source>&amp;Headers on row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="120"/>
        <source>Headers {found} on row {header_row_number}; {rows} below. Change the row above if these are not the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="125"/>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="125"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="140"/>
        <source>Reading sheet {name!r}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="151"/>
        <source>Reading headers on row {row}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_pages.py" line="161"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="24"/>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="29"/>
        <source>A page&apos;s shortcuts work while that page is shown. Alt and an underlined letter presses a button or opens a menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="37"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="37"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="46"/>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="48"/>
        <source>{scope} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/shortcuts_dialog.py" line="61"/>
        <source> (when {focus} has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="362"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="378"/>
        <source>New people: {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="379"/>
        <source>Changed: {changed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="380"/>
        <source>Unchanged: {unchanged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="381"/>
        <source>Not in this file (left alone): {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="384"/>
        <source>Held as possible duplicates: {duplicates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="387"/>
        <source>Rows with problems (skipped): {invalid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="393"/>
        <source>Enrolled: {enrolled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="397"/>
        <source>Marked as having left: {marked_left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="402"/>
        <source>New campuses: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/import_wizard_plan.py" line="404"/>
        <source>You can undo this import on the Imports page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="55"/>
        <source>Import answers: {instrument}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="57"/>
        <source>Reading {name}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="63"/>
        <source>What each row of the file does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="66"/>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="70"/>
        <source>&amp;Import answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="71"/>
        <source>Import answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="86"/>
        <source>Checking the answers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="90"/>
        <source>Importing the answers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="118"/>
        <source>Column {letter} ‘{header}’ is ignored: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="125"/>
        <source>The form did not ask: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="127"/>
        <source> (no answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/survey_import_dialog.py" line="134"/>
        <source>Rows to look at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingRows</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="69"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="70"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="71"/>
        <source>Supplemental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="90"/>
        <source>No mentor training recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="107"/>
        <source>e.g. Region 13 mentor training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="109"/>
        <source>Training {number} name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="116"/>
        <source>Training {number} kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="119"/>
        <source>Approved: the commissioner-approved mentor training; District: the district&apos;s own mentor training; Supplemental: training during the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="127"/>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="128"/>
        <source>no hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="130"/>
        <source>Training {number} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="131"/>
        <source>The hours a supplemental training counts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="132"/>
        <source>Completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="134"/>
        <source>Training {number} completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="136"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="137"/>
        <source>Remove this training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/mentor_profile_dialog.py" line="138"/>
        <source>Remove training {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="47"/>
        <source>Coordinator user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="49"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="52"/>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="53"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="55"/>
        <source>Find in the guide (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="57"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="59"/>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="60"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="155"/>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="155"/>
        <source>places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/user_guide_dialog.py" line="157"/>
        <source>“{word}” is not in the guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/welcome_dialog.py" line="13"/>
        <source>Welcome to Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/welcome_dialog.py" line="16"/>
        <source>&lt;h3&gt;Welcome to Coordinator&lt;/h3&gt;&lt;p&gt;Your database was created at&lt;br&gt;&lt;code&gt;{database_name}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;You can explore a &lt;b&gt;demo district&lt;/b&gt; first: about 1,500 staff on 120 campuses, a Teacher Induction program with mentor/mentee pairs, a New Librarians cohort, and a year of check-ins. Everyone in it is made up.&lt;/p&gt;&lt;p&gt;Or start with an empty database and import your district&apos;s roster.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/welcome_dialog.py" line="27"/>
        <source>&amp;Explore a demo district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/welcome_dialog.py" line="28"/>
        <source>&amp;Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearCloseDialog</name>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="40"/>
        <source>As the outcome says (completers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="41"/>
        <source>Print a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="42"/>
        <source>No certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="66"/>
        <source>Close year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="74"/>
        <source>Mentees&apos; outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="94"/>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="95"/>
        <source>Close the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="110"/>
        <source>Change the selected mentee&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="112"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="116"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="117"/>
        <source>Date they withdrew or left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="119"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="123"/>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="125"/>
        <source>e.g. the principal confirmed the spring hours on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="127"/>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="128"/>
        <source>Save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="131"/>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="132"/>
        <source>Withdrew or left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="133"/>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="134"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="148"/>
        <source>&lt;b&gt;Year outcomes: {title}&lt;/b&gt; (closed on {closed_on})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="154"/>
        <source>Select a mentee to change their outcome or whether they get a certificate. Every change needs a reason; the audit log keeps it with the values before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="159"/>
        <source>&lt;b&gt;Close year: {title}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="164"/>
        <source>The last semester ends on {ends}; the year can be closed after that. These are the outcomes the rules give today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="171"/>
        <source>The last semester ended on {ends}. These are the proposed outcomes: completed when every rule was met, otherwise not completed with the rules missed. Closing records them; afterwards you can change any of them, with a reason. Certificates go to completers only unless you choose otherwise for a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="221"/>
        <source>Closed {title}: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/dialogs/year_close_dialog.py" line="255"/>
        <source>Changed the outcome of {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
