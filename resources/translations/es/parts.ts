<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AssignmentHistoryModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/assignment_history_model.py" line="18"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/assignment_history_model.py" line="21"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/assignment_history_model.py" line="24"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/assignment_history_model.py" line="29"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/assignment_history_model.py" line="31"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/assignment_history_model.py" line="36"/>
        <source>Ended because</source>
        <translation>Terminó porque</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/assignment_history_model.py" line="40"/>
        <source>Override</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/assignment_history_model.py" line="44"/>
        <source>Matched because</source>
        <translation>Emparejado porque</translation>
    </message>
</context>
<context>
    <name>AssignmentHistoryWidget</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/assignment_history.py" line="29"/>
        <source>Assignment history</source>
        <translation>Historial de asignaciones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/assignment_history.py" line="30"/>
        <source>Never assigned a mentor.</source>
        <translation>Nunca se le asignó un mentor.</translation>
    </message>
</context>
<context>
    <name>AtRiskTableModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/at_risk_model.py" line="28"/>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/at_risk_model.py" line="29"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/at_risk_model.py" line="31"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/at_risk_model.py" line="36"/>
        <source>Hours this year</source>
        <translation>Horas este año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/at_risk_model.py" line="42"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/at_risk_model.py" line="44"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/at_risk_model.py" line="49"/>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/audit_model.py" line="18"/>
        <source>{what} (in {batch})</source>
        <translation>{what} (en {batch})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/audit_model.py" line="29"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/audit_model.py" line="31"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/audit_model.py" line="32"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/audit_model.py" line="33"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/audit_model.py" line="34"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/audit_model.py" line="35"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="16"/>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="17"/>
        <source>Backed up by you</source>
        <translation>Copia hecha por usted</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="18"/>
        <source>While you worked</source>
        <translation>Mientras trabajaba</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="19"/>
        <source>On closing</source>
        <translation>Al cerrar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="20"/>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="21"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="22"/>
        <source>Before a bulk delete</source>
        <translation>Antes de un borrado masivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="23"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="24"/>
        <source>Copied in</source>
        <translation>Copiada aquí</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="37"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="38"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="52"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="57"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="61"/>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="66"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="72"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/backups_model.py" line="78"/>
        <source>Check-ins</source>
        <translation>Reuniones</translation>
    </message>
</context>
<context>
    <name>BarListView</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/dashboard_charts.py" line="81"/>
        <source>no figures yet</source>
        <translation>aún no hay cifras</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/dashboard_charts.py" line="151"/>
        <source>{n} more…</source>
        <translation>{n} más…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/dashboard_charts.py" line="176"/>
        <source>Nothing logged yet</source>
        <translation>Aún no hay nada registrado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/dashboard_charts.py" line="219"/>
        <source>… and {n} more</source>
        <translation>… y {n} más</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="237"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="238"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="239"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="240"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="241"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="243"/>
        <source>Changed</source>
        <translation>Cambiados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="248"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="253"/>
        <source>Not in file</source>
        <translation>No están en el archivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="258"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="263"/>
        <source>Invalid</source>
        <translation>No válidos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="268"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="270"/>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="272"/>
        <source>Applied</source>
        <translation>Aplicada</translation>
    </message>
</context>
<context>
    <name>CategoriesModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="104"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="107"/>
        <source>Allotment allows it</source>
        <translation>La asignación lo permite</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="109"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="111"/>
        <source>No: pay it from other funds</source>
        <translation>No: páguelo con otros fondos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="115"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="121"/>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="127"/>
        <source>Spent and committed</source>
        <translation>Gastado y comprometido</translation>
    </message>
</context>
<context>
    <name>ChangedPeopleModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="100"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="102"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="105"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="107"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="111"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="115"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>ChaseModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="32"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="34"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="35"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="36"/>
        <source>Campus</source>
        <translation>Plantel</translation>
    </message>
</context>
<context>
    <name>CheckinFilterBar</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="39"/>
        <source>Any mentee</source>
        <translation>Cualquier mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="40"/>
        <source>Mentee filter</source>
        <translation>Filtro de mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="41"/>
        <source>Any mentor</source>
        <translation>Cualquier mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="42"/>
        <source>Mentor filter</source>
        <translation>Filtro de mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="43"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="44"/>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="80"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="46"/>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="49"/>
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="50"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="53"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="54"/>
        <source>Show every check-in of the year again</source>
        <translation>Volver a mostrar todas las reuniones del año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="58"/>
        <source>Filter problem</source>
        <translation>Problema del filtro</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="77"/>
        <source>&amp;Mentee</source>
        <translation>&amp;Mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="78"/>
        <source>Men&amp;tor</source>
        <translation>Men&amp;tor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="79"/>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="81"/>
        <source>&amp;Kind</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="105"/>
        <source>{field}: {problem} The list is not filtered by it.</source>
        <translation>{field}: {problem} La lista no se filtra por esa fecha.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkin_filters.py" line="114"/>
        <source>From is after To, so no check-in could match; the dates are not used.</source>
        <translation>Desde es posterior a Hasta, así que ninguna reunión podría coincidir; no se usan las fechas.</translation>
    </message>
</context>
<context>
    <name>CheckinTableModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="103"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="104"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="106"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="109"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="115"/>
        <source>Counts</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="117"/>
        <source>Not counted</source>
        <translation>No cuenta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="119"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="122"/>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="123"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="124"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="125"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="274"/>
        <source>Its minutes count toward the mentees&apos; hours.</source>
        <translation>Sus minutos cuentan para las horas de los mentorados.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="290"/>
        <source>Click to sort by date</source>
        <translation>Haga clic para ordenar por fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/checkin_table_model.py" line="290"/>
        <source>Sorted by date</source>
        <translation>Ordenado por fecha</translation>
    </message>
