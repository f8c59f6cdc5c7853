"""The shipped nudge templates in Spanish: the same merge fields as the English ones."""

from __future__ import annotations

from coordinator.services.week.nudge_templates import NudgeReason, NudgeTemplate

SPANISH_DEFAULTS: dict[NudgeReason, NudgeTemplate] = {
    NudgeReason.BEHIND: NudgeTemplate(
        "{program}: horas de mentoría de este semestre",
        "Hola, {first_name}:\n\n"
        "Le escribo del programa de mentoría: hasta ahora hay {hours_so_far} de {hours_needed} "
        "horas registradas este semestre, y quedan {weeks_left} semanas.\n\n"
        "{mentees_behind}\n\n"
        "¿Podría planear las próximas reuniones y registrarlas cuando se realicen? Avíseme si "
        "algo se lo impide.\n\n¡Muchas gracias!\n",
    ),
    NudgeReason.NOT_LOGGED: NudgeTemplate(
        "{program}: por favor registre sus reuniones",
        "Hola, {first_name}:\n\n"
        "No he visto reuniones registradas por usted últimamente. ¿Podría registrar las "
        "reuniones que ha tenido con sus mentorados, aunque sean breves? Le adjunto el libro de "
        "registro de reuniones por si le resulta más fácil.\n\n{mentees_behind}\n\n"
        "¡Muchas gracias!\n",
    ),
    NudgeReason.NO_CONTACT: NudgeTemplate(
        "{program}: es momento de una reunión",
        "Hola, {first_name}:\n\n"
        "Ha pasado un tiempo desde el último contacto de mentoría. ¿Podría programar una "
        "reunión, una llamada o una visita en los próximos días?\n\n{mentees_behind}\n\n"
        "¡Muchas gracias!\n",
    ),
    NudgeReason.MILESTONE: NudgeTemplate(
        "{program}: lo que vence en el calendario de mentoría",
        "Hola, {first_name}:\n\n"
        "Un recordatorio del programa de mentoría sobre el calendario:\n\n{milestones}\n\n"
        "{mentees_behind}\n\nAvíseme si algo se lo impide. ¡Muchas gracias!\n",
    ),
    NudgeReason.SURVEY: NudgeTemplate(
        "{program}: tiene una breve encuesta pendiente",
        "Hola, {first_name}:\n\n"
        "La encuesta del programa de mentoría sigue abierta, y sus respuestas son las que "
        "muestran al distrito lo que logra el programa:\n\n{surveys}\n\n{mentees_behind}\n\n"
        "Solo toma unos minutos. ¡Muchas gracias!\n",
    ),
    NudgeReason.PAY: NudgeTemplate(
        "{program}: antes de que cierre el período del estipendio",
        "Hola, {first_name}:\n\n"
        "El período de su estipendio de mentor cierra pronto, y esto es lo que todavía piden "
        "las reglas de pago del programa:\n\n{pay}\n\n"
        "Las reuniones registradas antes de que termine el período cuentan para el estipendio. "
        "¿Podría registrar las reuniones que ha tenido y planear las que faltan?\n\n"
        "¡Muchas gracias!\n",
    ),
}
