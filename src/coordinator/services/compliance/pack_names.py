"""The names of the rule packs Coordinator ships (light: the command line's help reads them)."""

from __future__ import annotations

TEXAS_MPA = "Texas Mentor Program Allotment"
LOCAL_PROGRAM = "Local program"