</context>
<context>
    <name>CheckinsEmptyState</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkins_empty.py" line="10"/>
        <source>No check-ins in {year} yet. Log one with New check-in (Ctrl+N), or import a mentor&apos;s returned workbook or a survey-form export with Import check-ins.</source>
        <translation>Aún no hay reuniones en {year}. Registre una con Nueva reunión (Ctrl+N), o importe el libro de trabajo devuelto por un mentor o la exportación de un formulario con Importar reuniones.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkins_empty.py" line="15"/>
        <source>No check-in of {year} matches these filters. Change them, or clear them to see all {count} check-ins.</source>
        <translation>Ninguna reunión de {year} coincide con estos filtros. Cámbielos o bórrelos para ver las {count} reuniones.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkins_empty.py" line="30"/>
        <source>New check-in</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkins_empty.py" line="31"/>
        <source>Import check-ins...</source>
        <translation>Importar reuniones...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/checkins_empty.py" line="32"/>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/cohort_model.py" line="55"/>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/cohort_model.py" line="58"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/cohort_model.py" line="60"/>
        <source>Campus</source>
        <translation>Plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/cohort_model.py" line="61"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/cohort_model.py" line="63"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>ComparedFieldsModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="74"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="75"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="76"/>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <location filename="../../../src/coordinator/ui/database_opening.py" line="68"/>
        <source>Coordinator: opened read-only</source>
        <translation>Coordinator: abierta solo para lectura</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/database_opening.py" line="75"/>
        <source>Coordinator: the database is in use</source>
        <translation>Coordinator: la base de datos está en uso</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/database_opening.py" line="85"/>
        <source>Coordinator: a network share</source>
        <translation>Coordinator: una carpeta de red</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/date_field.py" line="121"/>
        <source> or 2026-01-15</source>
        <translation> o 2026-01-15</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/date_field.py" line="140"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/date_field.py" line="153"/>
        <source>Choose the {field} on a calendar</source>
        <translation>Elegir la fecha «{field}» en un calendario</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/date_field.py" line="155"/>
        <source>Choose on a calendar</source>
        <translation>Elegir en un calendario</translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <location filename="../../../src/coordinator/ui/demo_offer.py" line="46"/>
        <source>Coordinator: demo district</source>
        <translation>Coordinator: distrito de demostración</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/demo_offer.py" line="57"/>
        <source>Building the demo district…</source>
        <translation>Creando el distrito de demostración…</translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="17"/>
        <source>no ID</source>
        <translation>sin número</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="25"/>
        <source>{person} (only in the file)</source>
        <translation>{person} (solo en el archivo)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="34"/>
        <source>File and row</source>
        <translation>Archivo y fila</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="35"/>
        <source>{file}, row {row}</source>
        <translation>{file}, fila {row}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="39"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="41"/>
        <source>A: in the database</source>
        <translation>A: en la base de datos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="44"/>
        <source>B: the other</source>
        <translation>B: el otro</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="46"/>
        <source>Same</source>
        <translation>Coinciden</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/duplicate_models.py" line="48"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>DuplicateReview</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="56"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="60"/>
        <source>The pair side by side</source>
        <translation>El par, lado a lado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="62"/>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="130"/>
        <source>&amp;Merge into A...</source>
        <translation>&amp;Fusionar en A...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="63"/>
        <source>Merge B into A</source>
        <translation>Fusionar B en A</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="65"/>
        <source>&amp;Keep both</source>
        <translation>&amp;Conservar las dos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="66"/>
        <source>Keep both: they are different people</source>
        <translation>Conservar las dos: son personas distintas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="71"/>
        <source>Duplicate review result</source>
        <translation>Resultado de la revisión de duplicados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="93"/>
        <source>&lt;h3&gt;Possible duplicates to review&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Posibles duplicados que revisar&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="96"/>
        <source>{n} held by imports, waiting for you: merge B into A when they are the same person, or keep both.</source>
        <translation>{n} retenidos por importaciones, esperando su decisión: fusione B en A cuando sean la misma persona, o conserve los dos.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="101"/>
        <source>None waiting: every possible duplicate an import held has been decided.</source>
        <translation>Ninguno en espera: se decidió cada posible duplicado que retuvo una importación.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="123"/>
        <source>&amp;Merge into {kept}...</source>
        <translation>&amp;Fusionar en {kept}...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="125"/>
        <source>Merge {other} into {kept}</source>
        <translation>Fusionar {other} en {kept}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="138"/>
        <source>Everything {other} ({other_key}) has — enrollments, assignments, check-ins, trainings, survey answers — moves to {kept} ({kept_key}), and {other_key} is archived.</source>
        <translation>Todo lo que tiene {other} ({other_key}) —inscripciones, asignaciones, reuniones, capacitaciones, respuestas de encuestas— pasa a {kept} ({kept_key}), y {other_key} se archiva.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="149"/>
        <source>Row {row} of {file} is taken as {kept} ({kept_key}); nobody is added.</source>
        <translation>La fila {row} de {file} se toma como {kept} ({kept_key}); no se añade a nadie.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="153"/>
        <source>Merge possible duplicates</source>
        <translation>Fusionar posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="154"/>
        <source>You can undo it from the list of imports above.</source>
        <translation>Puede deshacerlo desde la lista de importaciones de arriba.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="155"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="181"/>
        <source>Keeping both...</source>
        <translation>Conservando las dos...</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/duplicate_review.py" line="196"/>
        <source>{done} To undo it, select import {batch} above and press Undo import...</source>
        <translation>{done} Para deshacerlo, seleccione la importación {batch} arriba y pulse Deshacer importación...</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="49"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="52"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="55"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="57"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="60"/>
        <source>Copy to &amp;server…</source>
        <translation>Copiar al ser&amp;vidor…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="63"/>
        <source>Copy this database to your team&apos;s PostgreSQL server, checked table by table</source>
        <translation>Copiar esta base de datos al servidor PostgreSQL de su equipo, comprobada tabla por tabla</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="66"/>
        <source>New &amp;person…</source>
        <translation>Nueva &amp;persona…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="68"/>
        <source>Add someone the roster does not have yet</source>
        <translation>Añadir a alguien que aún no está en la nómina</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="72"/>
        <source>Load &amp;demo district…</source>
        <translation>Cargar el distrito de &amp;demostración…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="75"/>
        <source>Fill this empty database with a made-up district to explore (for a database that has people already, choose File &gt; New database… first)</source>
        <translation>Llenar esta base de datos vacía con un distrito inventado para explorar (si la base de datos ya tiene personas, elija antes Archivo &gt; Nueva base de datos…)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="88"/>
        <source>New Coordinator database</source>
        <translation>Nueva base de datos de Coordinator</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="94"/>
        <source>Coordinator: new database</source>
        <translation>Coordinator: nueva base de datos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="96"/>
        <source>{file} already exists. Use File &gt; Open database… to open it, or choose a new file name.</source>
        <translation>{file} ya existe. Use Archivo &gt; Abrir base de datos… para abrirla, o elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="117"/>
        <source>Open a Coordinator database</source>
        <translation>Abrir una base de datos de Coordinator</translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/filter_box.py" line="19"/>
        <source>Type any words of a name, campus or ID; accents and case do not matter</source>
        <translation>Escriba cualquier palabra de un nombre, plantel o número; no importan los acentos ni las mayúsculas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/filter_box.py" line="26"/>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
</context>
<context>
    <name>HeldRowsModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="159"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="160"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="161"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="162"/>
        <source>Why it is held</source>
        <translation>Por qué se retiene</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="163"/>
        <source>Existing ID</source>
        <translation>Número existente</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="164"/>
        <source>Existing name</source>
        <translation>Nombre existente</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="146"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="149"/>
        <source>&amp;Help for this page</source>
        <translation>&amp;Ayuda para esta página</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="151"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Atajos de &amp;teclado…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="154"/>
        <source>&amp;User guide…</source>
        <translation>&amp;Guía del usuario…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="159"/>
        <source>&amp;About {app}</source>
        <translation>Acerca &amp;de {app}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="203"/>
        <source>A program manager for school-district mentoring programs.</source>
        <translation>Un gestor de programas de mentoría para distritos escolares.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="209"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="212"/>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/menus.py" line="219"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
