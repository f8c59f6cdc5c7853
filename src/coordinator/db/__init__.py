"""The database package: models, engine and migrations. Nothing here imports Qt."""
