"""Advice on a schema: indexes, partitioning and denormalization, each proven on the server
(hypothetical indexes, partition pruning in EXPLAIN, triggers that keep copies right)."""
