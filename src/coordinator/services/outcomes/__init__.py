"""Outcomes of a program year: who stayed, moved campus, changed role or left, read from rosters.

`retention` classifies people from the roster snapshots, `dose` sets mentoring dose beside the
outcome, `suppression` hides small groups, and `summary` gathers the figures every view shows.
"""
