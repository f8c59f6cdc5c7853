"""Every folder the app makes is owner-only, COORDINATOR_HOME included, whatever the umask."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

MAKE_FOLDERS = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    os.umask(0)  # the loosest umask there is: nothing comes from it
    from coordinator import paths
    from coordinator.db.opening import open_database
    paths.log_dir(), paths.config_dir(), paths.backup_dir()
    open_database(Path(sys.argv[1])).dispose()
    """
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_home_and_every_folder_in_it_are_made_0700_under_umask_0(tmp_path: Path) -> None:
    home = tmp_path / "new" / "coordinator-home"
    database = tmp_path / "elsewhere" / "program.sqlite"
    env = {
        **os.environ,
        "COORDINATOR_HOME": str(home),
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    subprocess.run(
        [sys.executable, "-c", MAKE_FOLDERS, str(database)], env=env, check=True, timeout=120
    )
    made = [tmp_path / "new", home, *(home / n for n in ("data", "data/backups", "logs", "config"))]
    assert {str(p.relative_to(tmp_path)): mode(p) for p in made} == {
        str(p.relative_to(tmp_path)): 0o700 for p in made
    }
    assert mode(database.parent) == 0o700
    assert mode(database) == 0o600


def test_a_folder_that_exists_is_left_as_it_is(tmp_path: Path) -> None:
    from coordinator.tools.private_files import private_folder

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    made = private_folder(shared / "coordinator")
    assert mode(shared) == 0o755
    assert mode(made) == 0o700
