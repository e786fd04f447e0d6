"""Prefect flows and the loaders: the only code that touches the network or the disk.

The flow is :func:`flows.ingest.ingest`; the command line is :mod:`flows.cli`.
Prefect is imported only by the modules that need it, so ``claimwatch sql`` and
``export`` start fast.
"""
