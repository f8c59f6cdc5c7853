"""Reads every file in a folder the way an import does, under a memory cap and a time limit each.

    python fuzz_readers_worker.py FOLDER SECONDS_PER_FILE MEMORY_MB [DATABASE YEAR_ID]

Roster files are read as an import reads them; files named checkin-* as a returned check-in
workbook and survey-* as a survey export (dry runs against DATABASE, program year YEAR_ID).
Prints one JSON line per file: its name, "parsed" / "refused" / "crash", and what happened.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
import time
from pathlib import Path
from types import FrameType


class Hang(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise Hang


def main(folder: Path, seconds: int, memory_mb: int, database: str = "", year: str = "") -> None:
    cap = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    signal.signal(signal.SIGALRM, _alarm)
    from coordinator.db.opening import open_database
    from coordinator.errors import CoordinatorError
    from coordinator.importing.checkins.survey_reader import import_survey
    from coordinator.importing.checkins.workbook_reader import import_checkin_workbook
    from coordinator.importing.roster.pipeline import prepare_import

    db = open_database(folder / "fuzz-target.sqlite")
    checkins_db = open_database(database) if database else db

    def read(path: Path) -> str:
        if path.name.startswith("checkin-"):
            found = import_checkin_workbook(checkins_db, path, dry_run=True)
            return f"check-in workbook {type(found).__name__}"
        if path.name.startswith("survey-"):
            survey = import_survey(checkins_db, path, program_year_id=int(year), dry_run=True)
            return f"survey {type(survey).__name__}"
        prepared = prepare_import(db, path)
        return f"{len(prepared.checked.records)} records"

    for path in sorted(folder.iterdir()):
        if path.name.startswith("fuzz-target"):
            continue
        started = time.monotonic()
        signal.alarm(seconds)
        try:
            outcome, detail = "parsed", read(path)
        except CoordinatorError as exc:
            outcome, detail = "refused", str(exc)
        except Hang:
            outcome, detail = "crash", f"no answer within {seconds} s"
        except BaseException as exc:
            outcome, detail = "crash", f"{type(exc).__name__}: {exc}"[:300]
        finally:
            signal.alarm(0)
        seconds_taken = round(time.monotonic() - started, 3)
        line = {"file": path.name, "outcome": outcome, "detail": detail, "s": seconds_taken}
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), *sys.argv[4:6])
