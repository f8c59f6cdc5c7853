"""English and Spanish for what participants read: certificates, mentee logs, e-mail drafts.

The window goes through Qt's translator; the PDFs and drafts are written without Qt (often in a
child process), so their fixed text lives in this one catalogue, keyed by the English wording the
way gettext keys by msgid. Names, campus names, semesters and notes are data and never translated.

Figures keep the decimal point in Spanish too ("12.5 horas"): it is how Spanish is written in
Texas and Mexico (es-US, es-MX), where a decimal comma would read as a thousands separator.
Dates stay ISO (2025-08-15) wherever the English outputs print them so, in tables, footers and
notes: it reads the same in both languages, where 08/15 and 15/08 would not. A certificate's date
is written out ("August 15, 2025", "15 de agosto de 2025").
"""

from __future__ import annotations

import datetime as dt
import locale
import os
from collections.abc import Mapping
from typing import Literal

Language = Literal["en", "es"]
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE: Language = "en"

SPANISH: dict[str, str] = {
    # certificates
    "Certificate of Completion": "Certificado de finalización",
    "Certificates": "Certificados",
    "Certificates of completion": "Certificados de finalización",
    "This certifies that": "Se certifica que",
    "took part as a mentee in {program}, {year},": "participó como mentorado en {program}, {year},",
    "took part as a mentor in {program}, {year},": "participó como mentor en {program}, {year},",
    "with {hours} hours of mentoring.": "con {hours} horas de mentoría.",
    "Mentor: {name}": "Mentor: {name}",
    "Program coordinator": "Coordinador(a) del programa",
    "Date": "Fecha",
    # mentee logs
    "Mentee log": "Registro del mentorado",
    "Mentee logs": "Registros de mentorados",
    "Mentee log: {name}": "Registro del mentorado: {name}",
    "Employee ID": "N.º de empleado",
    "Campus": "Plantel",
    "Position": "Puesto",
    "Hired": "Fecha de contratación",
    "Mentor": "Mentor",
    "Program": "Programa",
    "Semester": "Semestre",
    "Hours": "Horas",
    "Required": "Requeridas",
    "met": "cumplido",
    "not met": "no cumplido",
    "Whole year": "Todo el año",
    "From": "Desde",
    "Until": "Hasta",
    "Why it ended": "Motivo de finalización",
    "still assigned": "sigue asignado",
    "with {name}": "con {name}",
    "{minutes} min": "{minutes} min",
    "Topics: {topics}": "Temas: {topics}",
    "Next steps: {steps}": "Próximos pasos: {steps}",
    "Private notes: {notes}": "Notas privadas: {notes}",
    "No check-ins were logged for this mentee this year.": (
        "No se registraron reuniones para este mentorado este año."
    ),
    "Not counted toward the hours: not with the mentor assigned on {date} (saved anyway)": (
        "No cuenta para las horas: no fue con el mentor asignado el {date} (se guardó de todos "
        "modos)"
    ),
    "Mentee signature": "Firma del mentorado",
    "Mentor signature": "Firma del mentor",
    "Program coordinator signature": "Firma del coordinador(a) del programa",
    "Signatures": "Firmas",
    "Contact time by semester": "Tiempo de contacto por semestre",
    "Assignment history": "Historial de asignaciones",
    "Check-ins ({count}; private notes included)": ("Reuniones ({count}; con notas privadas)"),
    "Check-ins ({count}; private notes left out)": ("Reuniones ({count}; sin notas privadas)"),
    "Prepared {date} · confidential mentoring record": (
        "Preparado el {date} · registro confidencial de mentoría"
    ),
    # check-in kinds (CHECKIN_KIND_LABELS)
    "One-to-one": "Individual",
    "Group or cohort meeting": "Reunión de grupo o cohorte",
    "Observation": "Observación",
    "Campus visit": "Visita al plantel",
    "Phone": "Teléfono",
    "E-mail": "Correo electrónico",
    # e-mail nudges' merge fields (services/week/nudges.py); the templates: nudge_templates_es.py
    "Mentees who need attention:": "Mentorados que necesitan atención:",
    "Nothing is overdue for you.": "No tiene nada vencido.",
    "You have answered every survey. Thank you!": "Ya respondió todas las encuestas. ¡Gracias!",
    "Nothing is missing for your stipend.": "No falta nada para su estipendio.",
    # printed survey forms (reports/survey_form_pdf.py); the questions are the instrument's own
    "Name": "Nombre",
    "For {respondent} of {program}, {year} ({timing}). Your answers are matched to you by your "
    "employee ID or e-mail so that the start and end of the year can be compared; what you "
    "write in words stays with the program coordinator and is never reported with your name.": (
        "Para {respondent} de {program}, {year} ({timing}). Sus respuestas se vinculan con usted "
        "por su número de empleado o su correo electrónico para poder comparar el inicio y el "
        "final del año; lo que escriba con sus propias palabras se queda con el coordinador(a) "
        "del programa y nunca se reporta con su nombre."
    ),
    "mentees": "los mentorados",
    "mentors": "los mentores",
    "Start of year": "Inicio del año",
    "Middle of year": "Mitad del año",
    "End of year": "Fin del año",
    "Strongly disagree": "Totalmente en desacuerdo",
    "Disagree": "En desacuerdo",
    "Neither agree nor disagree": "Ni de acuerdo ni en desacuerdo",
    "Agree": "De acuerdo",
    "Strongly agree": "Totalmente de acuerdo",
    "Yes": "Sí",
    "No": "No",
    "Tick one box.": "Marque una casilla.",
    "Write as much or as little as you like.": "Escriba tanto o tan poco como quiera.",
    "Thank you. Hand the form back to your program coordinator.": (
        "Gracias. Entregue el formulario a su coordinador(a) del programa."
    ),
    "{timing} survey · prepared {date}": "Encuesta de {timing} · preparada el {date}",
    # the shipped instruments (services/surveys/instruments.py): a question or name the
    # coordinator edited matches none of these and prints as written
    "Mentee confidence (start of year)": "Confianza del mentorado (inicio del año)",
    "Mentee confidence (end of year)": "Confianza del mentorado (fin del año)",
    "Mentee satisfaction with their mentor": "Satisfacción del mentorado con su mentor",
    "Mentor satisfaction with the program": "Satisfacción del mentor con el programa",
    "I am confident managing my classroom.": "Me siento seguro(a) al manejar mi salón de clases.",
    "I am confident planning and delivering instruction.": (
        "Me siento seguro(a) al planear e impartir la enseñanza."
    ),
    "I feel that I belong on my campus.": "Siento que pertenezco a mi plantel.",
    "I intend to keep teaching in this district next year.": (
        "Tengo la intención de seguir enseñando en este distrito el próximo año."
    ),
    "Anything else you would like the program to know?": (
        "¿Hay algo más que le gustaría que el programa supiera?"
    ),
    "My mentor helped me when I needed it.": "Mi mentor me ayudó cuando lo necesité.",
    "We met often enough to make a difference.": (
        "Nos reunimos con la frecuencia suficiente para marcar una diferencia."
    ),
    "Would you recommend your mentor to another new teacher?": (
        "¿Recomendaría a su mentor a otro maestro nuevo?"
    ),
    "What could your mentor have done differently?": "¿Qué pudo haber hecho diferente su mentor?",
    "The mentor training prepared me for this role.": (
        "La capacitación de mentores me preparó para este papel."
    ),
    "I had enough time to meet with my mentee.": (
        "Tuve suficiente tiempo para reunirme con mi mentorado."
    ),
    "The program coordinator supported me when I asked.": (
        "El coordinador(a) del programa me apoyó cuando lo pedí."
    ),
    "Would you mentor again next year?": "¿Volvería a ser mentor el próximo año?",
    "How could the program improve?": "¿Cómo podría mejorar el programa?",
    # mentors' check-in log workbooks (importing/checkins/workbook_format.py): the sheet names
    # and the whole-cohort choice are how a returned workbook is read back, in either language
    "Check-ins": "Reuniones",
    "Lists": "Listas",
    "Instructions": "Instrucciones",
    "Whole cohort (group meeting)": "Toda la cohorte (reunión de grupo)",
    "Mentee": "Mentorado",
    "Kind": "Tipo",
    "Minutes": "Minutos",
    "Topic": "Tema",
    "Topic 1": "Tema 1",
    "Topic 2": "Tema 2",
    "Topic 3": "Tema 3",
    "Absent (group meetings)": "Ausentes (reuniones de grupo)",
    "Next steps": "Próximos pasos",
    "Follow-up date": "Fecha de seguimiento",
    "Private notes": "Notas privadas",
    "Row key": "Clave de fila",
    "Person id": "N.º de persona",
    "check-in log": "registro de reuniones",
    "Choose a mentee (or the whole cohort) from the list.": (
        "Elija un mentorado (o toda la cohorte) de la lista."
    ),
    "Choose the kind of check-in from the list.": "Elija el tipo de reunión de la lista.",
    "Choose a topic from the program's list, or leave it empty.": (
        "Elija un tema de la lista del programa, o déjelo vacío."
    ),
    "Enter a date in the program year {year}, for example {day}.": (
        "Escriba una fecha del año del programa {year}, por ejemplo {day}."
    ),
    "Enter the minutes as a whole number from 1 to 1440.": (
        "Escriba los minutos como un número entero de 1 a 1440."
    ),
    "Check-in log for {mentor}, program year {year}": (
        "Registro de reuniones de {mentor}, año del programa {year}"
    ),
    "Fill one row of the Check-ins sheet for each contact with your mentees:": (
        "Llene una fila de la hoja Reuniones por cada contacto con sus mentorados:"
    ),
    "  Date: the day it happened (yyyy-mm-dd).": "  Fecha: el día en que ocurrió (aaaa-mm-dd).",
    "  Mentee: choose from the list; choose 'Whole cohort (group meeting)' for a group "
    "meeting everyone was invited to.": (
        "  Mentorado: elija de la lista; elija 'Toda la cohorte (reunión de grupo)' para una "
        "reunión de grupo a la que se invitó a todos."
    ),
    "  Absent: for a group meeting, the names of anyone who did not come, separated by commas.": (
        "  Ausentes: en una reunión de grupo, los nombres de quienes no asistieron, separados por "
        "comas."
    ),
    "  Kind and Minutes: choose the kind; the minutes are a whole number.": (
        "  Tipo y Minutos: elija el tipo; los minutos son un número entero."
    ),
    "  Topics: up to three topics from the program's list.": (
        "  Temas: hasta tres temas de la lista del programa."
    ),
    "  Next steps and Follow-up date are optional. Private notes stay private: they are "
    "never printed in reports.": (
        "  Próximos pasos y Fecha de seguimiento son opcionales. Las notas privadas siguen siendo "
        "privadas: nunca se imprimen en los informes."
    ),
    "Use the prepared rows in order and do not copy whole rows: each row carries a hidden "
    "key so the coordinator can import this file again without counting anything twice.": (
        "Use las filas preparadas en orden y no copie filas enteras: cada fila lleva una clave "
        "oculta para que el coordinador(a) pueda importar este archivo otra vez sin contar nada "
        "dos veces."
    ),
    "Save the file and send it back to your program coordinator.": (
        "Guarde el archivo y devuélvalo al coordinador(a) de su programa."
    ),
    # every paged PDF
    "Page {page} of {pages}": "Página {page} de {pages}",
    "({page} of {pages} in this file)": "({page} de {pages} en este archivo)",
    "Contents": "Contenido",
    "Mentor index": "Índice de mentores",
}