</context>
<context>
    <name>HoursBar</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/hours_bar.py" line="21"/>
        <source>Solid: hours met. Striped: hours still short of the target.</source>
        <translation>Lleno: horas cumplidas. Rayado: horas que aún faltan para la meta.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/hours_bar.py" line="46"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/hours_bar.py" line="47"/>
        <source>{hours} of {target} h</source>
        <translation>{hours} de {target} h</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/hours_bar.py" line="51"/>
        <source>{head}: met</source>
        <translation>{head}: cumplido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/hours_bar.py" line="52"/>
        <source>{head}: {short} h short</source>
        <translation>{head}: faltan {short} h</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="141"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="145"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="147"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="152"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="158"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="160"/>
        <source>Release</source>
        <translation>Tiempo liberado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="162"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="20"/>
        <source>From the logs</source>
        <translation>De los registros</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="21"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="22"/>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="23"/>
        <source>Reversal</source>
        <translation>Anulación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="70"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="74"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="75"/>
        <source>Campus</source>
        <translation>Plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="77"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="83"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="86"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="91"/>
        <source>Missing to be paid</source>
        <translation>Falta para el pago</translation>
    </message>
</context>
<context>
    <name>LoadBarDelegate</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/load_bar_delegate.py" line="30"/>
        <source> over</source>
        <translation> excedido</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="55"/>
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="58"/>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="60"/>
        <source>Opening the database on {server}…</source>
        <translation>Abriendo la base de datos en {server}…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="97"/>
        <source>Show the {page} page</source>
        <translation>Mostrar la página {page}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="113"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="113"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="130"/>
        <source>Program year</source>
        <translation>Año del programa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="133"/>
        <source>Program year: </source>
        <translation>Año del programa: </translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="281"/>
        <source>Coordinator: cannot open the database</source>
        <translation>Coordinator: no se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="296"/>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="298"/>
        <source>  ·  signed in as {who}</source>
        <translation>  ·  sesión iniciada como {who}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="302"/>
        <source>{n} person</source>
        <translation>{n} persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/main_window.py" line="302"/>
        <source>{n} people</source>
        <translation>{n} personas</translation>
    </message>
</context>
<context>
    <name>MatchDraftModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/match_draft_model.py" line="25"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/match_draft_model.py" line="27"/>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/match_draft_model.py" line="30"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/match_draft_model.py" line="33"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/match_draft_model.py" line="40"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/match_draft_model.py" line="42"/>
        <source>{why} (override)</source>
        <translation>{why} (excepción)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/match_draft_model.py" line="53"/>
        <source>Override: {reason}</source>
        <translation>Excepción: {reason}</translation>
    </message>
</context>
<context>
    <name>MenteeEndingButtons</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_ending_buttons.py" line="23"/>
        <source>End the mentor assignment; the mentee waits for a new mentor</source>
        <translation>Terminar la asignación del mentor; el mentorado espera un mentor nuevo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_ending_buttons.py" line="26"/>
        <source>The mentee leaves the program, with the day and the reason</source>
        <translation>El mentorado deja el programa, con el día y el motivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_ending_buttons.py" line="29"/>
        <source>Record that the mentee completed the program</source>
        <translation>Registrar que el mentorado completó el programa</translation>
    </message>
</context>
<context>
    <name>MenteeTimelineWidget</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="41"/>
        <source>Hours each semester</source>
        <translation>Horas de cada semestre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="47"/>
        <source>Topics covered</source>
        <translation>Temas tratados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="51"/>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="54"/>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="57"/>
        <source>Milestones and nudges</source>
        <translation>Hitos y recordatorios</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="61"/>
        <source>Check-ins</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="105"/>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="128"/>
        <source>{n} check-in</source>
        <translation>{n} reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="105"/>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="128"/>
        <source>{n} check-ins</source>
        <translation>{n} reuniones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="107"/>
        <source>{name}: {attended} attended this program year</source>
        <translation>{name}: {attended} con asistencia en este año del programa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="117"/>
        <source>{semester}: {start} to {end}</source>
        <translation>{semester}: del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="125"/>
        <source>{topic}: {checkins}</source>
        <translation>{topic}: {checkins}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="132"/>
        <source>{topic}: required, not yet covered</source>
        <translation>{topic}: obligatorio, aún no tratado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="134"/>
        <source>{topic}: not yet</source>
        <translation>{topic}: aún no</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="138"/>
        <source>{mentor}: {start} to {end}</source>
        <translation>{mentor}: del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="141"/>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="146"/>
        <source>No mentor assigned.</source>
        <translation>Sin mentor asignado.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="166"/>
        <source>Nudged {day} to their mentor {mentor} ({why})</source>
        <translation>Recordatorio enviado el {day} a su mentor {mentor} ({why})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="170"/>
        <source>Nudged {day} ({why})</source>
        <translation>Recordatorio enviado el {day} ({why})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentee_timeline.py" line="175"/>
        <source>No milestones in this program&apos;s rule pack, and no nudges yet.</source>
        <translation>El paquete de reglas de este programa no tiene hitos, y aún no hay recordatorios.</translation>
    </message>
</context>
<context>
    <name>MentorEligibilityWidget</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="22"/>
        <source>&lt;p&gt;&lt;b&gt;Eligibility:&lt;/b&gt; choose a program year to see it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Elegibilidad:&lt;/b&gt; elija un año del programa para verla.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="26"/>
        <source>&lt;p&gt;&lt;b&gt;Eligible&lt;/b&gt; to mentor in {year}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Elegible&lt;/b&gt; para ser mentor en {year}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="32"/>
        <source>&lt;p&gt;&lt;b&gt;Not eligible&lt;/b&gt; in {year}:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No elegible&lt;/b&gt; en {year}:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="39"/>
        <source>no cap</source>
        <translation>sin tope</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="44"/>
        <source>Load: {load} (capacity {cap})</source>
        <translation>Carga: {load} (capacidad {cap})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="50"/>
        <source>not recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="55"/>
        <source>Years of experience: {years}</source>
        <translation>Años de experiencia: {years}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="60"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="62"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="65"/>
        <source>Teaches 6+ hours a day: {answer}</source>
        <translation>Enseña 6 o más horas al día: {answer}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="70"/>
        <source>none recorded</source>
        <translation>no consta ninguna</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/mentor_eligibility.py" line="72"/>
        <source>Mentor training: {trainings}</source>
        <translation>Capacitación de mentor: {trainings}</translation>
    </message>
</context>
<context>
    <name>MentorLoadModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/mentor_load_model.py" line="46"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/mentor_load_model.py" line="49"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/mentor_load_model.py" line="52"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="32"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="33"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="34"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="35"/>
        <source>Met by</source>
        <translation>Se cumple con</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="38"/>
        <source>New milestone</source>
        <translation>Hito nuevo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="51"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="54"/>
        <source>One milestone a row: its name, who it is for, when it is due and what meets it. Write the due date as Feb 15, within 30 days of hire, end of each semester; and what meets it as a mentor assigned, 12 hours, every required topic, a check-in, an observation, a check-in with the topic NAME, a training, a document.</source>
        <translation>Un hito por fila: su nombre, para quién es, cuándo vence y qué lo cumple. Escriba el vencimiento (en inglés) como Feb 15, within 30 days of hire, end of each semester; y lo que lo cumple como a mentor assigned, 12 hours, every required topic, a check-in, an observation, a check-in with the topic NAME, a training, a document.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="71"/>
        <source>Add milestone</source>
        <translation>Añadir hito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="72"/>
        <source>Add a milestone</source>
        <translation>Añadir un hito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="74"/>
        <source>Remove milestone</source>
        <translation>Quitar hito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="75"/>
        <source>Remove the selected milestone</source>
        <translation>Quitar el hito seleccionado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/milestone_editor.py" line="128"/>
        <source>Who the milestone is for</source>
        <translation>Para quién es el hito</translation>
    </message>
