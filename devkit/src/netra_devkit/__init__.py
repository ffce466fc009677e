"""Netra's development and test kit. Installed only in the dev dependency group; production code never imports it."""
