"""Test doubles that are real servers: an SMTP server and an HTTP server, on 127.0.0.1, inside the test."""
