"""Surveys: a program's instruments, the answers imported from form tools, and what they show."""
