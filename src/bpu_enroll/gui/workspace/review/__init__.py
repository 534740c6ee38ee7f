"""The review queue: records waiting for a clerk's decision, and their details."""
