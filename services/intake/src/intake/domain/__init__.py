"""Intake's rules: receipt, filing window, registration. Pure: no I/O, no clock, no framework."""
