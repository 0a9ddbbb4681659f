"""The guard: keeps confidential data out of public generative-AI services."""
