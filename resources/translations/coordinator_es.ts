<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DistrictBox</name>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="37"/>
        <source>District (printed on report covers and certificates)</source>
        <translation>Distrito (se imprime en las portadas de los informes y en los certificados)</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="40"/>
        <source>e.g. Lone Star ISD</source>
        <translation>p. ej., Lone Star ISD</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="41"/>
        <source>District name</source>
        <translation>Nombre del distrito</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="44"/>
        <source>Save name</source>
        <translation>Guardar nombre</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="46"/>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="119"/>
        <source>Type a new name first</source>
        <translation>Primero escriba un nombre nuevo</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="51"/>
        <source>District logo</source>
        <translation>Logotipo del distrito</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="52"/>
        <source>Choose logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="54"/>
        <source>A PNG, JPEG or GIF image; it is kept in the database</source>
        <translation>Una imagen PNG, JPEG o GIF; se guarda en la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="57"/>
        <source>Remove logo</source>
        <translation>Quitar logotipo</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="70"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="77"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="97"/>
        <source>From {}</source>
        <translation>De {}</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="97"/>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="100"/>
        <source>Print covers without a logo</source>
        <translation>Imprimir las portadas sin logotipo</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="104"/>
        <source>No logo: covers print the district name only.</source>
        <translation>Sin logotipo: las portadas solo muestran el nombre del distrito.</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="110"/>
        <source>Remove the unreadable logo</source>
        <translation>Quitar el logotipo ilegible</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="112"/>
        <source>There is no logo to remove</source>
        <translation>No hay logotipo que quitar</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="119"/>
        <source>Save the district name</source>
        <translation>Guardar el nombre del distrito</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="145"/>
        <source>Choose the district logo</source>
        <translation>Elegir el logotipo del distrito</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="147"/>
        <source>Images (*.png *.jpg *.jpeg *.gif);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/district_box.py" line="155"/>
        <source>The logo from {} is kept in the database.</source>
        <translation>El logotipo de {} se guarda en la base de datos.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../src/coordinator/ui/pages/language_box.py" line="15"/>
        <location filename="../../src/coordinator/ui/pages/language_box.py" line="20"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/language_box.py" line="17"/>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/language_box.py" line="24"/>
        <source>Certificates, mentee logs and e-mail nudges use it at once as their default; the window shows it from the next start.</source>
        <translation>Los certificados, los registros de mentorados y los recordatorios por correo lo usan de inmediato como predeterminado; la ventana lo muestra desde el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/language_box.py" line="30"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="50"/>
        <source>&amp;Check database</source>
        <translation>&amp;Comprobar la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="52"/>
        <source>Look for damage in the database (it changes nothing)</source>
        <translation>Busca daños en la base de datos (no cambia nada)</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="56"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="58"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="59"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="60"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="61"/>
        <source>Schema revision</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="66"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="68"/>
        <source>&amp;Rule packs…</source>
        <translation>&amp;Paquetes de reglas…</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="71"/>
        <source>View and edit the rules each program is held to (hours, deadlines, caps, topics)</source>
        <translation>Ver y editar las reglas que sigue cada programa (horas, plazos, topes, temas)</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="77"/>
        <source>Backups and audit</source>
        <translation>Copias de seguridad y auditoría</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="79"/>
        <source>&amp;Backups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="81"/>
        <source>Back up now, copy a backup elsewhere, or restore one</source>
        <translation>Hacer una copia ahora, copiarla a otro lugar o restaurar una</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="84"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="85"/>
        <source>Every change: who, when, what, before and after</source>
        <translation>Cada cambio: quién, cuándo, qué, antes y después</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="91"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="93"/>
        <source>Log files</source>
        <translation>Archivos de registro</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="95"/>
        <source>Data and backups</source>
        <translation>Datos y copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="136"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="137"/>
        <source>Show this folder in your file manager: {}</source>
        <translation>Mostrar esta carpeta en el administrador de archivos: {}</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="153"/>
        <source>kept by the server</source>
        <translation>lo guarda el servidor</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="156"/>
        <source>{} (up to date)</source>
        <translation>{} (al día)</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="159"/>
        <source>{} (this Coordinator: {})</source>
        <translation>{} (este Coordinator: {})</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="171"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="177"/>
        <source>Checking the database…</source>
        <translation>Comprobando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="184"/>
        <source>No damage found.</source>
        <translation>No se encontraron daños.</translation>
    </message>
    <message>
        <location filename="../../src/coordinator/ui/pages/settings_page.py" line="188"/>
        <source>The database is damaged; restore a recent backup.</source>
        <translation>La base de datos está dañada; restaure una copia de seguridad reciente.</translation>
    </message>
</context>
</TS>
