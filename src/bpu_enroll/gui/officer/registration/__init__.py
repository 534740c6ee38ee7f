"""The registration page: the form a worker is registered with, and its quote."""
