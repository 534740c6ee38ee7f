"""The audit page: the branch's audit lines, said in words."""
