"""Development infrastructure helpers (local servers for development and tests; never used in production)."""