</context>
<context>
    <name>MilestoneTableModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/milestone_model.py" line="19"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/milestone_model.py" line="23"/>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/milestone_model.py" line="25"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/milestone_model.py" line="27"/>
        <source>not dated yet</source>
        <translation>aún sin fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/milestone_model.py" line="32"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/milestone_model.py" line="37"/>
        <source>Where it stands</source>
        <translation>Cómo va</translation>
    </message>
</context>
<context>
    <name>MissingPeopleModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="148"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="149"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="150"/>
        <source>Campus</source>
        <translation>Plantel</translation>
    </message>
</context>
<context>
    <name>MonthChartView</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/dashboard_charts.py" line="255"/>
        <location filename="../../../src/coordinator/ui/widgets/dashboard_charts.py" line="256"/>
        <source>{title} chart</source>
        <translation>Gráfico de {title}</translation>
    </message>
</context>
<context>
    <name>NewPeopleModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="77"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="78"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="79"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="80"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="81"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="83"/>
        <source>Campus</source>
        <translation>Plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="86"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="87"/>
        <source>Hire date</source>
        <translation>Fecha de contratación</translation>
    </message>
</context>
<context>
    <name>OutcomeRowsModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="75"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="81"/>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="83"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="84"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>OutcomesTableModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/outcomes_model.py" line="52"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/outcomes_model.py" line="57"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/outcomes_model.py" line="64"/>
        <source>Still in the district</source>
        <translation>Siguen en el distrito</translation>
    </message>
</context>
<context>
    <name>PageSpec</name>
    <message>
        <location filename="../../../src/coordinator/ui/page_registry.py" line="53"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/page_registry.py" line="61"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/page_registry.py" line="69"/>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/page_registry.py" line="77"/>
        <source>Check-ins</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/page_registry.py" line="85"/>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/page_registry.py" line="93"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/page_registry.py" line="101"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/page_registry.py" line="109"/>
        <source>Funds</source>
        <translation>Fondos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/page_registry.py" line="117"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/pdf_preview.py" line="17"/>
        <source>Choose a report on the left and press Generate (Ctrl+G): it will appear here.</source>
        <translation>Elija un informe a la izquierda y pulse Generar (Ctrl+G): aparecerá aquí.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/people_model.py" line="26"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/people_model.py" line="27"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/people_model.py" line="28"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/people_model.py" line="29"/>
        <source>Campus</source>
        <translation>Plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/people_model.py" line="30"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/people_model.py" line="31"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PersonDetailPane</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="27"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="28"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="29"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="30"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="31"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="32"/>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="33"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="34"/>
        <source>Campus</source>
        <translation>Plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="35"/>
        <source>Campus level</source>
        <translation>Nivel del plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="36"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="37"/>
        <source>Hire date</source>
        <translation>Fecha de contratación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="38"/>
        <source>Years of experience</source>
        <translation>Años de experiencia</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="39"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="40"/>
        <source>Appraiser</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="41"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="42"/>
        <source>Left on</source>
        <translation>Se fue el</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="78"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="80"/>
        <source>Change this person&apos;s name, IDs, campus, position… (Enter)</source>
        <translation>Cambiar el nombre, los números, el plantel, el puesto… de esta persona (Intro)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="87"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="90"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="94"/>
        <source>Mentor profile</source>
        <translation>Perfil de mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="118"/>
        <source>Select a person to see their details.</source>
        <translation>Seleccione una persona para ver sus datos.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="162"/>
        <source>Not enrolled in any program year.</source>
        <translation>No está inscrito en ningún año del programa.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="166"/>
        <source>&lt;b&gt;{year}&lt;/b&gt; {program}: {role}, year {n} in the program: {status}</source>
        <translation>&lt;b&gt;{year}&lt;/b&gt; {program}: {role}, año {n} en el programa: {status}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="177"/>
        <source> on {day}</source>
        <translation> el {day}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="194"/>
        <source>{years} of experience</source>
        <translation>{years} de experiencia</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="197"/>
        <source>{n} year</source>
        <translation>{n} año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="198"/>
        <source>{n} years</source>
        <translation>{n} años</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="203"/>
        <source>6 or more</source>
        <translation>6 o más</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="205"/>
        <source>fewer than 6</source>
        <translation>menos de 6</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="208"/>
        <source>Teaches {hours} hours a day</source>
        <translation>Enseña {hours} horas al día</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="214"/>
        <source>Capacity: {mentees}</source>
        <translation>Capacidad: {mentees}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="217"/>
        <source>{n} mentee</source>
        <translation>{n} mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="218"/>
        <source>{n} mentees</source>
        <translation>{n} mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="224"/>
        <source>Training: {name}, completed {day}</source>
        <translation>Capacitación: {name}, completada el {day}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/person_detail_pane.py" line="230"/>
        <source>No mentor training recorded</source>
        <translation>No consta capacitación de mentor</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/problem_text.py" line="36"/>
        <source>... and {n} more problem.</source>
        <translation>... y {n} problema más.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/problem_text.py" line="38"/>
        <source>... and {n} more problems.</source>
        <translation>... y {n} problemas más.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="175"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="176"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="177"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="178"/>
        <source>Problem and how to fix it</source>
        <translation>Problema y cómo corregirlo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="179"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
</context>
<context>
    <name>ProgramYearChooser</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/program_year_chooser.py" line="21"/>
        <source>The program year the pages show</source>
        <translation>El año del programa que muestran las páginas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/program_year_chooser.py" line="22"/>
        <source>No programs yet</source>
        <translation>Aún no hay programas</translation>
    </message>
</context>
<context>
    <name>QuestionsModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="19"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="21"/>
        <source>Answered on</source>
        <translation>Se responde en</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="30"/>
        <source>Run</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="35"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="39"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="41"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="47"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="53"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/funds_models.py" line="57"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
</context>
<context>
    <name>SafetyTools</name>
    <message>
        <location filename="../../../src/coordinator/ui/safety.py" line="33"/>
        <source>&amp;Backups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/safety.py" line="36"/>
        <source>Back up now, copy a backup elsewhere, or restore one</source>
        <translation>Hacer una copia ahora, copiarla a otro lugar o restaurar una</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/safety.py" line="39"/>
        <source>&amp;Audit…</source>
        <translation>Audi&amp;toría…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/safety.py" line="41"/>
        <source>Every change: who, when, what, before and after</source>
        <translation>Cada cambio: quién, cuándo, qué, antes y después</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/safety.py" line="46"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/safety.py" line="107"/>
        <source>Coordinator: backup</source>
        <translation>Coordinator: copia de seguridad</translation>
    </message>
</context>
<context>
    <name>SemesterHoursStrip</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/hours_bar.py" line="175"/>
        <source>Hours of {name}:</source>
        <translation>Horas de {name}:</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/hours_bar.py" line="182"/>
        <source>{semester}: {start} to {end}</source>
        <translation>{semester}: del {start} al {end}</translation>
    </message>
