"""A throwaway PostgreSQL database on the test server named by COORDINATOR_TEST_PG_URL.

CI must have a server (`.ci/start-postgres`); a laptop without one skips the test.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest


@contextmanager
def throwaway_database(
    prefix: str = "coordinator_test", *, template: str | None = None
) -> Iterator[str]:
    """The URL of a new database, dropped (with any connection left) afterwards: empty, or a copy
    of the database at the URL `template` (which must have no connection open while it is copied).
    """
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin_url = os.environ.get("COORDINATOR_TEST_PG_URL")
    if not admin_url:
        if os.environ.get("CI"):
            pytest.fail("CI must provide COORDINATOR_TEST_PG_URL (see .ci/start-postgres)")
        pytest.skip("no PostgreSQL server: .ci/start-postgres starts one")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        source = f' TEMPLATE "{make_url(template).database}"' if template else ""
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"{source}')
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
