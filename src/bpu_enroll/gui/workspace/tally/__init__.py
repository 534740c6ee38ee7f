"""The branch tally: a day's figures over every laptop, and its PDF."""
