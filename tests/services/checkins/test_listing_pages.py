"""The check-in list a page at a time: every row once, in (date, id) order, filtered in SQL."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator.db.engine import Database
from coordinator.db.models import CheckinKind
from coordinator.db.opening import open_database
from coordinator.services.checkins.listing import (
    CheckinFilter,
    ListOrder,
    PageKey,
    checkin_page,
    count_checkins,
)
from district import build_district
from many_checkins import Made, add_many_checkins, newest_first


def all_pages(
    db: Database, year_id: int, f: CheckinFilter, order: ListOrder, size: int
) -> list[int]:
    ids: list[int] = []
    key: PageKey | None = None
    with db.reading() as s:
        while True:
            page = checkin_page(s, year_id, f, after=key, order=order, size=size)
            assert len(page.rows) <= size
            ids += [r.id for r in page.rows]
            if page.next_key is None:
                return ids
            key = page.next_key


def test_pages_cover_every_checkin_once_in_both_orders(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(3, 2, 4))
    made = add_many_checkins(db, d, count=1200)
    expected = newest_first(made)
    # 37 does not divide 1,200, and many days hold several check-ins: ties cross page edges.
    assert all_pages(db, d.year_id, CheckinFilter(), ListOrder.NEWEST_FIRST, 37) == expected
    oldest = all_pages(db, d.year_id, CheckinFilter(), ListOrder.OLDEST_FIRST, 37)
    assert oldest == expected[::-1]
    with db.reading() as s:
        assert count_checkins(s, d.year_id) == 1200


def expected_for(made: list[Made], f: CheckinFilter) -> list[int]:
    def keep(m: Made) -> bool:
        return (
            (f.mentor_ids is None or m.mentor_id in f.mentor_ids)
            and (f.mentee_ids is None or bool(set(m.mentee_ids) & set(f.mentee_ids)))
            and (f.kind is None or m.kind is f.kind)
            and (f.since is None or m.occurred_on >= f.since)
            and (f.until is None or m.occurred_on <= f.until)
        )

    return newest_first([m for m in made if keep(m)])


def test_filters_combine_in_sql_and_count_matches(db: Database) -> None:
    d = build_district(db, mentees_per_mentor=(3, 2, 4))
    made = add_many_checkins(db, d, count=800)
    first, second, third = d.mentor_ids
    filters = [
        CheckinFilter(mentor_ids=(second,)),
        CheckinFilter(mentor_ids=(first, third), kind=CheckinKind.OBSERVATION),
        CheckinFilter(mentee_ids=(d.mentees[third][1],)),
        CheckinFilter(since=dt.date(2025, 10, 1), until=dt.date(2025, 10, 31)),
        CheckinFilter(
            mentor_ids=(third,),
            mentee_ids=tuple(d.mentees[third][:2]),
            kind=CheckinKind.GROUP,
            since=dt.date(2026, 1, 1),
        ),
        CheckinFilter(mentor_ids=()),  # a typed name that matched no one
    ]
    for f in filters:
        want = expected_for(made, f)
        assert all_pages(db, d.year_id, f, ListOrder.NEWEST_FIRST, 50) == want, f
        with db.reading() as s:
            assert count_checkins(s, d.year_id, f) == len(want), f
    assert expected_for(made, filters[0])  # the filters are not vacuous
    assert not expected_for(made, filters[-1])


@pytest.mark.postgres
def test_pages_and_filters_on_postgres(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        d = build_district(db, mentees_per_mentor=(3, 2))
        made = add_many_checkins(db, d, count=300)
        order = ListOrder.NEWEST_FIRST
        assert all_pages(db, d.year_id, CheckinFilter(), order, 29) == newest_first(made)
        f = CheckinFilter(mentor_ids=(d.mentor_ids[1],), kind=CheckinKind.GROUP)
        assert all_pages(db, d.year_id, f, ListOrder.NEWEST_FIRST, 7) == expected_for(made, f)
    finally:
        db.dispose()