CATALOGUES: dict[str, Mapping[str, str]] = {"es": SPANISH}

SPANISH_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def translate(language: str, text: str, **values: object) -> str:
    """`text` (the English wording) in `language`, with `{placeholders}` filled in.

    A wording the catalogue lacks prints in English rather than failing: a report half in
    English is better than no report, and a test checks the catalogue covers every wording used.
    """
    wording = CATALOGUES.get(language, {}).get(text, text)
    return wording.format(**values) if values else wording


def long_date(day: dt.date, language: str) -> str:
    """A date written out: "August 15, 2025" or "15 de agosto de 2025"."""
    if language == "es":
        return f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"
    return f"{day:%B} {day.day}, {day.year}"


def checked_language(value: str) -> Language:
    """A language code the outputs support, or a ValueError naming the choices."""
    code = value.strip().lower()
    if code == "en":
        return "en"
    if code == "es":
        return "es"
    raise ValueError(f"Choose the language en (English) or es (Español), not {value!r}.")


def system_language(environ: Mapping[str, str] | None = None) -> Language:
    """Spanish when the system's language is Spanish (LC_ALL, LC_MESSAGES, LANG), else English."""
    env = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value:
            return "es" if value.lower().startswith("es") else "en"
    if environ is None:  # Windows and macOS say it through the locale, not the environment
        code = locale.getlocale()[0] or ""
        return "es" if code.lower().startswith(("es", "spanish")) else "en"
    return DEFAULT_LANGUAGE
