"""Python client and command line for the BrainSTEM API."""

__version__ = "0.1.0"

__all__ = ["__version__"]