</context>
<context>
    <name>ServiceReasons</name>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="44"/>
        <source>en_US</source>
        <translation>es_ES</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="46"/>
        <source>MMM d</source>
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="47"/>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="52"/>
        <source>{n} day</source>
        <translation>{n} día</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="53"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="56"/>
        <source>{n} week</source>
        <translation>{n} semana</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="57"/>
        <source>{n} weeks</source>
        <translation>{n} semanas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="60"/>
        <source>{n} month</source>
        <translation>{n} mes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="61"/>
        <source>{n} months</source>
        <translation>{n} meses</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="64"/>
        <source>{n} completed month</source>
        <translation>{n} mes completo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="65"/>
        <source>{n} completed months</source>
        <translation>{n} meses completos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="68"/>
        <source>{n} year</source>
        <translation>{n} año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="69"/>
        <source>{n} years</source>
        <translation>{n} años</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="72"/>
        <source>{n} hour</source>
        <translation>{n} hora</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="73"/>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="76"/>
        <source>{n} contact</source>
        <translation>{n} contacto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="77"/>
        <source>{n} contacts</source>
        <translation>{n} contactos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="80"/>
        <source>{n} meeting</source>
        <translation>{n} reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="81"/>
        <source>{n} meetings</source>
        <translation>{n} reuniones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="84"/>
        <source>{n} required topic</source>
        <translation>{n} tema obligatorio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="85"/>
        <source>{n} required topics</source>
        <translation>{n} temas obligatorios</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="88"/>
        <source>{n} mentor</source>
        <translation>{n} mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="89"/>
        <source>{n} mentors</source>
        <translation>{n} mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="92"/>
        <source>{n} mentee</source>
        <translation>{n} mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="93"/>
        <source>{n} mentees</source>
        <translation>{n} mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="96"/>
        <source>{n} adjustment</source>
        <translation>{n} ajuste</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="97"/>
        <source>{n} adjustments</source>
        <translation>{n} ajustes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="100"/>
        <source>{n} check-in</source>
        <translation>{n} reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="101"/>
        <source>{n} check-ins</source>
        <translation>{n} reuniones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="104"/>
        <source>{n} pair</source>
        <translation>{n} pareja</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="105"/>
        <source>{n} pairs</source>
        <translation>{n} parejas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="108"/>
        <source>{n} certificate</source>
        <translation>{n} certificado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="109"/>
        <source>{n} certificates</source>
        <translation>{n} certificados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="112"/>
        <source>{n} half day</source>
        <translation>{n} medio día</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="113"/>
        <source>{n} half days</source>
        <translation>{n} medios días</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="120"/>
        <source>{n} left</source>
        <translation>quedan {n}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="121"/>
        <source>{target} hours each semester</source>
        <translation>{target} horas cada semestre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="122"/>
        <source>{semester}: {done} of {target} hours{aside}</source>
        <translation>{semester}: {done} de {target} horas{aside}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="123"/>
        <source>{semester} ended with {done} of {target} hours{aside}</source>
        <translation>{semester} terminó con {done} de {target} horas{aside}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="127"/>
        <source> ({hours} h with someone other than the assigned mentor not counted)</source>
        <translation> ({hours} h con alguien que no es el mentor asignado, sin contar)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="130"/>
        <source>{done} of {target} hours this semester, {left}{aside} (pace: {pace} by now)</source>
        <translation>{done} de {target} horas este semestre, {left}{aside} (ritmo: {pace} a estas alturas)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="134"/>
        <source>{done} of {target} hours this semester, {left}{aside}</source>
        <translation>{done} de {target} horas este semestre, {left}{aside}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="138"/>
        <source>Contact at least every {days}</source>
        <translation>Contacto al menos cada {days}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="139"/>
        <source>No contact for {days} (warning at {warn})</source>
        <translation>Sin contacto desde hace {days} (aviso a los {warn})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="140"/>
        <source>No contact yet ({days}) (warning at {warn})</source>
        <translation>Aún sin contacto ({days}) (aviso a los {warn})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="141"/>
        <source>Last contact {days} ago</source>
        <translation>Último contacto hace {days}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="142"/>
        <source>No contact yet</source>
        <translation>Aún sin contacto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="143"/>
        <source>Mentor assigned within {days} of hire</source>
        <translation>Mentor asignado en los {days} siguientes a la contratación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="144"/>
        <source>Assigned on day {day} of employment</source>
        <translation>Asignado el día {day} de empleo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="145"/>
        <source>Mentor assigned on day {day} of employment (limit {limit})</source>
        <translation>Mentor asignado el día {day} de empleo (límite {limit})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="148"/>
        <source>No mentor assigned, {days} after hire (limit {limit})</source>
        <translation>Sin mentor asignado, {days} después de la contratación (límite {limit})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="152"/>
        <source>No mentor assigned yet, {days} left to assign</source>
        <translation>Aún sin mentor asignado, quedan {days} para asignarlo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="153"/>
        <source>{contacts} a month</source>
        <translation>{contacts} al mes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="154"/>
        <source>{hours} hours a month</source>
        <translation>{hours} horas al mes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="155"/>
        <source>Below the monthly target ({target}) in {missed} of {judged}: {months}</source>
        <translation>Por debajo del objetivo mensual ({target}) en {missed} de {judged}: {months}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="159"/>
        <source>{m}</source>
        <translation>{m}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="160"/>
        <source>Met in all {n}</source>
        <translation>Cumplido en los {n}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="161"/>
        <source>Required topics covered this year</source>
        <translation>Temas obligatorios tratados este año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="162"/>
        <source>all of them</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="163"/>
        <source>{covered} of {required} covered</source>
        <translation>{covered} de {required} tratados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="164"/>
        <source>{covered} of {required} covered; missing: {listed}</source>
        <translation>{covered} de {required} tratados; faltan: {listed}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="165"/>
        <source>{covered} of {required} covered; still to cover: {listed}</source>
        <translation>{covered} de {required} tratados; quedan por tratar: {listed}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="168"/>
        <source>{covered} of {required} covered so far (due by the end of the year)</source>
        <translation>{covered} de {required} tratados hasta ahora (para el final del año)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="171"/>
        <source>Meetings at the designated time</source>
        <translation>Reuniones en el horario designado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="172"/>
        <source>No meetings yet</source>
        <translation>Aún sin reuniones</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="173"/>
        <source>All {n} at the designated time</source>
        <translation>Las {n} en el horario designado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="174"/>
        <source>{n} more</source>
        <translation>{n} más</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="175"/>
        <source>{missed} of {judged} not at the designated time: {shown}</source>
        <translation>{missed} de {judged} fuera del horario designado: {shown}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="179"/>
        <source>Caseload cap</source>
        <translation>Límite de carga de mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="180"/>
        <source>{load}</source>
        <translation>{load}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="181"/>
        <source>{load}, over the cap of {cap}</source>
        <translation>{load}, por encima del límite de {cap}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="182"/>
        <source>{load}, over their own capacity of {capacity}</source>
        <translation>{load}, por encima de su propia capacidad de {capacity}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="183"/>
        <source>At least {need} years of teaching</source>
        <translation>Al menos {need} años de docencia</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="184"/>
        <source>Years of teaching not recorded</source>
        <translation>Años de docencia sin registrar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="185"/>
        <source>{taught} of teaching (needs {need})</source>
        <translation>{taught} de docencia (necesita {need})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="186"/>
        <source>{taught} of teaching</source>
        <translation>{taught} de docencia</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="187"/>
        <source>Mentor training (TEC §21.458(b)(1)-(2), (b-1))</source>
        <translation>Formación de mentores (TEC §21.458(b)(1)-(2), (b-1))</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="188"/>
        <source>Not the mentee&apos;s appraiser</source>
        <translation>No es el evaluador del mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="189"/>
        <source>Mentors {n} they appraise</source>
        <translation>Es mentor de {n} a quienes evalúa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="190"/>
        <source>Appraises none of their mentees</source>
        <translation>No evalúa a ninguno de sus mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="191"/>
        <source>Not the mentee&apos;s supervisor</source>
        <translation>No es el supervisor del mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="192"/>
        <source>Mentors {n} they supervise (no override reason recorded)</source>
        <translation>Es mentor de {n} a quienes supervisa (sin motivo de excepción registrado)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="196"/>
        <source>Supervises {n} they mentor, with a recorded override reason</source>
        <translation>Supervisa a {n} de quienes es mentor, con un motivo de excepción registrado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="200"/>
        <source>Supervises none of their mentees</source>
        <translation>No supervisa a ninguno de sus mentorados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="202"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="203"/>
        <source>district</source>
        <translation>del distrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="204"/>
        <source>supplemental</source>
        <translation>complementaria</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="205"/>
        <source>{kind} {mark} {day}</source>
        <translation>{kind} {mark} {day}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="206"/>
        <source>{kind} {mark} {day}, after the year began</source>
        <translation>{kind} {mark} {day}, después de empezar el año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="207"/>
        <source>{kind} {mark} none recorded</source>
        <translation>{kind} {mark} ninguna registrada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="208"/>
        <source>no mentor training recorded</source>
        <translation>sin formación de mentores registrada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="209"/>
        <source>no district mentor training recorded</source>
        <translation>sin formación de mentores del distrito registrada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="210"/>
        <source>mentor training not completed before the year began (completed {day})</source>
        <translation>formación de mentores no completada antes de empezar el año (completada el {day})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="214"/>
        <source>district mentor training not completed before the year began (completed {day})</source>
        <translation>formación de mentores del distrito no completada antes de empezar el año (completada el {day})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="218"/>
        <source>supplemental training {got} of {need} hours</source>
        <translation>formación complementaria: {got} de {need} horas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="219"/>
        <source>supplemental {got} of {need} h {mark}</source>
        <translation>complementaria {got} de {need} h {mark}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="220"/>
        <source>years of experience not recorded ({need} needed)</source>
        <translation>años de experiencia sin registrar (se necesitan {need})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="221"/>
        <source>fewer than {need} years of experience ({years})</source>
        <translation>menos de {need} años de experiencia ({years})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="222"/>
        <source>is the mentee&apos;s appraiser</source>
        <translation>es el evaluador del mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="223"/>
        <source>is the mentee&apos;s supervisor</source>
        <translation>es el supervisor del mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="224"/>
        <source>has left the district</source>
        <translation>ha dejado el distrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="225"/>
        <source>cannot mentor themselves</source>
        <translation>no puede ser su propio mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="226"/>
        <source>over the caseload cap ({load}/{capacity})</source>
        <translation>por encima del límite de carga ({load}/{capacity})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="227"/>
        <source>caseload full ({load}/{capacity})</source>
        <translation>carga completa ({load}/{capacity})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="229"/>
        <source>same campus</source>
        <translation>mismo plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="230"/>
        <source>same campus level</source>
        <translation>mismo nivel de plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="231"/>
        <source>same region</source>
        <translation>misma región</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="232"/>
        <source>same subject</source>
        <translation>misma materia</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="233"/>
        <source>same grade</source>
        <translation>mismo grado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="234"/>
        <source>no shared campus, level, subject or region</source>
        <translation>sin plantel, nivel, materia ni región en común</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="235"/>
        <source>load {load}/{capacity}</source>
        <translation>carga {load}/{capacity}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="236"/>
        <source>load {load}</source>
        <translation>carga {load}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="237"/>
        <source>{shared}; {load}</source>
        <translation>{shared}; {load}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="238"/>
        <source>no mentor is enrolled this year</source>
        <translation>no hay ningún mentor inscrito este año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="239"/>
        <source>no mentor in the {family} role family is enrolled this year</source>
        <translation>no hay ningún mentor de la familia de puestos {family} inscrito este año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="243"/>
        <source>every mentor is ineligible under the rule pack (override to use them)</source>
        <translation>todos los mentores son no elegibles según el paquete de reglas (use una excepción para asignarlos)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="247"/>
        <source>every {family} mentor is ineligible under the rule pack (override to use them)</source>
        <translation>todos los mentores de {family} son no elegibles según el paquete de reglas (use una excepción para asignarlos)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="251"/>
        <source>the only eligible mentor is this mentee&apos;s supervisor or appraiser</source>
        <translation>el único mentor elegible es el supervisor o el evaluador de este mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="255"/>
        <source>every eligible mentor is at capacity</source>
        <translation>todos los mentores elegibles tienen la carga completa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="256"/>
        <source>every eligible {family} mentor is at capacity</source>
        <translation>todos los mentores elegibles de {family} tienen la carga completa</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="258"/>
        <source>Reversal of run {run}, locked</source>
        <translation>Reversión de la corrida {run}, cerrada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="259"/>
        <source>Reversed by run {run}</source>
        <translation>Revertida por la corrida {run}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="260"/>
        <source>Preview, {n}</source>
        <translation>Vista previa, {n}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="261"/>
        <source>{n}</source>
        <translation>{n}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="263"/>
        <source>Not completed: {rules}</source>
        <translation>No completado: {rules}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="264"/>
        <source>{outcome} on {day}</source>
        <translation>{outcome} el {day}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="265"/>
        <source>{rule} ({details})</source>
        <translation>{rule} ({details})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="267"/>
        <source>needs {years} years of teaching (recorded: {recorded})</source>
        <translation>necesita {years} años de docencia (registrados: {recorded})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="271"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="272"/>
        <source>needs mentor training completed before the year</source>
        <translation>necesita la formación de mentores completada antes del año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="273"/>
        <source>needs mentor training completed by the period&apos;s end</source>
        <translation>necesita la formación de mentores completada al final del periodo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="274"/>
        <source>no mentee assigned in the period</source>
        <translation>ningún mentorado asignado en el periodo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="275"/>
        <source>{name} has {done} of {need}</source>
        <translation>{name} tiene {done} de {need}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="277"/>
        <source>No mentee could be matched.</source>
        <translation>No se pudo asignar a ningún mentorado.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="278"/>
        <source>{criterion} for {pairs}</source>
        <translation>{criterion} en {pairs}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="279"/>
        <source>{criterion} for {n}</source>
        <translation>{criterion} en {n}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="280"/>
        <source>no pair shares a campus, level, region, subject or grade</source>
        <translation>ninguna pareja comparte plantel, nivel, región, materia ni grado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="283"/>
        <source>{told}; {none}</source>
        <translation>{told}; {none}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="284"/>
        <source>{n} pair shares none of these</source>
        <translation>{n} pareja no comparte nada de esto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="285"/>
        <source>{n} pairs share none of these</source>
        <translation>{n} parejas no comparten nada de esto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="286"/>
        <source>{matched} matched, total preference score {score}: {told}. Balanced caseloads add to the score too.</source>
        <translation>{matched} con mentor, puntuación total de preferencias {score}: {told}. Las cargas equilibradas también suman a la puntuación.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="291"/>
        <source>{mentees}: {outcomes}; {certificates}</source>
        <translation>{mentees} — {outcomes}; {certificates}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="292"/>
        <source>{n} completed</source>
        <translation>completados: {n}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="293"/>
        <source>{n} not completed</source>
        <translation>no completados: {n}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="294"/>
        <source>{n} withdrawn</source>
        <translation>dados de baja: {n}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="295"/>
        <source>{n} left the district</source>
        <translation>que dejaron el distrito: {n}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="297"/>
        <source>{day} {time}: {problem}</source>
        <translation>{day} {time}: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="298"/>
        <source>{day}: {problem}</source>
        <translation>{day}: {problem}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="299"/>
        <source>no start time recorded</source>
        <translation>sin hora de inicio registrada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="300"/>
        <source>in the planning period ({window})</source>
        <translation>en el periodo de planificación ({window})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="301"/>
        <source>the campus has no designated meeting time recorded</source>
        <translation>el plantel no tiene registrado un horario designado de reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="302"/>
        <source>outside the designated meeting time</source>
        <translation>fuera del horario designado de reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="304"/>
        <source>no years of experience recorded (import them with the roster, or set them)</source>
        <translation>sin años de experiencia registrados (impórtelos con la lista de personal o indíquelos)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="308"/>
        <source>{had} of experience: a beginning teacher</source>
        <translation>{had} de experiencia: maestro principiante</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="309"/>
        <source>{had} of experience, kept by override: {why}</source>
        <translation>{had} de experiencia, se mantiene por excepción: {why}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="310"/>
        <source>{had} of experience: not a beginning teacher (that is fewer than {below})</source>
        <translation>{had} de experiencia: no es maestro principiante (eso es menos de {below})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="314"/>
        <source>A beginning teacher (fewer than {below} of experience)</source>
        <translation>Docente principiante (menos de {below} de experiencia)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="318"/>
        <source>{done} of {target}</source>
        <translation>{done} de {target}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="319"/>
        <source>{covered} of {required}</source>
        <translation>{covered} de {required}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="320"/>
        <source>not recorded in Coordinator yet</source>
        <translation>aún no registrado en Coordinator</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="321"/>
        <source> ({how})</source>
        <translation> ({how})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="322"/>
        <source>met on {met}, after the due day {due}</source>
        <translation>cumplido el {met}, después de la fecha límite {due}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="323"/>
        <source>met on {met}{figures}</source>
        <translation>cumplido el {met}{figures}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="324"/>
        <source>met{figures}</source>
        <translation>cumplido{figures}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="325"/>
        <source>not dated yet: {why}</source>
        <translation>aún sin fecha: {why}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="326"/>
        <source>due {due}, {days} overdue{figures}</source>
        <translation>vence el {due}, {days} de retraso{figures}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="327"/>
        <source>due today{figures}</source>
        <translation>vence hoy{figures}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="328"/>
        <source>due {due}, in {days}{figures}</source>
        <translation>vence el {due}, dentro de {days}{figures}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="329"/>
        <source>no hire date recorded</source>
        <translation>sin fecha de contratación registrada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="330"/>
        <source>no mentor assigned yet</source>
        <translation>aún sin mentor asignado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="331"/>
        <source>(no mentor)</source>
        <translation>(sin mentor)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="332"/>
        <source>{title}: {detail}</source>
        <translation>{title}: {detail}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="334"/>
        <source>no check-in logged yet this year</source>
        <translation>aún no ha registrado ninguna reunión este año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="335"/>
        <source>no check-in logged for {days}</source>
        <translation>sin registrar reuniones desde hace {days}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="336"/>
        <source>nudged today</source>
        <translation>recordado hoy</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="337"/>
        <source>nudged yesterday</source>
        <translation>recordado ayer</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="338"/>
        <source>nudged {days} ago</source>
        <translation>recordado hace {days}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="339"/>
        <source>{survey} not answered ({answered} of {asked} have, out since {since})</source>
        <translation>{survey}: sin responder (han respondido {answered} de {asked}, enviada el {since})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="343"/>
        <source>{period} stipend period ends {end} (today)</source>
        <translation>El periodo de estipendio {period} termina el {end} (hoy)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="344"/>
        <source>{period} stipend period ends {end} (tomorrow)</source>
        <translation>El periodo de estipendio {period} termina el {end} (mañana)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="345"/>
        <source>{period} stipend period ends {end} (in {left} days)</source>
        <translation>El periodo de estipendio {period} termina el {end} (dentro de {left} días)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="346"/>
        <source>{closes}: {short}</source>
        <translation>{closes}: {short}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="347"/>
        <source>not earned yet: {missing}</source>
        <translation>aún no ganado: {missing}</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_reasons.py" line="348"/>
        <source>not counted yet: {missing}</source>
        <translation>aún no contado: {missing}</translation>
    </message>
