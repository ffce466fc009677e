"""Notify's rules: which internal event becomes which public status. Pure: no I/O, no clock."""
