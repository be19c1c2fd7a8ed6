"""Data and load for a live schema: sample data, realistic queries, and the load test that runs them."""
