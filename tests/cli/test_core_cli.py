"""The core commands: init, check, exit codes and plain one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coordinator.cli import main


def test_init_then_check(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "init"]) == 0
    assert str(db_path) in capsys.readouterr().out
    assert main(["--db", str(db_path), "check"]) == 0
    assert "Database OK" in capsys.readouterr().out


def test_check_of_a_text_file_is_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database", encoding="utf-8")
    assert main(["--db", str(notes), "check"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "not a Coordinator database" in err
    assert "Traceback" not in err


def test_closed_output_pipe_is_not_an_error(db_path: Path) -> None:
    """`coordinator demo | head -0`: the reader leaves early; no 'unexpected error' appears."""
    child = subprocess.Popen(
        [sys.executable, "-m", "coordinator", "--db", str(db_path), "demo", "--scale", "small"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdout.close()  # before the child writes anything
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=120) == 0
    assert "unexpected" not in err
    assert "Traceback" not in err


def test_a_writing_command_is_refused_while_the_window_holds_the_file(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One writer per SQLite file: the command says so, and writes nothing."""
    from sqlalchemy import func, select

    from coordinator.db.models import Person
    from coordinator.db.opening import open_database
    from coordinator.services.safety.instance_lock import InstanceLock

    assert main(["--db", str(db_path), "init"]) == 0
    with InstanceLock(db_path):  # what the open window holds
        assert main(["--db", str(db_path), "demo", "--scale", "small"]) == 1
        err = capsys.readouterr().err
        assert "read-only" in err
        assert main(["--db", str(db_path), "import", "list"]) == 0  # reading is fine
    db = open_database(db_path, read_only=True)
    with db.reading() as session:
        assert session.scalar(select(func.count(Person.id))) == 0
    db.dispose()
    assert main(["--db", str(db_path), "demo", "--scale", "small"]) == 0  # lock released


def test_a_command_run_in_process_leaves_the_cycle_collector_alone(db_path: Path) -> None:
    """Only the `coordinator` program skips the last collection (its process ends at once); a
    caller of `main` in its own process keeps collecting as before."""
    import gc

    frozen = gc.get_freeze_count()  # other tests in this process may have frozen some already
    assert gc.isenabled()
    assert main(["--db", str(db_path), "init"]) == 0
    assert gc.get_freeze_count() == frozen
    assert gc.isenabled()


def test_the_program_writes_its_report_whole_before_it_ends(db_path: Path, tmp_path: Path) -> None:
    """`coordinator report year-end` as a user runs it, skipping the last collection: exit 0, a
    complete PDF, and the database closed cleanly (no write-ahead log left beside it)."""
    import pypdf

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "coordinator", "--db", str(db_path), *args],
            capture_output=True,
            text=True,
            check=False,
        )

    assert run("demo", "--scale", "small").returncode == 0
    out = tmp_path / "year-end.pdf"
    done = run(
        "report", "year-end", "--program", "Teacher Induction", "--year", "2025-26", "-o", str(out)
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    pages = pypdf.PdfReader(str(out)).pages
    assert len(pages) > 5
    assert "Mentor cohorts" in "".join(page.extract_text() for page in pages)
    assert not Path(f"{db_path}-wal").exists()
