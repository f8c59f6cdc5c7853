"""Coordinator: a desktop program manager for school-district mentoring programs."""

__version__ = "0.1.0"
APP_NAME = "Coordinator"
APP_ORG = "Coordinator"
