"""The program's rules as plain functions over a database session. Nothing here imports Qt."""