</context>
<context>
    <name>ServiceWords</name>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="25"/>
        <source>On track</source>
        <translation>En buen camino</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="26"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="27"/>
        <source>Out of compliance</source>
        <translation>Fuera de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="28"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="29"/>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="31"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="32"/>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="33"/>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="34"/>
        <source>Met late</source>
        <translation>Cumplido tarde</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="36"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="37"/>
        <source>Nudge</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="38"/>
        <source>Log a check-in</source>
        <translation>Registrar reunión</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="39"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="41"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="42"/>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="43"/>
        <source>Mentor, Mentee</source>
        <translation>Mentor, Mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="45"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="46"/>
        <source>Left the district</source>
        <translation>Dejó el distrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="47"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="48"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="49"/>
        <source>Withdrawn</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="51"/>
        <source>One-to-one</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="52"/>
        <source>Group or cohort meeting</source>
        <translation>Reunión de grupo o cohorte</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="53"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="54"/>
        <source>Campus visit</source>
        <translation>Visita al plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="55"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="56"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="58"/>
        <source>Commissioner-approved mentor training</source>
        <translation>Capacitación de mentores aprobada por el comisionado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="59"/>
        <source>District mentor training</source>
        <translation>Capacitación de mentores del distrito</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="60"/>
        <source>Supplemental training</source>
        <translation>Capacitación complementaria</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="62"/>
        <source>Start of year</source>
        <translation>Inicio del año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="63"/>
        <source>Middle of year</source>
        <translation>Mitad del año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="64"/>
        <source>End of year</source>
        <translation>Fin del año</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="65"/>
        <source>Agreement, 1 to 5</source>
        <translation>Grado de acuerdo, de 1 a 5</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="66"/>
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="67"/>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="69"/>
        <source>Each mentee</source>
        <translation>Cada mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="70"/>
        <source>Each mentor</source>
        <translation>Cada mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="71"/>
        <source>Each mentee and mentor</source>
        <translation>Cada mentorado y su mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="72"/>
        <source>Each campus</source>
        <translation>Cada plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="74"/>
        <source>Not completed</source>
        <translation>No completado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="76"/>
        <source>Stayed on the same campus</source>
        <translation>Siguió en el mismo plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="77"/>
        <source>Moved campus</source>
        <translation>Cambió de plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="78"/>
        <source>Changed role</source>
        <translation>Cambió de puesto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="79"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="81"/>
        <source>behind on hours</source>
        <translation>atrasado en horas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="82"/>
        <source>not logged</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="83"/>
        <source>no contact</source>
        <translation>sin contacto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="84"/>
        <source>milestones due</source>
        <translation>hitos pendientes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="85"/>
        <source>survey unanswered</source>
        <translation>encuesta sin responder</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="86"/>
        <source>stipend not yet earned</source>
        <translation>estipendio aún no ganado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="88"/>
        <source>Mentor stipends</source>
        <translation>Estipendios de mentores</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="89"/>
        <source>Release time</source>
        <translation>Tiempo liberado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="90"/>
        <source>Approved training providers</source>
        <translation>Proveedores de formación aprobados</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="91"/>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="92"/>
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="93"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="95"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="96"/>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="98"/>
        <source>Approved, locked</source>
        <translation>Aprobado, cerrado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/service_words.py" line="99"/>
        <source>Preview (not approved)</source>
        <translation>Vista previa (sin aprobar)</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/setup_guide.py" line="13"/>
        <source>New program…</source>
        <translation>Nuevo programa…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/setup_guide.py" line="14"/>
        <source>New year…</source>
        <translation>Nuevo año…</translation>
    </message>
