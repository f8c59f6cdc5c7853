<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CheckinsPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="47"/>
        <source>Choose a program year first: check-ins are imported into the program year chosen at the top of the window.</source>
        <translation>Primero elija un año del programa: las reuniones se importan al año del programa elegido en la parte superior de la ventana.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="59"/>
        <source>Showing {matching} of {in_year} check-in.</source>
        <translation>Se muestran {matching} de {in_year} reunión.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="62"/>
        <source>Showing {in_year} check-in.</source>
        <translation>Se muestra {in_year} reunión.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="66"/>
        <source>Showing {matching} of {in_year} check-ins.</source>
        <translation>Se muestran {matching} de {in_year} reuniones.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="69"/>
        <source>Showing {in_year} check-ins.</source>
        <translation>Se muestran {in_year} reuniones.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="100"/>
        <source>&amp;New check-in</source>
        <translation>&amp;Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="101"/>
        <source>Log a check-in (Ctrl+N)</source>
        <translation>Registrar una reunión (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="102"/>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="103"/>
        <source>&amp;Delete...</source>
        <translation>Elimin&amp;ar...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="104"/>
        <source>Mentor &amp;workbooks...</source>
        <translation>Li&amp;bros de mentores...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="107"/>
        <source>Check-in log workbooks to send to one mentor, a campus&apos;s mentors or every mentor</source>
        <translation>Libros de registro de reuniones para enviar a un mentor, a los mentores de un plantel o a todos los mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="110"/>
        <source>&amp;Import check-ins...</source>
        <translation>&amp;Importar reuniones...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="113"/>
        <source>A mentor&apos;s returned workbook, or a survey-form export (csv/xlsx) for this year</source>
        <translation>El libro que devolvió un mentor, o una exportación de un formulario (csv/xlsx) de este año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="116"/>
        <source>Export foll&amp;ow-ups (.ics)...</source>
        <translation>Exportar &amp;seguimientos (.ics)...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="117"/>
        <source>Export to E&amp;xcel...</source>
        <translation>Exportar a E&amp;xcel...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="119"/>
        <source>This year&apos;s check-ins as .xlsx or .csv (Reports page too)</source>
        <translation>Las reuniones de este año en .xlsx o .csv (también en la página Informes)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="129"/>
        <source>New check-in</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="133"/>
        <source>Check-ins</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="151"/>
        <source>Delete the selected check-in</source>
        <translation>Eliminar la reunión seleccionada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="152"/>
        <source>Edit the selected check-in</source>
        <translation>Editar la reunión seleccionada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="215"/>
        <source>Choose a program year to see its check-ins.</source>
        <translation>Elija un año del programa para ver sus reuniones.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="225"/>
        <source>More check-ins could not be read: {reason} Scroll down to try again.</source>
        <translation>No se pudieron leer más reuniones: {reason} Desplácese hacia abajo para volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="296"/>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="324"/>
        <source>Delete check-in</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="298"/>
        <source>Delete the {kind} check-in of {date} ({minutes}, {mentees})? The audit log keeps a record of it.</source>
        <translation>¿Eliminar la reunión ({kind}) del {date} ({minutes}, {mentees})? El registro de auditoría guarda constancia de ella.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="303"/>
        <source>minute</source>
        <translation>minuto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="303"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="304"/>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="368"/>
        <source>mentee</source>
        <translation>mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="304"/>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="368"/>
        <source>mentees</source>
        <translation>mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="361"/>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="364"/>
        <source>Mentor workbook</source>
        <translation>Libro del mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="366"/>
        <source>Saved {file} with {mentees} in its list. Send it to the mentor; import it here when it comes back.</source>
        <translation>Se guardó {file} con {mentees} en su lista. Envíelo al mentor; impórtelo aquí cuando lo devuelva.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="375"/>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="390"/>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="409"/>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="412"/>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="426"/>
        <source>Import check-ins</source>
        <translation>Importar reuniones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="377"/>
        <source>Workbooks and survey exports (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</source>
        <translation>Libros y exportaciones de formularios (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="405"/>
        <source>Importing {file}...</source>
        <translation>Importando {file}...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="413"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="432"/>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="453"/>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="457"/>
        <source>Export follow-ups</source>
        <translation>Exportar seguimientos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="434"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="458"/>
        <source>Saved {follow_ups} to {file}.</source>
        <translation>Se guardaron {follow_ups} en {file}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="460"/>
        <source>upcoming follow-up</source>
        <translation>seguimiento próximo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/checkins_page.py" line="460"/>
        <source>upcoming follow-ups</source>
        <translation>seguimientos próximos</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_hints.py" line="9"/>
        <source>Enroll mentees on the People page (select them, then Enroll as mentee…, Ctrl+E), or import a roster on the Imports page.</source>
        <translation>Inscriba mentorados en la página Personas (selecciónelos y luego Inscribir como mentorado…, Ctrl+E), o importe una lista del personal en la página Importaciones.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_hints.py" line="16"/>
        <source>No mentor is enrolled in this year yet. On the People page select them, then Enroll as mentor… (Ctrl+Shift+T).</source>
        <translation>Todavía no hay ningún mentor inscrito en este año. En la página Personas selecciónelos y luego Inscribir como mentor… (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_hints.py" line="22"/>
        <source>Select mentees in a cohort first.</source>
        <translation>Primero seleccione mentorados de una cohorte.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_hints.py" line="34"/>
        <source>Nobody is waiting for a mentor. {enroll}</source>
        <translation>Nadie está esperando un mentor. {enroll}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_hints.py" line="43"/>
        <source>Select an unassigned mentee first.</source>
        <translation>Primero seleccione un mentorado sin asignar.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_hints.py" line="45"/>
        <source>No mentor has room for {mentee}, or none is eligible.</source>
        <translation>Ningún mentor tiene cupo para {mentee}, o ninguno es elegible.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="73"/>
        <source>Finding mentors for {name}…</source>
        <translation>Buscando mentores para {name}…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="104"/>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="111"/>
        <source>Reassign…</source>
        <translation>Reasignar…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="112"/>
        <source>Match all…</source>
        <translation>Emparejar a todos…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="113"/>
        <source>Find mentor</source>
        <translation>Buscar mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="120"/>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="125"/>
        <source>Filter mentors</source>
        <translation>Filtrar mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="127"/>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="312"/>
        <source>Select a mentor to see their cohort.</source>
        <translation>Seleccione un mentor para ver su cohorte.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="130"/>
        <source>The mentor&apos;s cohort</source>
        <translation>La cohorte del mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="141"/>
        <source>Filter unassigned mentees</source>
        <translation>Filtrar mentorados sin asignar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="145"/>
        <source>Unassigned mentees</source>
        <translation>Mentorados sin asignar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="149"/>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="152"/>
        <source>Suggested mentors</source>
        <translation>Mentores sugeridos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="154"/>
        <source>&amp;Assign to suggested mentor</source>
        <translation>&amp;Asignar al mentor sugerido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="159"/>
        <source>&lt;b&gt;Mentors&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mentores&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="258"/>
        <source>Propose a mentor for every unassigned mentee (Ctrl+M)</source>
        <translation>Proponer un mentor para cada mentorado sin asignar (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="262"/>
        <source>Nobody is waiting for a mentor.</source>
        <translation>Nadie está esperando un mentor.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="285"/>
        <source>{shown} of {all}</source>
        <translation>{shown} de {all}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="288"/>
        <source>&lt;b&gt;Unassigned&lt;/b&gt; ({count})</source>
        <translation>&lt;b&gt;Sin asignar&lt;/b&gt; ({count})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="326"/>
        <source>&lt;b&gt;Cohort of {name}&lt;/b&gt; ({load})</source>
        <translation>&lt;b&gt;Cohorte de {name}&lt;/b&gt; ({load})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="337"/>
        <source>Move the selected mentees to another mentor (Ctrl+R)</source>
        <translation>Pasar los mentorados seleccionados a otro mentor (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="367"/>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="406"/>
        <source>Assign the mentee to the selected suggestion</source>
        <translation>Asignar el mentorado a la sugerencia seleccionada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="368"/>
        <source>Just a moment…</source>
        <translation>Un momento…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="400"/>
        <source>the selected mentee</source>
        <translation>el mentorado seleccionado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="401"/>
        <source>Suggested mentors for {name}</source>
        <translation>Mentores sugeridos para {name}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/cohorts_page.py" line="463"/>
        <source>Assigned {mentee} to {mentor}.</source>
        <translation>Se asignó {mentee} a {mentor}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="119"/>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="120"/>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="121"/>
        <source>Check-ins this month</source>
        <translation>Reuniones este mes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="122"/>
        <source>Check-ins this year</source>
        <translation>Reuniones este año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="123"/>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="396"/>
        <source>On track</source>
        <translation>En buen camino</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="124"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="125"/>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="399"/>
        <source>Out of compliance</source>
        <translation>Fuera de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="133"/>
        <source>Mentees needing attention</source>
        <translation>Mentorados que necesitan atención</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="153"/>
        <source>Open the selected mentee</source>
        <translation>Abrir el mentorado seleccionado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="159"/>
        <source>Check-ins per month</source>
        <translation>Reuniones por mes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="160"/>
        <source>Hours by mentor</source>
        <translation>Horas por mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="162"/>
        <source>Topics covered (mentees)</source>
        <translation>Temas tratados (mentorados)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="175"/>
        <source>Topics covered, and surveys</source>
        <translation>Temas tratados y encuestas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="178"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="179"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="215"/>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="412"/>
        <source>Close year…</source>
        <translation>Cerrar el año…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="216"/>
        <source>Close year</source>
        <translation>Cerrar el año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="219"/>
        <source>The last semester has ended: record each mentee&apos;s outcome (completed or not, withdrawn, left) and who gets a certificate</source>
        <translation>El último semestre terminó: registre el resultado de cada mentorado (completó o no, se retiró, se fue) y quién recibe un certificado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="262"/>
        <source>No program year chosen</source>
        <translation>No se eligió un año del programa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="262"/>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="272"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="273"/>
        <source>{title}: evaluating the rules...</source>
        <translation>{title}: evaluando las reglas...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="308"/>
        <source>Listing the mentees needing attention...</source>
        <translation>Listando los mentorados que necesitan atención...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="352"/>
        <source>{title}, as of {date}</source>
        <translation>{title}, al {date}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="356"/>
        <source>{count} over the caseload cap</source>
        <translation>{count} por encima del tope de mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="368"/>
        <source>mentee</source>
        <translation>mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="368"/>
        <source>mentees</source>
        <translation>mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="371"/>
        <source>behind pace or out of touch</source>
        <translation>atrasados o sin contacto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="374"/>
        <source>a rule already missed</source>
        <translation>una regla ya incumplida</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="384"/>
        <source>Mentees needing attention: {count} (double-click to open)</source>
        <translation>Mentorados que necesitan atención: {count} (doble clic para abrir)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="396"/>
        <source>Met the rules</source>
        <translation>Cumplieron las reglas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="399"/>
        <source>Did not meet them</source>
        <translation>No las cumplieron</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="405"/>
        <source>a rule not met</source>
        <translation>una regla no cumplida</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="412"/>
        <source>Year outcomes…</source>
        <translation>Resultados del año…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="418"/>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_page.py" line="418"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
</context>
<context>
    <name>DistrictBox</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="37"/>
        <source>District (printed on report covers and certificates)</source>
        <translation>Distrito (se imprime en las portadas de los informes y en los certificados)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="40"/>
        <source>e.g. Lone Star ISD</source>
        <translation>p. ej., Lone Star ISD</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="41"/>
        <source>District name</source>
        <translation>Nombre del distrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="44"/>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="46"/>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="119"/>
        <source>Type a new name first</source>
        <translation>Primero escriba un nombre nuevo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="51"/>
        <source>District logo</source>
        <translation>Logotipo del distrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="52"/>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="54"/>
        <source>A PNG, JPEG or GIF image; it is kept in the database</source>
        <translation>Una imagen PNG, JPEG o GIF; se guarda en la base de datos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="57"/>
        <source>Remove logo</source>
        <translation>Quitar logotipo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="70"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="77"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="97"/>
        <source>From {}</source>
        <translation>De {}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="97"/>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="100"/>
        <source>Print covers without a logo</source>
        <translation>Imprimir las portadas sin logotipo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="104"/>
        <source>No logo: covers print the district name only.</source>
        <translation>Sin logotipo: las portadas solo muestran el nombre del distrito.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="110"/>
        <source>Remove the unreadable logo</source>
        <translation>Quitar el logotipo ilegible</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="112"/>
        <source>There is no logo to remove</source>
        <translation>No hay logotipo que quitar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="119"/>
        <source>Save the district name</source>
        <translation>Guardar el nombre del distrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="145"/>
        <source>Choose the district logo</source>
        <translation>Elegir el logotipo del distrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="147"/>
        <source>Images (*.png *.jpg *.jpeg *.gif);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/district_box.py" line="155"/>
        <source>The logo from {} is kept in the database.</source>
        <translation>El logotipo de {} se guarda en la base de datos.</translation>
    </message>
</context>
<context>
    <name>FundsBudget</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_budget.py" line="17"/>
        <source>No allotment entered for this year yet: coordinator budget --program P --year Y --set-per-teacher AMOUNT (or --set-total AMOUNT).</source>
        <translation>Todavía no se registró la partida de este año: coordinator budget --program P --year Y --set-per-teacher MONTO (o --set-total MONTO).</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_budget.py" line="39"/>
        <source>The allotment by category: spent and committed</source>
        <translation>La partida por categoría: gastado y comprometido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_budget.py" line="43"/>
        <source>Ledger entries: release time, training providers, other</source>
        <translation>Asientos del registro de gastos: tiempo liberado, proveedores de capacitación, otros</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_budget.py" line="45"/>
        <source>&lt;b&gt;Ledger&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registro de gastos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_budget.py" line="71"/>
        <source>Choose a program year to see its allotment and spending.</source>
        <translation>Elija un año del programa para ver su partida y sus gastos.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_budget.py" line="81"/>
        <location filename="../../../src/coordinator/ui/pages/funds_budget.py" line="85"/>
        <source>&lt;b&gt;Allotment:&lt;/b&gt; {words}</source>
        <translation>&lt;b&gt;Partida:&lt;/b&gt; {words}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_budget.py" line="94"/>
        <source> · &lt;b&gt;remaining {money}&lt;/b&gt;</source>
        <translation> · &lt;b&gt;quedan {money}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_budget.py" line="97"/>
        <source>Spent {spent} · committed {committed}</source>
        <translation>Gastado {spent} · comprometido {committed}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_budget.py" line="103"/>
        <source>&lt;b&gt;Warning:&lt;/b&gt; {warning}</source>
        <translation>&lt;b&gt;Aviso:&lt;/b&gt; {warning}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_budget.py" line="114"/>
        <source>No ledger entries for {year} yet: Add entry… records release time, a training provider&apos;s cost or other spending.</source>
        <translation>Todavía no hay asientos en el registro de gastos de {year}: Agregar gasto… registra tiempo liberado, el costo de un proveedor de capacitación u otros gastos.</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="92"/>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="239"/>
        <source>&lt;h2&gt;Funds&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fondos&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="96"/>
        <source>&amp;New preview…</source>
        <translation>&amp;Nueva vista previa…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="98"/>
        <source>&amp;Adjust line…</source>
        <translation>&amp;Ajustar línea…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="100"/>
        <source>Appro&amp;ve and lock…</source>
        <translation>Apro&amp;bar y bloquear…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="102"/>
        <source>&amp;Reverse…</source>
        <translation>&amp;Revertir…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="104"/>
        <source>E&amp;xport for payroll…</source>
        <translation>E&amp;xportar para nómina…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="107"/>
        <source>Stipend re&amp;quests PDF…</source>
        <translation>PDF de &amp;solicitudes de estipendio…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="109"/>
        <source>Add &amp;entry…</source>
        <translation>A&amp;gregar gasto…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="113"/>
        <source>Pay runs of this year</source>
        <translation>Corridas de pago de este año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="121"/>
        <source>The run&apos;s lines: who is paid, how much and why</source>
        <translation>Las líneas de la corrida: a quién se paga, cuánto y por qué</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="129"/>
        <source>Adjust the selected line</source>
        <translation>Ajustar la línea seleccionada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="141"/>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="194"/>
        <source>Pay runs, or the budget and ledger</source>
        <translation>Corridas de pago, o el presupuesto y el registro de gastos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="195"/>
        <source>&amp;Pay runs</source>
        <translation>Corridas de &amp;pago</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="196"/>
        <source>&amp;Budget and ledger</source>
        <translation>Presupuesto y regis&amp;tro</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="237"/>
        <source>&lt;h2&gt;Funds · {title}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Fondos · {title}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="320"/>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="55"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="320"/>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="56"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="333"/>
        <source>{title}: {people}, {total}. Nothing is paid until you approve it.</source>
        <translation>{title}: {people}, {total}. No se paga nada hasta que usted lo apruebe.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="353"/>
        <source>{name} is now to be paid {amount} in {period}; the reason is kept with the line.</source>
        <translation>A {name} ahora se le pagarán {amount} en {period}; el motivo se guarda con la línea.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="381"/>
        <source>Adjusted to {amount}.</source>
        <translation>Ajustado a {amount}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="395"/>
        <source>Approve and lock</source>
        <translation>Aprobar y bloquear</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="397"/>
        <source>Approve and lock {title}: {people}, {total}?

Once approved the run cannot be changed. A check-in logged later, or a correction, goes into the next run as its own line; only a reversing run takes an approved run back.</source>
        <translation>¿Aprobar y bloquear {title}: {people}, {total}?

Una vez aprobada, la corrida no se puede cambiar. Una reunión registrada después, o una corrección, pasa a la siguiente corrida como una línea propia; solo una corrida de reversión anula una corrida aprobada.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="405"/>
        <source>&amp;Approve and lock</source>
        <translation>&amp;Aprobar y bloquear</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="429"/>
        <source>Approved and locked run {run}: it cannot be changed now. Export it for payroll.</source>
        <translation>Se aprobó y bloqueó la corrida {run}: ya no se puede cambiar. Expórtela para nómina.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="444"/>
        <source>Run {run} is reversed by run {reversal}; export that run for payroll too.</source>
        <translation>La corrida {run} queda revertida por la corrida {reversal}; exporte también esa corrida para nómina.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="454"/>
        <source>pay run</source>
        <translation>corrida de pago</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="465"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="465"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="468"/>
        <source>Export for payroll</source>
        <translation>Exportar para nómina</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="493"/>
        <source>Wrote {file} in {folder}: {people}, {total}.</source>
        <translation>Se escribió {file} en {folder}: {people}, {total}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="501"/>
        <source>Writing the payroll file…</source>
        <translation>Escribiendo el archivo de nómina…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="508"/>
        <source>One page per mentor</source>
        <translation>Una página por mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="509"/>
        <source>One page per campus (a line per mentor)</source>
        <translation>Una página por plantel (una línea por mentor)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="513"/>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="524"/>
        <source>Stipend requests</source>
        <translation>Solicitudes de estipendio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="514"/>
        <source>Stipend requests for principals to sign:</source>
        <translation>Solicitudes de estipendio para que firmen los directores:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="522"/>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="557"/>
        <source>stipend requests</source>
        <translation>solicitudes de estipendio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="524"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="540"/>
        <source>Cannot write {file}: choose a name ending in .pdf.</source>
        <translation>No se puede escribir {file}: elija un nombre que termine en .pdf.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="553"/>
        <source>Wrote {file} in {folder}: {requests}.</source>
        <translation>Se escribió {file} en {folder}: {requests}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="557"/>
        <source>stipend request</source>
        <translation>solicitud de estipendio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="562"/>
        <source>Writing the stipend requests…</source>
        <translation>Escribiendo las solicitudes de estipendio…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_page.py" line="582"/>
        <source>Ledger entry added; the budget shows it.</source>
        <translation>Se agregó el gasto al registro; el presupuesto ya lo muestra.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="17"/>
        <source>Choose a program year in the toolbar first.</source>
        <translation>Primero elija un año del programa en la barra de herramientas.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="19"/>
        <source>Approve and lock the run first: only a locked run goes to payroll.</source>
        <translation>Primero apruebe y bloquee la corrida: solo una corrida bloqueada va a nómina.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="23"/>
        <source>Wait for the export to finish.</source>
        <translation>Espere a que termine la exportación.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="31"/>
        <source>&lt;b&gt;Pay rules:&lt;/b&gt; {rules}</source>
        <translation>&lt;b&gt;Reglas de pago:&lt;/b&gt; {rules}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="38"/>
        <source>Choose a program year in the toolbar to see its pay runs.</source>
        <translation>Elija un año del programa en la barra de herramientas para ver sus corridas de pago.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="44"/>
        <source>No pay runs for {year} yet — New preview… works them out.</source>
        <translation>Todavía no hay corridas de pago de {year}: Nueva vista previa… las calcula.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="58"/>
        <source>{people} · total &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>{people} · total &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="64"/>
        <source> by {name}</source>
        <translation> por {name}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="70"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; · {status} {when}{by} · {figures}&lt;br&gt;A locked run never changes: a correction goes into the next run.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · {status} {when}{by} · {figures}&lt;br&gt;Una corrida bloqueada nunca cambia: una corrección pasa a la siguiente corrida.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="81"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; · preview, not approved · {figures}&lt;br&gt;Nothing is paid until you approve and lock it; adjust a line first if needed.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; · vista previa, sin aprobar · {figures}&lt;br&gt;No se paga nada hasta que usted la apruebe y bloquee; si hace falta, ajuste antes una línea.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="93"/>
        <source>&lt;br&gt;&lt;b&gt;Missing to be paid:&lt;/b&gt; {missing}</source>
        <translation>&lt;br&gt;&lt;b&gt;Falta para el pago:&lt;/b&gt; {missing}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="114"/>
        <source>Select a pay run first.</source>
        <translation>Primero seleccione una corrida de pago.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="118"/>
        <source>Select the line of the person to adjust.</source>
        <translation>Seleccione la línea de la persona que quiere ajustar.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="121"/>
        <source>Run {run} is already approved and locked.</source>
        <translation>La corrida {run} ya está aprobada y bloqueada.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="127"/>
        <source>Only an approved run can be reversed; a preview is not paid yet.</source>
        <translation>Solo se puede revertir una corrida aprobada; una vista previa todavía no se ha pagado.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="131"/>
        <source>Run {run}: {status}; it cannot be reversed again.</source>
        <translation>Corrida {run}: {status}; no se puede revertir de nuevo.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/funds_words.py" line="139"/>
        <source>Run {run} pays no one.</source>
        <translation>La corrida {run} no le paga a nadie.</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="48"/>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="59"/>
        <source>&amp;Import roster...</source>
        <translation>&amp;Importar lista del personal...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="62"/>
        <source>&amp;Undo import...</source>
        <translation>&amp;Deshacer importación...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="71"/>
        <source>&lt;h2&gt;Imports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Importaciones&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="117"/>
        <source>A merge is taken back (the merged person and their records return); a person Keep both added is removed. The pair is listed for review again.</source>
        <translation>Se deshace una fusión (vuelven la persona fusionada y sus registros); se quita la persona que agregó Conservar ambos. El par vuelve a quedar pendiente de revisión.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="122"/>
        <source>People it added are removed (or archived if other records point to them) and every field it changed goes back to its earlier value.</source>
        <translation>Se quitan las personas que agregó (o se archivan si otros registros las mencionan) y cada campo que cambió vuelve a su valor anterior.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="128"/>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="129"/>
        <source>Undo import {batch} ({file})?</source>
        <translation>¿Deshacer la importación {batch} ({file})?</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="131"/>
        <source>&amp;Undo import</source>
        <translation>&amp;Deshacer importación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="149"/>
        <source>Undoing the import...</source>
        <translation>Deshaciendo la importación...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="160"/>
        <source>Import {batch} undone: {restored} restored, {removed} removed, {archived} archived.</source>
        <translation>Importación {batch} deshecha: {restored} restablecidos, {removed} quitados, {archived} archivados.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/imports_page.py" line="171"/>
        <source> {edited} of them had been edited since the import; those edits were kept.</source>
        <translation> {edited} de ellos se habían editado después de la importación; esos cambios se conservaron.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/language_box.py" line="15"/>
        <location filename="../../../src/coordinator/ui/pages/language_box.py" line="20"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/language_box.py" line="17"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/language_box.py" line="24"/>
        <source>Certificates, mentee logs and e-mail nudges use it at once as their default; the window shows it from the next start.</source>
        <translation>Los certificados, los registros de mentorados y los recordatorios por correo lo usan de inmediato como predeterminado; la ventana lo muestra desde el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/language_box.py" line="30"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>MatchAllRunner</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/match_all_runner.py" line="33"/>
        <source>Match all…</source>
        <translation>Emparejar a todos…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/match_all_runner.py" line="34"/>
        <source>Undo Match all</source>
        <translation>Deshacer Emparejar a todos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/match_all_runner.py" line="59"/>
        <source>Matching every unassigned mentee…</source>
        <translation>Emparejando a cada mentorado sin asignar…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/match_all_runner.py" line="86"/>
        <source>Match all applied {assignments}.</source>
        <translation>Emparejar a todos aplicó {assignments}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/match_all_runner.py" line="87"/>
        <source>assignment</source>
        <translation>asignación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/match_all_runner.py" line="87"/>
        <source>assignments</source>
        <translation>asignaciones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/match_all_runner.py" line="107"/>
        <source>Undid Match all: {undone}.</source>
        <translation>Se deshizo Emparejar a todos: {undone}.</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_outcomes.py" line="28"/>
        <source>Outcomes on {on}: mentees {hidden}, too few to show.</source>
        <translation>Resultados al {on}: mentorados {hidden}, demasiado pocos para mostrarlos.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_outcomes.py" line="32"/>
        <source>Outcomes on {on}: no mentee&apos;s outcome is known yet.</source>
        <translation>Resultados al {on}: todavía no se conoce el resultado de ningún mentorado.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_outcomes.py" line="35"/>
        <source>Outcomes on {on}: {percent}% of {total} mentees still work in the district; {left} left.</source>
        <translation>Resultados al {on}: el {percent}% de {total} mentorados sigue trabajando en el distrito; {left} se fueron.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_outcomes.py" line="60"/>
        <source>Outcome charts and table…</source>
        <translation>Gráficas y tabla de resultados…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/dashboard_outcomes.py" line="61"/>
        <source>Outcome charts and table</source>
        <translation>Gráficas y tabla de resultados</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="43"/>
        <source>&lt;h3&gt;Nobody is in this database yet&lt;/h3&gt;&lt;p&gt;Import your district&apos;s HR roster (an Excel or CSV file) on the &lt;b&gt;Imports&lt;/b&gt; page.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay nadie en esta base de datos&lt;/h3&gt;&lt;p&gt;Importe la lista del personal de Recursos Humanos de su distrito (un archivo de Excel o CSV) en la página &lt;b&gt;Importaciones&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="51"/>
        <source>&lt;p&gt;Or choose &lt;b&gt;File &amp;gt; Load demo district…&lt;/b&gt; to explore a made-up district first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O elija &lt;b&gt;Archivo &amp;gt; Cargar el distrito de demostración…&lt;/b&gt; para explorar antes un distrito ficticio.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="60"/>
        <source>Select the people to enroll first (Shift or Ctrl + click).</source>
        <translation>Primero seleccione las personas que quiere inscribir (Mayús o Ctrl + clic).</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="62"/>
        <source>Select the person to edit first.</source>
        <translation>Primero seleccione la persona que quiere editar.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="65"/>
        <source>Loading people…</source>
        <translation>Cargando personas…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="79"/>
        <source>Filter by name, ID, campus, position…</source>
        <translation>Filtrar por nombre, número, plantel, puesto…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="80"/>
        <source>Filter people</source>
        <translation>Filtrar personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="85"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="87"/>
        <source>The selected person</source>
        <translation>La persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="113"/>
        <source>Enroll as &amp;mentee…</source>
        <translation>Inscribir como &amp;mentorado…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="114"/>
        <source>Enroll as me&amp;ntor…</source>
        <translation>Inscribir como men&amp;tor…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="116"/>
        <source>New &amp;person…</source>
        <translation>Nueva &amp;persona…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="118"/>
        <source>Add someone the roster does not have yet ({keys})</source>
        <translation>Agregar a alguien que todavía no está en la lista del personal ({keys})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="123"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="128"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="136"/>
        <source>Find a person</source>
        <translation>Buscar a una persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="140"/>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="145"/>
        <source>Edit the selected person</source>
        <translation>Editar la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="190"/>
        <source>Change the selected person&apos;s details (Enter or double-click)</source>
        <translation>Cambiar los datos de la persona seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="315"/>
        <source>{total} person</source>
        <translation>{total} persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="315"/>
        <source>{total} people</source>
        <translation>{total} personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="318"/>
        <source>{shown} of {total} person</source>
        <translation>{shown} de {total} persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/people_page.py" line="320"/>
        <source>{shown} of {total} people</source>
        <translation>{shown} de {total} personas</translation>
    </message>
</context>
<context>
    <name>PersonProgramSections</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/person_sections.py" line="33"/>
        <source>Check-in &amp;timeline…</source>
        <translation>&amp;Cronología de reuniones…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/person_sections.py" line="35"/>
        <source>Hours each semester against the target, topics covered and every check-in</source>
        <translation>Horas de cada semestre frente a la meta, temas tratados y cada reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/person_sections.py" line="39"/>
        <source>Assignment history</source>
        <translation>Historial de asignaciones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/person_sections.py" line="40"/>
        <source>This program year</source>
        <translation>Este año del programa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/person_sections.py" line="41"/>
        <source>Mentor eligibility</source>
        <translation>Elegibilidad como mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/person_sections.py" line="42"/>
        <source>Check-ins</source>
        <translation>Reuniones</translation>
    </message>
</context>
<context>
    <name>ProgramToolbar</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="31"/>
        <source>Choose a program year in the toolbar first (or create one with New year…).</source>
        <translation>Primero elija un año del programa en la barra de herramientas (o cree uno con Nuevo año…).</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="54"/>
        <source>Program setup</source>
        <translation>Configuración del programa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="60"/>
        <source>New program…</source>
        <translation>Nuevo programa…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="63"/>
        <source>Edit program…</source>
        <translation>Editar programa…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="66"/>
        <source>Meeting times…</source>
        <translation>Horarios de reunión…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="69"/>
        <source>New year…</source>
        <translation>Nuevo año…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="71"/>
        <source>Copy forward…</source>
        <translation>Copiar al año siguiente…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="75"/>
        <source>Mentor profile…</source>
        <translation>Perfil del mentor…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="111"/>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="196"/>
        <source>Select a mentor first.</source>
        <translation>Primero seleccione un mentor.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="136"/>
        <source>Created program {name}; add its first year with New year…</source>
        <translation>Se creó el programa {name}; agregue su primer año con Nuevo año…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="148"/>
        <source>Program saved.</source>
        <translation>Programa guardado.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="164"/>
        <source>Created {year}.</source>
        <translation>Se creó {year}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="182"/>
        <source>Created {year}: {mentors} re-enrolled, {mentees} kept their mentor.</source>
        <translation>Se creó {year}: {mentors} reinscritos, {mentees} conservaron a su mentor.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="185"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="185"/>
        <source>mentors</source>
        <translation>mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="186"/>
        <source>mentee</source>
        <translation>mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="186"/>
        <source>mentees</source>
        <translation>mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/program_toolbar.py" line="201"/>
        <source>Mentor profile saved.</source>
        <translation>Perfil del mentor guardado.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="99"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="100"/>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="102"/>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="103"/>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="108"/>
        <source>Language of certificates and mentee logs</source>
        <translation>Idioma de los certificados y de los registros de mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="111"/>
        <source>Certificates and mentee logs can be printed in English or Spanish; names and notes stay as written. The default is the language chosen in Settings.</source>
        <translation>Los certificados y los registros de mentorados se pueden imprimir en inglés o en español; los nombres y las notas quedan tal como se escribieron. El predeterminado es el idioma elegido en Configuración.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="115"/>
        <source>Include private notes</source>
        <translation>Incluir las notas privadas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="118"/>
        <source>Private notes belong to the mentoring relationship; they are left out unless ticked.</source>
        <translation>Las notas privadas pertenecen a la relación de mentoría; se omiten salvo que marque esta casilla.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="123"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="125"/>
        <source>&amp;Save as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="127"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="129"/>
        <source>Open in &amp;viewer</source>
        <translation>Abrir en el &amp;visor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="137"/>
        <source>Leave out e-mail addresses and phone numbers</source>
        <translation>Omitir los correos electrónicos y los números de teléfono</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="138"/>
        <source>Include private notes (check-ins)</source>
        <translation>Incluir las notas privadas (reuniones)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="139"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="156"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="158"/>
        <source>Program year</source>
        <translation>Año del programa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="159"/>
        <source>&amp;Report</source>
        <translation>In&amp;forme</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="160"/>
        <source>Men&amp;tor</source>
        <translation>Men&amp;tor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="161"/>
        <source>Me&amp;ntee</source>
        <translation>Me&amp;ntorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="162"/>
        <source>Certificates f&amp;or</source>
        <translation>Certificados &amp;para</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="163"/>
        <source>&amp;Language</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="170"/>
        <source>Export to Excel or CSV</source>
        <translation>Exportar a Excel o CSV</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="172"/>
        <source>E&amp;xport</source>
        <translation>Expo&amp;rtar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="237"/>
        <source>Choose a program year first.</source>
        <translation>Primero elija un año del programa.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="240"/>
        <source>All mentors</source>
        <translation>Todos los mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="241"/>
        <source>No single mentee</source>
        <translation>Ningún mentorado en particular</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="304"/>
        <source>The report could not be started: {why}.</source>
        <translation>No se pudo iniciar el informe: {why}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="311"/>
        <source>Generating the {report}…</source>
        <translation>Generando el informe: {report}…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="332"/>
        <source>{pages}. Save or print it.</source>
        <translation>{pages}. Guárdelo o imprímalo.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="338"/>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="338"/>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="344"/>
        <source>Cancelled; no report was made.</source>
        <translation>Cancelado; no se hizo ningún informe.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="355"/>
        <source>Saved {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="360"/>
        <source>Save report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="360"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="367"/>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="370"/>
        <source>Could not save the report: {why}</source>
        <translation>No se pudo guardar el informe: {why}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/reports_page.py" line="385"/>
        <source>Sent {pages} to the printer.</source>
        <translation>Se enviaron {pages} a la impresora.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="50"/>
        <source>&amp;Check database</source>
        <translation>&amp;Comprobar la base de datos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="52"/>
        <source>Look for damage in the database (it changes nothing)</source>
        <translation>Busca daños en la base de datos (no cambia nada)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="56"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="58"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="59"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="60"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="61"/>
        <source>Schema revision</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="66"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="68"/>
        <source>&amp;Rule packs…</source>
        <translation>&amp;Paquetes de reglas…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="71"/>
        <source>View and edit the rules each program is held to (hours, deadlines, caps, topics)</source>
        <translation>Ver y editar las reglas que sigue cada programa (horas, plazos, topes, temas)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="77"/>
        <source>Backups and audit</source>
        <translation>Copias de seguridad y auditoría</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="79"/>
        <source>&amp;Backups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="81"/>
        <source>Back up now, copy a backup elsewhere, or restore one</source>
        <translation>Hacer una copia ahora, copiarla a otro lugar o restaurar una</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="84"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="85"/>
        <source>Every change: who, when, what, before and after</source>
        <translation>Cada cambio: quién, cuándo, qué, antes y después</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="91"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="93"/>
        <source>Log files</source>
        <translation>Archivos de registro</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="95"/>
        <source>Data and backups</source>
        <translation>Datos y copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="136"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="137"/>
        <source>Show this folder in your file manager: {}</source>
        <translation>Mostrar esta carpeta en el administrador de archivos: {}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="153"/>
        <source>kept by the server</source>
        <translation>lo guarda el servidor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="156"/>
        <source>{} (up to date)</source>
        <translation>{} (al día)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="159"/>
        <source>{} (this Coordinator: {})</source>
        <translation>{} (este Coordinator: {})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="171"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="177"/>
        <source>Checking the database…</source>
        <translation>Comprobando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="184"/>
        <source>No damage found.</source>
        <translation>No se encontraron daños.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/settings_page.py" line="188"/>
        <source>The database is damaged; restore a recent backup.</source>
        <translation>La base de datos está dañada; restaure una copia de seguridad reciente.</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="63"/>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="157"/>
        <source>&lt;h2&gt;Surveys&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Encuestas&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="65"/>
        <source>Survey instrument</source>
        <translation>Instrumento de encuesta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="69"/>
        <source>I&amp;nstrument:</source>
        <translation>I&amp;nstrumento:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="72"/>
        <source>&amp;Print form...</source>
        <translation>&amp;Imprimir formulario...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="73"/>
        <source>Write the printable form (PDF)</source>
        <translation>Escribir el formulario para imprimir (PDF)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="75"/>
        <source>Form-tool &amp;sheet...</source>
        <translation>&amp;Hoja para formularios en línea...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="76"/>
        <source>Write the sheet for a form tool (xlsx)</source>
        <translation>Escribir la hoja para una herramienta de formularios (xlsx)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="78"/>
        <source>&amp;Import answers...</source>
        <translation>Importar &amp;respuestas...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="79"/>
        <source>Import answers from a form tool&apos;s export</source>
        <translation>Importar respuestas de la exportación de una herramienta de formularios</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="81"/>
        <source>&amp;Undo import...</source>
        <translation>&amp;Deshacer importación...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="82"/>
        <source>Undo the chosen survey import</source>
        <translation>Deshacer la importación de encuesta elegida</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="87"/>
        <source>The instrument&apos;s questions</source>
        <translation>Las preguntas del instrumento</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="90"/>
        <source>Who has not answered</source>
        <translation>Quién no ha respondido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="94"/>
        <source>Survey imports into this year</source>
        <translation>Importaciones de encuestas a este año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="114"/>
        <source>&lt;b&gt;Questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preguntas&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="125"/>
        <source>&lt;b&gt;Survey imports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importaciones de encuestas&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="155"/>
        <source>&lt;h2&gt;Surveys · {title}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Encuestas · {title}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="172"/>
        <source>Choose a program year to see its surveys.</source>
        <translation>Elija un año del programa para ver sus encuestas.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="180"/>
        <source>For {respondent}s · {timing} · {answered} of {asked} answered</source>
        <translation>Para: {respondent}s · {timing} · respondieron {answered} de {asked}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="184"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="184"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="191"/>
        <source>&lt;b&gt;Not answered yet: {count}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sin responder todavía: {count}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="195"/>
        <source>&lt;b&gt;Everyone asked has answered&lt;/b&gt;</source>
        <translation>&lt;b&gt;Todas las personas consultadas respondieron&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="224"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="224"/>
        <source>Workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="227"/>
        <source>Write the survey form</source>
        <translation>Escribir el formulario de la encuesta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="251"/>
        <source>Writing the form...</source>
        <translation>Escribiendo el formulario...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="255"/>
        <source>Wrote {file} in {folder}.</source>
        <translation>Se escribió {file} en {folder}.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="262"/>
        <source>Import survey answers</source>
        <translation>Importar respuestas de encuestas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="262"/>
        <source>Form exports (*.csv *.xlsx)</source>
        <translation>Exportaciones de formularios (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="289"/>
        <source>Imported {file}: {what}</source>
        <translation>Se importó {file}: {what}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="300"/>
        <source>Undo survey import</source>
        <translation>Deshacer la importación de encuesta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="302"/>
        <source>Undo survey import {batch}?

Every answer it added is removed; answers from other imports stay.</source>
        <translation>¿Deshacer la importación de encuesta {batch}?

Se quitan todas las respuestas que agregó; las respuestas de otras importaciones se quedan.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="305"/>
        <source>&amp;Undo import</source>
        <translation>&amp;Deshacer importación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="320"/>
        <source>Undoing the survey import...</source>
        <translation>Deshaciendo la importación de encuesta...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="324"/>
        <source>Survey import {batch} undone: {answers} removed.</source>
        <translation>Importación de encuesta {batch} deshecha: {answers} quitadas.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="326"/>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/pages/surveys_page.py" line="326"/>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
</context>
</TS>
