"""Designs and their lifecycle: the store, apply and roll back, review, approvals, merge, templates."""
