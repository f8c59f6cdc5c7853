"""A Coordinator doing one operation, to be killed part-way by tests/safety/test_kill.py.

    python kill_worker.py transaction DB PEOPLE CHECKINS
    python kill_worker.py demo DB
    python kill_worker.py import DB ROSTER
    python kill_worker.py restore DB BACKUP
    python kill_worker.py backup DB

Prints "ready" just before the operation starts and "done" when it has finished.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coordinator.db.opening import open_database
from coordinator.demo import build_demo
from coordinator.services.safety import backups, restore
from safety.population import add_people_and_checkins


def main(mode: str, db_path: Path, *rest: str) -> None:
    if mode == "restore":
        print("ready", flush=True)
        restore.restore(db_path, Path(rest[0]))
    elif mode == "backup":
        db = open_database(db_path)
        print("ready", flush=True)
        backups.make_backup(db, "periodic")
    elif mode == "import":
        from coordinator.importing.roster.pipeline import apply_import, prepare_import

        db = open_database(db_path)
        prepared = prepare_import(db, Path(rest[0]))
        print("ready", flush=True)
        apply_import(db, prepared)
    elif mode == "demo":
        db = open_database(db_path)
        print("ready", flush=True)
        build_demo(db, seed=1, scale="small")
    elif mode == "transaction":
        db = open_database(db_path)
        print("ready", flush=True)
        with db.transaction() as session:
            add_people_and_checkins(session, int(rest[0]), int(rest[1]), tag="killed")
    else:
        raise SystemExit(f"unknown mode {mode}")
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), *sys.argv[3:])
