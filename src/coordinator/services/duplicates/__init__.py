"""Possible duplicates roster imports held: the review queue, merging two people, keeping both."""