</context>
<context>
    <name>ShortcutEntry</name>
    <message>
        <location filename="../../../src/coordinator/ui/shortcut_map.py" line="64"/>
        <source>the filter</source>
        <translation>el filtro</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/shortcut_map.py" line="66"/>
        <source>the list</source>
        <translation>la lista</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/shortcut_map.py" line="108"/>
        <source>{menu} menu</source>
        <translation>Menú {menu}</translation>
    </message>
</context>
<context>
    <name>StaleEditBar</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/stale_edit_bar.py" line="14"/>
        <source>Discard what you typed and show the record as it is saved now</source>
        <translation>Descartar lo que escribió y mostrar el registro tal como está guardado ahora</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/stale_edit_bar.py" line="17"/>
        <source>Save what you typed over the other change (the audit log records it)</source>
        <translation>Guardar lo que escribió sobre el otro cambio (el registro de auditoría lo anota)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/stale_edit_bar.py" line="35"/>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/stale_edit_bar.py" line="38"/>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/suggestion_model.py" line="16"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/suggestion_model.py" line="19"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/suggestion_model.py" line="26"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>SurveyBatchesModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="46"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="51"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="53"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="55"/>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="57"/>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="59"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="61"/>
        <source>Applied</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/survey_models.py" line="63"/>
        <source>Undone</source>
        <translation>Deshecha</translation>
    </message>
