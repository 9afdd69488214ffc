"""Entikong Intake: registration of deportees at PLBN Entikong."""

__version__ = "0.1.0"
APP_NAME = "EntikongIntake"
