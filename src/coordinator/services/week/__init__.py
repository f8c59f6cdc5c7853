"""The coordinator's week: what to do now, and the nudges written for it."""