</context>
<context>
    <name>SurveyOutcomesView</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/survey_outcomes.py" line="134"/>
        <source>Survey outcomes</source>
        <translation>Resultados de las encuestas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/survey_outcomes.py" line="138"/>
        <source>Survey outcomes as a table</source>
        <translation>Resultados de las encuestas como tabla</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/survey_outcomes.py" line="139"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/survey_outcomes.py" line="139"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/survey_outcomes.py" line="148"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/survey_outcomes.py" line="149"/>
        <source>As a table</source>
        <translation>Como tabla</translation>
    </message>
</context>
<context>
    <name>SurveyShiftChart</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/survey_outcomes.py" line="64"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/survey_outcomes.py" line="71"/>
        <source>No survey answers yet</source>
        <translation>Aún no hay respuestas de encuestas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/survey_outcomes.py" line="96"/>
        <source>Confidence, 1 to 5: ○ start → ● end</source>
        <translation>Confianza, de 1 a 5: ○ inicio → ● fin</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/survey_outcomes.py" line="114"/>
        <source>fewer than {n}</source>
        <translation>menos de {n}</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/timeline_model.py" line="19"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/timeline_model.py" line="21"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/timeline_model.py" line="22"/>
        <source>yes (group of {n})</source>
        <translation>sí (grupo de {n})</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/timeline_model.py" line="29"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/timeline_model.py" line="34"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/timeline_model.py" line="38"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/timeline_model.py" line="43"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/timeline_model.py" line="44"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/timeline_model.py" line="46"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/timeline_model.py" line="51"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
</context>
<context>
    <name>TopicListModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/topic_list_model.py" line="23"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/topic_list_model.py" line="24"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/topic_list_model.py" line="25"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/topic_list_model.py" line="69"/>
        <source>{topic} (inactive: kept for old check-ins)</source>
        <translation>{topic} (inactivo: se conserva para reuniones anteriores)</translation>
    </message>
</context>
<context>
    <name>UnassignedModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/cohort_model.py" line="92"/>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/cohort_model.py" line="95"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/cohort_model.py" line="97"/>
        <source>Campus</source>
        <translation>Plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/cohort_model.py" line="99"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/cohort_model.py" line="102"/>
        <source>Hired</source>
        <translation>Contratado</translation>
    </message>
</context>
<context>
    <name>UnchangedPeopleModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="136"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="137"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="138"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/import_models.py" line="139"/>
        <source>Matched on</source>
        <translation>Coincide en</translation>
    </message>
</context>
<context>
    <name>WeekList</name>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/week_list.py" line="44"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/week_list.py" line="49"/>
        <source>Show more or fewer lines</source>
        <translation>Mostrar más o menos líneas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/week_list.py" line="52"/>
        <source>Write &amp;nudges…</source>
        <translation>Escribir &amp;recordatorios…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/week_list.py" line="54"/>
        <source>E-mail drafts for the checked people (or the selected at-risk mentees)</source>
        <translation>Borradores de correo para las personas marcadas (o los mentorados en riesgo seleccionados)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/week_list.py" line="57"/>
        <source>&amp;Milestones…</source>
        <translation>&amp;Hitos…</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/week_list.py" line="60"/>
        <source>Where each milestone of the year stands; tick documents received; the calendar</source>
        <translation>Cómo va cada hito del año; marque los documentos recibidos; el calendario</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/week_list.py" line="73"/>
        <source>Nothing needs doing this week.</source>
        <translation>No hay nada que hacer esta semana.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/week_list.py" line="134"/>
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/widgets/week_list.py" line="136"/>
        <source>{n} more…</source>
        <translation>{n} más…</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../../src/coordinator/ui/workers.py" line="26"/>
        <source>An unexpected error stopped this task; nothing was half-written. A report for the developers is shown, and the details are in the log file.</source>
        <translation>Un error inesperado detuvo esta tarea; no quedó nada a medio escribir. Se muestra un informe para los desarrolladores y los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/workers.py" line="125"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>YearCloseTableModel</name>
    <message>
        <location filename="../../../src/coordinator/ui/models/year_close_model.py" line="17"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/year_close_model.py" line="18"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/year_close_model.py" line="27"/>
        <source>Yes (chosen)</source>
        <translation>Sí (elegido)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/year_close_model.py" line="28"/>
        <source>No (chosen)</source>
        <translation>No (elegido)</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/year_close_model.py" line="32"/>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/year_close_model.py" line="33"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/year_close_model.py" line="34"/>
        <source>Campus</source>
        <translation>Plantel</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/year_close_model.py" line="36"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/year_close_model.py" line="42"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/year_close_model.py" line="47"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location filename="../../../src/coordinator/ui/models/year_close_model.py" line="49"/>
        <source>Reason for a change</source>
        <translation>Motivo de un cambio</translation>
    </message>
</context>
</TS>
