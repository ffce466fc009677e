"""Triage's rules: classification, the Pokja review and its deadline. Pure: no I/O, no clock, no framework."""
