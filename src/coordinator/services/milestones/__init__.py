"""Milestones: the program's timeline as rule-pack data, ticked by the records that meet them."""
